// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/languagemanager.h"
#include "common/localenotifier.h"
#include "settings/appsettings.h"
#include "settings/pseudotranslator.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QHash>
#include <QLibraryInfo>
#include <QLoggingCategory>

#include <cmath>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcLanguage, "claimscope.language", QtWarningMsg)

namespace {
// Where qt_add_translations embeds the .qm files (CMakeLists.txt, RESOURCE_PREFIX).
const QString TranslationsDir = u":/claimscope/i18n"_s;

std::unique_ptr<QTranslator> load(const QString &name, const QString &dir)
{
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(name, dir)) {
        qCWarning(lcLanguage).noquote() << "no translation" << name << "in" << dir;
        return nullptr;
    }
    return translator;
}
} // namespace

QStringList LanguageManager::languages()
{
    return {u"en"_s, u"de"_s, u"es"_s, u"fr"_s, u"ar"_s};
}

QString LanguageManager::number(double n)
{
    return QLocale().toString(static_cast<qint64>(std::llround(n)));
}

QString LanguageManager::nativeName(const QString &code)
{
    // Each language in itself, as a menu of languages lists them; never translated.
    static const QHash<QString, QString> names{{u"en"_s, u"English"_s},
                                               {u"de"_s, u"Deutsch"_s},
                                               {u"es"_s, u"Español"_s},
                                               {u"fr"_s, u"Français"_s},
                                               {u"ar"_s, u"العربية"_s},
                                               {Pseudo, u"Pseudo (testing)"_s}};
    return names.value(code);
}

QVariantList LanguageManager::choices()
{
    QVariantList list;
    const QStringList codes = languages() << Pseudo;
    for (const QString &code : codes)
        list << QVariantMap{{u"code"_s, code}, {u"name"_s, nativeName(code)}};
    return list;
}

QString LanguageManager::normalize(const QString &code)
{
    const QString lower = code.trimmed().toLower();
    if (lower == Pseudo)
        return Pseudo;
    const QString language = lower.section(u'_', 0, 0).section(u'-', 0, 0);
    return languages().contains(language) ? language : QString();
}

QString LanguageManager::systemLanguage(const QLocale &system)
{
    for (const QString &ui : system.uiLanguages()) {
        if (const QString code = normalize(ui); !code.isEmpty() && code != Pseudo)
            return code;
    }
    return u"en"_s;
}

LanguageManager::LanguageManager(AppSettings *settings, QQmlEngine *engine, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_engine(engine)
    , m_english(load(u"claimscope_en"_s, TranslationsDir))
{
    if (m_english)
        QCoreApplication::installTranslator(m_english.get());
    if (!m_settings) {
        apply(QString());
        return;
    }
    if (!apply(m_settings->language()))
        apply(QString());
    connect(m_settings, &AppSettings::languageChanged, this, [this] { apply(m_settings->language()); });
}

LanguageManager::~LanguageManager()
{
    removeTranslators();
    if (m_english)
        QCoreApplication::removeTranslator(m_english.get());
}

LanguageManager *LanguageManager::create(QQmlEngine *engine, QJSEngine *)
{
    return new LanguageManager(engine->singletonInstance<AppSettings *>(u"org.claimscope.Claimscope"_s, u"AppSettings"_s), engine, engine);
}

bool LanguageManager::rightToLeft() const
{
    return QLocale().textDirection() == Qt::RightToLeft;
}

QStringList LanguageManager::installedTranslations() const
{
    QStringList files;
    for (const QTranslator *t : {m_english.get(), m_app.get(), m_qt.get()}) {
        if (t)
            files << t->filePath();
    }
    return files;
}

void LanguageManager::removeTranslators()
{
    for (QTranslator *t : {m_app.get(), m_qt.get(), static_cast<QTranslator *>(m_pseudo.get())}) {
        if (t)
            QCoreApplication::removeTranslator(t);
    }
    m_app.reset();
    m_qt.reset();
    m_pseudo.reset();
}

bool LanguageManager::apply(const QString &code)
{
    const QString language = code.isEmpty() ? systemLanguage(QLocale::system()) : normalize(code);
    if (language.isEmpty()) {
        qCWarning(lcLanguage).noquote() << "unknown language" << code << "- expected one of" << languages().join(u", "_s) << "or" << Pseudo;
        return false;
    }
    if (language == m_language)
        return true;

    removeTranslators();
    QLocale locale(language == Pseudo ? u"en"_s : language);
    // The system's own locale when it speaks this language: its region's formats.
    if (QLocale::system().language() == locale.language())
        locale = QLocale::system();
    if (language == Pseudo) {
        m_pseudo = std::make_unique<PseudoTranslator>();
        m_pseudo->setBase(m_english.get());
        QCoreApplication::installTranslator(m_pseudo.get());
    } else if (language != u"en"_s) {
        m_qt = load(u"qtbase_"_s + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
        if (m_qt)
            QCoreApplication::installTranslator(m_qt.get());
        m_app = load(u"claimscope_"_s + language, TranslationsDir);
        if (m_app)
            QCoreApplication::installTranslator(m_app.get());
    }
    QLocale::setDefault(locale);
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        QGuiApplication::setLayoutDirection(locale.textDirection());
    m_language = language;
    ++m_revision;
    if (m_engine)
        m_engine->retranslate();
    LocaleNotifier::instance()->notify(language);
    Q_EMIT languageChanged();
    return true;
}
