# jobsight_embed_sql(OUT MIGRATIONS files... REPORTS files... QUERIES files...): writes a C++ source that holds
# every listed .sql file as a string (migrations in the order given, the others sorted by name), regenerated whenever one of them changes.
function(jobsight_embed_sql out)
  cmake_parse_arguments(ARG "" "" "MIGRATIONS;REPORTS;QUERIES" ${ARGN})
  # Migrations run in the order listed, and each file's number must be its place in the list, so a
  # stray or misnumbered file cannot ship as a migration.
  set(position 0)
  foreach(f IN LISTS ARG_MIGRATIONS)
    math(EXPR position "${position} + 1")
    get_filename_component(name ${f} NAME)
    string(LENGTH "000${position}" length)
    math(EXPR start "${length} - 4")
    string(SUBSTRING "000${position}" ${start} 4 number)
    if(NOT name MATCHES "^${number}_[a-z0-9_]+\\.sql$")
      message(FATAL_ERROR "migration ${name} is listed at place ${position}: its name must start with ${number}_")
    endif()
  endforeach()
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
