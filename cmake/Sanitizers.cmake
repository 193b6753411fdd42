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
