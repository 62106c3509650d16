# CPack settings for the Windows installer (NSIS): Start-menu entry, uninstaller, and an
# optional component "Start in kiosk mode at login" that puts a shortcut in the Startup
# folder. Qt's DLLs and plugins are deployed next to callboard.exe by the deploy script in
# src/app/CMakeLists.txt (windeployqt). With CPACK_VERBATIM_VARIABLES the NSIS snippets below
# reach makensis exactly as written.
set(CPACK_NSIS_PACKAGE_NAME "Callboard")
set(CPACK_NSIS_DISPLAY_NAME "Callboard ${PROJECT_VERSION}")
set(CPACK_NSIS_MUI_ICON ${PROJECT_SOURCE_DIR}/resources/icons/callboard.ico)
set(CPACK_NSIS_MUI_UNIICON ${PROJECT_SOURCE_DIR}/resources/icons/callboard.ico)
set(CPACK_NSIS_INSTALLED_ICON_NAME [=[bin\callboard.exe]=])
set(CPACK_NSIS_EXECUTABLES_DIRECTORY bin)
set(CPACK_NSIS_MUI_FINISHPAGE_RUN callboard.exe)
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_CONTACT "${CALLBOARD_MAINTAINER}")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_UNINSTALL_NAME Uninstall)
set(CPACK_NSIS_IGNORE_LICENSE_PAGE OFF)

# Runs in the installer's core section, after the components were chosen. The installer
# asks for admin rights, so $SMSTARTUP is the all-users Startup folder: every user who logs
# on to the display starts the board (set up an auto-logon kiosk user). The configuration
# goes to %ProgramData%\Callboard\kiosk.ini, kept across upgrades and uninstalls so an
# administrator's edits survive; the API key is never in it.
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS [=[
  SectionGetFlags ${kiosk} $0
  IntOp $0 $0 & ${SF_SELECTED}
  StrCmp $0 ${SF_SELECTED} 0 callboard_kiosk_done
    ReadEnvStr $1 ProgramData
    CreateDirectory "$1\Callboard"
    IfFileExists "$1\Callboard\kiosk.ini" +2 0
      CopyFiles /SILENT "$INSTDIR\kiosk\callboard-kiosk.ini" "$1\Callboard\kiosk.ini"
    CreateShortCut "$SMSTARTUP\Callboard kiosk.lnk" "$INSTDIR\bin\callboard.exe" '--kiosk --config "$1\Callboard\kiosk.ini"' "$INSTDIR\bin\callboard.exe" 0
  callboard_kiosk_done:
]=])
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS [=[
  Delete "$SMSTARTUP\Callboard kiosk.lnk"
]=])
