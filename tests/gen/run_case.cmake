# run_case.cmake - runs kf_gen_figures on one fixture and checks the result.
# Run with cmake -P; variables (-DNAME=VALUE before -P):
#   GEN        the generator (required)
#   WORKDIR    the directory it runs in, tests/gen (required)
#   INPUT      the TSV, relative to WORKDIR or absolute; unset: no arguments
#   OUTPUT     the .c to generate (absolute; its directory must exist)
#   LABEL      the --name argument; unset: no --name
#   EXPECT_RC  the exit status wanted, default 1
#   EXPECT_ERR a file holding the exact stderr wanted; unset: stderr empty
#   FONTS      font files, ;-separated, each passed as --font FILE
#   ICONS      an icon list, passed as --icons FILE
#   SAME_AS    (exit status 0 only) a second TSV, generated with the same
#              LABEL: both outputs must be the same bytes (same file: the
#              output is deterministic; a CRLF + BOM twin: same table)
# With a non-zero exit status neither OUTPUT nor OUTPUT.tmp may exist
# afterwards; with 0, OUTPUT must and OUTPUT.tmp must not. stdout stays empty.
cmake_minimum_required(VERSION 3.18)

foreach(var GEN WORKDIR)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "run_case.cmake: ${var} is not set")
  endif()
endforeach()
if(NOT DEFINED EXPECT_RC)
  set(EXPECT_RC 1)
endif()
set(problems "")

# Runs the generator on `input` into `output`; sets rc, out, err in the caller.
function(kf_gen_case_run input output)
  set(args "")
  if(DEFINED input AND NOT input STREQUAL "")
    list(APPEND args ${input} ${output})
  endif()
  if(DEFINED LABEL)
    list(APPEND args --name ${LABEL})
  endif()
  if(DEFINED ICONS)
    list(APPEND args --icons ${ICONS})
  endif()
  foreach(font ${FONTS})
    list(APPEND args --font ${font})
  endforeach()
  file(REMOVE ${output} ${output}.tmp)
  execute_process(COMMAND ${GEN} ${args}
                  WORKING_DIRECTORY ${WORKDIR}
                  RESULT_VARIABLE r OUTPUT_VARIABLE o ERROR_VARIABLE e)
  set(rc "${r}" PARENT_SCOPE)
  set(out "${o}" PARENT_SCOPE)
  set(err "${e}" PARENT_SCOPE)
endfunction()

if(NOT DEFINED OUTPUT)
  set(OUTPUT ${WORKDIR}/no-output.c)
endif()
kf_gen_case_run("${INPUT}" "${OUTPUT}")

if(NOT "${rc}" STREQUAL "${EXPECT_RC}")
  string(APPEND problems "exit status ${rc}, wanted ${EXPECT_RC}\n")
endif()
set(want "")
if(DEFINED EXPECT_ERR)
  file(READ ${EXPECT_ERR} want)
endif()
if(NOT err STREQUAL want)
  string(APPEND problems "stderr differs.\n--- got:\n${err}--- wanted:\n${want}---\n")
endif()
if(NOT out STREQUAL "")
  string(APPEND problems "stdout is not empty:\n${out}\n")
endif()
if(EXISTS ${OUTPUT}.tmp)
  string(APPEND problems "${OUTPUT}.tmp was left behind\n")
endif()
if(EXPECT_RC EQUAL 0)
  if(NOT EXISTS ${OUTPUT})
    string(APPEND problems "${OUTPUT} was not written\n")
  elseif(DEFINED SAME_AS)
    set(first ${OUTPUT})
    set(second ${OUTPUT}.same.c)
    kf_gen_case_run("${SAME_AS}" "${second}")
    if(NOT rc EQUAL 0 OR NOT err STREQUAL "")
      string(APPEND problems "${SAME_AS}: exit status ${rc}, stderr:\n${err}\n")
    else()
      file(SHA256 ${first} h1)
      file(SHA256 ${second} h2)
      if(NOT h1 STREQUAL h2)
        string(APPEND problems "${SAME_AS} does not generate the same bytes as ${INPUT}\n")
      endif()
    endif()
    file(REMOVE ${second})
  endif()
elseif(EXISTS ${OUTPUT})
  string(APPEND problems "${OUTPUT} exists after a failed run\n")
endif()

if(NOT problems STREQUAL "")
  message(FATAL_ERROR "kf_gen_figures ${INPUT}:\n${problems}")
endif()
