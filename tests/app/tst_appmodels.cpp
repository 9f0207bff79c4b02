// SPDX-FileCopyrightText: 2026 The Claimscope authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The QML-facing models over the default case. Expected counts come from
// content/sony-hack (computed from its JSON, not from this code); update
// them when the case changes.
#include "article/articlereader.h"
#include "blame/blameview.h"
#include "case/caselibrary.h"
#include "case/caseparser.h"
#include "case/vocabulary.h"
#include "claims/claimmodel.h"
#include "claims/knownnow.h"
#include "common/packtext.h"
#include "common/vocabularystyle.h"
#include "coverage/coverageview.h"
#include "lesson/lessonmodel.h"
#include "quiz/quizsession.h"
#include "support/testsupport.h"

#include <QColor>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestAppModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void claimFilters_data();
    void claimFilters();
    void claimListFollowsCutoffInPlace();
    void articleLayers();
    void articleSelectionAndFocus();
    void lessonNavigation();
    void storyForwardAndBack();
    void blameFollowsCutoff();
    void coverageScrubber();
    void coverageHeading_data();
    void coverageHeading();
    void selfCheckItems();
    void coverageChartSummary();
    void coverageListsSignalChangesOnly();
    void scrubStepCost();
    void knownNowTexts();
    void stepLaterCards();
    void vocabularyStyle_data();
    void vocabularyStyle();

private:
    CaseLibrary m_library;
};

namespace {

/// A small case with a "known now" date and two later developments.
Claimscope::CaseData laterCase()
{
    using namespace Claimscope;
    CaseData data;
    data.info.periodEnd = QDate(2015, 2, 5);
    data.info.knownAsOf = QDate(2026, 11, 29);
    data.laterDevelopments = {
        LaterDevelopment{u"indictment"_s, u"An indictment is unsealed"_s, u"Three men are charged."_s, CaseDate{QDate(2021, 2, 17)}, {}},
        LaterDevelopment{u"complaint"_s, u"A criminal complaint"_s, u"One man is charged."_s, CaseDate{QDate(2018, 9, 6)}, {}},
        LaterDevelopment{u"report"_s, u"An industry report"_s, u"Researchers publish."_s, CaseDate{QDate(2016, 2, 24), DatePrecision::Approximate}, {}},
    };
    Claim claim;
    claim.id = u"c1"_s;
    claim.established = Established{u"charged"_s, u"Charged, not tried."_s, {u"indictment"_s, u"complaint"_s, u"gone"_s}};
    data.claims = {claim};
    LessonStep step;
    step.id = u"since"_s;
    step.later = {u"indictment"_s, u"report"_s};
    data.chapters = {Chapter{u"after"_s, u"After"_s, {}, {step, LessonStep{u"plain"_s}}}};
    return data;
}

} // namespace

void TestAppModels::knownNowTexts()
{
    const Claimscope::CaseData data = laterCase();
    const ClaimOutcome outcome = KnownNow::outcome(data, data.claims.first());
    QCOMPARE(outcome.status, u"charged"_s);
    QCOMPARE(outcome.statusLabel, u"Later charged in court — charges, not a verdict"_s);
    QVERIFY(!outcome.statusDescription.isEmpty());
    QCOMPARE(outcome.statusNote, u"Charged, not tried."_s);
    // Date order, whatever the order cited; an unknown id is left out; the
    // titles (pack text) are direction-isolated.
    using Claimscope::PackText::isolated;
    QCOMPARE(outcome.sinceThen,
             u"Since then: 6 Sep 2018 — "_s + isolated(u"A criminal complaint") + u"; 17 Feb 2021 — "_s + isolated(u"An indictment is unsealed"));
    QCOMPARE(outcome.knownAsOf, u"Known as of 29 Nov 2026"_s);

    Claimscope::CaseData undated = data;
    undated.info.knownAsOf = QDate();
    undated.claims.first().established.later.clear();
    const ClaimOutcome bare = KnownNow::outcome(undated, undated.claims.first());
    QVERIFY(bare.sinceThen.isEmpty());
    QVERIFY(bare.knownAsOf.isEmpty());
}

