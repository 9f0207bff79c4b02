// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtTest
import org.claimscope.Claimscope

// Return and Enter press every kind of button the app uses, once, as Space
// does; a check box keeps Space alone.
ClaimscopeTestCase {
    id: root
    name: "ButtonKeys"

    ButtonKeys {}

    Component {
        id: buttonsComponent
        Column {
            property int clicks: 0
            Button {
                objectName: "button"
                text: "Button"
                onClicked: parent.clicks++
            }
            TabButton {
                objectName: "tabButton"
                text: "Tab"
                onClicked: parent.clicks++
            }
            ItemDelegate {
                objectName: "delegate"
                text: "Delegate"
                focusPolicy: Qt.StrongFocus
                onClicked: parent.clicks++
            }
            QuizButton {
                objectName: "quizButton"
                text: "Quiz"
                onClicked: parent.clicks++
            }
            ModeButton {
                objectName: "modeButton"
                text: "Mode"
                onClicked: parent.clicks++
            }
            CheckBox {
                objectName: "checkBox"
                text: "Check"
                onClicked: parent.clicks++
            }
        }
    }

    function test_keys_press_buttons_data(): var {
        return ["button", "tabButton", "delegate", "quizButton", "modeButton"].map(name => ({
                    tag: name,
                    name: name
                }));
    }

    function test_keys_press_buttons(data): void {
        const column = createTemporaryObject(buttonsComponent, root);
        const button = findChild(column, data.name);
        button.forceActiveFocus();
        verify(button.activeFocus);
        keyClick(Qt.Key_Return);
        compare(column.clicks, 1, "Return clicks once");
        keyClick(Qt.Key_Enter, Qt.KeypadModifier);
        compare(column.clicks, 2, "Enter clicks once");
        keyClick(Qt.Key_Space);
        compare(column.clicks, 3, "Space still clicks");
        keyPress(Qt.Key_Return);
        verify(button.down, "pressed while Return is held");
        keyRelease(Qt.Key_Return);
        verify(!button.down);
        compare(column.clicks, 4, "clicked on the release");
    }

    function test_return_leaves_check_boxes(): void {
        const column = createTemporaryObject(buttonsComponent, root);
        const box = findChild(column, "checkBox");
        box.forceActiveFocus();
        keyClick(Qt.Key_Return);
        verify(!box.checked, "Return does not tick a box");
        compare(column.clicks, 0);
        keyClick(Qt.Key_Space);
        verify(box.checked);
    }
}
