# Writes the manual page and the completion scripts by running the built claims, so that
# they come from the command line's own definition (claims --generate).
# Usage: cmake -DCLAIMS=path/to/claims -DOUTPUT_DIR=dir -P generate_docs.cmake
foreach(kind_and_file "man;claims.1" "complete-bash;claims.bash" "complete-zsh;_claims")
  list(GET kind_and_file 0 kind)
  list(GET kind_and_file 1 file)
  execute_process(COMMAND ${CLAIMS} --generate ${kind} OUTPUT_FILE ${OUTPUT_DIR}/${file}
                  RESULT_VARIABLE status)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "claims --generate ${kind} failed: ${status}")
  endif()
endforeach()
# Debian installs manual pages compressed.
file(ARCHIVE_CREATE OUTPUT ${OUTPUT_DIR}/claims.1.gz PATHS ${OUTPUT_DIR}/claims.1 FORMAT raw
     COMPRESSION GZip)