void TestAppModels::stepLaterCards()
{
    LessonModel lesson;
    lesson.setCase(laterCase());
    const QList<DatedCard> cards = lesson.step(0).later;
    QCOMPARE(cards.size(), 2);
    QCOMPARE(cards.at(0).dateText, u"≈ 24 Feb 2016"_s);
    QCOMPARE(cards.at(0).title, u"An industry report"_s);
    QCOMPARE(cards.at(1).dateText, u"17 Feb 2021"_s);
    QCOMPARE(cards.at(1).description, u"Three men are charged."_s);
    QVERIFY(lesson.step(1).later.isEmpty());
}

void TestAppModels::initTestCase()
{
    QVERIFY(m_library.openDefault());
}

void TestAppModels::claimFilters_data()
{
    QTest::addColumn<QDate>("cutoff");
    QTest::addColumn<QString>("claimant");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("stance");
    QTest::addColumn<QString>("attribution");
    QTest::addColumn<QString>("evidence");
    QTest::addColumn<int>("count");
    QTest::addRow("everything") << QDate() << u""_s << u""_s << u""_s << u""_s << u""_s << 65;
    QTest::addRow("by 17 Dec") << QDate(2014, 12, 17) << u""_s << u""_s << u""_s << u""_s << u""_s << 29;
    QTest::addRow("by 7 Jan") << QDate(2015, 1, 7) << u""_s << u""_s << u""_s << u""_s << u""_s << 64;
    QTest::addRow("FBI's claims") << QDate() << u"fbi"_s << u""_s << u""_s << u""_s << u""_s << 1;
    QTest::addRow("aimed at North Korea") << QDate() << u""_s << u"north-korea"_s << u""_s << u""_s << u""_s << 23;
    QTest::addRow("blaming North Korea") << QDate() << u""_s << u"north-korea"_s << u"blames"_s << u""_s << u""_s << 19;
    QTest::addRow("anonymous") << QDate() << u""_s << u""_s << u""_s << u"anonymous"_s << u""_s << 9;
    QTest::addRow("anonymous by 17 Dec") << QDate(2014, 12, 17) << u""_s << u""_s << u""_s << u"anonymous"_s << u""_s << 9;
    QTest::addRow("state media") << QDate() << u""_s << u""_s << u""_s << u"state-media"_s << u""_s << 12;
    QTest::addRow("no evidence offered") << QDate() << u""_s << u""_s << u""_s << u""_s << u"none"_s << 39;
    QTest::addRow("nobody") << QDate() << u"nobody"_s << u""_s << u""_s << u""_s << u""_s << 0;
}

void TestAppModels::claimFilters()
{
    QFETCH(QDate, cutoff);
    QFETCH(QString, claimant);
    QFETCH(QString, target);
    QFETCH(QString, stance);
    QFETCH(QString, attribution);
    QFETCH(QString, evidence);
    QFETCH(int, count);
    ClaimModel *claims = m_library.claims();
    claims->clearFilters();
    claims->setCutoff(cutoff);
    claims->setClaimant(claimant);
    claims->setTarget(target);
    claims->setStance(stance);
    claims->setAttribution(attribution);
    claims->setEvidence(evidence);
    QCOMPARE(claims->rowCount(), count);
    QDate previous;
    for (int row = 0; row < claims->rowCount(); ++row) {
        const QModelIndex c = claims->index(row);
        const QDate date = c.data(ClaimModel::DateRole).toDate();
        QVERIFY2(!cutoff.isValid() || date <= cutoff, "no claim after the cutoff");
        QVERIFY2(!previous.isValid() || previous <= date, "claims are in date order");
        previous = date;
        if (!stance.isEmpty())
            QCOMPARE(c.data(ClaimModel::StanceRole).toString(), stance);
        QVERIFY(!c.data(ClaimModel::ParaphraseRole).toString().isEmpty());
        QVERIFY(!c.data(ClaimModel::SourcesRole).value<QList<ClaimSource>>().isEmpty());
        QCOMPARE(c.data(ClaimModel::StanceLabelRole).toString(),
                 VocabularyStyle::label(VocabularyStyle::Kind::Stance, c.data(ClaimModel::StanceRole).toString()));
    }
    claims->clearFilters();
    QCOMPARE(claims->rowCount(), 65);
}

