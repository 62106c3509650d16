# Tests of the dashboard's charts, KPI strip and analysis tiles.
add_unit_test(tst_charts tst_charts.cpp LIBS callboard_gui)
add_unit_test(tst_chartsreadable tst_chartsreadable.cpp LIBS callboard_gui)
add_unit_test(tst_analysistiles tst_analysistiles.cpp LIBS callboard_gui)
add_unit_test(tst_kpistrip tst_kpistrip.cpp LIBS callboard_gui callboard_demo)

