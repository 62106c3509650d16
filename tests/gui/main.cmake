add_unit_test(tst_callmodels tst_callmodels.cpp LIBS callboard_gui callboard_demo)
add_unit_test(tst_mainwindow tst_mainwindow.cpp LIBS callboard_gui callboard_demo)
add_unit_test(tst_oneshot tst_oneshot.cpp LIBS callboard_gui callboard_demo)
add_unit_test(tst_translations tst_translations.cpp LIBS callboard_gui)
add_unit_test(tst_kiosk tst_kiosk.cpp LIBS callboard_gui callboard_demo)
add_unit_test(tst_kioskpin tst_kioskpin.cpp LIBS callboard_gui callboard_demo)
add_unit_test(tst_kioskscreens tst_kioskscreens.cpp LIBS callboard_gui callboard_demo)
add_unit_test(tst_alertwidgets tst_alertwidgets.cpp LIBS callboard_gui callboard_demo)
add_unit_test(tst_faultwindow tst_faultwindow.cpp LIBS callboard_gui callboard_demo)
if(UNIX AND NOT APPLE)
    # The D-Bus screensaver inhibitor, once on a private session bus (dbus-run-session) and
    # once with no bus at all.
    add_unit_test(tst_screensaverinhibit tst_screensaverinhibit.cpp LIBS callboard_gui Qt6::DBus)
    find_program(DBUS_RUN_SESSION dbus-run-session REQUIRED)
    add_test(NAME tst_screensaverinhibit_bus
             COMMAND ${DBUS_RUN_SESSION} -- $<TARGET_FILE:tst_screensaverinhibit>)
    set_tests_properties(tst_screensaverinhibit_bus PROPERTIES
        ENVIRONMENT "${CALLBOARD_TEST_ENV};CALLBOARD_TEST_PRIVATE_BUS=1" TIMEOUT 120)
    set_tests_properties(tst_screensaverinhibit PROPERTIES
        ENVIRONMENT "${CALLBOARD_TEST_ENV};DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent/callboard-test-bus")
endif()
add_unit_test(tst_midnightboard tst_midnightboard.cpp LIBS callboard_gui callboard_demo)
# Where the desktop window opens: fitted to its screen, or where it was left if still on one.
add_unit_test(tst_windowplacement tst_windowplacement.cpp LIBS callboard_gui)
# README's keyboard shortcuts, pressed from the search box, a combo's text and the cards.
add_unit_test(tst_shortcuts tst_shortcuts.cpp LIBS callboard_gui callboard_demo)
# Focus is visible at every stop of the Tab order.
add_unit_test(tst_focusvisible tst_focusvisible.cpp LIBS callboard_gui callboard_demo)
