# Tests of src/gui/cards.
add_unit_test(tst_callcarddelegate tst_callcarddelegate.cpp LIBS callboard_gui)
add_unit_test(tst_callcardview tst_callcardview.cpp LIBS callboard_gui)
# Names instead of ids across the window's views (cards, filters, search, chart, detail, campaigns).
add_unit_test(tst_names tst_names.cpp LIBS callboard_gui)
# Where the cards go: CardGrid and the view that places, hit-tests and scrolls by it.
add_unit_test(tst_cardgrid tst_cardgrid.cpp LIBS callboard_gui)
# A list that holds still: the card the user looks at keeps its place as calls arrive above.
add_unit_test(tst_cardanchor tst_cardanchor.cpp LIBS callboard_gui)
