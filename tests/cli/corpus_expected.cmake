# Runs `claims corpus/*.txt` from the project root and compares it with corpus/expected.tsv.
file(GLOB articles RELATIVE ${ROOT} ${ROOT}/corpus/*.txt)
list(SORT articles)
execute_process(COMMAND ${CLAIMS} ${articles} WORKING_DIRECTORY ${ROOT}
                OUTPUT_VARIABLE actual RESULT_VARIABLE status)
file(READ ${ROOT}/corpus/expected.tsv expected)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "claims exited with ${status}")
endif()
if(NOT actual STREQUAL expected)
  file(WRITE ${CMAKE_CURRENT_BINARY_DIR}/corpus_actual.tsv "${actual}")
  execute_process(COMMAND diff -u ${ROOT}/corpus/expected.tsv ${CMAKE_CURRENT_BINARY_DIR}/corpus_actual.tsv)
  message(FATAL_ERROR "claims corpus/*.txt differs from corpus/expected.tsv")
endif()
