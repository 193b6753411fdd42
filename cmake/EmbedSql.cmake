# jobsight_embed_sql(OUT MIGRATIONS files... REPORTS files... QUERIES files...): writes a C++ source that holds
# every listed .sql file as a string, regenerated whenever one of them changes.
function(jobsight_embed_sql out)
  cmake_parse_arguments(ARG "" "" "MIGRATIONS;REPORTS;QUERIES" ${ARGN})
  list(SORT ARG_MIGRATIONS)
  list(SORT ARG_REPORTS)
  list(SORT ARG_QUERIES)
  string(REPLACE ";" "|" migrations "${ARG_MIGRATIONS}")
  string(REPLACE ";" "|" reports "${ARG_REPORTS}")
  string(REPLACE ";" "|" queries "${ARG_QUERIES}")
  add_custom_command(OUTPUT ${out}
    COMMAND ${CMAKE_COMMAND} "-DOUT=${out}" "-DMIGRATIONS=${migrations}" "-DREPORTS=${reports}" "-DQUERIES=${queries}"
            -P ${CMAKE_SOURCE_DIR}/cmake/embed_sql_script.cmake
    DEPENDS ${ARG_MIGRATIONS} ${ARG_REPORTS} ${ARG_QUERIES} ${CMAKE_SOURCE_DIR}/cmake/embed_sql_script.cmake
    COMMENT "Embedding SQL files"
    VERBATIM)
endfunction()
