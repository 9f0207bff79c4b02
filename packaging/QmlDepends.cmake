# SPDX-FileCopyrightText: 2026 The Claimscope authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Derives the Debian packages of the QML modules Claimscope needs at run time.
# dpkg-shlibdeps only sees the libraries the binary links; the QML modules are
# plugins loaded at run time, so the .deb must depend on their qml6-module-*
# packages explicitly. This reads every `import X` in qml/**/*.qml (plus the
# modules named in EXTRA_MODULES, e.g. a style set from C++), follows each
# module's qmldir (`import`, `depends`, `default import`; not `optional import`)
# and asks dpkg which package owns each qmldir. See packaging/README.md.
#
#   claimscope_qml_packages(<out-var> SOURCE_DIR <dir> QML_IMPORT_DIR <dir>
#                           [OWN_MODULES uri...] [EXTRA_MODULES uri...])

cmake_policy(VERSION 3.25)

function(claimscope_qml_packages out)
    cmake_parse_arguments(PARSE_ARGV 1 arg "" "SOURCE_DIR;QML_IMPORT_DIR" "OWN_MODULES;EXTRA_MODULES")
    find_program(dpkg_query dpkg-query)
    if(NOT dpkg_query)
        message(FATAL_ERROR "dpkg-query not found: QML dependencies can only be derived on Debian")
    endif()

    set(queue "")
    foreach(uri IN LISTS arg_EXTRA_MODULES)
        list(APPEND queue ${uri})
        set(origin_${uri} "packaging (EXTRA_MODULES)")
    endforeach()
    file(GLOB_RECURSE qml_files LIST_DIRECTORIES false "${arg_SOURCE_DIR}/qml/*.qml")
    list(SORT qml_files)
    foreach(file IN LISTS qml_files)
        file(RELATIVE_PATH rel "${arg_SOURCE_DIR}" "${file}")
        file(STRINGS "${file}" lines REGEX "^[ \t]*import[ \t]+[A-Za-z_]")
        foreach(line IN LISTS lines)
            string(REGEX REPLACE "^[ \t]*import[ \t]+([A-Za-z_][A-Za-z0-9_.]*).*" "\\1" uri "${line}")
            if(uri IN_LIST arg_OWN_MODULES)
                continue()
            endif()
            list(APPEND queue ${uri})
            if(NOT DEFINED origin_${uri})
                set(origin_${uri} "${rel}")
            endif()
        endforeach()
    endforeach()

    set(seen "")
    set(packages "")
    while(queue)
        list(POP_FRONT queue uri)
        if(uri IN_LIST seen)
            continue()
        endif()
        list(APPEND seen ${uri})
        string(REPLACE "." "/" path "${uri}")
        set(qmldir "${arg_QML_IMPORT_DIR}/${path}/qmldir")
        if(NOT EXISTS "${qmldir}")
            message(FATAL_ERROR "QML module ${uri} (imported by ${origin_${uri}}) is not installed "
                "in the build environment (no ${qmldir}). Add its qml6-module-* package to "
                "tools/buildroot-packages.txt; the .deb's Depends then follow by themselves.")
        endif()
        execute_process(COMMAND ${dpkg_query} -S "${qmldir}"
            OUTPUT_VARIABLE owner RESULT_VARIABLE status ERROR_QUIET OUTPUT_STRIP_TRAILING_WHITESPACE)
        if(NOT status EQUAL 0)
            message(FATAL_ERROR "QML module ${uri} (imported by ${origin_${uri}}): no Debian package "
                "owns ${qmldir}, so the .deb cannot depend on it")
        endif()
        string(REGEX REPLACE "^([^:,]+).*" "\\1" package "${owner}")
        list(APPEND packages ${package})
        set(pkg_${package} "${pkg_${package}} ${uri}")

        file(STRINGS "${qmldir}" deps REGEX "^(import|depends|default import)[ \t]")
        foreach(dep IN LISTS deps)
            string(REGEX REPLACE "^(default import|import|depends)[ \t]+([A-Za-z_][A-Za-z0-9_.]*).*" "\\2" dep_uri "${dep}")
            list(APPEND queue ${dep_uri})
            if(NOT DEFINED origin_${dep_uri})
                set(origin_${dep_uri} "${uri}'s qmldir")
            endif()
        endforeach()
    endwhile()
    list(REMOVE_DUPLICATES packages)
    list(SORT packages)
    foreach(package IN LISTS packages)
        message(VERBOSE "  ${package}:${pkg_${package}}")
    endforeach()
    set(${out} ${packages} PARENT_SCOPE)
endfunction()

# Script mode: cmake -DSOURCE_DIR=... -DQML_IMPORT_DIR=... [-DOWN_MODULES=...]
# [-DEXTRA_MODULES=...] -P QmlDepends.cmake prints the packages, one a line.
if(CMAKE_SCRIPT_MODE_FILE STREQUAL CMAKE_CURRENT_LIST_FILE)
    claimscope_qml_packages(packages SOURCE_DIR "${SOURCE_DIR}" QML_IMPORT_DIR "${QML_IMPORT_DIR}"
        OWN_MODULES ${OWN_MODULES} EXTRA_MODULES ${EXTRA_MODULES})
    list(JOIN packages "\n" text)
    message("${text}")
endif()
