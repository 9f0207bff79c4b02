# SPDX-FileCopyrightText: 2026 The Claimscope authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# ctest packaging_metadata: the desktop entry, AppStream metainfo, MIME type
# and man page are valid and agree with each other and with the project.
#   cmake -DSOURCE_DIR=... -DVERSION=... -DAPP_ID=... -P CheckMetadata.cmake
cmake_minimum_required(VERSION 3.25)

set(pkg ${SOURCE_DIR}/packaging)
set(failures 0)
macro(fail)
    message(SEND_ERROR "${ARGN}")
    math(EXPR failures "${failures} + 1")
endmacro()

# One application id everywhere.
foreach(file ${APP_ID}.desktop ${APP_ID}.metainfo.xml ${APP_ID}.mime.xml)
    if(NOT EXISTS ${pkg}/${file})
        fail("missing packaging/${file}")
    endif()
endforeach()
if(NOT EXISTS ${SOURCE_DIR}/resources/icons/${APP_ID}.svg)
    fail("missing resources/icons/${APP_ID}.svg")
endif()
file(READ ${pkg}/${APP_ID}.desktop desktop)
file(READ ${pkg}/${APP_ID}.metainfo.xml metainfo)
foreach(expected "\nIcon=${APP_ID}\n" "\nExec=claimscope %f\n" "\nMimeType=application/x-claimscope-case;\n")
    string(FIND "${desktop}" "${expected}" at)
    if(at EQUAL -1)
        string(STRIP "${expected}" expected)
        fail("${APP_ID}.desktop lacks the line ${expected}")
    endif()
endforeach()
foreach(expected "<id>${APP_ID}</id>" "<launchable type=\"desktop-id\">${APP_ID}.desktop</launchable>"
                 "<mediatype>application/x-claimscope-case</mediatype>")
    string(FIND "${metainfo}" "${expected}" at)
    if(at EQUAL -1)
        fail("${APP_ID}.metainfo.xml lacks ${expected}")
    endif()
endforeach()

# One version everywhere: the newest release in the metainfo, the changelog's
# top entry and the man page's header.
string(REGEX MATCH "<release version=\"([^\"]+)\"" _ "${metainfo}")
set(metainfo_version "${CMAKE_MATCH_1}")
file(STRINGS ${pkg}/changelog changelog_top LIMIT_COUNT 1)
string(REGEX MATCH "^claimscope \\(([^)]+)\\)" _ "${changelog_top}")
set(changelog_version "${CMAKE_MATCH_1}")
file(STRINGS ${pkg}/claimscope.1 th REGEX "^\\.TH ")
string(REGEX MATCH "\"Claimscope ([^\"]+)\"" _ "${th}")
set(man_version "${CMAKE_MATCH_1}")
foreach(pair "metainfo:${metainfo_version}" "changelog:${changelog_version}" "claimscope.1:${man_version}")
    string(REPLACE ":" ";" pair "${pair}")
    list(GET pair 0 what)
    list(LENGTH pair n)
    set(v "")
    if(n GREATER 1)
        list(GET pair 1 v)
    endif()
    if(NOT v STREQUAL VERSION)
        fail("packaging/${what} is at version '${v}' but the project is at ${VERSION}: add a release entry")
    endif()
endforeach()

# The validators, where installed (they are in the Debian 13 build root).
find_program(desktop_file_validate desktop-file-validate)
if(desktop_file_validate)
    execute_process(COMMAND ${desktop_file_validate} ${pkg}/${APP_ID}.desktop
        RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE out)
    if(NOT status EQUAL 0 OR NOT out STREQUAL "")
        fail("desktop-file-validate:\n${out}")
    endif()
else()
    message(STATUS "desktop-file-validate not installed: skipped")
endif()

find_program(appstreamcli appstreamcli)
if(appstreamcli)
    execute_process(COMMAND ${appstreamcli} validate --no-net --pedantic --no-color ${pkg}/${APP_ID}.metainfo.xml
        RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE out)
    message(STATUS "appstreamcli validate --no-net --pedantic:\n${out}")
    if(NOT status EQUAL 0)
        fail("appstreamcli validate failed")
    endif()
else()
    message(STATUS "appstreamcli not installed: skipped")
endif()

find_program(update_mime_database update-mime-database)
if(update_mime_database)
    set(share_dir ${CMAKE_CURRENT_BINARY_DIR}/packaging_metadata_share)
    set(mime_dir ${share_dir}/mime)
    file(REMOVE_RECURSE ${share_dir})
    file(MAKE_DIRECTORY ${mime_dir}/packages)
    file(COPY_FILE ${pkg}/${APP_ID}.mime.xml ${mime_dir}/packages/${APP_ID}.xml)
    execute_process(COMMAND ${CMAKE_COMMAND} -E env XDG_DATA_HOME=${share_dir} ${update_mime_database} ${mime_dir}
        RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE out)
    if(NOT status EQUAL 0 OR NOT out STREQUAL "" OR NOT EXISTS ${mime_dir}/application/x-claimscope-case.xml)
        fail("update-mime-database rejects ${APP_ID}.mime.xml:\n${out}")
    else()
        file(STRINGS ${mime_dir}/globs2 globs REGEX "x-claimscope-case")
        if(NOT globs MATCHES ":application/x-claimscope-case:\\*\\.claimscope")
            fail("the MIME type has no *.claimscope glob: ${globs}")
        endif()
    endif()
    file(REMOVE_RECURSE ${share_dir})
else()
    message(STATUS "update-mime-database not installed: skipped")
endif()

find_program(man_program man)
if(man_program)
    execute_process(COMMAND ${CMAKE_COMMAND} -E env LC_ALL=C.UTF-8 MANWIDTH=80
            ${man_program} --warnings -E UTF-8 -l -Tutf8 -Z ${pkg}/claimscope.1
        RESULT_VARIABLE status OUTPUT_QUIET ERROR_VARIABLE out)
    if(NOT status EQUAL 0 OR NOT out STREQUAL "")
        fail("man --warnings claimscope.1:\n${out}")
    endif()
endif()

if(failures GREATER 0)
    message(FATAL_ERROR "${failures} packaging check(s) failed")
endif()
message(STATUS "packaging metadata: OK (version ${VERSION}, id ${APP_ID})")
