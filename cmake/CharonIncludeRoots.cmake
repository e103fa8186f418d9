# SPDX-FileCopyrightText: 2026 The Charon Manager authors
# SPDX-License-Identifier: GPL-2.0-or-later
# Include roots that expose one top folder each. A library's include path names only the
# layers it may use: charon_core's is a directory holding just a link `core -> <source>/core`,
# so `#include "ui/..."` or `#include "cli/..."` from core fails to compile instead of merely
# breaking a convention (tests/check-layering says the same with a readable message).
function(charon_include_root out_var folder)
  set(_root "${CMAKE_BINARY_DIR}/include-roots/${folder}")
  if(NOT EXISTS "${_root}/${folder}")
    file(MAKE_DIRECTORY "${_root}")
    file(CREATE_LINK "${CMAKE_SOURCE_DIR}/${folder}" "${_root}/${folder}" SYMBOLIC)
  endif()
  set(${out_var} "${_root}" PARENT_SCOPE)
endfunction()

# One static library per feature folder: charon_<prefix>_<folder>, built from the folder's
# sources, seeing `include_root` and linking `DEPENDS` (other folder targets or libraries).
function(charon_folder_library prefix folder include_root)
  cmake_parse_arguments(arg "" "" "DEPENDS;PRIVATE_DEPENDS" ${ARGN})
  file(GLOB _sources CONFIGURE_DEPENDS
    "${CMAKE_CURRENT_SOURCE_DIR}/${folder}/*.cpp" "${CMAKE_CURRENT_SOURCE_DIR}/${folder}/*.h")
  set(_target charon_${prefix}_${folder})
  add_library(${_target} STATIC ${_sources})
  target_include_directories(${_target} PUBLIC "${include_root}")
  target_link_libraries(${_target} PUBLIC charon_settings ${arg_DEPENDS}
    PRIVATE ${arg_PRIVATE_DEPENDS})
  if(prefix STREQUAL "ui")
    charon_use_pch(${_target} widgets)
  else()
    charon_use_pch(${_target} core)
  endif()
endfunction()
