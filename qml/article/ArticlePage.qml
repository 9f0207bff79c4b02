// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import org.claimscope.Claimscope

// One article with its highlight layers, and a way to the other articles.
Page {
    id: root

    property string articleId: CaseLibrary.articles.idAt(0)
    property string focusClaimId
    property string focusQuote
    signal backRequested

    background: Rectangle {
        color: Theme.paper
    }
    Keys.onEscapePressed: root.backRequested()

    // The page's title is its accessible name too.
    Accessible.name: root.title
    title: reader.article.headline
    header: PageHeader {
        title: root.title
        // An excerpt of a publisher's article says so; the case authors' own text carries its own licence.
        subtitle: reader.article.excerpt ? PackText.plain(qsTr("%1 · %2 · excerpt © its publisher, shown for educational commentary"), [reader.article.outlet, reader.article.dateText]) : PackText.plain(qsTr("%1 · %2 · %3"), [reader.article.outlet, reader.article.dateText, reader.article.copyright])
        onBackRequested: root.backRequested()
        PlainComboBox {
            id: picker
            objectName: "articlePicker"
            Layout.preferredWidth: 300
            model: CaseLibrary.articles
            textRole: "outlet"
            valueRole: "articleId"
            font.pixelSize: Theme.fontSmall
            Accessible.name: qsTr("Choose an article")
            // A label, not the style's text field: nothing here can be typed, and a
            // screen reader would announce an "editable" combo box with an unnamed field.
            contentItem: Label {
                leftPadding: picker.Material.textFieldHorizontalPadding
                text: picker.displayText
                textFormat: Text.PlainText
                font: picker.font
                color: Theme.ink
                elide: Text.ElideRight
                verticalAlignment: Text.AlignVCenter
                Accessible.ignored: true
            }
            Component.onCompleted: currentIndex = indexOfValue(root.articleId)
            onActivated: root.articleId = currentValue
            StillTransitions {
                popup: picker.popup
            }
        }
    }

    ArticleReaderView {
        id: reader
        anchors.fill: parent
        anchors.margins: Theme.spacing
        articleId: root.articleId
        focus: true
        Component.onCompleted: {
            if (root.focusClaimId !== "" || root.focusQuote !== "") {
                const row = CaseLibrary.reader.focusClaim(root.focusClaimId, root.focusQuote);
                if (row >= 0)
                    Qt.callLater(reader.openAnnotation, CaseLibrary.reader.selectedId);
            }
        }
    }
}