// A list of claims that follows a date keeps its rows: a later date appends,
// an earlier one removes from the end, the same date changes nothing.
void TestAppModels::claimListFollowsCutoffInPlace()
{
    ClaimModel *claims = m_library.claims();
    claims->clearFilters();
    QStringList ids;
    for (int row = 0; row < claims->rowCount(); row += 2)
        ids << claims->index(row).data(ClaimModel::IdRole).toString();
    const QDate first = claims->index(0).data(ClaimModel::DateRole).toDate();
    const QDate last = claims->index(claims->rowCount() - 1).data(ClaimModel::DateRole).toDate();
    const QDate middle = first.addDays(first.daysTo(last) / 2);

    claims->show(ids, middle);
    const int before = claims->rowCount();
    QVERIFY(before > 0 && before < ids.size());
    QSignalSpy reset(claims, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(claims, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(claims, &QAbstractItemModel::rowsRemoved);
    QSignalSpy count(claims, &ClaimModel::countChanged);

    claims->show(ids, middle);
    QCOMPARE(reset.size() + inserted.size() + removed.size() + count.size(), 0);

    claims->show(ids, last);
    QCOMPARE(claims->rowCount(), ids.size());
    QCOMPARE(reset.size(), 0);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.constFirst().at(1).toInt(), before);
    QCOMPARE(inserted.constFirst().at(2).toInt(), ids.size() - 1);

    claims->show(ids, middle);
    QCOMPARE(claims->rowCount(), before);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.constFirst().at(1).toInt(), before);

    // Other claims: the list starts again.
    claims->show(ids.mid(1), last);
    QCOMPARE(reset.size(), 1);
    QCOMPARE(claims->rowCount(), ids.size() - 1);
    QCOMPARE(count.size(), 3);

    // No ids: no claims, not every claim.
    claims->show({}, last);
    QCOMPARE(claims->rowCount(), 0);
    claims->clearFilters();
}

void TestAppModels::articleLayers()
{
    ArticleReader *reader = m_library.reader();
    reader->setArticleId(u"guardian-2014-12-22"_s);
    QCOMPARE(reader->article().outlet, u"The Guardian"_s);
    QCOMPARE(reader->rowCount(), 23);
    const auto layerCount = [&](const QString &layer) {
        for (const VocabularyCount &l : reader->layers()) {
            if (l.id == layer)
                return l.count;
        }
        return -1;
    };
    QCOMPARE(layerCount(u"loaded-language"_s), 8);
    QCOMPARE(layerCount(u"factual-slip"_s), 2);
    QCOMPARE(layerCount(u"named-attribution"_s), 2);
    QCOMPARE(layerCount(u"anonymous-attribution"_s), 0);

    // Switching a layer off removes its rows and its marks, not its count.
    reader->setLayerEnabled(u"loaded-language"_s, false);
    QCOMPARE(reader->rowCount(), 15);
    QCOMPARE(layerCount(u"loaded-language"_s), 8);
    for (int row = 0; row < reader->rowCount(); ++row)
        QVERIFY(reader->data(reader->index(row), ArticleReader::LayerRole).toString() != u"loaded-language"_s);
    const QString html = reader->blocks().constLast().html + reader->blocks().value(1).html;
    QVERIFY(!html.contains(VocabularyStyle::color(VocabularyStyle::Kind::AnnotationLayer, u"loaded-language"_s)));
    reader->showAllLayers();
    QCOMPARE(reader->rowCount(), 23);

    // Every block keeps the text: marks only wrap it.
    const Claimscope::Article *article = m_library.caseData().article(u"guardian-2014-12-22"_s);
    QCOMPARE(reader->blocks().size(), article->paragraphs.size() + 1);
    QCOMPARE(reader->blocks().at(1).plain, article->paragraphs.at(0));
    // Rows are in text order.
    qsizetype last = -1;
    const QString text = article->fullText();
    for (int row = 0; row < reader->rowCount(); ++row) {
        const QString id = reader->data(reader->index(row), ArticleReader::IdRole).toString();
        const auto an = std::find_if(article->annotations.cbegin(), article->annotations.cend(), [&](const Claimscope::Annotation &a) { return a.id == id; });
        QVERIFY(an != article->annotations.cend());
        const qsizetype at = Claimscope::CaseValidator::find(text, an->quote, an->occurrence);
        QVERIFY(at >= 0);
        QVERIFY2(at >= last, qPrintable(an->quote));
        last = at;
    }
}

