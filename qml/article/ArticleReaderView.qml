// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.claimscope.Claimscope

// An article with switchable highlight layers: the outlet card and the
// layers on the left, the text in the middle, the highlights and the open
// note on the right. Every highlight can be reached by Tab and opened with Enter.
Item {
    id: root

    property string articleId
    readonly property ArticleReader reader: CaseLibrary.reader
    readonly property articleInfo article: reader.article

    implicitWidth: 1200
    implicitHeight: 640

    onArticleIdChanged: reader.articleId = articleId
    Component.onCompleted: reader.articleId = articleId

    function openAnnotation(id: string): void {
        reader.selectedId = id;
        const block = reader.selected.block;
        if (block >= 0 && block < blockRepeater.count) {
            const item = blockRepeater.itemAt(block);
            textFlick.contentY = Math.max(0, Math.min(item.y - 40, textFlick.contentHeight - textFlick.height));
        }
        const row = reader.rowOf(id);
        if (row >= 0)
            highlightList.positionViewAtIndex(row, ListView.Contain);
    }

    RowLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        // ------------------------------------------------ outlet and layers
        Flickable {
            Layout.preferredWidth: 270
            Layout.fillHeight: true
            contentHeight: leftColumn.implicitHeight
            clip: true
            ScrollBar.vertical: ScrollBar {}

            ColumnLayout {
                id: leftColumn
                width: parent.width
                spacing: 8

                Rectangle {
                    Layout.fillWidth: true
                    implicitHeight: outletColumn.implicitHeight + 24
                    radius: Theme.radius
                    color: Theme.card
                    border.color: Theme.line
                    ColumnLayout {
                        id: outletColumn
                        anchors.fill: parent
                        anchors.margins: 12
                        spacing: 4
                        Label {
                            textFormat: Text.PlainText
                            Layout.fillWidth: true
                            text: root.article.outlet
                            font.pixelSize: Theme.fontBody
                            font.bold: true
                            color: Theme.accent
                            wrapMode: Text.WordWrap
                        }
                        Label {
                            textFormat: Text.PlainText
                            Layout.fillWidth: true
                            text: qsTr("Kind: %1").arg(root.article.outletKind.replace("-", " "))
                            font.pixelSize: Theme.fontSmall
                            color: Theme.ink
                            wrapMode: Text.WordWrap
                        }
                        Label {
                            textFormat: Text.PlainText
                            Layout.fillWidth: true
                            text: qsTr("Date: %1").arg(root.article.dateText) + (root.article.approximateDate ? qsTr(" (inferred)") : "")
                            font.pixelSize: Theme.fontSmall
                            color: Theme.ink
                            wrapMode: Text.WordWrap
                        }
                        Label {
                            textFormat: Text.PlainText
                            Layout.fillWidth: true
                            text: PackText.plain(qsTr("Provenance: %1"), [root.article.provenance])
                            font.pixelSize: Theme.fontSmall
                            color: Theme.ink
                            wrapMode: Text.WordWrap
                        }
                        Label {
                            textFormat: Text.PlainText
                            Layout.fillWidth: true
                            visible: root.article.outletInferred
                            text: qsTr("The outlet is inferred: the stored copy does not name it.")
                            font.pixelSize: Theme.fontSmall
                            font.italic: true
                            color: Theme.warning
                            wrapMode: Text.WordWrap
                        }
                    }
                }

                Label {
                    textFormat: Text.PlainText
                    Layout.topMargin: 8
                    text: qsTr("Highlight layers")
                    font.pixelSize: Theme.fontSmall
                    font.bold: true
                    color: Theme.inkMuted
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }
                Repeater {
                    model: root.reader.layers
                    delegate: RowLayout {
                        id: layerRow
                        required property vocabularyCount modelData
                        Layout.fillWidth: true
                        spacing: 2
                        Rectangle {
                            implicitWidth: 18
                            implicitHeight: 18
                            radius: 3
                            color: layerRow.modelData.color
                            border.color: Theme.line
                        }
                        CheckBox {
                            Layout.fillWidth: true
                            checked: layerRow.modelData.enabled
                            enabled: layerRow.modelData.count > 0
                            font.pixelSize: Theme.fontSmall
                            text: layerRow.modelData.label + " (" + layerRow.modelData.count + ")"
                            Accessible.name: qsTr("%1: %2 highlights").arg(layerRow.modelData.label).arg(LanguageManager.number(layerRow.modelData.count))
                            onToggled: root.reader.setLayerEnabled(layerRow.modelData.id, checked)
                        }
                    }
                }
            }
        }

        // ------------------------------------------------ the text
        Rectangle {
            Layout.fillWidth: true
            Layout.fillHeight: true
            radius: Theme.radius
            color: Theme.card
            border.color: textFlick.activeFocus ? Theme.focus : Theme.line
            border.width: textFlick.activeFocus ? Theme.focusWidth : 1

            // A Tab stop that scrolls from the keyboard (↑/↓ a line, PageUp/PageDown
            // a screen, Home/End) and gives a screen reader the article's plain text.
            Flickable {
                id: textFlick
                objectName: "articleText"
                anchors.fill: parent
                anchors.margins: Theme.spacing
                contentHeight: textColumn.implicitHeight
                clip: true
                boundsBehavior: Flickable.StopAtBounds
                activeFocusOnTab: true
                ScrollBar.vertical: ScrollBar {}
                Accessible.role: Accessible.Document
                Accessible.name: qsTr("Article text: %1").arg(root.article.headline)
                Accessible.description: root.reader.blocks.map(block => block.plain).join("\n\n")
                Accessible.focusable: true

                readonly property real lineStep: Theme.fontBody * 2
                function scrollTo(y: real): void {
                    contentY = Math.max(0, Math.min(y, contentHeight - height));
                }
                Keys.onPressed: event => {
                    // From where the scroll is heading, so that held keys add up while it
                    // animates. A Behavior leaves its animation's `to` unset: the value it
                    // is heading for is the Behavior's targetValue.
                    const from = scrollAnimation.running ? scrollBehavior.targetValue : contentY;
                    if (event.key === Qt.Key_Down)
                        scrollTo(from + lineStep);
                    else if (event.key === Qt.Key_Up)
                        scrollTo(from - lineStep);
                    else if (event.key === Qt.Key_PageDown)
                        scrollTo(from + height - lineStep);
                    else if (event.key === Qt.Key_PageUp)
                        scrollTo(from - height + lineStep);
                    else if (event.key === Qt.Key_Home)
                        scrollTo(0);
                    else if (event.key === Qt.Key_End)
                        scrollTo(contentHeight - height);
                    else
                        return;
                    event.accepted = true;
                }
                Behavior on contentY {
                    id: scrollBehavior
                    enabled: !Theme.reducedMotion
                    NumberAnimation {
                        id: scrollAnimation
                        duration: Theme.animationDuration
                        easing.type: Easing.OutCubic
                    }
                }

                ColumnLayout {
                    id: textColumn
                    width: textFlick.width - 12
                    spacing: 12
                    Repeater {
                        id: blockRepeater
                        model: root.reader.blocks
                        delegate: Text {
                            required property articleBlock modelData
                            Layout.fillWidth: true
                            textFormat: Text.RichText
                            text: modelData.html
                            wrapMode: Text.WordWrap
                            color: Theme.ink
                            font.family: "Noto Serif"
                            font.pixelSize: modelData.kind === "headline" ? Theme.fontHeading : (modelData.kind === "caption" ? Theme.fontSmall : Theme.fontBody)
                            font.bold: modelData.kind === "headline"
                            font.italic: modelData.kind === "caption" || modelData.kind === "standfirst"
                            lineHeight: 1.3
                            Accessible.role: modelData.kind === "headline" ? Accessible.Heading : Accessible.Paragraph
                            Accessible.name: modelData.plain
                            onLinkActivated: link => root.openAnnotation(link.substring("annotation:".length))
                            HoverHandler {
                                cursorShape: parent.hoveredLink.length > 0 ? Qt.PointingHandCursor : Qt.ArrowCursor
                            }
                        }
                    }
                    Label {
                        textFormat: Text.PlainText
                        Layout.fillWidth: true
                        Layout.topMargin: 8
                        text: root.article.copyright + "\n" + root.article.url
                        font.pixelSize: Theme.fontSmall
                        color: Theme.inkMuted
                        wrapMode: Text.WrapAnywhere
                    }
                    Button {
                        objectName: "webAddressButton"
                        visible: root.article.url.length > 0
                        flat: true
                        text: qsTr("Web address…")
                        font.pixelSize: Theme.fontSmall
                        Accessible.name: qsTr("Show the article's web address")
                        onClicked: webAddressDialog.show(root.article.url, root.article.outlet)
                    }
                }
            }
        }

        // ------------------------------------------------ highlights and the open note
        ColumnLayout {
            Layout.fillWidth: false
            Layout.preferredWidth: 340
            Layout.maximumWidth: 340
            Layout.fillHeight: true
            spacing: 8

            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                Layout.maximumWidth: 340
                text: qsTr("%1 highlights — Tab to one, Enter to open").arg(LanguageManager.number(root.reader.count))
                wrapMode: Text.WordWrap
                font.pixelSize: Theme.fontSmall
                font.bold: true
                color: Theme.inkMuted
            }
            ListView {
                id: highlightList
                objectName: "highlightList"
                // Every row exists, not only those in view: a screen reader counts the rows there are.
                cacheBuffer: 1000000
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredHeight: 1
                clip: true
                spacing: 4
                model: root.reader
                activeFocusOnTab: true
                keyNavigationEnabled: true
                Accessible.role: Accessible.List
                Accessible.name: qsTr("Highlights in this article")
                ScrollBar.vertical: ScrollBar {}
                Keys.onReturnPressed: if (currentIndex >= 0)
                    root.openAnnotation(root.reader.idAtRow(currentIndex))
                Keys.onEnterPressed: if (currentIndex >= 0)
                    root.openAnnotation(root.reader.idAtRow(currentIndex))
                delegate: ItemDelegate {
                    id: delegate
                    required property int index
                    required property string annotationId
                    required property string layerLabel
                    required property string layerColor
                    required property string quote
                    width: highlightList.width - 12
                    highlighted: ListView.isCurrentItem && highlightList.activeFocus
                    Accessible.name: layerLabel + ": " + quote
                    onClicked: {
                        highlightList.currentIndex = index;
                        root.openAnnotation(annotationId);
                    }
                    contentItem: RowLayout {
                        spacing: 8
                        Rectangle {
                            implicitWidth: 14
                            implicitHeight: 14
                            radius: 3
                            color: delegate.layerColor
                            border.color: Theme.line
                        }
                        // A preview of the quote, in any language: it is whole in the text beside
                        // the list, and Enter opens its note.
                        StyledLabel {
                            objectName: "quotePreview"
                            Layout.fillWidth: true
                            text: PackText.rich("<b>%1</b> “%2”", [delegate.layerLabel, delegate.quote])
                            font.pixelSize: Theme.fontSmall
                            color: Theme.ink
                            elide: Text.ElideRight
                            maximumLineCount: 2
                            wrapMode: Text.WordWrap
                        }
                    }
                    background: Rectangle {
                        radius: 6
                        color: delegate.annotationId === root.reader.selectedId ? Theme.selection : "transparent"
                        border.width: delegate.visualFocus || delegate.highlighted ? Theme.focusWidth : 0
                        border.color: Theme.focus
                    }
                }
            }
            NotePanel {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredHeight: 1
                note: root.reader.selected
            }
        }
    }

    WebAddressDialog {
        id: webAddressDialog
    }
}
