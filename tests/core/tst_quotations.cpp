// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Finding the words a case's own text puts in quotation marks, and looking
// them up verbatim (docs/case-format.md, "Quotations"); and, for a quote not
// found in its article, the nearest text and how it differs.
#include "case/quotations.h"
#include "case/quotehint.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Claimscope;

class TestQuotations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void extract_data();
    void extract();
    void runPositions();
    void normalise_data();
    void normalise();
    void pieces_data();
    void pieces();
    void lookup_data();
    void lookup();
    void lookupSeesTextsAddedLater();
    void nearest_data();
    void nearest();
};

void TestQuotations::extract_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("runs");
    QTest::addRow("no marks") << u"A plain sentence."_s << QStringList{};
    QTest::addRow("straight double") << u"He said \"we did not do it\" on Friday."_s << QStringList{u"we did not do it"_s};
    QTest::addRow("curly double") << u"He said “we did not do it” on Friday."_s << QStringList{u"we did not do it"_s};
    QTest::addRow("mixed double marks pair") << u"“half curly\" then"_s << QStringList{u"half curly"_s};
    QTest::addRow("two runs") << u"“one” and “two”"_s << QStringList{u"one"_s, u"two"_s};
    QTest::addRow("straight single") << u"a so-called 'act of war' today"_s << QStringList{u"act of war"_s};
    QTest::addRow("curly single") << u"a so-called ‘act of war’ today"_s << QStringList{u"act of war"_s};
    QTest::addRow("single at start and end") << u"'act of war'"_s << QStringList{u"act of war"_s};
    QTest::addRow("single before punctuation") << u"It was 'vandalism', he said."_s << QStringList{u"vandalism"_s};
    QTest::addRow("apostrophe don't") << u"They don't know."_s << QStringList{};
    QTest::addRow("curly apostrophe don’t") << u"They don’t know."_s << QStringList{};
    QTest::addRow("possessive Sony's") << u"The studio's and Sony's lawyers"_s << QStringList{};
    QTest::addRow("plural possessive hackers'") << u"The hackers' demands and the actors' lines"_s << QStringList{};
    QTest::addRow("curly plural possessive") << u"The hackers’ demands"_s << QStringList{};
    QTest::addRow("apostrophes around a quotation") << u"The studio's lawyers called it 'theft' — don't they?"_s << QStringList{u"theft"_s};
    // The rule's one ambiguity (docs/case-format.md): a plural possessive ends a single-quoted run.
    QTest::addRow("plural possessive inside single marks") << u"called it 'the hackers' work' then"_s << QStringList{u"the hackers"_s};
    QTest::addRow("plural possessive inside double marks") << u"called it \"the hackers' work\" then"_s << QStringList{u"the hackers' work"_s};
    QTest::addRow("apostrophes inside double") << u"She said “it’s the hackers’ fault” today"_s << QStringList{u"it’s the hackers’ fault"_s};
    QTest::addRow("single nested in double") << u"“They called it ‘vandalism’ then”"_s << QStringList{u"They called it ‘vandalism’ then"_s};
    QTest::addRow("double nested in single") << u"‘They called it “vandalism” then’"_s << QStringList{u"They called it “vandalism” then"_s};
    QTest::addRow("double nested in double") << u"“a “b” c”"_s << QStringList{u"a “b” c"_s};
    QTest::addRow("ellipsis kept in the run") << u"“first words … last words”"_s << QStringList{u"first words … last words"_s};
    QTest::addRow("three-dot ellipsis kept") << u"\"first words ... last words\""_s << QStringList{u"first words ... last words"_s};
    QTest::addRow("unmatched opening double") << u"He said “we did not do it."_s << QStringList{};
    QTest::addRow("unmatched closing double") << u"we did not do it” he said"_s << QStringList{};
    QTest::addRow("unmatched straight double") << u"a 12\" screen"_s << QStringList{};
    QTest::addRow("unmatched opening single") << u"the '90s were loud"_s << QStringList{};
    QTest::addRow("unmatched then a pair") << u"the '90s and 'a phrase' here"_s << QStringList{u"a phrase"_s};
    QTest::addRow("opening single before a space") << u"a ' b ' c"_s << QStringList{};
    QTest::addRow("empty quotes") << u"an empty “” pair and \"  \""_s << QStringList{};
    QTest::addRow("spaces inside trimmed") << u"“ padded words ”"_s << QStringList{u"padded words"_s};
}