void TestAppModels::articleSelectionAndFocus()
{
    ArticleReader *reader = m_library.reader();
    reader->setArticleId(u"guardian-2014-12-22"_s);
    reader->setSelectedId(u"a-guardian-20"_s);
    const AnnotationNote selected = reader->selected();
    QCOMPARE(selected.layer, u"factual-slip"_s);
    QCOMPARE(selected.quote, u"Seth Rogan"_s);
    QVERIFY(selected.hasCorrection);
    QVERIFY(selected.correction.contains(u"Rogen"_s));
    bool marked = false;
    for (const ArticleBlock &b : reader->blocks())
        marked |= b.html.contains(u"href=\"annotation:a-guardian-20\""_s);
    QVERIFY2(marked, "the selected slip is a link in the text");

    // Jumping from a claim: the annotation of that claim is selected.
    reader->setArticleId(u"scmp-2014-12-18"_s);
    QVERIFY(reader->selected().id.isEmpty());
    const int row = reader->focusClaim(QString(), u"A US official says"_s);
    QVERIFY(row >= 0);
    QCOMPARE(reader->selected().quote, u"A US official says"_s);
    QCOMPARE(reader->focusClaim(u"no-such-claim"_s, u"words that are not there"_s), -1);
}

void TestAppModels::lessonNavigation()
{
    LessonModel *lesson = m_library.lesson();
    QCOMPARE(lesson->rowCount(), 30);
    QCOMPARE(lesson->chapters().size(), 6);
    lesson->setCurrentIndex(0);
    QVERIFY(!lesson->canGoPrevious());
    QVERIFY(!lesson->previous());
    QSignalSpy changed(lesson, &LessonModel::currentChanged);
    QVERIFY(lesson->next());
    QCOMPARE(lesson->currentIndex(), 1);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(lesson->firstStepOfChapter(1), 5);
    QCOMPARE(lesson->step(5).chapterIndex, 1);
    QCOMPARE(lesson->step(5).stepInChapter, 0);

    // A reveal step shows its reveal before moving on.
    int revealStep = -1;
    for (int i = 0; i < lesson->rowCount(); ++i) {
        if (!lesson->step(i).reveal.isEmpty()) {
            revealStep = i;
            break;
        }
    }
    QVERIFY(revealStep >= 0);
    lesson->setCurrentIndex(revealStep);
    QVERIFY(!lesson->isRevealed());
    QVERIFY(lesson->advance());
    QVERIFY(lesson->isRevealed());
    QCOMPARE(lesson->currentIndex(), revealStep);
    QVERIFY(!lesson->reveal());
    QVERIFY(lesson->advance());
    QCOMPARE(lesson->currentIndex(), revealStep + 1);
    QVERIFY(!lesson->isRevealed());

    lesson->setCurrentIndex(1000);
    QCOMPARE(lesson->currentIndex(), 29);
    QVERIFY(!lesson->canGoNext());
    QVERIFY(!lesson->next());
    QCOMPARE(lesson->firstStepOfKind(u"quiz"_s), 4);
}

