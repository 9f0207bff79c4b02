// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "case/vocabulary.h"
#include "quiz/quiztypes.h"

#include <QMetaEnum>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Claimscope;

// The quiz item types and their names in quiz.json.
class TestQuizTypes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void typeNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<Quiz::Type>("type");
        QTest::addRow("single") << u"single"_s << Quiz::Type::Single;
        QTest::addRow("true-false") << u"true-false"_s << Quiz::Type::TrueFalse;
        QTest::addRow("highlight") << u"highlight"_s << Quiz::Type::Highlight;
        QTest::addRow("rank") << u"rank"_s << Quiz::Type::Rank;
        QTest::addRow("evidence") << u"evidence"_s << Quiz::Type::Evidence;
    }

    void typeNames()
    {
        QFETCH(QString, name);
        QFETCH(Quiz::Type, type);
        QCOMPARE(Quiz::typeFromName(name), type);
        QCOMPARE(Quiz::typeName(type), name);
        QVERIFY(Quiz::typeNames().contains(name));
        QCOMPARE(Quiz::isChoice(type), type == Quiz::Type::Single || type == Quiz::Type::Evidence);
    }

    void unknownTypeNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addRow("empty") << QString();
        QTest::addRow("capitalised") << u"Single"_s;
        QTest::addRow("underscore") << u"true_false"_s;
        QTest::addRow("padded") << u" rank"_s;
        QTest::addRow("another word") << u"essay"_s;
    }

    void unknownTypeNames()
    {
        QFETCH(QString, name);
        QCOMPARE(Quiz::typeFromName(name), Quiz::Type::Unknown);
    }

    void everyTypeHasOneName()
    {
        // Every type but Unknown is in the file format, in the enum's order, once.
        const QMetaEnum types = QMetaEnum::fromType<Quiz::Type>();
        QStringList expected;
        for (int i = 0; i < types.keyCount(); ++i) {
            const auto type = static_cast<Quiz::Type>(types.value(i));
            if (type != Quiz::Type::Unknown)
                expected << Quiz::typeName(type);
        }
        QCOMPARE(Quiz::typeNames(), expected);
        QCOMPARE(Quiz::typeName(Quiz::Type::Unknown), QString());
        QCOMPARE(Vocabulary::quizTypes(), Quiz::typeNames()); // what quiz.json allows
    }
};

QTEST_GUILESS_MAIN(TestQuizTypes)
#include "tst_quiztypes.moc"
