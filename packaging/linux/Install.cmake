# Linux install rules: the desktop entry, AppStream metadata, icons, man pages and the
# Debian documentation files. Paths are relative to packaging/.
install(FILES linux/${CALLBOARD_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES linux/${CALLBOARD_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/${CALLBOARD_APP_ID}.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/resources/icons/hicolor
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons FILES_MATCHING PATTERN "*.png")

# Man pages and the Debian changelog, gzipped the way Debian wants them (-n: no name or
# time stamp, so the package is reproducible).
find_program(GZIP_EXECUTABLE gzip REQUIRED)
set(CALLBOARD_DEB_VERSION ${PROJECT_VERSION}-1)
configure_file(linux/changelog.Debian.in ${CMAKE_CURRENT_BINARY_DIR}/changelog.Debian @ONLY)
set(_gzipped)
foreach(_src IN ITEMS ${CMAKE_CURRENT_SOURCE_DIR}/linux/callboard.1
                      ${CMAKE_CURRENT_SOURCE_DIR}/linux/callboard-sim.1
                      ${CMAKE_CURRENT_BINARY_DIR}/changelog.Debian)
    get_filename_component(_name ${_src} NAME)
    set(_out ${CMAKE_CURRENT_BINARY_DIR}/${_name}.gz)
    add_custom_command(OUTPUT ${_out}
        COMMAND ${GZIP_EXECUTABLE} -n -9 -c ${_src} > ${_out}
        DEPENDS ${_src} VERBATIM)
    list(APPEND _gzipped ${_out})
endforeach()
add_custom_target(callboard_gzipped_docs ALL DEPENDS ${_gzipped})
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/callboard.1.gz ${CMAKE_CURRENT_BINARY_DIR}/callboard-sim.1.gz
        DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

# Debian: the licence as a machine-readable copyright file; RPM: the licence text.
install(FILES linux/copyright ${CMAKE_CURRENT_BINARY_DIR}/changelog.Debian.gz
        DESTINATION ${CALLBOARD_DOCDIR} COMPONENT debian)
install(FILES ${PROJECT_SOURCE_DIR}/LICENSE
        DESTINATION ${CMAKE_INSTALL_DATADIR}/licenses/callboard COMPONENT rpm)
install(FILES linux/lintian-overrides DESTINATION ${CMAKE_INSTALL_DATADIR}/lintian/overrides
        RENAME callboard COMPONENT debian)
