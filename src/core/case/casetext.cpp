// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "case/casetext.h"

using namespace Qt::StringLiterals;

namespace Claimscope {

namespace {
using Kind = CaseTextField::Kind;

/// Hands each non-empty text of a case, read-only or to change, to `visit`.
template<typename Visit>
class Walker
{
public:
    explicit Walker(const Visit &visit)
        : m_visit(visit)
    {
    }

    void file(const QString &name) { m_file = name; }

    template<typename Text>
    void operator()(const QString &path, Text &text, Kind kind) const
    {
        if (!text.isEmpty())
            m_visit(m_file, path, text, kind);
    }

    template<typename List>
    void list(const QString &path, List &texts, Kind kind) const
    {
        for (qsizetype i = 0; i < texts.size(); ++i)
            (*this)(index(path, i), texts[i], kind);
    }

    static QString index(const QString &array, qsizetype i) { return array + u'[' + QString::number(i) + u']'; }

private:
    const Visit &m_visit;
    QString m_file;
};

/// The one walk over a case's texts, for a const case and for one to change
/// (whose lists then detach as they are written, as Qt's containers must).
template<typename Data, typename Visit>
void walk(Data &data, const Visit &visit)
{
    Walker<Visit> at(visit);
    const auto idx = &Walker<Visit>::index;
    at.file(u"case.json"_s);
    at(u"title"_s, data.info.title, Kind::Own);
    at(u"summary"_s, data.info.summary, Kind::Own);
    at(u"licence"_s, data.info.licence, Kind::Metadata);
    at(u"contentNotice"_s, data.info.contentNotice, Kind::Metadata);
    at.list(u"authors"_s, data.info.authors, Kind::Name);

    at.file(u"actors.json"_s);
    for (qsizetype i = 0; i < data.actors.size(); ++i)
        at(idx(u"actors"_s, i) + u".name"_s, data.actors[i].name, Kind::Name);
    for (qsizetype i = 0; i < data.camps.size(); ++i)
        at(idx(u"camps"_s, i) + u".name"_s, data.camps[i].name, Kind::Name);

    at.file(u"sources.json"_s);
    for (qsizetype i = 0; i < data.sources.size(); ++i) {
        const QString p = idx(u"sources"_s, i);
        at(p + u".outlet"_s, data.sources[i].outlet, Kind::Name);
        at(p + u".note"_s, data.sources[i].note, Kind::Metadata);
    }

    for (auto &a : data.articles) {
        at.file(u"articles/"_s + a.id + u".json"_s);
        at(u"outlet"_s, a.outlet, Kind::Name);
        at(u"byline"_s, a.byline, Kind::Name);
        at(u"headline"_s, a.headline, Kind::Article);
        at(u"standfirst"_s, a.standfirst, Kind::Article);
        at(u"caption"_s, a.caption, Kind::Article);
        at.list(u"paragraphs"_s, a.paragraphs, Kind::Article);
        at(u"provenance"_s, a.provenance, Kind::Metadata);
        at(u"copyright"_s, a.copyright, Kind::Metadata);
        at.list(u"furniture"_s, a.furniture, Kind::Metadata);
        for (qsizetype i = 0; i < a.annotations.size(); ++i) {
            auto &an = a.annotations[i];
            const QString p = idx(u"annotations"_s, i);
            at(p + u".note"_s, an.note, Kind::Own);
            if (an.correction)
                at(p + u".correction.text"_s, an.correction->text, Kind::Own);
        }
    }

    at.file(u"claims.json"_s);
    for (qsizetype i = 0; i < data.claims.size(); ++i) {
        const QString p = idx(u"claims"_s, i);
        at(p + u".paraphrase"_s, data.claims[i].paraphrase, Kind::Own);
        at(p + u".established.note"_s, data.claims[i].established.note, Kind::Own);
    }

    at.file(u"timeline.json"_s);
    for (qsizetype i = 0; i < data.phases.size(); ++i) {
        auto &ph = data.phases[i];
        const QString p = idx(u"phases"_s, i);
        at(p + u".title"_s, ph.title, Kind::Own);
        at(p + u".framing"_s, ph.framing, Kind::Own);
        at.list(p + u".headlineExamples"_s, ph.headlineExamples, Kind::Quotation);
    }
    for (qsizetype i = 0; i < data.events.size(); ++i) {
        const QString p = idx(u"events"_s, i);
        at(p + u".title"_s, data.events[i].title, Kind::Own);
        at(p + u".description"_s, data.events[i].description, Kind::Own);
    }
    for (qsizetype i = 0; i < data.laterDevelopments.size(); ++i) {
        const QString p = idx(u"laterDevelopments"_s, i);
        at(p + u".title"_s, data.laterDevelopments[i].title, Kind::Own);
        at(p + u".description"_s, data.laterDevelopments[i].description, Kind::Own);
    }

    at.file(u"rubric.json"_s);
    for (qsizetype i = 0; i < data.criteria.size(); ++i) {
        const QString p = idx(u"criteria"_s, i);
        at(p + u".title"_s, data.criteria[i].title, Kind::Metadata);
        at(p + u".description"_s, data.criteria[i].description, Kind::Metadata);
    }

    at.file(u"quiz.json"_s);
    for (qsizetype i = 0; i < data.quizItems.size(); ++i) {
        auto &q = data.quizItems[i];
        const QString p = idx(u"items"_s, i);
        at(p + u".prompt"_s, q.prompt, Kind::Own);
        at(p + u".statement"_s, q.statement, Kind::Own);
        at(p + u".explanation"_s, q.explanation, Kind::Own);
        at(p + u".feedback.true"_s, q.feedbackTrue, Kind::Own);
        at(p + u".feedback.false"_s, q.feedbackFalse, Kind::Own);
        const QString array = q.type == Quiz::Type::Highlight ? u".spans"_s : q.type == Quiz::Type::Rank ? u".options"_s : u".choices"_s;
        for (qsizetype j = 0; j < q.choices.size(); ++j) {
            const QString cp = p + idx(array, j);
            if (q.type != Quiz::Type::Highlight) // a span's text is its quote: article words
                at(cp + u".text"_s, q.choices[j].text, Kind::Own);
            at(cp + u".feedback"_s, q.choices[j].feedback, Kind::Own);
        }
    }

    at.file(u"lesson.json"_s);
    for (qsizetype i = 0; i < data.chapters.size(); ++i) {
        auto &c = data.chapters[i];
        const QString p = idx(u"chapters"_s, i);
        at(p + u".title"_s, c.title, Kind::Own);
        at(p + u".summary"_s, c.summary, Kind::Own);
        for (qsizetype j = 0; j < c.steps.size(); ++j) {
            auto &s = c.steps[j];
            const QString sp = p + idx(u".steps"_s, j);
            at(sp + u".title"_s, s.title, Kind::Own);
            at(sp + u".text"_s, s.text, Kind::Own);
            at(sp + u".reveal"_s, s.reveal, Kind::Own);
            at(sp + u".presenterNotes"_s, s.presenterNotes, Kind::Own);
        }
    }
}
} // namespace

void forEachCaseText(const CaseData &data, const std::function<void(const CaseTextField &)> &visit)
{
    walk(data, [&](const QString &file, const QString &path, const QString &text, Kind kind) { visit(CaseTextField{file, path, text, kind}); });
}

void forEachCaseText(CaseData &data, const std::function<void(const CaseTextField &, QString &)> &visit)
{
    walk(data, [&](const QString &file, const QString &path, QString &text, Kind kind) { visit(CaseTextField{file, path, text, kind}, text); });
}

} // namespace Claimscope