void TestQuotations::extract()
{
    QFETCH(QString, text);
    QFETCH(QStringList, runs);
    QStringList found;
    for (const Quotations::Run &run : Quotations::extract(text))
        found << run.text;
    QCOMPARE(found, runs);
}

void TestQuotations::runPositions()
{
    const QString text = u"x “ab” y 'cd'"_s;
    const QList<Quotations::Run> runs = Quotations::extract(text);
    QCOMPARE(runs.size(), 2);
    QCOMPARE(text.mid(runs[0].start, runs[0].length), u"ab"_s);
    QCOMPARE(text.mid(runs[1].start, runs[1].length), u"cd"_s);
}

void TestQuotations::normalise_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addRow("plain") << u"plain"_s << u"plain"_s;
    QTest::addRow("curly apostrophe") << u"it’s"_s << u"it's"_s;
    QTest::addRow("left single") << u"‘x’"_s << u"'x'"_s;
    QTest::addRow("curly double") << u"“x”"_s << u"\"x\""_s;
    QTest::addRow("whitespace collapsed") << u"  a \n\n b\t c  "_s << u"a b c"_s;
    QTest::addRow("no-break space") << u"a\u00A0b"_s << u"a b"_s;
    QTest::addRow("case kept") << u"North"_s << u"North"_s;
    QTest::addRow("dashes kept") << u"a — b – c"_s << u"a — b – c"_s;
}

void TestQuotations::normalise()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(Quotations::normalise(text), expected);
}

void TestQuotations::pieces_data()
{
    QTest::addColumn<QString>("quotation");
    QTest::addColumn<QStringList>("expected");
    QTest::addRow("whole") << u"no ellipsis here"_s << QStringList{u"no ellipsis here"_s};
    QTest::addRow("unicode ellipsis") << u"a b … c d"_s << QStringList{u"a b"_s, u"c d"_s};
    QTest::addRow("three dots") << u"a b ... c d"_s << QStringList{u"a b"_s, u"c d"_s};
    QTest::addRow("leading ellipsis") << u"… the rest"_s << QStringList{u"the rest"_s};
    QTest::addRow("trailing ellipsis") << u"FBI confirms…"_s << QStringList{u"FBI confirms"_s};
    QTest::addRow("only an ellipsis") << u"…"_s << QStringList{};
}

void TestQuotations::pieces()
{
    QFETCH(QString, quotation);
    QFETCH(QStringList, expected);
    QCOMPARE(Quotations::pieces(quotation), expected);
}

void TestQuotations::lookup_data()
{
    QTest::addColumn<QString>("quotation");
    QTest::addColumn<bool>("found");
    QTest::addRow("verbatim") << u"we have no connection"_s << true;
    QTest::addRow("straight for curly apostrophe") << u"the studio's decision"_s << true;
    QTest::addRow("curly for straight double") << u"called it “an act”"_s << true;
    QTest::addRow("whitespace differs") << u"we  have\nno connection"_s << true;
    QTest::addRow("case differs") << u"We have no connection"_s << false;
    QTest::addRow("one word differs") << u"we have no connections at all"_s << false;
    QTest::addRow("ellipsis, pieces in order") << u"we have no … the studio's"_s << true;
    QTest::addRow("ellipsis, pieces out of order") << u"the studio's … we have no"_s << false;
    QTest::addRow("ellipsis, pieces in two texts") << u"we have no … a recorded quote"_s << false;
    QTest::addRow("recorded quote") << u"a recorded quote"_s << true;
    QTest::addRow("invented") << u"words nobody said"_s << false;
}