// The story's → and ←: through a quiz step's questions, then on.
void TestAppModels::storyForwardAndBack()
{
    using Move = LessonModel::Move;
    LessonModel *lesson = m_library.lesson();
    const int quizStep = lesson->firstStepOfKind(u"quiz"_s);
    lesson->setCurrentIndex(quizStep);
    QuizSession quiz;
    quiz.setLibrary(&m_library);
    quiz.setItemIds(lesson->step(quizStep).quiz);
    QCOMPARE(quiz.count(), 2);

    QCOMPARE(lesson->forward(&quiz), Move::NeedsAnswer);
    QCOMPARE(quiz.currentIndex(), 0);
    QCOMPARE(lesson->currentIndex(), quizStep);
    const Claimscope::QuizItem *first = m_library.caseData().quizItem(quiz.currentId());
    QVERIFY(first && !first->choices.isEmpty());
    quiz.answerChoice(first->id, first->choices.first().id);
    QCOMPARE(lesson->forward(&quiz), Move::Moved);
    QCOMPARE(quiz.currentIndex(), 1);
    QCOMPARE(lesson->currentIndex(), quizStep);

    QVERIFY(lesson->back(&quiz));
    QCOMPARE(quiz.currentIndex(), 0);
    QCOMPARE(lesson->currentIndex(), quizStep);
    QVERIFY(lesson->back(&quiz));
    QCOMPARE(lesson->currentIndex(), quizStep - 1);

    // From the results (the second question skipped), → leaves the step; ← goes back to the last question.
    lesson->setCurrentIndex(quizStep);
    quiz.next();
    quiz.next();
    QVERIFY(quiz.isFinished());
    QVERIFY(lesson->back(&quiz));
    QCOMPARE(quiz.currentIndex(), 1);
    quiz.next();
    QCOMPARE(lesson->forward(&quiz), Move::Moved);
    QCOMPARE(lesson->currentIndex(), quizStep + 1);

    // Without a quiz: reveal first, then on; nowhere at the end.
    int revealStep = -1;
    for (int i = 0; i < lesson->rowCount() && revealStep < 0; ++i) {
        if (!lesson->step(i).reveal.isEmpty())
            revealStep = i;
    }
    lesson->setCurrentIndex(revealStep);
    QCOMPARE(lesson->forward(nullptr), Move::Moved);
    QVERIFY(lesson->isRevealed());
    QCOMPARE(lesson->forward(nullptr), Move::Moved);
    QCOMPARE(lesson->currentIndex(), revealStep + 1);
    lesson->setCurrentIndex(lesson->rowCount() - 1);
    QCOMPARE(lesson->forward(nullptr), Move::AtEnd);
    QVERIFY(lesson->back(nullptr));
    QCOMPARE(lesson->currentIndex(), lesson->rowCount() - 2);
}

