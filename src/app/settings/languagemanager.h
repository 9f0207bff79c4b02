// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QStringList>
#include <QTranslator>
#include <QVariantList>

#include <memory>

class AppSettings;
class PseudoTranslator;

/// The interface's language: follows AppSettings::language ("" for the
/// system's), installs the app's translator and Qt's own (qtbase_xx), sets
/// the default QLocale (dates and numbers) and the layout direction (right
/// to left for Arabic), and retranslates the QML engine, all at once.
class LanguageManager : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    /// The language in use: "en", "de", "es", "fr", "ar" or "pseudo".
    Q_PROPERTY(QString language READ language NOTIFY languageChanged)
    /// Counts the switches; C++ texts shown in QML can depend on it to follow them.
    Q_PROPERTY(int revision READ revision NOTIFY languageChanged)
    Q_PROPERTY(bool rightToLeft READ rightToLeft NOTIFY languageChanged)
    /// The settings page's choices after "System default": {code, name} with
    /// each language's own name, the pseudo-language last.
    Q_PROPERTY(QVariantList choices READ choices CONSTANT)
    /// The language "System default" stands for on this computer.
    Q_PROPERTY(QString systemLanguage READ systemLanguage CONSTANT)

public:
    /// The pseudo-language's code.
    static inline const QString Pseudo = QStringLiteral("pseudo");
    /// The languages offered, the source language first; the pseudo-language is not among them.
    static QStringList languages();
    /// A language's own name ("Deutsch"), the pseudo-language's in English.
    Q_INVOKABLE static QString nativeName(const QString &code);
    /// A whole number in the interface language's digits ("٢٣" in Arabic),
    /// for counts a QML text puts in with arg().
    Q_INVOKABLE static QString number(double n);
    /// The offered language a code names: "de", "de_AT", "de-DE" → "de";
    /// "pseudo" → "pseudo"; an empty text for anything else.
    static QString normalize(const QString &code);
    /// The offered language the system's locale asks for, English if none.
    static QString systemLanguage(const QLocale &system);
    QString systemLanguage() const { return systemLanguage(QLocale::system()); }
    static QVariantList choices();

    /// Applies `settings`' language now and on every change of it; `engine`
    /// (may be null) is retranslated on each switch.
    LanguageManager(AppSettings *settings, QQmlEngine *engine, QObject *parent = nullptr);
    ~LanguageManager() override;
    /// The QML singleton: the engine's AppSettings, the engine retranslated.
    static LanguageManager *create(QQmlEngine *engine, QJSEngine *);

    QString language() const { return m_language; }
    int revision() const { return m_revision; }
    bool rightToLeft() const;

    /// The .qm files installed now, the English plural forms first.
    QStringList installedTranslations() const;

    /// Switches to `code` ("" for the system's language) without saving it;
    /// false (and no change) if the code names no offered language.
    bool apply(const QString &code);

Q_SIGNALS:
    void languageChanged();

private:
    void removeTranslators();

    QPointer<AppSettings> m_settings;
    QPointer<QQmlEngine> m_engine;
    std::unique_ptr<QTranslator> m_english; ///< the source language's plural forms, always installed
    std::unique_ptr<QTranslator> m_app;
    std::unique_ptr<QTranslator> m_qt;
    std::unique_ptr<PseudoTranslator> m_pseudo;
    QString m_language;
    int m_revision = 0;
};
