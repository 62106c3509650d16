# Fails when a catalogue has unfinished messages: runs lrelease on TS_FILE and reads its
# summary. A CMake script (cmake -P), so the check runs wherever CMake does, Windows included.
# Inputs: LRELEASE, TS_FILE, QM_FILE.
execute_process(COMMAND "${LRELEASE}" "${TS_FILE}" -qm "${QM_FILE}"
                OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lrelease failed (${rc}): ${out}${err}")
endif()
if(NOT out MATCHES "\\(([0-9]+) finished and ([0-9]+) unfinished\\)")
    message(FATAL_ERROR "lrelease printed no summary: ${out}${err}")
endif()
if(NOT CMAKE_MATCH_2 EQUAL 0)
    message(FATAL_ERROR "${TS_FILE}: ${CMAKE_MATCH_2} unfinished message(s), ${CMAKE_MATCH_1} finished")
endif()
message(STATUS "${TS_FILE}: ${CMAKE_MATCH_1} finished, none unfinished")
