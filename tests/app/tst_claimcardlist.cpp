// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "coverage/claimcardlist.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

/// The coverage's "said then" cards change row by row while the scrubber
/// plays, so that the cards already shown keep their delegates.
class TestClaimCardList : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void changes_data();
    void changes();
};

namespace {

QList<ClaimCard> cards(const QString &ids)
{
    QList<ClaimCard> list;
    for (const QString &id : ids.split(u' ', Qt::SkipEmptyParts)) {
        ClaimCard c;
        c.claimId = id;
        c.paraphrase = u"Claim "_s + id;
        list << c;
    }
    return list;
}

QString ids(const ClaimCardList &model)
{
    QStringList list;
    for (int row = 0; row < model.rowCount(); ++row)
        list << model.data(model.index(row), ClaimCardList::CardRole).value<ClaimCard>().claimId;
    return list.join(u' ');
}

} // namespace

void TestClaimCardList::changes_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<QString>("changes"); ///< the model's signals, in order
    QTest::addRow("newer cards on top") << u"c b a"_s << u"e d c b a"_s << u"insert 0-1"_s;
    QTest::addRow("newer on top, the oldest falls off") << u"c b a"_s << u"d c b"_s << u"insert 0-0, remove 3-3"_s;
    QTest::addRow("back a day: the top goes") << u"e d c b a"_s << u"c b a"_s << u"remove 0-1"_s;
    QTest::addRow("back a day, an older card returns") << u"d c b"_s << u"c b a"_s << u"remove 0-0, insert 2-2"_s;
    QTest::addRow("the bottom grows") << u"c b"_s << u"c b a"_s << u"insert 2-2"_s;
    QTest::addRow("from nothing") << u""_s << u"b a"_s << u"reset"_s;
    QTest::addRow("to nothing") << u"b a"_s << u""_s << u"remove 0-1"_s;
    QTest::addRow("another phase") << u"c b a"_s << u"z y"_s << u"reset"_s;
    QTest::addRow("same cards") << u"c b a"_s << u"c b a"_s << u""_s;
}

void TestClaimCardList::changes()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(QString, changes);
    ClaimCardList model;
    model.setCards(cards(before));
    QStringList seen;
    connect(&model, &QAbstractItemModel::rowsInserted, this, [&](const QModelIndex &, int first, int last) { seen << u"insert %1-%2"_s.arg(first).arg(last); });
    connect(&model, &QAbstractItemModel::rowsRemoved, this, [&](const QModelIndex &, int first, int last) { seen << u"remove %1-%2"_s.arg(first).arg(last); });
    connect(&model, &QAbstractItemModel::modelReset, this, [&] { seen << u"reset"_s; });
    model.setCards(cards(after));
    QCOMPARE(seen.join(u", "_s), changes);
    QCOMPARE(ids(model), after);
    QCOMPARE(model.cards(), cards(after));
    QCOMPARE(model.roleNames().value(ClaimCardList::CardRole), QByteArray("card"));
}

QTEST_GUILESS_MAIN(TestClaimCardList)
#include "tst_claimcardlist.moc"
