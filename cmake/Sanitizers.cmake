# AddressSanitizer + UndefinedBehaviorSanitizer switch (JOBSIGHT_SANITIZE=ON), used in CI.
add_library(jobsight_sanitizers INTERFACE)
if(JOBSIGHT_SANITIZE)
  target_compile_options(jobsight_sanitizers INTERFACE -fsanitize=address,undefined
    -fno-sanitize-recover=all -fno-omit-frame-pointer)
  target_link_options(jobsight_sanitizers INTERFACE -fsanitize=address,undefined)
endif()
# The sanitizers' runtime alone, for code that links the checked program but is not itself
# checked: the test files (tests/CMakeLists.txt). Their instrumentation doubled their compile
# time (kept_pay_stats_test.cpp: 20.7 s with it, 9.1 s without). Header-only code (templates,
# inline functions such as util/bounded_queue.hpp) compiled into a test file runs there
# uninstrumented, in the test binary; the jobsight binary the end-to-end tests run is all
# instrumented.
add_library(jobsight_sanitizer_runtime INTERFACE)
if(JOBSIGHT_SANITIZE)
  target_link_options(jobsight_sanitizer_runtime INTERFACE -fsanitize=address,undefined)
endif()
if(JOBSIGHT_FUZZ)
  target_compile_options(jobsight_sanitizers INTERFACE -fsanitize=fuzzer-no-link)
endif()

# The program's own code (the layers but the command line's, the binary, the generator), not the
# test files. Only the optimisation level and its warning: src/CMakeLists.txt leaves it out of
# the command line's layer (NOT_OPTIMISED_WHEN_SANITIZED). In a
# sanitized Debug build (scripts/test.sh --sanitize) it is compiled at -O1: the tests, most of
# whose time is the program importing files, then ran in 264 s instead of 449 s on 2 cores. The
# test files stay at -O0 (the whole build at -O1 took 701 s to compile, this one 556 s). GCC 12
# at -O1 with ASan warns, wrongly, that libstdc++'s <regex> reads a std::function uninitialised
# (-Wmaybe-uninitialized); the plain build keeps that warning.
add_library(jobsight_program_code INTERFACE)
if(JOBSIGHT_SANITIZE)
  target_compile_options(jobsight_program_code INTERFACE $<$<CONFIG:Debug>:-O1>)
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    target_compile_options(jobsight_program_code INTERFACE
      $<$<CONFIG:Debug>:-Wno-maybe-uninitialized>)
  endif()
endif()
