// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "case/fileparsers.h"
#include "case/vocabulary.h"

using namespace Qt::StringLiterals;

namespace Claimscope::CaseFiles {

namespace {

QuizItem parseQuizItem(JsonChecker &f, const QJsonObject &o, const QString &p)
{
    QuizItem q;
    q.id = f.id(o, p);
    const QString typeName = f.choice(o, p, "type"_L1, Vocabulary::quizTypes());
    q.type = Quiz::typeFromName(typeName);
    q.prompt = f.text(o, p, "prompt"_L1);
    q.explanation = f.text(o, p, "explanation"_L1);
    q.criteria = f.texts(o, p, "criteria"_L1);
    if (o.value("criteria"_L1).isArray() && q.criteria.isEmpty())
        f.report(JsonChecker::join(p, "criteria"_L1), u"empty-value"_s, u"an item must train at least one rubric criterion"_s);
    q.booster = f.boolean(o, p, "booster"_L1);

    auto choices = [&](QLatin1StringView key, bool withEvidence) {
        f.objects(o, p, key, [&](const QJsonObject &c, const QString &cp) {
            if (withEvidence)
                f.keys(c, cp, {"id"_L1, "text"_L1, "correct"_L1, "feedback"_L1, "evidence"_L1});
            else
                f.keys(c, cp, {"id"_L1, "text"_L1, "correct"_L1, "feedback"_L1});
            QuizChoice choice;
            choice.id = f.id(c, cp);
            choice.text = f.text(c, cp, "text"_L1);
            choice.correct = f.boolean(c, cp, "correct"_L1, JsonChecker::Required);
            choice.feedback = f.text(c, cp, "feedback"_L1);
            if (withEvidence)
                choice.evidence = f.choice(c, cp, "evidence"_L1, Vocabulary::evidenceLevels());
            q.choices.append(choice);
        });
        const auto correct = std::count_if(q.choices.cbegin(), q.choices.cend(), [](const QuizChoice &c) { return c.correct; });
        if (o.value(key).isArray() && correct != 1)
            f.report(JsonChecker::join(p, key), u"bad-answer"_s, u"expected exactly one correct choice, found %1"_s.arg(correct));
        if (o.value(key).isArray() && q.choices.size() < 2)
            f.report(JsonChecker::join(p, key), u"empty-value"_s, u"expected at least two choices"_s);
    };

    const std::initializer_list<QLatin1StringView> common = {"id"_L1, "type"_L1, "prompt"_L1, "explanation"_L1, "criteria"_L1, "booster"_L1};
    auto keysWith = [&](std::initializer_list<QLatin1StringView> extra) {
        QList<QLatin1StringView> all(common.begin(), common.end());
        all.append(QList<QLatin1StringView>(extra.begin(), extra.end()));
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!all.contains(it.key()))
                f.report(JsonChecker::join(p, it.key()), u"unknown-key"_s, u"unknown key \"%1\" for a %2 item"_s.arg(it.key(), typeName));
        }
    };

    if (q.type == Quiz::Type::Single) {
        keysWith({"choices"_L1});
        choices("choices"_L1, false);
    } else if (q.type == Quiz::Type::Evidence) {
        keysWith({"choices"_L1, "claim"_L1});
        q.claim = f.id(o, p, "claim"_L1);
        choices("choices"_L1, true);
    } else if (q.type == Quiz::Type::TrueFalse) {
        keysWith({"statement"_L1, "answer"_L1, "feedback"_L1, "claim"_L1});
        q.statement = f.text(o, p, "statement"_L1);
        q.answer = f.boolean(o, p, "answer"_L1, JsonChecker::Required);
        q.claim = f.id(o, p, "claim"_L1, JsonChecker::Optional);
        const QString fp = JsonChecker::join(p, "feedback"_L1);
        const QJsonObject fb = f.get(o, p, "feedback"_L1, QJsonValue::Object, "an object with \"true\" and \"false\"", JsonChecker::Required).toObject();
        if (o.value("feedback"_L1).isObject()) {
            f.keys(fb, fp, {"true"_L1, "false"_L1});
            q.feedbackTrue = f.text(fb, fp, "true"_L1);
            q.feedbackFalse = f.text(fb, fp, "false"_L1);
        }
    } else if (q.type == Quiz::Type::Highlight) {
        keysWith({"article"_L1, "spans"_L1});
        q.article = f.id(o, p, "article"_L1);
        f.objects(o, p, "spans"_L1, [&](const QJsonObject &s, const QString &sp) {
            f.keys(s, sp, {"quote"_L1, "occurrence"_L1, "correct"_L1, "feedback"_L1});
            QuizChoice span;
            span.quote = f.text(s, sp, "quote"_L1);
            span.id = QString::number(q.choices.size() + 1);
            span.text = span.quote;
            span.occurrence = f.integer(s, sp, "occurrence"_L1, 1, MaxOccurrence, 1);
            span.correct = f.boolean(s, sp, "correct"_L1, JsonChecker::Required);
            span.feedback = f.text(s, sp, "feedback"_L1);
            q.choices.append(span);
        });
        if (o.value("spans"_L1).isArray() && std::none_of(q.choices.cbegin(), q.choices.cend(), [](const QuizChoice &c) { return c.correct; }))
            f.report(JsonChecker::join(p, "spans"_L1), u"bad-answer"_s, u"expected at least one correct span"_s);
    } else if (q.type == Quiz::Type::Rank) {
        keysWith({"options"_L1, "order"_L1});
        f.objects(o, p, "options"_L1, [&](const QJsonObject &c, const QString &cp) {
            f.keys(c, cp, {"id"_L1, "text"_L1, "feedback"_L1});
            QuizChoice option;
            option.id = f.id(c, cp);
            option.text = f.text(c, cp, "text"_L1);
            option.feedback = f.text(c, cp, "feedback"_L1);
            q.choices.append(option);
        });
        q.order = f.texts(o, p, "order"_L1);
        QStringList ids;
        for (const QuizChoice &c : std::as_const(q.choices))
            ids << c.id;
        QStringList sortedOrder = q.order, sortedIds = ids;
        sortedOrder.sort();
        sortedIds.sort();
        if (o.value("order"_L1).isArray() && sortedOrder != sortedIds)
            f.report(JsonChecker::join(p, "order"_L1), u"bad-answer"_s, u"the order must list every option id exactly once"_s);
        if (ids.size() < 2 && o.value("options"_L1).isArray())
            f.report(JsonChecker::join(p, "options"_L1), u"empty-value"_s, u"expected at least two options"_s);
    } else {
        keysWith({"choices"_L1, "claim"_L1, "statement"_L1, "answer"_L1, "feedback"_L1, "article"_L1, "spans"_L1, "options"_L1, "order"_L1});
    }
    return q;
}

} // namespace

void parseQuiz(JsonChecker &f, CaseData &data)
{
    QList<QuizItem> &items = data.quizItems;
    f.keys(f.root(), {}, {"items"_L1});
    f.objects(f.root(), {}, "items"_L1, [&](const QJsonObject &o, const QString &p) { items.append(parseQuizItem(f, o, p)); });
}

} // namespace Claimscope::CaseFiles