void TestAppModels::blameFollowsCutoff()
{
    BlameView *blame = m_library.blame();
    QCOMPARE(blame->firstDate(), QDate(2014, 6, 25));
    QSignalSpy changed(blame, &BlameView::cutoffChanged);
    blame->setCutoff(QDate(2014, 12, 17));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(blame->claimCount(), 29);
    const QList<BlameEdge> early = blame->edges();
    int sum = 0;
    for (const BlameEdge &e : early)
        sum += e.count;
    blame->setCutoff(QDate(2015, 1, 7));
    QCOMPARE(blame->claimCount(), 64);
    QVERIFY(blame->edges().size() > early.size());
    // Positions do not move with the cutoff.
    BlameNodeModel *nodes = blame->nodes();
    const QVariant x = nodes->data(nodes->index(0), BlameNodeModel::XRole);
    blame->setCutoff(QDate(2014, 12, 1));
    QCOMPARE(nodes->data(nodes->index(0), BlameNodeModel::XRole), x);
    QVERIFY(sum > 0);
    blame->setDayIndex(0);
    QCOMPARE(blame->cutoff(), QDate(2014, 6, 25));
    QCOMPARE(blame->dayIndex(), 0);
    QVERIFY(!blame->stepToPreviousClaimDay());
    QVERIFY(blame->stepToNextClaimDay());
    QVERIFY(blame->cutoff() > QDate(2014, 6, 25));
    QCOMPARE(blame->claimCount(), 2); // the first two claims: 25 Jun and the 21 Nov demand
    QVERIFY(blame->stepToPreviousClaimDay());
    QCOMPARE(blame->cutoff(), QDate(2014, 6, 25));

    // The edges are sent again only when a day adds a claim.
    QSignalSpy edges(blame, &BlameView::edgesChanged);
    blame->setCutoff(QDate(2014, 7, 30));
    QCOMPARE(edges.size(), 0);
    QVERIFY(blame->stepToNextClaimDay());
    QCOMPARE(edges.size(), 1);
}

// The coverage view's heading: the phase of the day, or, on a day of no
// phase, where the day stands, in words of no case.
void TestAppModels::coverageHeading_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<bool>("withPhases");
    QTest::addColumn<QString>("phaseId");
    QTest::addColumn<QString>("heading");
    QTest::addRow("before the first phase") << QDate(2024, 2, 20) << true << QString() << u"Before the first phase"_s;
    QTest::addRow("in a phase") << QDate(2024, 3, 3) << true << u"first"_s << u"The first days"_s;
    QTest::addRow("between phases") << QDate(2024, 3, 7) << true << QString() << u"Between phases"_s;
    QTest::addRow("after the last phase") << QDate(2024, 3, 20) << true << QString() << u"After the last phase"_s;
    QTest::addRow("a case without phases") << QDate(2024, 3, 3) << false << QString() << u"No phase on this date"_s;
}

void TestAppModels::coverageHeading()
{
    QFETCH(QDate, day);
    QFETCH(bool, withPhases);
    QFETCH(QString, phaseId);
    QFETCH(QString, heading);
    using namespace Claimscope;
    CaseData data;
    data.info.periodStart = QDate(2024, 2, 20);
    data.info.periodEnd = QDate(2024, 3, 20);
    for (const QDate &d : {QDate(2024, 2, 20), QDate(2024, 3, 3), QDate(2024, 3, 7), QDate(2024, 3, 20)})
        data.claims.append(TestSupport::makeClaim(d.toString(Qt::ISODate), d, u"a"_s, {u"b"_s}, u"blames"_s, u"named"_s));
    if (withPhases) {
        Phase first;
        first.id = u"first"_s;
        first.title = u"The first days"_s;
        first.start = QDate(2024, 3, 1);
        first.end = QDate(2024, 3, 5);
        Phase second = first;
        second.id = u"second"_s;
        second.title = u"Later"_s;
        second.start = QDate(2024, 3, 10);
        second.end = QDate(2024, 3, 12);
        data.phases = {first, second};
    }
    CoverageView view;
    view.setCase(&data);
    view.setCutoff(day);
    QCOMPARE(view.cutoff(), day);
    QCOMPARE(view.phase().id, phaseId);
    QCOMPARE(view.phase().title, heading);
}

// "Check yourself" offers every item but those kept for the booster check.
void TestAppModels::selfCheckItems()
{
    const QStringList ids = m_library.selfCheckItemIds();
    QuizSession session;
    session.setLibrary(&m_library);
    const QStringList all = session.caseItemIds();
    QCOMPARE(ids.size(), 23); // 30 items, 7 of them for the booster check
    QCOMPARE(all.size(), 30);
    for (const Claimscope::QuizItem &q : m_library.caseData().quizItems)
        QCOMPARE(ids.contains(q.id), !q.booster);
}