void TestQuotations::lookup()
{
    QFETCH(QString, quotation);
    QFETCH(bool, found);
    Quotations::Index index;
    index.add(u"Officials said: “we have no connection”, and the studio’s decision stood. He called it \"an act\"."_s);
    index.add(u"a recorded quote"_s);
    QCOMPARE(index.contains(quotation), found);
    QCOMPARE(index.contains(quotation), found); // the second answer comes from the cache
}

void TestQuotations::lookupSeesTextsAddedLater()
{
    Quotations::Index index;
    index.add(u"first text"_s);
    QVERIFY(!index.contains(u"second text"_s));
    index.add(u"second text"_s);
    QVERIFY(index.contains(u"second text"_s));
}

void TestQuotations::nearest_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("quote");
    QTest::addColumn<QString>("hint"); ///< empty: nothing near

    const QString text = u"The head’s “final” word — and the 2023–24 term… The  school   said so.\n\nAfter that, Sam Rogen wrote back."_s;
    QTest::addRow("straight apostrophe for a curly one")
        << text << u"The head's"_s << u"nearest: “The head’s” — the article has a curly apostrophe (’) where the quote has a straight apostrophe (')"_s;
    QTest::addRow("straight quote marks for curly ones")
        << text << u"head’s \"final\" word"_s
        << u"nearest: “head’s “final” word” — the article has a curly opening quote mark (“) where the quote has a straight quote mark (\")"_s;
    QTest::addRow("hyphen for a dash") << text << u"word - and"_s
                                       << u"nearest: “word — and” — the article has an em dash (—) where the quote has a hyphen (-)"_s;
    QTest::addRow("hyphen for an en dash") << text << u"2023-24"_s << u"nearest: “2023–24” — the article has an en dash (–) where the quote has a hyphen (-)"_s;
    QTest::addRow("letter case") << text << u"the Head’s"_s
                                 << u"nearest: “The head’s” — letter case differs: the article has “The” where the quote has “the”"_s;
    QTest::addRow("two spaces") << text << u"The school said"_s << u"nearest: “The  school   said” — the article has 2 spaces where the quote has a space"_s;
    QTest::addRow("across paragraphs") << text << u"said so. After"_s
                                       << u"nearest: “said so.\n\nAfter” — the article has a paragraph break where the quote has a space"_s;
    QTest::addRow("three dots for an ellipsis") << text << u"term... The"_s << u"nearest: “term… The” — the article has “…” where the quote has “...”"_s;
    QTest::addRow("two kinds at once")
        << text << u"THE head's"_s
        << u"nearest: “The head’s” — letter case differs: the article has “The” where the quote has “THE”; the article has a curly "
           "apostrophe (’) where the quote has a straight apostrophe (')"_s;
    QTest::addRow("one word for another") << text << u"Sam Rogan wrote back"_s
                                          << u"nearest: “Sam Rogen wrote back” — the article has “Rogen” where the quote has “Rogan”"_s;
    QTest::addRow("a word too many") << text << u"Sam Rogen then wrote back"_s
                                     << u"nearest: “that, Sam Rogen wrote back” — the words differ; not there: “then”"_s;
    QTest::addRow("a misspelling inside quote marks") << u"They said it has “clear evidence”."_s << u"has “claar evidence”"_s
                                                      << u"nearest: “has “clear evidence”” — the article has “clear” where the quote has “claar”"_s;
    QTest::addRow("nothing near") << text << u"an entirely different sentence"_s << QString();
    QTest::addRow("empty quote") << text << u" "_s << QString();
}

void TestQuotations::nearest()
{
    QFETCH(QString, text);
    QFETCH(QString, quote);
    QFETCH(QString, hint);
    QCOMPARE(QuoteHint::nearest(text, quote), hint);
}

QTEST_GUILESS_MAIN(TestQuotations)
#include "tst_quotations.moc"
