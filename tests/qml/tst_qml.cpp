// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/offlinenetwork.h"
#include "demosession.h"
#include "settings/languagemanager.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QDirIterator>
#include <QQmlContext>
#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QQuickStyle>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtQuickTest>
#include <memory>
#include <vector>

Q_IMPORT_QML_PLUGIN(org_claimscope_ClaimscopePlugin)

// The tests' engine is as offline as the app's.
class Setup : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        OfflineNetworkAccessManagerFactory::install(engine);
        // As in the app: the source language's plural forms ("%n hand(s)") from the start.
        engine->singletonInstance<LanguageManager *>(QStringLiteral("org.claimscope.Claimscope"), QStringLiteral("LanguageManager"));
        // tst_markup.qml opens the markup pack written by the markup_pack fixture.
        engine->rootContext()->setContextProperty(QStringLiteral("markupPackPath"), qEnvironmentVariable("CLAIMSCOPE_MARKUP_PACK"));
    }
};

// Folders a test writes a case into, removed when the tests end, and a
// digest of a folder's files to show that a save left a case untouched.
class Scratch : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    Q_INVOKABLE QString newFolder()
    {
        auto dir = std::make_unique<QTemporaryDir>();
        if (!dir->isValid())
            return {};
        const QString path = dir->path();
        m_dirs.push_back(std::move(dir));
        return path;
    }

    /// Every file under `folder` (or in a resource folder), by relative path, hashed together.
    Q_INVOKABLE QString digest(const QString &folder) const
    {
        QStringList names;
        QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            names << QDir(folder).relativeFilePath(it.next());
        names.sort();
        QCryptographicHash hash(QCryptographicHash::Sha256);
        for (const QString &name : std::as_const(names)) {
            QFile file(QDir(folder).filePath(name));
            if (!file.open(QIODevice::ReadOnly))
                return {};
            hash.addData(name.toUtf8());
            hash.addData(file.readAll());
        }
        return QString::number(names.size()) + u':' + QString::fromLatin1(hash.result().toHex());
    }

private:
    std::vector<std::unique_ptr<QTemporaryDir>> m_dirs;
};

// QUICK_TEST_MAIN would create a QGuiApplication, and Qt Charts needs a QApplication.
int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    // Settings and saved progress go to a test location, never the user's.
    QStandardPaths::setTestModeEnabled(true);
    app.setOrganizationName(QStringLiteral("ClaimscopeTest"));
    QQuickStyle::setStyle(QStringLiteral("Material"));
    // Sample profiles, a fixed "now" and a folder of the tests' own: not the app's API.
    qmlRegisterSingletonType<DemoSession>("org.claimscope.Demo", 1, 0, "Demo", [](QQmlEngine *engine, QJSEngine *) { return new DemoSession(engine); });
    qmlRegisterSingletonType<Scratch>("org.claimscope.Demo", 1, 0, "Scratch", [](QQmlEngine *engine, QJSEngine *) { return new Scratch(engine); });
    Setup setup;
    return quick_test_main_with_setup(argc, argv, "claimscope_qml", QUICK_TEST_SOURCE_DIR, &setup);
}

#include "tst_qml.moc"