// The coverage chart in one sentence: the range, the claims, the busiest day.
void TestAppModels::coverageChartSummary()
{
    CoverageView *coverage = m_library.coverage();
    const QDate date(2014, 12, 17);
    QSet<QDate> days;
    for (const Claimscope::Claim &c : m_library.caseData().claims) {
        if (c.date.date <= date)
            days.insert(c.date.date);
    }
    coverage->setCutoff(date);
    QCOMPARE(coverage->chartSummary(),
             u"From 25 June 2014 to 17 December 2014: 29 claims on %1 days; the busiest day was 17 December 2014, with 13 claims."_s.arg(days.size()));
    // One claim: singular words.
    coverage->setCutoff(QDate(2014, 6, 25));
    QCOMPARE(coverage->chartSummary(), u"From 25 June 2014 to 25 June 2014: 1 claim on 1 day; the busiest day was 25 June 2014, with 1 claim."_s);
    coverage->setCutoff(coverage->lastDate());
}

void TestAppModels::coverageScrubber()
{
    CoverageView *coverage = m_library.coverage();
    // The scrubber runs over the whole timeline: from the first claim (25 June,
    // five months before the first phase) to the last event.
    QCOMPARE(coverage->firstDate(), QDate(2014, 6, 25));
    QCOMPARE(coverage->lastDate(), QDate(2015, 2, 5));
    QCOMPARE(coverage->dayCount(), 226);
    coverage->setDayIndex(0);
    QCOMPARE(coverage->cutoff(), QDate(2014, 6, 25));
    QCOMPARE(coverage->phase().title, u"Before the first phase"_s); // the first phase starts on 24 November
    QCOMPARE(coverage->eventDays().first(), 0);                     // the 25 June event has its tick
    coverage->setCutoff(QDate(2014, 12, 17));
    QCOMPARE(coverage->dayIndex(), 175);
    const CoveragePhase phase = coverage->phases().at(coverage->currentPhase());
    QVERIFY(phase.reached);
    QCOMPARE(coverage->phase(), phase);
    QVERIFY(!coverage->thenVsNow().isEmpty());
    for (const ClaimCard &c : coverage->thenVsNow())
        QVERIFY(!c.outcome.statusLabel.isEmpty());
    QVERIFY(coverage->stepToNextEvent());
    QVERIFY(coverage->cutoff() > QDate(2014, 12, 17));
    QVERIFY(coverage->stepToPreviousEvent());
    QCOMPARE(coverage->cutoff(), QDate(2014, 12, 17));
    coverage->setCutoff(QDate(2030, 1, 1));
    QCOMPARE(coverage->cutoff(), QDate(2015, 2, 5));
    QVERIFY(!coverage->stepToNextEvent());
    int total = 0;
    for (const VocabularyCount &a : coverage->attributionTotals())
        total += a.count;
    QCOMPARE(total, 65);
}

// The lists of the coverage page are rebuilt in QML whenever they signal a
// change: a day with no claim, event or phase start must not signal them.
void TestAppModels::coverageListsSignalChangesOnly()
{
    using namespace Claimscope;
    CoverageView *coverage = m_library.coverage();
    const CaseData &data = m_library.caseData();
    QSet<QDate> busy;
    for (const Claim &c : data.claims)
        busy.insert(c.date.date);
    for (const Event &e : data.events)
        busy.insert(e.date.date);
    for (const Phase &p : data.phases)
        busy.insert(p.start);
    QDate quiet, claimDay;
    for (QDate d = coverage->firstDate().addDays(1); d <= coverage->lastDate(); d = d.addDays(1)) {
        if (!quiet.isValid() && !busy.contains(d))
            quiet = d;
        if (!claimDay.isValid() && std::any_of(data.claims.cbegin(), data.claims.cend(), [&](const Claim &c) { return c.date.date == d; }))
            claimDay = d;
    }
    QVERIFY(quiet.isValid() && claimDay.isValid());

    QSignalSpy cutoff(coverage, &CoverageView::cutoffChanged), phases(coverage, &CoverageView::phasesChanged),
        events(coverage, &CoverageView::recentEventsChanged), thenVsNow(coverage, &CoverageView::thenVsNowChanged),
        totals(coverage, &CoverageView::attributionTotalsChanged);
    coverage->setCutoff(quiet.addDays(-1));
    cutoff.clear(), phases.clear(), events.clear(), thenVsNow.clear(), totals.clear();
    coverage->setCutoff(quiet);
    QCOMPARE(cutoff.count(), 1);
    QCOMPARE(phases.count(), 0);
    QCOMPARE(events.count(), 0);
    QCOMPARE(thenVsNow.count(), 0);
    QCOMPARE(totals.count(), 0);

    coverage->setCutoff(claimDay.addDays(-1));
    const QList<VocabularyCount> before = coverage->attributionTotals();
    totals.clear();
    coverage->setCutoff(claimDay);
    QCOMPARE(totals.count(), 1); // a claim more
    QVERIFY(coverage->attributionTotals() != before);
}

