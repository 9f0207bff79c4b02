// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "quiz/spancontext.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Claimscope;

namespace {
const QString Lead = u"A short first sentence. Then a second one that runs on "_s;
const qsizetype Padding = WholeParagraphLimit - 1 - Lead.size();

/// Two sentences, `length` characters in all.
QString paragraphOf(qsizetype length)
{
    return Lead + QString(length - 1 - Lead.size(), u'a') + u'.';
}

// Paragraph 2 is long (over WholeParagraphLimit): a span in it is shown
// within its sentence. Paragraph 3 is exactly at the limit, paragraph 4 one over.
Article article()
{
    Article a;
    a.headline = u"Studio hit by hack"_s;
    a.standfirst = u"A short standfirst."_s;
    a.caption = u"The office at night."_s;
    a.paragraphs = {
        u"Officials said the attack was serious."_s,
        u"The first sentence sets the scene for everyone. Investigators in the U.S. said the malware was familiar, according to J. Smith of the "
        u"bureau. “It is what we saw before.” Others were not convinced! They asked for more evidence? Nobody has shown it yet, and the company "
        u"declined to comment on the record today at all."_s,
        paragraphOf(WholeParagraphLimit),
        paragraphOf(WholeParagraphLimit + 1),
    };
    return a;
}
} // namespace

class TestSpanContext : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void spanContext_data()
    {
        QTest::addColumn<QString>("quote");
        QTest::addColumn<int>("occurrence");
        QTest::addColumn<bool>("found");
        QTest::addColumn<ArticlePart>("part");
        QTest::addColumn<int>("paragraph");
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<bool>("cutBefore");
        QTest::addColumn<bool>("cutAfter");

        QTest::addRow("headline") << u"hit by"_s << 1 << true << ArticlePart::Headline << 0 << u"Studio "_s << u" hack"_s << false << false;
        QTest::addRow("standfirst") << u"short"_s << 1 << true << ArticlePart::Standfirst << 0 << u"A "_s << u" standfirst."_s << false << false;
        QTest::addRow("caption") << u"office"_s << 1 << true << ArticlePart::Caption << 0 << u"The "_s << u" at night."_s << false << false;
        QTest::addRow("short paragraph: whole") << u"attack"_s << 1 << true << ArticlePart::Paragraph << 1 << u"Officials said the "_s << u" was serious."_s
                                                << false << false;
        QTest::addRow("long paragraph: the sentence; U.S. and J. end none")
            << u"malware"_s << 1 << true << ArticlePart::Paragraph << 2 << u"Investigators in the U.S. said the "_s
            << u" was familiar, according to J. Smith of the bureau."_s << true << true;
        QTest::addRow("second occurrence") << u"said"_s << 2 << true << ArticlePart::Paragraph << 2 << u"Investigators in the U.S. "_s
                                           << u" the malware was familiar, according to J. Smith of the bureau."_s << true << true;
        QTest::addRow("closing quotation mark stays with its sentence")
            << u"what we saw"_s << 1 << true << ArticlePart::Paragraph << 2 << u"“It is "_s << u" before.”"_s << true << true;
        QTest::addRow("question and exclamation marks end sentences")
            << u"asked for"_s << 1 << true << ArticlePart::Paragraph << 2 << u"They "_s << u" more evidence?"_s << true << true;
        QTest::addRow("first sentence: nothing cut before")
            << u"sets the scene"_s << 1 << true << ArticlePart::Paragraph << 2 << u"The first sentence "_s << u" for everyone."_s << false << true;
        QTest::addRow("last sentence: nothing cut after")
            << u"declined"_s << 1 << true << ArticlePart::Paragraph << 2 << u"Nobody has shown it yet, and the company "_s
            << u" to comment on the record today at all."_s << true << false;
        QTest::addRow("paragraph at the limit: whole") << u"second one"_s << 1 << true << ArticlePart::Paragraph << 3 << u"A short first sentence. Then a "_s
                                                       << QString(u" that runs on "_s + QString(Padding, u'a') + u'.') << false << false;
        QTest::addRow("paragraph one over the limit: the sentence") << u"second one"_s << 2 << true << ArticlePart::Paragraph << 4 << u"Then a "_s
                                                                    << QString(u" that runs on "_s + QString(Padding + 1, u'a') + u'.') << true << false;
        QTest::addRow("not in the article") << u"absent words"_s << 1 << false << ArticlePart::Headline << 0 << QString() << QString() << false << false;
        QTest::addRow("occurrence past the last") << u"said"_s << 3 << false << ArticlePart::Headline << 0 << QString() << QString() << false << false;
    }

    void spanContext()
    {
        QFETCH(QString, quote);
        QFETCH(int, occurrence);
        QFETCH(bool, found);
        QFETCH(ArticlePart, part);
        QFETCH(int, paragraph);
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(bool, cutBefore);
        QFETCH(bool, cutAfter);
        const SpanContext ctx = Claimscope::spanContext(article(), quote, occurrence);
        QCOMPARE(ctx.found, found);
        QCOMPARE(ctx.part, part);
        QCOMPARE(ctx.paragraph, paragraph);
        QCOMPARE(ctx.before, before);
        QCOMPARE(ctx.after, after);
        QCOMPARE(ctx.cutBefore, cutBefore);
        QCOMPARE(ctx.cutAfter, cutAfter);
    }

    void paragraphsAroundTheLimit()
    {
        // The rows above rely on these lengths.
        QCOMPARE(article().paragraphs.at(1).size() > WholeParagraphLimit, true);
        QCOMPARE(article().paragraphs.at(2).size(), WholeParagraphLimit);
        QCOMPARE(article().paragraphs.at(3).size(), WholeParagraphLimit + 1);
    }

    void isSentenceEnd_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("at");
        QTest::addColumn<bool>("end");

        QTest::addRow("full stop at the end") << u"Done."_s << 4 << true;
        QTest::addRow("full stop before a space") << u"Done. Next"_s << 4 << true;
        QTest::addRow("full stop before a line break") << u"Done.\n\nNext"_s << 4 << true;
        QTest::addRow("question mark") << u"Why? Because"_s << 3 << true;
        QTest::addRow("exclamation mark") << u"No! Yes"_s << 2 << true;
        QTest::addRow("closing quotation mark") << u"“Yes.” He"_s << 4 << true;
        QTest::addRow("straight quotes and a bracket") << u"(say \"so.\") More"_s << 8 << true;
        QTest::addRow("U.S., first dot") << u"the U.S. said"_s << 5 << false;
        QTest::addRow("U.S., second dot") << u"the U.S. said"_s << 7 << false;
        QTest::addRow("an initial") << u"by J. Smith"_s << 4 << false;
        QTest::addRow("an initial at the start") << u"J. Smith"_s << 1 << false;
        QTest::addRow("a word in capitals") << u"from the USA. Then"_s << 12 << true;
        QTest::addRow("a decimal point") << u"3.5 m"_s << 1 << false;
        QTest::addRow("a comma") << u"a, b"_s << 1 << false;
        QTest::addRow("a letter") << u"abc"_s << 1 << false;
    }

    void isSentenceEnd()
    {
        QFETCH(QString, text);
        QFETCH(int, at);
        QFETCH(bool, end);
        QCOMPARE(Claimscope::isSentenceEnd(text, at), end);
    }
};

QTEST_GUILESS_MAIN(TestSpanContext)
#include "tst_spancontext.moc"
