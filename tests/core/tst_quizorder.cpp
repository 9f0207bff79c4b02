// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "quiz/quizorder.h"

#include <QTest>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;
using namespace Claimscope;

namespace {
/// A rank item with options a, b, c… and the given right order (by index).
QuizItem rankItem(const QString &id, const QList<qsizetype> &right)
{
    QuizItem q;
    q.id = id;
    q.type = Quiz::Type::Rank;
    for (qsizetype i = 0; i < right.size(); ++i)
        q.choices.append(QuizChoice{.id = QString(QChar(static_cast<char16_t>(u'a' + i))), .text = u"option "_s + QString::number(i)});
    for (const qsizetype i : right)
        q.order << q.choices.at(i).id;
    return q;
}

QList<qsizetype> identity(qsizetype n)
{
    QList<qsizetype> order(n);
    std::iota(order.begin(), order.end(), qsizetype(0));
    return order;
}
} // namespace

// The order rank options are shown in: printed worksheets and the class's
// screen depend on it staying the same, so known orders are pinned.
class TestQuizOrder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pinned_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QList<qsizetype>>("right");
        QTest::addColumn<QList<qsizetype>>("shown");

        QTest::addRow("four options") << u"rank-sources"_s << identity(4) << QList<qsizetype>{1, 2, 0, 3};
        QTest::addRow("five options") << u"q-order"_s << identity(5) << QList<qsizetype>{2, 0, 4, 3, 1};
        // item-11's shuffle leaves three options as they are: shown in that
        // order only when it is not the right one, reversed when it is.
        QTest::addRow("shuffled into the right order: reversed") << u"item-11"_s << identity(3) << QList<qsizetype>{2, 1, 0};
        QTest::addRow("shuffled into a wrong order: kept") << u"item-11"_s << QList<qsizetype>{2, 1, 0} << identity(3);
        QTest::addRow("two options, right as listed") << u"x"_s << identity(2) << QList<qsizetype>{1, 0};
        QTest::addRow("one option") << u"solo"_s << identity(1) << QList<qsizetype>{0};
        QTest::addRow("no options") << u"empty"_s << QList<qsizetype>{} << QList<qsizetype>{};
    }

    void pinned()
    {
        QFETCH(QString, id);
        QFETCH(QList<qsizetype>, right);
        QFETCH(QList<qsizetype>, shown);
        QCOMPARE(presentationOrder(rankItem(id, right)), shown);
    }

    void aPermutationNeverInTheRightOrder_data()
    {
        QTest::addColumn<int>("options");
        for (const int n : {2, 3, 4, 5, 8})
            QTest::addRow("%d options", n) << n;
    }

    void aPermutationNeverInTheRightOrder()
    {
        QFETCH(int, options);
        for (int k = 0; k < 200; ++k) {
            const QuizItem item = rankItem(u"item-%1"_s.arg(k), identity(options));
            const QList<qsizetype> order = presentationOrder(item);
            QList<qsizetype> sorted = order;
            std::sort(sorted.begin(), sorted.end());
            QCOMPARE(sorted, identity(options));
            QVERIFY2(order != identity(options), qPrintable(item.id));
            QCOMPARE(presentationOrder(item), order); // the same every time
        }
    }
};

QTEST_GUILESS_MAIN(TestQuizOrder)
#include "tst_quizorder.moc"
