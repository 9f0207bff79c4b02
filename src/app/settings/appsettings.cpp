// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/appsettings.h"
#include "settings/languagemanager.h"

#include <QLoggingCategory>

#include <cmath>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSettings, "claimscope.settings", QtWarningMsg)

namespace {
const QString LanguageKey = u"display/language"_s;
const QString FontScaleKey = u"display/fontScale"_s;
const QString ThemeKey = u"display/theme"_s;
const QString ReducedMotionKey = u"display/reducedMotion"_s;
const QString BoosterDelayKey = u"booster/delayDays"_s;

QString describe(const QVariant &value)
{
    return value.toString().left(40);
}
} // namespace

QString AppSettings::defaultTheme()
{
    return u"light"_s;
}

QStringList AppSettings::themes() const
{
    return {u"light"_s, u"dark"_s, u"contrast"_s};
}

AppSettings::AppSettings(QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>())
{
    load();
}

AppSettings::AppSettings(const QString &fileName, QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(fileName, QSettings::IniFormat))
{
    load();
}

AppSettings::~AppSettings() = default;

void AppSettings::load()
{
    const QString file = m_settings->fileName();
    m_theme = defaultTheme();

    if (const QVariant v = m_settings->value(LanguageKey); v.isValid() && !v.toString().isEmpty()) {
        m_language = LanguageManager::normalize(v.toString());
        if (m_language.isEmpty())
            qCWarning(lcSettings).noquote() << file << LanguageKey << "is not one of" << LanguageManager::languages().join(u", "_s) << ":" << describe(v)
                                            << "- using the system's language";
    }

    if (const QVariant v = m_settings->value(FontScaleKey); v.isValid()) {
        bool ok = false;
        const double scale = v.toDouble(&ok);
        if (!ok || !std::isfinite(scale)) {
            qCWarning(lcSettings).noquote() << file << FontScaleKey << "is not a number:" << describe(v) << "- using" << DefaultFontScale;
        } else {
            m_fontScale = std::clamp(scale, MinFontScale, MaxFontScale);
            if (m_fontScale != scale)
                qCWarning(lcSettings).noquote() << file << FontScaleKey << scale << "is outside" << MinFontScale << "to" << MaxFontScale << "- using"
                                                << m_fontScale;
        }
    }

    if (const QVariant v = m_settings->value(ThemeKey); v.isValid()) {
        const QString theme = v.toString();
        if (themes().contains(theme))
            m_theme = theme;
        else
            qCWarning(lcSettings).noquote() << file << ThemeKey << "is not one of" << themes().join(u", "_s) << ":" << describe(v) << "- using" << m_theme;
    }

    if (const QVariant v = m_settings->value(ReducedMotionKey); v.isValid()) {
        const QString text = v.toString().trimmed().toLower();
        if (text == u"true"_s || text == u"1"_s)
            m_reducedMotion = true;
        else if (text == u"false"_s || text == u"0"_s)
            m_reducedMotion = false;
        else
            qCWarning(lcSettings).noquote() << file << ReducedMotionKey << "is not true or false:" << describe(v) << "- using" << DefaultReducedMotion;
    }

    if (const QVariant v = m_settings->value(BoosterDelayKey); v.isValid()) {
        bool ok = false;
        const int days = v.toString().trimmed().toInt(&ok);
        if (!ok) {
            qCWarning(lcSettings).noquote() << file << BoosterDelayKey << "is not a whole number of days:" << describe(v) << "- using"
                                            << DefaultBoosterDelayDays;
        } else {
            m_boosterDelayDays = std::clamp(days, 0, MaxBoosterDelayDays);
            if (m_boosterDelayDays != days)
                qCWarning(lcSettings).noquote() << file << BoosterDelayKey << days << "is outside 0 to" << MaxBoosterDelayDays << "- using"
                                                << m_boosterDelayDays;
        }
    }
}

void AppSettings::save(const QString &key, const QVariant &value)
{
    m_settings->setValue(key, value);
    m_settings->sync();
    if (m_settings->status() != QSettings::NoError)
        qCWarning(lcSettings).noquote() << "could not save" << key << "to" << m_settings->fileName();
}

QString AppSettings::language() const
{
    return m_languageOverride.value_or(m_language);
}

double AppSettings::fontScale() const
{
    return m_fontScaleOverride.value_or(m_fontScale);
}

QString AppSettings::theme() const
{
    return m_themeOverride.value_or(m_theme);
}

void AppSettings::setLanguage(const QString &language)
{
    const QString code = LanguageManager::normalize(language);
    if (code.isEmpty() && !language.isEmpty()) {
        qCWarning(lcSettings).noquote() << "unknown language" << language << "- expected one of" << LanguageManager::languages().join(u", "_s);
        return;
    }
    const QString before = this->language();
    m_language = code;
    m_languageOverride.reset();
    save(LanguageKey, m_language);
    if (this->language() != before)
        Q_EMIT languageChanged();
}

void AppSettings::setFontScale(double scale)
{
    if (!std::isfinite(scale))
        return;
    const double before = fontScale();
    m_fontScale = std::clamp(scale, MinFontScale, MaxFontScale);
    m_fontScaleOverride.reset();
    save(FontScaleKey, m_fontScale);
    if (fontScale() != before)
        Q_EMIT fontScaleChanged();
}

void AppSettings::setTheme(const QString &theme)
{
    if (!themes().contains(theme)) {
        qCWarning(lcSettings).noquote() << "unknown theme" << theme << "- expected one of" << themes().join(u", "_s);
        return;
    }
    const QString before = this->theme();
    m_theme = theme;
    m_themeOverride.reset();
    save(ThemeKey, m_theme);
    if (this->theme() != before)
        Q_EMIT themeChanged();
}

void AppSettings::setReducedMotion(bool reduced)
{
    if (reduced == m_reducedMotion)
        return;
    m_reducedMotion = reduced;
    save(ReducedMotionKey, m_reducedMotion);
    Q_EMIT reducedMotionChanged();
}

void AppSettings::setBoosterDelayDays(int days)
{
    days = std::clamp(days, 0, MaxBoosterDelayDays);
    if (days == m_boosterDelayDays)
        return;
    m_boosterDelayDays = days;
    save(BoosterDelayKey, m_boosterDelayDays);
    Q_EMIT boosterDelayDaysChanged();
}

bool AppSettings::overrideLanguage(const QString &language)
{
    const QString code = LanguageManager::normalize(language);
    if (code.isEmpty())
        return false;
    const QString before = this->language();
    m_languageOverride = code;
    if (this->language() != before)
        Q_EMIT languageChanged();
    return true;
}

bool AppSettings::overrideFontScale(double scale)
{
    if (!std::isfinite(scale) || scale < MinFontScale || scale > MaxFontScale)
        return false;
    const double before = fontScale();
    m_fontScaleOverride = scale;
    if (fontScale() != before)
        Q_EMIT fontScaleChanged();
    return true;
}

bool AppSettings::overrideTheme(const QString &theme)
{
    if (!themes().contains(theme))
        return false;
    const QString before = this->theme();
    m_themeOverride = theme;
    if (this->theme() != before)
        Q_EMIT themeChanged();
    return true;
}

void AppSettings::resetToDefaults()
{
    setLanguage(QString());
    setFontScale(DefaultFontScale);
    setTheme(defaultTheme());
    setReducedMotion(DefaultReducedMotion);
    setBoosterDelayDays(DefaultBoosterDelayDays);
}
