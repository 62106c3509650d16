# CPack settings for DEB and RPM. Which components each one takes (the Debian copyright
# file vs the RPM licence directory) is decided per generator in CPackOptions.cmake.in.

# ---- DEB ----
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # callboard_0.1.0-1_amd64.deb
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CALLBOARD_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# Libraries the executables link come from dpkg-shlibdeps; what Qt loads at run time as
# plugins does not show up there: the platform plugins (xcb, wayland), the SQLite driver of
# the call cache, the SVG icon engine, QtKeychain, and Qt's own translations (qtbase_de.qm:
# Cancel, Close and the file dialog in the user's language).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6sql6-sqlite, libqt6svg6, libqt6keychain1, qt6-translations-l10n")
# QtKeychain stores the key through the Secret Service (GNOME Keyring, KWallet, KeePassXC);
# a display fed CALLBOARD_API_KEY needs none, so it is a recommendation.
# Qt 6.4's Multimedia plays recordings through GStreamer, whose elements (HTTP source, WAV and
# MP3 parsers, audio sinks) are plugins dlopen()ed at run time; without them the detail pane
# says it cannot play the recording and "Open in browser" still works, so they are
# recommended, not required.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
    "gnome-keyring | libkf5wallet-bin | keepassxc, gstreamer1.0-plugins-base, gstreamer1.0-plugins-good")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "xvfb")

# ---- RPM (names as in Fedora; built and listed here, not installed on an RPM system) ----
set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
set(CPACK_RPM_PACKAGE_RELEASE 1)
set(CPACK_RPM_PACKAGE_LICENSE "GPL-3.0-or-later")
set(CPACK_RPM_PACKAGE_GROUP "Applications/Internet")
set(CPACK_RPM_PACKAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_RPM_PACKAGE_AUTOREQ ON)
set(CPACK_RPM_SPEC_MORE_DEFINE "%define _build_id_links none") # no /usr/lib/.build-id links
set(CPACK_RPM_PACKAGE_REQUIRES "qt6-qtbase-gui, qt6-qtsvg, qtkeychain-qt6, qt6-qttranslations")
# Directories the filesystem package owns are not ours to list.
set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
    /usr/share/applications /usr/share/metainfo /usr/share/man /usr/share/man/man1
    /usr/share/icons /usr/share/icons/hicolor /usr/share/licenses /usr/share/doc)
foreach(_size 16 22 24 32 48 64 128 256 512)
    list(APPEND CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
        /usr/share/icons/hicolor/${_size}x${_size} /usr/share/icons/hicolor/${_size}x${_size}/apps)
endforeach()
list(APPEND CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
    /usr/share/icons/hicolor/scalable /usr/share/icons/hicolor/scalable/apps)
