# package.cmake - the appliance install and its .deb (included by the
# top-level CMakeLists.txt): `cmake --install` puts the binary, the systemd
# unit, keyfig-setup and the docs under the prefix and keyfig.conf in
# /etc/keyfig; `cpack -G DEB` makes keyfig_VERSION_ARCH.deb for the build's architecture (amd64 natively,
# arm64/armhf with platform/toolchain-*.cmake), installing under /usr.
include(GNUInstallDirs)
set(_kf_app ${CMAKE_CURRENT_LIST_DIR})

# the unit names the installed binary and docs, so it is made at install
# time, for the prefix of that install (the package's /usr, or --prefix)
install(CODE "
  set(KF_BINDIR \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}\")
  set(KF_DOCDIR \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_DOCDIR}\")
  configure_file(${_kf_app}/keyfig.service.in ${CMAKE_BINARY_DIR}/unit/keyfig.service @ONLY)")
install(FILES ${CMAKE_BINARY_DIR}/unit/keyfig.service DESTINATION lib/systemd/system)
install(PROGRAMS ${_kf_app}/keyfig-setup DESTINATION lib/keyfig)
# the settings file: /etc whatever the prefix, a conffile of the .deb (dpkg
# keeps the operator's edits across upgrades)
install(FILES ${_kf_app}/keyfig.conf DESTINATION /etc/keyfig)
file(WRITE ${CMAKE_BINARY_DIR}/deb/conffiles "/etc/keyfig/keyfig.conf\n")
install(FILES ${PROJECT_SOURCE_DIR}/README.md ${PROJECT_SOURCE_DIR}/LICENSE
        DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(FILES ${PROJECT_SOURCE_DIR}/fonts/OFL.txt DESTINATION ${CMAKE_INSTALL_DOCDIR}
        RENAME fonts-OFL.txt)
install(FILES ${PROJECT_SOURCE_DIR}/fonts/MaterialIcons-LICENSE.txt
        DESTINATION ${CMAKE_INSTALL_DOCDIR} RENAME fonts-MaterialIcons-LICENSE.txt)

# --- the .deb -------------------------------------------------------------------
if(KF_DEB_ARCH) # set by platform/toolchain-*.cmake
  set(CPACK_DEBIAN_PACKAGE_ARCHITECTURE ${KF_DEB_ARCH})
else()
  execute_process(COMMAND dpkg --print-architecture OUTPUT_VARIABLE _kf_arch
                  OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
  set(CPACK_DEBIAN_PACKAGE_ARCHITECTURE ${_kf_arch})
endif()
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME keyfig)
set(CPACK_PACKAGE_VENDOR "keyfig")
set(CPACK_PACKAGE_CONTACT "keyfig maintainers <keyfig@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
    "Fullscreen rotating slides of the key figures, for public screens: desktop Linux
(X11, Wayland) or a Raspberry Pi console (KMSDRM). Installs a systemd unit that starts
the kiosk on tty1 at boot as the unprivileged user keyfig.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
# the Debian revision: raise it for each rebuild with new figures, so apt
# sees an upgrade (and a downgrade when rolling back)
set(KF_PACKAGE_RELEASE 1 CACHE STRING "Debian revision of the .deb (VERSION-RELEASE)")
set(CPACK_DEBIAN_PACKAGE_RELEASE ${KF_PACKAGE_RELEASE})
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# what `keyfig` links (the same packages on Debian 12 and Raspberry Pi OS
# Bookworm; dpkg-shlibdeps cannot read a cross build's libraries)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libc6 (>= 2.34), libsdl2-2.0-0 (>= 2.26), libsdl2-ttf-2.0-0 (>= 2.20), libpng16-16 (>= 1.6), libunibreak1 (>= 1.1), libicu72, libfreetype6 (>= 2.12), libcairo2 (>= 1.16), libsystemd0, libx11-6, libxrandr2, libxext6, libdrm2 (>= 2.4.104), libinih1, tzdata, passwd, systemd")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libgles2, libegl1, libgl1-mesa-dri")
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA ${_kf_app}/postinst ${_kf_app}/prerm ${_kf_app}/postrm
    ${CMAKE_BINARY_DIR}/deb/conffiles)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_STRIP_FILES ON)
include(CPack)
