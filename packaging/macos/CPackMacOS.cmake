# CPack settings for the macOS disk image (DragNDrop): Callboard.app next to a link to
# /Applications. The bundle's Info.plist, icon and Qt frameworks (macdeployqt) are set up in
# src/app/CMakeLists.txt.
set(CPACK_DMG_VOLUME_NAME "Callboard ${PROJECT_VERSION}")
set(CPACK_DMG_FORMAT UDZO)
# The GPL is not an agreement to accept: no licence dialog when the image opens.
set(CPACK_DMG_SLA_USE_RESOURCE_FILE_LICENSE OFF)
