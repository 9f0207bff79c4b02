// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "case/campformat.h"
#include "case/fileparsers.h"
#include "case/vocabulary.h"

using namespace Qt::StringLiterals;

namespace Claimscope::CaseFiles {

namespace {

/// How a blame step sets the view: its mode and what it focuses on.
void parseBlameView(JsonChecker &f, const QJsonObject &s, const QString &sp, LessonStep &step)
{
    if (step.kind != u"blame"_s && !step.kind.isEmpty()) {
        for (const auto key : {"mode"_L1, "focus"_L1}) {
            if (s.contains(key))
                f.report(JsonChecker::join(sp, key), u"unexpected-key"_s, u"only blame steps set a view's %1"_s.arg(key));
        }
        return;
    }
    step.mode = f.choice(s, sp, "mode"_L1, CampFormat::blameModes(), JsonChecker::Optional);
    const QJsonObject o = f.get(s, sp, "focus"_L1, QJsonValue::Object, "an object with one of camp, actor or about", JsonChecker::Optional).toObject();
    if (!s.value("focus"_L1).isObject())
        return;
    const QString fp = JsonChecker::join(sp, "focus"_L1);
    f.keys(o, fp, {"camp"_L1, "actor"_L1, "about"_L1});
    const QList<std::pair<QLatin1StringView, BlameFocus::Kind>> kinds = {
        {"camp"_L1, BlameFocus::Kind::Camp}, {"actor"_L1, BlameFocus::Kind::Actor}, {"about"_L1, BlameFocus::Kind::About}};
    qsizetype given = 0;
    for (const auto &[key, kind] : kinds) {
        if (o.contains(key)) {
            ++given;
            step.focus = BlameFocus{kind, f.id(o, fp, key)};
        }
    }
    if (given != 1) {
        f.report(fp, u"bad-value"_s, u"expected exactly one of camp, actor or about"_s);
        step.focus = {};
    }
}

} // namespace

void parseLesson(JsonChecker &f, CaseData &data)
{
    QList<Chapter> &chapters = data.chapters;
    f.keys(f.root(), {}, {"chapters"_L1});
    f.objects(f.root(), {}, "chapters"_L1, [&](const QJsonObject &o, const QString &p) {
        f.keys(o, p, {"id"_L1, "title"_L1, "summary"_L1, "steps"_L1});
        Chapter c{f.id(o, p), f.text(o, p, "title"_L1), f.text(o, p, "summary"_L1, JsonChecker::Optional), {}};
        f.objects(o, p, "steps"_L1, [&](const QJsonObject &s, const QString &sp) {
            f.keys(s,
                   sp,
                   {"id"_L1,
                    "kind"_L1,
                    "title"_L1,
                    "text"_L1,
                    "presenterNotes"_L1,
                    "reveal"_L1,
                    "article"_L1,
                    "quiz"_L1,
                    "cutoff"_L1,
                    "later"_L1,
                    "mode"_L1,
                    "focus"_L1});
            LessonStep step;
            step.id = f.id(s, sp);
            step.kind = f.choice(s, sp, "kind"_L1, Vocabulary::stepKinds());
            step.title = f.text(s, sp, "title"_L1);
            step.text = f.text(s, sp, "text"_L1);
            step.presenterNotes = f.text(s, sp, "presenterNotes"_L1);
            step.reveal = f.text(s, sp, "reveal"_L1, step.kind == u"reveal"_s ? JsonChecker::Required : JsonChecker::Optional);
            step.article = f.id(s, sp, "article"_L1, step.kind == u"article"_s ? JsonChecker::Required : JsonChecker::Optional);
            step.quiz = f.texts(s, sp, "quiz"_L1, step.kind == u"quiz"_s ? JsonChecker::Required : JsonChecker::Optional);
            if (step.kind == u"quiz"_s && s.value("quiz"_L1).isArray() && step.quiz.isEmpty())
                f.report(JsonChecker::join(sp, "quiz"_L1), u"empty-value"_s, u"a quiz step needs at least one item"_s);
            step.cutoff = f.date(s, sp, "cutoff"_L1, JsonChecker::Optional);
            step.later = f.texts(s, sp, "later"_L1, JsonChecker::Optional);
            parseBlameView(f, s, sp, step);
            c.steps.append(step);
        });
        if (o.value("steps"_L1).isArray() && c.steps.isEmpty())
            f.report(JsonChecker::join(p, "steps"_L1), u"empty-value"_s, u"a chapter needs at least one step"_s);
        chapters.append(c);
    });
}

} // namespace Claimscope::CaseFiles
