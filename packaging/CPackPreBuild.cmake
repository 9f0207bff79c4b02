# SPDX-FileCopyrightText: 2026 The Claimscope authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Run by cpack after installing into its staging directory (CPACK_PRE_BUILD_SCRIPTS):
# removes what Debian's dh_strip also removes from executables (CPACK_STRIP_FILES
# has already stripped the symbols): the compiler's .comment and .note sections.
find_program(strip_program NAMES strip)
file(GLOB_RECURSE executables LIST_DIRECTORIES false "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/*/bin/*")
foreach(file IN LISTS executables)
    execute_process(COMMAND ${strip_program} --remove-section=.comment --remove-section=.note "${file}"
        RESULT_VARIABLE status)
    if(NOT status EQUAL 0)
        message(FATAL_ERROR "strip failed on ${file}")
    endif()
endforeach()
