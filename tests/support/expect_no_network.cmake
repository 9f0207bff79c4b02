# SPDX-FileCopyrightText: 2026 The Claimscope authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Walks the whole lesson of CASE (`PROGRAM --walk-lesson`) under strace and
# fails if the app opened or connected any network socket (AF_INET,
# AF_INET6, AF_PACKET), or if the walk did not render every step.
# AF_UNIX (a display server, D-Bus) is allowed.

# The lesson's step count, from the case itself.
execute_process(COMMAND ${PROGRAM} info ${CASE} RESULT_VARIABLE status OUTPUT_VARIABLE info ERROR_VARIABLE err)
if(NOT status EQUAL 0 OR NOT info MATCHES "lesson: +[0-9]+ chapters, ([0-9]+) steps")
    message(FATAL_ERROR "info ${CASE}: exit ${status}, no step count\n${info}${err}")
endif()
set(steps ${CMAKE_MATCH_1})

file(REMOVE ${TRACE})
if(WALK_ALL)
    # Every page, note, quiz item, lesson step and presentation step of CASE.
    execute_process(COMMAND ${STRACE} -f -qq -e trace=socket,connect,execve -o ${TRACE}
                            ${PROGRAM} --walk-all --expect-literal ${PROBE} ${CASE}
        RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT status EQUAL 0 OR NOT out MATCHES "walked ([0-9]+) renders of ([0-9]+) steps")
        message(FATAL_ERROR "the walk failed: exit ${status}\n${out}${err}")
    endif()
    if(CMAKE_MATCH_1 LESS steps)
        message(FATAL_ERROR "the walk rendered ${CMAKE_MATCH_1} times; the lesson alone has ${steps} steps")
    endif()
    set(walked "${CMAKE_MATCH_1} renders")
else()
    execute_process(COMMAND ${STRACE} -f -qq -e trace=socket,connect,execve -o ${TRACE} ${PROGRAM} --walk-lesson ${CASE}
        RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT status EQUAL 0 OR NOT out MATCHES "walked ([0-9]+) of ([0-9]+) lesson steps")
        message(FATAL_ERROR "the lesson walk failed: exit ${status}\n${out}${err}")
    endif()
    if(NOT CMAKE_MATCH_1 EQUAL steps OR NOT CMAKE_MATCH_2 EQUAL steps)
        message(FATAL_ERROR "the walk rendered ${CMAKE_MATCH_1} of ${CMAKE_MATCH_2} steps; the case has ${steps}")
    endif()
    set(walked "${steps} of ${steps} lesson steps")
endif()

file(STRINGS ${TRACE} calls)
# The trace must show the app's own start, or strace traced nothing.
list(FILTER calls INCLUDE REGEX "execve\\(|socket\\(|connect\\(")
set(started FALSE)
set(families "")
set(forbidden "")
foreach(call IN LISTS calls)
    if(call MATCHES "execve\\(\"${PROGRAM}\"")
        set(started TRUE)
    endif()
    string(REGEX MATCHALL "AF_[A-Z0-9]+" found "${call}")
    list(APPEND families ${found})
    if(call MATCHES "AF_INET|AF_PACKET")
        list(APPEND forbidden "${call}")
    endif()
endforeach()
if(NOT started)
    message(FATAL_ERROR "strace did not trace the app's start; trace:\n${calls}")
endif()
list(REMOVE_DUPLICATES families)
if(families STREQUAL "")
    set(families "none")
endif()
if(forbidden)
    list(JOIN forbidden "\n" forbidden)
    message(FATAL_ERROR "the app used the network while walking the lesson:\n${forbidden}")
endif()
message(STATUS "walked ${walked}; socket families used: ${families}; no network")
