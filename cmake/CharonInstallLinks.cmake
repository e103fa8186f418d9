# SPDX-FileCopyrightText: 2026 The Charon Manager authors
# SPDX-License-Identifier: GPL-2.0-or-later
# charon_install_link(DIR TARGET LINK [COMPONENT]): installs the symbolic link DIR/LINK -> TARGET,
# DIR relative to the install prefix. The prefix is read when installing, not when configuring:
# CPack installs into its own staging prefix, and `cmake --install --prefix` may change it.
function(charon_install_link dir target link)
  set(component manager)
  if(ARGC GREATER 3)
    set(component ${ARGV3})
  endif()
  install(CODE "
    set(_dir \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/${dir}\")
    file(MAKE_DIRECTORY \"\${_dir}\")
    file(CREATE_LINK \"${target}\" \"\${_dir}/${link}\" SYMBOLIC)
    message(STATUS \"Installing link: \${_dir}/${link} -> ${target}\")"
    COMPONENT ${component})
endfunction()
