# Saved views: the menu, the manager, --view through AppController and a kiosk page's view.
add_unit_test(tst_savedviewsboard tst_savedviewsboard.cpp LIBS callboard_gui callboard_demo)
add_unit_test(tst_savedviewsstart tst_savedviewsstart.cpp LIBS callboard_gui callboard_demo)
