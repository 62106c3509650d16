# Tests of src/gui/cards.
add_unit_test(tst_callcarddelegate tst_callcarddelegate.cpp LIBS callboard_gui)
