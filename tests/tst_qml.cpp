// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QApplication>
#include <QQmlExtensionPlugin>
#include <QQuickStyle>
#include <QStandardPaths>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(org_claimscope_ClaimscopePlugin)

// QUICK_TEST_MAIN would create a QGuiApplication, and Qt Charts needs a QApplication.
int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    // Settings and saved progress go to a test location, never the user's.
    QStandardPaths::setTestModeEnabled(true);
    app.setOrganizationName(QStringLiteral("ClaimscopeTest"));
    QQuickStyle::setStyle(QStringLiteral("Material"));
    return quick_test_main(argc, argv, "claimscope_qml", QUICK_TEST_SOURCE_DIR);
}
