# AddressSanitizer + UndefinedBehaviorSanitizer switch (JOBSIGHT_SANITIZE=ON), used in CI.
add_library(jobsight_sanitizers INTERFACE)
if(JOBSIGHT_SANITIZE)
  target_compile_options(jobsight_sanitizers INTERFACE -fsanitize=address,undefined
    -fno-sanitize-recover=all -fno-omit-frame-pointer)
  target_link_options(jobsight_sanitizers INTERFACE -fsanitize=address,undefined)
endif()
if(JOBSIGHT_FUZZ)
  target_compile_options(jobsight_sanitizers INTERFACE -fsanitize=fuzzer-no-link)
endif()

# The program's own code (the layers, the binary, the generator), not the test files. In a
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
