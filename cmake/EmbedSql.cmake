# jobsight_embed_sql(OUT MIGRATIONS files... REPORTS files...): writes a C++ source that holds
# every listed .sql file as a string, regenerated whenever one of them changes.
function(jobsight_embed_sql out)
  cmake_parse_arguments(ARG "" "" "MIGRATIONS;REPORTS" ${ARGN})
  list(SORT ARG_MIGRATIONS)
  list(SORT ARG_REPORTS)
  string(REPLACE ";" "|" migrations "${ARG_MIGRATIONS}")
  string(REPLACE ";" "|" reports "${ARG_REPORTS}")
  add_custom_command(OUTPUT ${out}
    COMMAND ${CMAKE_COMMAND} "-DOUT=${out}" "-DMIGRATIONS=${migrations}" "-DREPORTS=${reports}"
            -P ${CMAKE_SOURCE_DIR}/cmake/embed_sql_script.cmake
    DEPENDS ${ARG_MIGRATIONS} ${ARG_REPORTS} ${CMAKE_SOURCE_DIR}/cmake/embed_sql_script.cmake
    COMMENT "Embedding SQL files"
    VERBATIM)
endfunction()
