// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMap>
#include <QObject>
#include <QQmlEngine>
#include <QString>
#include <QStringList>

/// How one word of the case vocabulary (a stance, an attribution, an
/// evidence level or an annotation layer) is shown: its label, its colour and
/// a marker that tells it apart without colour.
struct VocabularyEntry
{
    Q_GADGET
    QML_VALUE_TYPE(vocabularyEntry)
    Q_PROPERTY(QString id MEMBER id CONSTANT)
    Q_PROPERTY(QString label MEMBER label CONSTANT)
    Q_PROPERTY(QString color MEMBER color CONSTANT)
    Q_PROPERTY(QString marker MEMBER marker CONSTANT)

public:
    QString id;     ///< the case format's word: "blames", "anonymous", …
    QString label;  ///< translated: "blames", "anonymous", …
    QString color;  ///< "#rrggbb"
    QString marker; ///< one symbol, distinct within its vocabulary

    friend bool operator==(const VocabularyEntry &, const VocabularyEntry &) = default;
};

/// A word of a vocabulary with how often it occurs (an article's layer, the
/// claims by attribution) and whether its items are shown.
struct VocabularyCount
{
    Q_GADGET
    QML_VALUE_TYPE(vocabularyCount)
    Q_PROPERTY(QString id MEMBER id CONSTANT)
    Q_PROPERTY(QString label MEMBER label CONSTANT)
    Q_PROPERTY(QString color MEMBER color CONSTANT)
    Q_PROPERTY(QString marker MEMBER marker CONSTANT)
    Q_PROPERTY(int count MEMBER count CONSTANT)
    Q_PROPERTY(bool enabled MEMBER enabled CONSTANT)

public:
    QString id, label, color, marker; ///< as in its VocabularyEntry
    int count = 0;
    bool enabled = true;

    static VocabularyCount of(const VocabularyEntry &e, int count, bool enabled = true) { return {e.id, e.label, e.color, e.marker, count, enabled}; }
    friend bool operator==(const VocabularyCount &, const VocabularyCount &) = default;
};

/// The one table of labels, colours and markers for the case vocabularies,
/// used by every view (Claimscope::Vocabulary has the words themselves).
///
/// Chart colours (stances, attributions, evidence) are mid-light, so each
/// keeps at least 3:1 against the card of the light, dark and high-contrast
/// themes: one set serves every theme. Annotation layers are light fills
/// that keep markInk readable (7:1): marks carry their own ink, so they read
/// the same on every theme, like a highlighter on paper.
class VocabularyStyle : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QList<VocabularyEntry> stances READ stances NOTIFY wordsChanged)
    Q_PROPERTY(QList<VocabularyEntry> attributions READ attributions NOTIFY wordsChanged)
    Q_PROPERTY(QList<VocabularyEntry> evidenceLevels READ evidenceLevels NOTIFY wordsChanged)
    Q_PROPERTY(QList<VocabularyEntry> annotationLayers READ annotationLayers NOTIFY wordsChanged)
    /// The text colour inside a highlight, whatever the theme; also the light theme's ink.
    Q_PROPERTY(QString markInk READ markInk CONSTANT)

public:
    enum class Kind {
        Stance,
        Attribution,
        Evidence,
        AnnotationLayer,
    };
    Q_ENUM(Kind)

    /// The words follow a change of the interface's language (wordsChanged).
    explicit VocabularyStyle(QObject *parent = nullptr);

    /// Every word of a vocabulary, in the case format's order.
    static QList<VocabularyEntry> entries(Kind kind);
    /// One word; an unknown one shows as itself in a neutral colour.
    static VocabularyEntry entry(Kind kind, const QString &id);
    Q_INVOKABLE static QString label(Kind kind, const QString &id) { return entry(kind, id).label; }
    static QString color(Kind kind, const QString &id);
    static QString markInk();
    /// "3 blames", "1 denies", …: the words with a count, in the vocabulary's order.
    static QStringList countList(Kind kind, const QMap<QString, int> &counts);

    static QList<VocabularyEntry> stances() { return entries(Kind::Stance); }
    static QList<VocabularyEntry> attributions() { return entries(Kind::Attribution); }
    static QList<VocabularyEntry> evidenceLevels() { return entries(Kind::Evidence); }
    static QList<VocabularyEntry> annotationLayers() { return entries(Kind::AnnotationLayer); }

Q_SIGNALS:
    /// The labels are in another language: every list is read again.
    void wordsChanged();
};
