// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QSettings>
#include <QStringList>

#include <memory>
#include <optional>

/// The user's preferences, remembered with QSettings: language, text size,
/// colour theme, reduced motion and the booster delay. Every value is checked when
/// it is read, so a hand-edited or corrupt settings file falls back to the
/// default (or the nearest allowed value) with a warning naming the key.
/// The command line can override the language, text size and theme for one
/// run without saving them.
class AppSettings : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    /// The interface's language ("de", "pseudo"; see LanguageManager), "" for the system's.
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    /// Text scale factor, from minFontScale to maxFontScale.
    Q_PROPERTY(double fontScale READ fontScale WRITE setFontScale NOTIFY fontScaleChanged)
    /// "light", "dark" or "contrast" (high contrast).
    Q_PROPERTY(QString theme READ theme WRITE setTheme NOTIFY themeChanged)
    /// Animations and page transitions off.
    Q_PROPERTY(bool reducedMotion READ reducedMotion WRITE setReducedMotion NOTIFY reducedMotionChanged)
    /// Days after finishing the case before the booster check opens.
    Q_PROPERTY(int boosterDelayDays READ boosterDelayDays WRITE setBoosterDelayDays NOTIFY boosterDelayDaysChanged)
    Q_PROPERTY(QStringList themes READ themes CONSTANT)
    Q_PROPERTY(double minFontScale READ minFontScale CONSTANT)
    Q_PROPERTY(double maxFontScale READ maxFontScale CONSTANT)
    Q_PROPERTY(int maxBoosterDelayDays READ maxBoosterDelayDays CONSTANT)

public:
    static constexpr double DefaultFontScale = 1.0;
    static constexpr double MinFontScale = 0.75;
    static constexpr double MaxFontScale = 2.0;
    static constexpr bool DefaultReducedMotion = false;
    static constexpr int DefaultBoosterDelayDays = 2;
    static constexpr int MaxBoosterDelayDays = 30;
    static QString defaultTheme();

    /// Uses the application's QSettings (organisation and application names).
    explicit AppSettings(QObject *parent = nullptr);
    /// Uses an INI file, e.g. a temporary one in tests.
    explicit AppSettings(const QString &fileName, QObject *parent = nullptr);
    ~AppSettings() override;

    QString language() const;
    double fontScale() const;
    QString theme() const;
    bool reducedMotion() const { return m_reducedMotion; }
    int boosterDelayDays() const { return m_boosterDelayDays; }
    QStringList themes() const;
    double minFontScale() const { return MinFontScale; }
    double maxFontScale() const { return MaxFontScale; }
    int maxBoosterDelayDays() const { return MaxBoosterDelayDays; }

    /// Setters clamp to the allowed range (an unknown theme is ignored with a
    /// warning), save at once and drop any command-line override.
    void setLanguage(const QString &language);
    void setFontScale(double scale);
    void setTheme(const QString &theme);
    void setReducedMotion(bool reduced);
    void setBoosterDelayDays(int days);

    /// Use this language for this run only; false (and no change) if unknown.
    bool overrideLanguage(const QString &language);
    /// Use this text scale for this run only; false (and no change) if out of range.
    bool overrideFontScale(double scale);
    /// Use this theme for this run only; false (and no change) if unknown.
    bool overrideTheme(const QString &theme);

    /// Back to the defaults, saved; overrides are dropped too.
    Q_INVOKABLE void resetToDefaults();

Q_SIGNALS:
    void languageChanged();
    void fontScaleChanged();
    void themeChanged();
    void reducedMotionChanged();
    void boosterDelayDaysChanged();

private:
    void load();
    void save(const QString &key, const QVariant &value);

    std::unique_ptr<QSettings> m_settings;
    QString m_language;
    double m_fontScale = DefaultFontScale;
    QString m_theme;
    bool m_reducedMotion = DefaultReducedMotion;
    int m_boosterDelayDays = DefaultBoosterDelayDays;
    std::optional<QString> m_languageOverride;
    std::optional<double> m_fontScaleOverride;
    std::optional<QString> m_themeOverride;
};
