// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick

// The keys of a network view that is one Tab stop: Left/Right move among its
// nodes, Up/Down among its arrows' counts, Home/End to the first or last of
// the kind that has the focus. When Tab lands on the view, the focus goes on
// to the node or count that had it, else to the first node.
// stops and isCount are functions handed in by the view:
// qmllint disable use-proper-function
QtObject {
    id: keys

    /// The view (a FocusScope) whose keys these are.
    required property Item view
    /// The nodes (counts: false) or the counts (counts: true) now shown, in order.
    required property var stops
    /// Whether an item of the view is a count.
    required property var isCount
    /// The node or count that has the focus within the view, when it has it.
    property Item current

    /// Moves the focus `step` places among the nodes or counts (0: the first, Infinity: the last).
    function move(counts: bool, step: var): void {
        const list = keys.stops(counts);
        if (list.length === 0)
            return;
        const at = list.indexOf(keys.current);
        keys.current = list[step === 0 ? 0 : step === Infinity ? list.length - 1 : at < 0 ? 0 : (at + step + list.length) % list.length];
        keys.current.forceActiveFocus(Qt.TabFocusReason);
    }
    function pressed(event: KeyEvent): void {
        if (event.key === Qt.Key_Right || event.key === Qt.Key_Left)
            keys.move(false, event.key === Qt.Key_Right ? 1 : -1);
        else if (event.key === Qt.Key_Down || event.key === Qt.Key_Up)
            keys.move(true, event.key === Qt.Key_Down ? 1 : -1);
        else if (event.key === Qt.Key_Home || event.key === Qt.Key_End)
            keys.move(keys.current !== null && keys.isCount(keys.current), event.key === Qt.Key_Home ? 0 : Infinity);
        else
            event.accepted = false;
    }
    readonly property Connections focusEntry: Connections {
        target: keys.view
        function onActiveFocusChanged(): void {
            if (!keys.view.activeFocus || (keys.current && keys.current.visible && keys.current.activeFocus))
                return;
            Qt.callLater(() => {
                if (keys.view.activeFocus && !(keys.current && keys.current.activeFocus))
                    keys.current && keys.current.visible ? keys.current.forceActiveFocus() : keys.move(false, 0);
            });
        }
    }
}
