# SPDX-FileCopyrightText: 2026 The Charon Manager authors
# SPDX-License-Identifier: GPL-2.0-or-later
# Compiler settings shared by every target of the project: warnings, Qt safety macros and the
# optional sanitizer build. Applied through an INTERFACE target so each library opts in once.
add_library(charon_settings INTERFACE)
target_compile_options(charon_settings INTERFACE -Wall -Wextra -Wpedantic)
target_compile_definitions(charon_settings INTERFACE
  QT_NO_KEYWORDS
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
  QT_NO_URL_CAST_FROM_STRING
  QT_USE_QSTRINGBUILDER)

# lld links a test program several times faster than GNU ld (there are some 130 programs,
# linked twice by scripts/test); the result is the same ELF, with the build-id gcc asks for.
include(CheckLinkerFlag)
check_linker_flag(CXX -fuse-ld=lld CHARON_HAVE_LLD)
if(CHARON_HAVE_LLD)
  target_link_options(charon_settings INTERFACE -fuse-ld=lld)
endif()

# The sanitized build instruments the product: every library and program we ship. The test
# programs' own code (tests/, the harness) is compiled without instrumentation (a target with the
# property CHARON_UNINSTRUMENTED) but linked with the sanitizers' runtimes, so every call a test
# makes into the product is still checked; instrumenting the tests themselves cost a third of
# the sanitized build (docs/benchmarks.md, "Build and test time").
if(CHARON_SANITIZE)
  set(_instrumented "$<NOT:$<BOOL:$<TARGET_PROPERTY:CHARON_UNINSTRUMENTED>>>")
  target_compile_options(charon_settings INTERFACE
    "$<${_instrumented}:-fsanitize=address$<COMMA>undefined>"
    "$<${_instrumented}:-fno-sanitize-recover=undefined>"
    "$<${_instrumented}:-fno-omit-frame-pointer>")
  target_link_options(charon_settings INTERFACE -fsanitize=address,undefined)
  # Nothing else differs: an uninstrumented target compiles exactly as in the test pass's normal
  # build, so ccache hands the sanitized build those objects (tests/CMakeLists.txt). Test code
  # that must know asks at run time (charon::test::underAddressSanitizer).
endif()

# Builds one target per source file matching `pattern` in the current directory: how tests and
# benchmarks are added without anyone editing a list (each file is one program).
# `pattern` may name sub-folders with a leading "**/" (e.g. unit/**/tst_*.cpp is every
# tst_*.cpp below unit/).
function(charon_programs_from_glob out_var pattern)
  if(pattern MATCHES "^(.*)/\\*\\*/(.*)$")
    file(GLOB_RECURSE _files CONFIGURE_DEPENDS
      "${CMAKE_CURRENT_SOURCE_DIR}/${CMAKE_MATCH_1}/${CMAKE_MATCH_2}")
  else()
    file(GLOB _files CONFIGURE_DEPENDS "${CMAKE_CURRENT_SOURCE_DIR}/${pattern}")
  endif()
  list(SORT _files)
  set(${out_var} "${_files}" PARENT_SCOPE)
endfunction()
