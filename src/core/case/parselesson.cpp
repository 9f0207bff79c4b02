// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "case/fileparsers.h"
#include "case/vocabulary.h"

using namespace Qt::StringLiterals;

namespace Claimscope::CaseFiles {

void parseLesson(JsonChecker &f, CaseData &data)
{
    QList<Chapter> &chapters = data.chapters;
    f.keys(f.root(), {}, {"chapters"_L1});
    f.objects(f.root(), {}, "chapters"_L1, [&](const QJsonObject &o, const QString &p) {
        f.keys(o, p, {"id"_L1, "title"_L1, "summary"_L1, "steps"_L1});
        Chapter c{f.id(o, p), f.text(o, p, "title"_L1), f.text(o, p, "summary"_L1, JsonChecker::Optional), {}};
        f.objects(o, p, "steps"_L1, [&](const QJsonObject &s, const QString &sp) {
            f.keys(s, sp, {"id"_L1, "kind"_L1, "title"_L1, "text"_L1, "presenterNotes"_L1, "reveal"_L1, "article"_L1, "quiz"_L1, "cutoff"_L1, "later"_L1});
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
            c.steps.append(step);
        });
        if (o.value("steps"_L1).isArray() && c.steps.isEmpty())
            f.report(JsonChecker::join(p, "steps"_L1), u"empty-value"_s, u"a chapter needs at least one step"_s);
        chapters.append(c);
    });
}

} // namespace Claimscope::CaseFiles
