# SPDX-FileCopyrightText: 2026 The Charon Manager authors
# SPDX-License-Identifier: GPL-2.0-or-later
# The packages, made by CPack from the install rules: charon-manager (the programs, data,
# desktop integration) and charon-manager-sim (the stand-in emulator for demos and tests), each
# as .deb and .rpm in the FHS layout. Library dependencies are found by the tools themselves
# (dpkg-shlibdeps, rpm's ELF dependency generator); the rest is named here.

set(CPACK_GENERATOR DEB RPM)
set(CPACK_PACKAGE_NAME charon-manager)
set(CPACK_PACKAGE_VENDOR "The Charon Manager authors")
set(CPACK_PACKAGE_CONTACT "${CHARON_MAINTAINER}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${CHARON_PROJECT_URL}")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_COMPONENTS_ALL manager sim)
# Each package's synopsis, and its description wrapped under 80 columns. The Debian fields hold
# both (first line the synopsis). CPackDeb puts CPACK_PACKAGE_DESCRIPTION_SUMMARY in front of
# every package's description unless it is CPack's own default text, so it is set to exactly that
# (it is shown nowhere: the RPM summaries are set per package below).
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${CMAKE_PROJECT_NAME} built using CMake")
set(_manager_summary "Desktop manager for Stromasys Charon emulated machines run as systemd services")
set(_manager_description "Charon Manager lists the HP-UX, MPE/iX, OpenVMS and Tru64 guests of a Linux
host with their live state, starts, stops and watches them as systemd
services, and opens their consoles. It includes charon-vm, a command-line
companion with the Charon Linux Toolkit's vm* aliases.")
set(_sim_summary "Stand-in Charon emulator for demonstrations and tests of Charon Manager")
set(_sim_description "charon-guest-sim behaves like a Charon emulator on its console port and in
its log (boot, license checks, shutdown) without emulating any machine.")
set(CPACK_COMPONENT_MANAGER_DESCRIPTION "${_manager_description}")
set(CPACK_COMPONENT_SIM_DESCRIPTION "${_sim_description}")

# Debian
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_SECTION admin)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_MANAGER_PACKAGE_NAME charon-manager)
set(CPACK_DEBIAN_MANAGER_DESCRIPTION "${_manager_summary}\n${_manager_description}")
set(CPACK_DEBIAN_MANAGER_PACKAGE_DEPENDS "systemd, dbus, qt6-qpa-plugins")
set(CPACK_DEBIAN_MANAGER_PACKAGE_RECOMMENDS "polkitd, qt6-wayland, bash-completion")
set(CPACK_DEBIAN_MANAGER_PACKAGE_SUGGESTS "charon-manager-sim, expect")
set(CPACK_DEBIAN_MANAGER_PACKAGE_CONTROL_EXTRA "${CMAKE_SOURCE_DIR}/packaging/scripts/postinst")
set(CPACK_DEBIAN_MANAGER_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_SIM_PACKAGE_NAME charon-manager-sim)
set(CPACK_DEBIAN_SIM_DESCRIPTION "${_sim_summary}\n${_sim_description}")
set(CPACK_DEBIAN_SIM_PACKAGE_SECTION misc)

# RPM (rpmbuild from Debian's rpm package builds it here)
set(CPACK_RPM_COMPONENT_INSTALL ON)
set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
set(CPACK_RPM_PACKAGE_LICENSE "GPL-2.0-or-later")
set(CPACK_RPM_PACKAGE_GROUP "Applications/System")
set(CPACK_RPM_PACKAGE_URL "${CHARON_PROJECT_URL}")
set(CPACK_RPM_PACKAGE_AUTOREQ ON)
set(CPACK_RPM_MANAGER_PACKAGE_NAME charon-manager)
set(CPACK_RPM_MANAGER_PACKAGE_SUMMARY "${_manager_summary}")
set(CPACK_RPM_MANAGER_PACKAGE_REQUIRES "systemd, dbus")
set(CPACK_RPM_MANAGER_POST_INSTALL_SCRIPT_FILE "${CMAKE_SOURCE_DIR}/packaging/scripts/postinst")
set(CPACK_RPM_SIM_PACKAGE_NAME charon-manager-sim)
set(CPACK_RPM_SIM_PACKAGE_SUMMARY "${_sim_summary}")
# Directories the system owns already: the package must not claim them.
set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
  /usr/lib/systemd /usr/lib/systemd/system /usr/lib/systemd/user /usr/share/applications
  /usr/share/metainfo /usr/share/man /usr/share/man/man1 /usr/share/icons /usr/share/icons/hicolor
  /usr/share/bash-completion /usr/share/bash-completion/completions /usr/share/doc
  /usr/share/polkit-1 /usr/share/polkit-1/rules.d /usr/share/polkit-1/actions /usr/lib/sysusers.d
  /usr/libexec /usr/share/dbus-1 /usr/share/dbus-1/system-services /usr/share/dbus-1/system.d)

include(CPack)
cpack_add_component(manager DISPLAY_NAME "Charon Manager")
cpack_add_component(sim DISPLAY_NAME "Charon Manager simulator")
