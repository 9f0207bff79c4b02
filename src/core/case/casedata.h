// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "case/casetranslation.h"
#include "quiz/quiztypes.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Value types of a case, as described in docs/case-format.md.
namespace Claimscope {

enum class DatePrecision { Day, Approximate };

/// A date as the sources give it: exact, or inferred ("≈"), possibly a span.
struct CaseDate
{
    QDate date;
    DatePrecision precision = DatePrecision::Day;
    QDate end; ///< invalid unless the date is a span

    [[nodiscard]] QString display() const; ///< "17 Dec 2014", "≈ 18 Dec 2014", "10–11 Dec 2014" (see DateText::range())
    bool operator==(const CaseDate &) const = default;
};

struct SourceRef
{
    QString source;  ///< id in sources.json
    QString article; ///< id of an article of the case, or empty
    QString quote;   ///< exact words in that article, or empty
    bool operator==(const SourceRef &) const = default;
};

struct Source
{
    QString id, outlet, url, note;
    QDate date;
    QStringList quotes; ///< words of this source recorded verbatim, as it printed them
    bool operator==(const Source &) const = default;
};

struct Actor
{
    QString id, name, kind, country;
    bool operator==(const Actor &) const = default;
};

/// A group of actors that the blame views show as one node ("the government").
struct Camp
{
    QString id, name;
    QString marker; ///< a shape name from CampFormat::markers(): the camp's colour-independent cue
    int order = 0;  ///< position among the camps, ascending
    QStringList actors;
    bool operator==(const Camp &) const = default;
};

struct Correction
{
    QString text;
    QStringList sources;
    bool operator==(const Correction &) const = default;
};

struct Annotation
{
    QString id, layer, quote, note, claim;
    int occurrence = 1;
    std::optional<Correction> correction;
    bool operator==(const Annotation &) const = default;
};

struct Article
{
    QString id, outlet, outletKind, headline, byline, url, provenance, copyright, standfirst, caption;
    bool outletInferred = false;
    bool excerpt = true;
    CaseDate date;
    QStringList furniture;
    QStringList paragraphs;
    QList<Annotation> annotations;

    /// Headline, standfirst, caption and paragraphs joined by blank lines:
    /// the text that annotation quotes are searched in.
    [[nodiscard]] QString fullText() const;
    bool operator==(const Article &) const = default;
};

struct Established
{
    QString status, note;
    QStringList later; ///< ids of later developments that settle or change it
    bool operator==(const Established &) const = default;
};

struct Claim
{
    QString id, claimant, stance, attribution, evidence, paraphrase;
    CaseDate date;
    QStringList targets;
    QList<SourceRef> sources;
    Established established;
    bool operator==(const Claim &) const = default;
};

struct Phase
{
    QString id, title, framing;
    QDate start, end;
    QStringList headlineExamples;
    QList<SourceRef> sources;
    bool operator==(const Phase &) const = default;
};

struct Event
{
    QString id, title, description, phase;
    CaseDate date;
    QList<SourceRef> sources;
    bool operator==(const Event &) const = default;
};

/// Something that happened after the coverage period, which "known now"
/// texts and the lesson cite; not part of the coverage timeline.
struct LaterDevelopment
{
    QString id, title, description;
    CaseDate date;
    QList<SourceRef> sources;
    bool operator==(const LaterDevelopment &) const = default;
};

struct Criterion
{
    QString id, title, description;
    bool operator==(const Criterion &) const = default;
};

/// A choice of a single/evidence item, a span of a highlight item or an
/// option of a rank item.
struct QuizChoice
{
    QString id, text, feedback, evidence, quote;
    int occurrence = 1;
    bool correct = false;
    bool operator==(const QuizChoice &) const = default;
};

struct QuizItem
{
    QString id;
    Quiz::Type type = Quiz::Type::Unknown;
    QString prompt, explanation, statement, article, claim;
    QStringList criteria;
    bool booster = false;
    bool answer = false;                 ///< true-false
    QString feedbackTrue, feedbackFalse; ///< true-false
    QList<QuizChoice> choices;           ///< single, evidence, highlight (spans), rank (options)
    QStringList order;                   ///< rank: option ids, most reliable first
    bool operator==(const QuizItem &) const = default;
};

/// What a blame step puts in focus: a camp, an actor, or the claims about an actor.
struct BlameFocus
{
    enum class Kind { None, Camp, Actor, About };
    Kind kind = Kind::None;
    QString id; ///< camp id for Camp, actor id for Actor and About
    bool operator==(const BlameFocus &) const = default;
};

struct LessonStep
{
    QString id, kind, title, text, presenterNotes, reveal, article;
    QStringList quiz;
    QStringList later; ///< ids of later developments shown under the text
    QDate cutoff;
    QString mode; ///< blame steps: "camps", "actors", "matrix", or empty for the app's default
    BlameFocus focus;
    bool operator==(const LessonStep &) const = default;
};

struct Chapter
{
    QString id, title, summary;
    QList<LessonStep> steps;
    bool operator==(const Chapter &) const = default;
};

struct CaseInfo
{
    int formatVersion = 0;
    QString id, title, language, summary, licence, contentNotice;
    QStringList authors;
    QDate periodStart, periodEnd;
    QDate knownAsOf; ///< the date the "known now" layer is current to; invalid when not given
    bool operator==(const CaseInfo &) const = default;
};

/// A whole case, loaded and (if it came from CaseLoader) validated.
struct CaseData
{
    CaseInfo info;
    QList<Actor> actors;
    QList<Camp> camps; ///< as declared in actors.json; empty when the case declares none
    QList<Source> sources;
    QList<Article> articles;
    QList<Claim> claims;
    QList<Phase> phases;
    QList<Event> events;
    QList<LaterDevelopment> laterDevelopments;
    QList<Criterion> criteria;
    QList<QuizItem> quizItems;
    QList<Chapter> chapters;
    QList<CaseTranslation> translations; ///< translations/<language>.json, by file name
    /// The language the case's own words are shown in: info.language, or the
    /// translation's that CaseTranslations::apply() put in place.
    QString textLanguage;

    [[nodiscard]] const Actor *actor(const QString &id) const;
    [[nodiscard]] const Article *article(const QString &id) const;
    [[nodiscard]] const Claim *claim(const QString &id) const;
    [[nodiscard]] const QuizItem *quizItem(const QString &id) const;
    [[nodiscard]] const LaterDevelopment *laterDevelopment(const QString &id) const;
    [[nodiscard]] qsizetype annotationCount() const;
    bool operator==(const CaseData &) const = default;
};

} // namespace Claimscope
