# Several workspaces: the hub, its switcher and overview, adding and removing a workspace.
add_unit_test(tst_workspaces tst_workspaces.cpp LIBS callboard_gui callboard_sim)
