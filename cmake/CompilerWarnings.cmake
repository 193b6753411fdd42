# Warnings every jobsight target is built with (an INTERFACE target our own targets link).
add_library(jobsight_warnings INTERFACE)
target_compile_options(jobsight_warnings INTERFACE -Wall -Wextra -Wpedantic -Wshadow)
if(JOBSIGHT_WARNINGS_AS_ERRORS)
  target_compile_options(jobsight_warnings INTERFACE -Werror)
endif()