// Reports (does not assert) what one scrubber step costs: blame graph and
// coverage recomputed for a new cutoff. Targets live in tools/dev bench.
void TestAppModels::scrubStepCost()
{
    BlameView *blame = m_library.blame();
    CoverageView *coverage = m_library.coverage();
    int day = 0;
    QBENCHMARK
    {
        day = (day + 1) % coverage->dayCount();
        coverage->setDayIndex(day);
        blame->setCutoff(coverage->cutoff());
    }
    QVERIFY(blame->cutoff() == coverage->cutoff());
}

void TestAppModels::vocabularyStyle_data()
{
    QTest::addColumn<VocabularyStyle::Kind>("kind");
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<QString>("fallbackColor");
    using Kind = VocabularyStyle::Kind;
    namespace V = Claimscope::Vocabulary;
    QTest::addRow("stances") << Kind::Stance << V::stances() << u"#767676"_s;
    QTest::addRow("attributions") << Kind::Attribution << V::attributions() << u"#767676"_s;
    QTest::addRow("evidence") << Kind::Evidence << V::evidenceLevels() << u"#858585"_s;
    QTest::addRow("annotation layers") << Kind::AnnotationLayer << V::annotationLayers() << u"#e0e0e0"_s;
}

// Every word of the case format has its own style: a label, and a colour and
// a marker no other word of its vocabulary has; unknown words show as
// themselves in a neutral colour.
void TestAppModels::vocabularyStyle()
{
    QFETCH(VocabularyStyle::Kind, kind);
    QFETCH(QStringList, ids);
    QFETCH(QString, fallbackColor);
    const QList<VocabularyEntry> entries = VocabularyStyle::entries(kind);
    QCOMPARE(entries.size(), ids.size());
    QSet<QString> colors, markers;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const VocabularyEntry &e = entries.at(i);
        QCOMPARE(e.id, ids.at(i));
        QVERIFY2(!e.label.isEmpty(), qPrintable(e.id));
        QVERIFY2(QColor::isValidColorName(e.color), qPrintable(e.id));
        QVERIFY2(!e.marker.isEmpty() && e.marker != u"•"_s, qPrintable(e.id));
        colors.insert(e.color);
        markers.insert(e.marker);
        QCOMPARE(VocabularyStyle::entry(kind, e.id), e);
        QCOMPARE(VocabularyStyle::color(kind, e.id), e.color);
    }
    QCOMPARE(colors.size(), entries.size());
    QCOMPARE(markers.size(), entries.size());
    const VocabularyEntry unknown = VocabularyStyle::entry(kind, u"not-a-word"_s);
    QCOMPARE(unknown.label, u"not-a-word"_s);
    QCOMPARE(unknown.color, fallbackColor);
    QCOMPARE(VocabularyStyle::color(kind, u"not-a-word"_s), fallbackColor);
}

QTEST_MAIN(TestAppModels)
#include "tst_appmodels.moc"
