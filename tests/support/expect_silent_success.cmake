# SPDX-FileCopyrightText: 2026 The Claimscope authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs `PROGRAM validate CASE` and fails unless it exits 0 and prints nothing.
execute_process(COMMAND ${PROGRAM} validate ${CASE}
    RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT status EQUAL 0 OR NOT out STREQUAL "" OR NOT err STREQUAL "")
    message(FATAL_ERROR "validate ${CASE}: exit ${status}\n${out}${err}")
endif()
message(STATUS "validate ${CASE}: valid, no output")
