# SPDX-FileCopyrightText: 2026 The Claimscope authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs `PROGRAM validate CASE` and fails unless it exits 0 and prints nothing
# but its one-line summary: valid, with no problem and no warning.
execute_process(COMMAND ${PROGRAM} validate ${CASE}
    RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
string(FIND "${out}" "\n" first_break)
string(LENGTH "${out}" length)
math(EXPR last "${length} - 1")
if(NOT status EQUAL 0 OR NOT err STREQUAL "" OR NOT out MATCHES "^[^\n]*: valid — [^;\n]*\n$" OR NOT first_break EQUAL last)
    message(FATAL_ERROR "validate ${CASE}: exit ${status}\n${out}${err}")
endif()
message(STATUS "validate ${CASE}: ${out}")
