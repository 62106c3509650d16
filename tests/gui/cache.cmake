# The local call cache seen from a board (BoardSession) against the simulator.
add_unit_test(tst_boardcache tst_boardcache.cpp LIBS callboard_gui callboard_demo)
