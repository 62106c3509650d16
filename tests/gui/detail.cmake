# Tests of src/gui/detail, src/gui/settings and the settings dialog's form.
add_unit_test(tst_calldetailpane tst_calldetailpane.cpp LIBS callboard_gui callboard_demo)
add_unit_test(tst_recordingplayer tst_recordingplayer.cpp LIBS callboard_gui callboard_demo)
add_unit_test(tst_detailformat tst_detailformat.cpp LIBS callboard_gui)
add_unit_test(tst_settings tst_settings.cpp LIBS callboard_gui callboard_demo)
