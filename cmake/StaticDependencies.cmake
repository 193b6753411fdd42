# The libraries jobsight links, linked statically (all but the C library) unless
# JOBSIGHT_STATIC_DEPENDENCIES is OFF or the build is sanitized (ASan wants the shared C++
# runtime). Included before the find_package calls it steers.
#
# Why: a report is a short process, and with a dozen shared libraries the dynamic loader resolved
# about 7,000 symbols before main() and on each first call: `jobsight --version` took 4.1 ms, of
# which the loader was 44% (perf), and a small report about 13 ms (BENCHMARKS.md, 2026-12-01
# night). Every library here is a Debian package's own static archive (libsqlite3-dev,
# libssl-dev, libutf8proc-dev, libabsl-dev, libstdc++ and libgcc from GCC); fmt, which Debian
# ships shared only, is used header-only instead.
option(JOBSIGHT_STATIC_DEPENDENCIES
  "Link SQLite, OpenSSL's libcrypto, utf8proc, Abseil, fmt and the C++ runtime statically" ON)
if(JOBSIGHT_SANITIZE)
  set(JOBSIGHT_STATIC_DEPENDENCIES OFF)
endif()

if(JOBSIGHT_STATIC_DEPENDENCIES)
  # FindSQLite3 takes the library it is given; FindOpenSSL has its own switch.
  find_library(SQLite3_LIBRARY NAMES libsqlite3.a)
  set(OPENSSL_USE_STATIC_LIBS TRUE)
endif()

# Called after the find_package calls: points the imported targets that name shared libraries
# at their static archives, and makes the targets the layers link: jobsight_fmt (fmt::fmt, or
# fmt::fmt-header-only), jobsight_utf8proc, and jobsight_static_runtime (the link options of
# the jobsight binary).
function(jobsight_use_static_dependencies)
  add_library(jobsight_fmt INTERFACE)
  add_library(jobsight_utf8proc INTERFACE)
  add_library(jobsight_static_runtime INTERFACE)
  if(NOT JOBSIGHT_STATIC_DEPENDENCIES)
    target_link_libraries(jobsight_fmt INTERFACE fmt::fmt)
    target_link_libraries(jobsight_utf8proc INTERFACE PkgConfig::UTF8PROC)
    return()
  endif()
  target_link_libraries(jobsight_fmt INTERFACE fmt::fmt-header-only)
  find_library(JOBSIGHT_UTF8PROC_ARCHIVE NAMES libutf8proc.a REQUIRED)
  target_include_directories(jobsight_utf8proc INTERFACE ${UTF8PROC_INCLUDE_DIRS})
  target_link_libraries(jobsight_utf8proc INTERFACE ${JOBSIGHT_UTF8PROC_ARCHIVE})
  # Abseil's CMake package names only its shared libraries; each has its archive beside it.
  get_property(imported DIRECTORY ${PROJECT_SOURCE_DIR} PROPERTY IMPORTED_TARGETS)
  foreach(target IN LISTS imported)
    if(NOT target MATCHES "^absl::")
      continue()
    endif()
    get_target_property(type ${target} TYPE)
    if(NOT type STREQUAL "SHARED_LIBRARY")
      continue()
    endif()
    get_target_property(location ${target} IMPORTED_LOCATION_NONE)
    string(REGEX REPLACE "\\.so(\\.[0-9.]+)?$" ".a" archive "${location}")
    if(NOT EXISTS "${archive}")
      message(FATAL_ERROR "${target}: no static archive beside ${location}")
    endif()
    set_target_properties(${target} PROPERTIES IMPORTED_LOCATION_NONE "${archive}"
                                               IMPORTED_NO_SONAME TRUE)
  endforeach()
  target_link_options(jobsight_static_runtime INTERFACE -static-libstdc++ -static-libgcc)
endfunction()
