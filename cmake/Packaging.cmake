# SPDX-License-Identifier: GPL-3.0-or-later
# Installation and packaging: `cmake --install build --prefix P`, and `cpack -G DEB` in the build
# directory. Included last from the top-level CMakeLists.txt. See docs/packaging.md.
#
# Not installed as files, because they are compiled into the executable as Qt resources:
#   - the Korean translation (outagedash_ko.qm, under :/i18n, see qt_add_translations);
#   - the demo data (kakao-2022.ndjson, under :/demo, see resources/CMakeLists.txt).
include(GNUInstallDirs)

install(TARGETS outagedash
    RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
    BUNDLE DESTINATION .)

install(FILES resources/outagedash.desktop
    DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES resources/icons/outagedash.svg
    DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
install(FILES resources/io.github.outagedash.metainfo.xml
    DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)

# The man page, compressed as Debian wants it (-n: no name or time stamp, so the package is
# reproducible). Built with the executable, so `ninja outagedash && cmake --install` works.
find_program(OUTAGEDASH_GZIP gzip REQUIRED)
set(outagedash_man_source ${CMAKE_CURRENT_SOURCE_DIR}/docs/outagedash.1)
set(outagedash_man_gz ${CMAKE_CURRENT_BINARY_DIR}/docs/outagedash.1.gz)
add_custom_command(OUTPUT ${outagedash_man_gz}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_CURRENT_BINARY_DIR}/docs
    COMMAND ${OUTAGEDASH_GZIP} -9 -n -c ${outagedash_man_source} > ${outagedash_man_gz}
    DEPENDS ${outagedash_man_source}
    COMMENT "Compressing the man page outagedash.1"
    VERBATIM)
add_custom_target(outagedash_manpage ALL DEPENDS ${outagedash_man_gz})
add_dependencies(outagedash outagedash_manpage)
install(FILES ${outagedash_man_gz} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

# ---- CPack: a Debian package ------------------------------------------------------------------
set(CPACK_PACKAGE_NAME outagedash)
set(CPACK_PACKAGE_VENDOR "Outage Impact Dashboard developers")
set(CPACK_PACKAGE_CONTACT "Outage Impact Dashboard developers <dev@outagedash.invalid>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "dashboard of people affected by service outages")
set(CPACK_PACKAGE_INSTALL_DIRECTORY outagedash)
set(CPACK_PACKAGE_CHECKSUM SHA256)
set(CPACK_GENERATOR DEB)
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)     # outagedash_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# The shared libraries the executable links (libqt6core6, libqt6gui6, ...) come from
# dpkg-shlibdeps. What it cannot see is listed by hand: the SQLite driver is a plugin loaded at
# run time, and the report draws Korean text with Noto Sans CJK. The Qt offscreen platform
# plugin, for the headless report, is in libqt6gui6.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, fonts-noto-cjk")
# Noto Sans for the report's Latin text (the CJK face covers it otherwise); CA certificates for
# sources polled over https (serve, live feeds).
# The PostgreSQL driver is only needed for a shared timeline (--db postgresql://…).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-noto-core, ca-certificates, libqt6sql6-psql")
# Extended description: CPack indents each line for the control file; keep them under 80.
string(JOIN "\n" CPACK_PACKAGE_DESCRIPTION
    "Outage Impact Dashboard takes in service health feeds, keeps the incident"
    "timeline in SQLite, and shows how many people each service is failing,"
    "through its dependencies, over the whole recovery. It writes a postmortem"
    "PDF report, also headless from the command line, and comes with an"
    "embedded demo: the Kakao outage of October 2022."
    "The interface is in English and Korean.")

set(CPACK_SOURCE_GENERATOR TGZ)
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build[^/]*/" "/_CPack_Packages/")

include(CPack)
