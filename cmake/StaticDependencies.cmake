# The libraries jobsight links, linked statically (all but the C library) unless
# JOBSIGHT_STATIC_DEPENDENCIES is OFF or the build is sanitized (ASan wants the shared C++
# runtime).
#
# Why: a report is a short process, and with a dozen shared libraries the dynamic loader resolved
# about 7,000 symbols before main() and on each first call: 44% of `jobsight --version` in perf,
# 6M of its 8M instructions (BENCHMARKS.md, 2026-12-01 night). Every library here is a Debian
# package's own static archive (libsqlite3-dev, libssl-dev, libutf8proc-dev, libabsl-dev,
# libstdc++ and libgcc from GCC); fmt, which Debian ships shared only, is used header-only.
option(JOBSIGHT_STATIC_DEPENDENCIES
  "Link SQLite, OpenSSL's libcrypto, utf8proc, Abseil, fmt and the C++ runtime statically" ON)

# Points the imported target `target` (made by a find module or package config) at the static
# archive `archive`, whatever the find module's cache holds (a folder configured before keeps
# its shared library there).
function(jobsight_point_at_archive target archive)
  set_target_properties(${target} PROPERTIES IMPORTED_LOCATION "${archive}")
  get_target_property(configurations ${target} IMPORTED_CONFIGURATIONS)
  if(configurations)
    foreach(configuration IN LISTS configurations)
      string(TOUPPER "${configuration}" configuration)
      set_target_properties(${target} PROPERTIES IMPORTED_LOCATION_${configuration} "${archive}")
    endforeach()
  endif()
endfunction()

# Called after the find_package calls: points the imported targets of SQLite, libcrypto and
# Abseil at their static archives, and makes the targets the layers link: jobsight_fmt
# (fmt::fmt, or fmt::fmt-header-only), jobsight_utf8proc, and jobsight_static_runtime (the link
# options of the jobsight binary). Stops when an archive is missing.
function(jobsight_use_static_dependencies)
  add_library(jobsight_fmt INTERFACE)
  add_library(jobsight_utf8proc INTERFACE)
  add_library(jobsight_static_runtime INTERFACE)
  if(JOBSIGHT_SANITIZE OR NOT JOBSIGHT_STATIC_DEPENDENCIES)
    target_link_libraries(jobsight_fmt INTERFACE fmt::fmt)
    target_link_libraries(jobsight_utf8proc INTERFACE PkgConfig::UTF8PROC)
    message(STATUS "jobsight: dependencies linked shared")
    return()
  endif()
  target_link_libraries(jobsight_fmt INTERFACE fmt::fmt-header-only)

  find_library(JOBSIGHT_SQLITE3_ARCHIVE NAMES libsqlite3.a REQUIRED)
  jobsight_point_at_archive(SQLite::SQLite3 "${JOBSIGHT_SQLITE3_ARCHIVE}")
  # What the archive needs that the shared library brought itself.
  set_property(TARGET SQLite::SQLite3 APPEND PROPERTY INTERFACE_LINK_LIBRARIES
    Threads::Threads ${CMAKE_DL_LIBS} m)

  find_library(JOBSIGHT_CRYPTO_ARCHIVE NAMES libcrypto.a REQUIRED)
  jobsight_point_at_archive(OpenSSL::Crypto "${JOBSIGHT_CRYPTO_ARCHIVE}")
  set_property(TARGET OpenSSL::Crypto APPEND PROPERTY INTERFACE_LINK_LIBRARIES
    Threads::Threads ${CMAKE_DL_LIBS})

  find_library(JOBSIGHT_UTF8PROC_ARCHIVE NAMES libutf8proc.a REQUIRED)
  target_include_directories(jobsight_utf8proc INTERFACE ${UTF8PROC_INCLUDE_DIRS})
  target_link_libraries(jobsight_utf8proc INTERFACE ${JOBSIGHT_UTF8PROC_ARCHIVE})

  # Abseil's CMake package names only its shared libraries (SHARED IMPORTED targets); each has
  # its archive beside it. IMPORTED_NO_SONAME makes CMake link the file as given, not by soname.
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
    if(NOT location)
      get_target_property(location ${target} IMPORTED_LOCATION)
    endif()
    string(REGEX REPLACE "\\.so(\\.[0-9.]+)?$" ".a" archive "${location}")
    if(NOT EXISTS "${archive}")
      message(FATAL_ERROR "${target}: no static archive beside ${location}")
    endif()
    jobsight_point_at_archive(${target} "${archive}")
    set_target_properties(${target} PROPERTIES IMPORTED_NO_SONAME TRUE)
  endforeach()
  target_link_options(jobsight_static_runtime INTERFACE -static-libstdc++ -static-libgcc)
  message(STATUS "jobsight: dependencies linked statically (${JOBSIGHT_SQLITE3_ARCHIVE}, "
                 "${JOBSIGHT_CRYPTO_ARCHIVE}, ${JOBSIGHT_UTF8PROC_ARCHIVE}, Abseil's archives)")
endfunction()
