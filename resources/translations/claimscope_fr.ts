<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ArticleCard</name>
    <message>
        <source>%1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (outlet inferred)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleDetailsForm</name>
    <message>
        <source>Headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outlet is inferred: the copy does not name it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Byline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provenance: where this copy comes from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An excerpt, not the whole article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copyright and licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standfirst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paragraphs (blank lines between them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paragraphs of the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks whose words change are shown as not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the article&apos;s paragraphs with this text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticlePage</name>
    <message>
        <source>%1 · %2 · excerpt © its publisher, shown for educational commentary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an article</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleReaderView</name>
    <message>
        <source>Kind: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (inferred)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provenance: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outlet is inferred: the stored copy does not name it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 highlights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article text: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web address…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the article&apos;s web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 highlights — Tab to one, Enter to open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlights in this article</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AudienceView</name>
    <message>
        <source>The audience screen is blank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · step %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AudienceWindow</name>
    <message>
        <source>Audience · step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BlameExplorer</name>
    <message>
        <source>Claims about %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims by or about %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views of who blamed whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the camps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show who blamed whom as a matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the network of actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the bar chart by evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the table of accusations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a camp, an arrow&apos;s number, a matrix cell, a dot or a table row to see its claims.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BlameHeadline</name>
    <message numerus="yes">
        <source>%n from named source(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n from unnamed source(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n from official statement(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n via state media</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>separates the parts of &quot;3 from named sources, 1 from unnamed source&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No claim has been made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By %1, no claim had been made yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By %1, %2 had been made, and no claim had blamed anyone yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>By %1, no claim had blamed %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By %1, %2 had been blamed in %3 (%4) and had not answered with a denial.</source>
        <extracomment>%1 a date, %2 a camp&apos;s or actor&apos;s name, %3 &quot;6 claims&quot;, %4 &quot;3 from named sources, 3 from unnamed sources&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By %1, %2 had been blamed in %3 (%4) and had answered with %5.</source>
        <extracomment>as above, and %5 &quot;2 denials&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n denial(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BlameMatrix</name>
    <message>
        <source>Rows made the claims, columns received them. Enter on a letter opens a camp into its actors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One camp is open into its actors. Escape closes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimant ↓  Target →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who blamed whom, as a matrix: %1 claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours and markers of the stances</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BlameMatrixHeader</name>
    <message>
        <source>Press Enter to open the camp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter to close the camp</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BlameMatrixModel</name>
    <message>
        <source>no claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → all targets: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All claimants → %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All claimants → all targets: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BlameNetwork</name>
    <message>
        <source>Who blamed whom, actor by actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: made %2 claims, received %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BlamePage</name>
    <message>
        <source>Who blamed whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each arrow: claims by one side about another. Thicker = more claims; colour and dash = the most common stance.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BlameTable</name>
    <message>
        <source>Who blamed whom, as a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who → whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 of %2. Claims: %3. Stances: %4. Evidence offered: %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BlameView</name>
    <message numerus="yes">
        <source>%1 → %2: %n claim(s), %3; %4</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) by this date</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) selected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: made %2, received %3</source>
        <extracomment>%1 a camp&apos;s or actor&apos;s name, %2 &quot;3 claims&quot; made, %3 &quot;2 claims&quot; received</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1, opened into its actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 about itself: %n claim(s), %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 → %2: %n claim(s), %3</source>
        <extracomment>an arrow between camps: &quot;Government → Experts: 5 claims, 4 blames, 1 doubts&quot;</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 → %2: %n claim(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampNetwork</name>
    <message>
        <source>Who blamed whom, by camp</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampSet</name>
    <message>
        <source>Governments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Politicians</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Celebrities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hacker groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lawyers and courts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>News outlets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Others</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartText</name>
    <message>
        <source>No bars to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the largest with %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the largest with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Of %n bar(s), %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1; then %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChoiceBody</name>
    <message>
        <source>Click an answer or press its number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChoiceButton</name>
    <message>
        <source>Your answer: correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer: wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimForm</name>
    <message>
        <source>Claim %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About whom (targets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the claimant is identified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence offered with the claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The claim in our own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the later record makes of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on what is known now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later developments that settle or change it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimList</name>
    <message numerus="yes">
        <source>Claims: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 %3 %4: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: web address…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now: %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this claim in the article</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoverageChart</name>
    <message>
        <source>Claims per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims per day up to %1, by %2; at most %3 on one day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who is speaking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoverageExplorer</name>
    <message>
        <source>Headline language: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims per day by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart by stance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who is speaking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart by attribution: named, anonymous, official, state media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Said then — known now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Claims of this phase, with what was established later: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Then: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoveragePage</name>
    <message>
        <source>How the coverage shifted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag the date, or press Space to play: what was claimed then, and what is known now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoverageView</name>
    <message>
        <source>From %1 to %2</source>
        <extracomment>%1 and %2 are dates.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no claims yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3; the busiest day was %4, with %5.</source>
        <extracomment>%1 is &quot;From &lt;date&gt; to &lt;date&gt;&quot;, %2 &quot;N claims&quot;, %3 &quot;on N days&quot;, %4 a date, %5 &quot;N claims&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>on %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No phase on this date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the first phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the last phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Between phases</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateScrubber</name>
    <message>
        <source>❚❚ Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To the last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶ Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date, playing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateText</name>
    <message>
        <source>d MMM yyyy</source>
        <comment>date format</comment>
        <extracomment>A QDate::toString() pattern for a day in a list (d: day, MMM: short month name, yyyy: year); keep the letters, change their order and the punctuation.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>date format</comment>
        <extracomment>A QDate::toString() pattern for a day when the year is clear (d: day, MMM: short month name); keep the letters, change their order and the punctuation.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>date format</comment>
        <extracomment>A QDate::toString() pattern for a day in a heading (d: day, MMMM: month name, yyyy: year); keep the letters, change their order and the punctuation.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DayAxis</name>
    <message>
        <source>No claims or events %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoSession</name>
    <message>
        <source>Sample student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample: Jordan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndPresentationDialog</name>
    <message>
        <source>End the presentation?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep presenting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End presentation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceBarChart</name>
    <message>
        <source>Bar chart: claims by who blamed whom, by evidence, by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The Table tab lists every pair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claims</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedbackPanel</name>
    <message>
        <source>Correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly right: %1% of the points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HighlightBody</name>
    <message>
        <source>From %1, %2: “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark every phrase that fits (click it or press its number), then press “Check my answer”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>CLAIMSCOPE · A CASE IN MEDIA LITERACY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open case pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another case pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings: text size, colours, motion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present to a class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full-screen steps for a projector, with presenter notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work through it myself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the coverage, answer the checks, see how you did.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or explore:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who blamed whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the coverage shifted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teacher&apos;s guide…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the teacher&apos;s guide as PDF: the lesson plan with notes and answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worksheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a worksheet as PDF: the questions without answers, for classes without devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The coverage you will examine: %n article(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Make or adapt a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make or adapt a case in the studio</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KnownNow</name>
    <message>
        <source>Known as of %1</source>
        <extracomment>%1 is the date of the case&apos;s latest check of the public record.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since then: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LessonPrint</name>
    <message>
        <source>article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who blamed whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the coverage over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with a reveal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>highlight the words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rank the sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what evidence was offered?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article “%1” (%2), with its marks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map of who blamed whom%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coverage day by day%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dated cards:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>True</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>False</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show of hands: key 1 counts a hand for true, 2 for false; → reveals the tally and the answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show of hands: keys 1–%1 count a hand for each choice; → reveals the tally and the answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For discussion (no show of hands): ask for reasons, then → reveals the answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In “%1” (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ PgDn Space / ← PgUp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next / back; a step with something hidden reveals it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B or .</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blank the screen (black); again to show it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F, Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full screen on and off; Esc leaves full screen, a second Esc ends after a confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number, Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>go to that step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1–4 on a question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one hand for that choice (true/false: 1 true, 2 false); Backspace takes the last back; G, number, Enter goes to a step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N (one screen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the notes and the answer, after a warning: the class sees them too; N or Esc hides them, and any move does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T (one screen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the teacher&apos;s strip: step, the next step&apos;s title, hands counted, time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys while presenting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two screens: the console on the laptop shows the notes, the answers and the counts; the class sees the audience window. One screen (a mirrored projector): the class sees everything the laptop shows, so only the audience view is shown, with a small strip for the teacher.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer, most reliable first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class vote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>about %n min</source>
        <extracomment>&quot;min&quot; abbreviates minutes, as in a lesson plan&apos;s timing.</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>CLAIMSCOPE · TEACHER&apos;S GUIDE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lesson:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 chapters, %2 steps, %3 questions · %4 in class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times are estimates: the step texts read at about %1 words a minute, plus %2 minute per question. Discussion takes longer; plan for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content notice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chapter %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The class sees:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ reveals:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLAIMSCOPE · WORKSHEET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the box you choose (☐), or number the sources in order; then say why in a few words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teacher&apos;s guide: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teacher&apos;s guide · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worksheet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worksheet · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n question(s), one at a time.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>%1 — Claimscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booster check</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotePanel</name>
    <message>
        <source>Click a highlight in the text, or pick one above, to see why it matters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Correction:&lt;/b&gt; %1&lt;br&gt;&lt;i&gt;Sources: %2&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The claim (%1, %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OneScreenPage</name>
    <message>
        <source>Presenting on one screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to step %1▏ Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hand(s) counted</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Time presenting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;One screen&lt;/b&gt;: the class sees all of this · &lt;b&gt;1–4&lt;/b&gt; count a hand · &lt;b&gt;G&lt;/b&gt;, number, &lt;b&gt;Enter&lt;/b&gt; go to a step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;One screen&lt;/b&gt;: the class sees all of this · &lt;b&gt;Number&lt;/b&gt;, &lt;b&gt;Enter&lt;/b&gt; go to a step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · &lt;b&gt;→&lt;/b&gt; next · &lt;b&gt;←&lt;/b&gt; back · &lt;b&gt;B&lt;/b&gt; blank · &lt;b&gt;N&lt;/b&gt; notes and answers, after a warning · &lt;b&gt;T&lt;/b&gt; this strip · &lt;b&gt;F&lt;/b&gt; full screen · &lt;b&gt;Esc&lt;/b&gt; leave full screen, then end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The class sees this. N or Esc hides it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Notes&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none for this step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Why&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The class will see this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On one screen the class sees everything you see. Show the presenter notes and, on a question, its answer and the hands per choice?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep them hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show them to everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The class&apos;s votes are forgotten.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenPackDialog</name>
    <message>
        <source>Open a case pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case packs (*.claimscope *.zip *.tar.gz *.tar.xz *.7z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <source>← Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <source>Next: the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ reveals the class&apos;s votes and the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ reveals the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: question %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ question %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: the hidden part of this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ reveals: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the last step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: step %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ step %1 · %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>True</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>False</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresenterPage</name>
    <message>
        <source>Presenter view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chapter %1 of %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>■ Screen blank (B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to step %1▏ Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time presenting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause the timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume the timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the teacher&apos;s guide as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worksheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a worksheet as PDF: the questions without answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to step %1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The class sees a black screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The class sees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Next&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Notes&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none for this step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Two screens&lt;/b&gt;: the class sees the audience window · </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;1–4&lt;/b&gt; count a hand · &lt;b&gt;Backspace&lt;/b&gt; takes one back · &lt;b&gt;G&lt;/b&gt;, number, &lt;b&gt;Enter&lt;/b&gt; go to a step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Number&lt;/b&gt;, &lt;b&gt;Enter&lt;/b&gt; go to a step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · &lt;b&gt;→ PgDn Space&lt;/b&gt; next · &lt;b&gt;← PgUp&lt;/b&gt; back · &lt;b&gt;B&lt;/b&gt; or &lt;b&gt;.&lt;/b&gt; blank · &lt;b&gt;F&lt;/b&gt; full screen · &lt;b&gt;Esc&lt;/b&gt; leave full screen, then end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audience window closes. The class&apos;s votes are forgotten.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <source>Save the teacher&apos;s guide as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the worksheet as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF, A4 paper (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF, US Letter paper (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemPanel</name>
    <message>
        <source>%1 could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The case you had open is still open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfilesPage</name>
    <message>
        <source>booster check open now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>booster check from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome back, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is working?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAMPLE PROFILES — made up to show this page; nothing is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress is saved on this computer only, for each name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have finished the lesson. You can look at your results, go through it again, or start over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You stopped at step %1 of %2, with %3 of %4 checks answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue where I stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See my results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start over…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start over, forgetting this progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not me: back to the list of names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booster check done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New here? Type a name or nickname, or go on without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or nickname (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or nickname, optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start: type a name first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue without a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already started? Pick your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson finished · booster check done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson finished · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2 · %3 of %4 checks answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 and their progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name and all of its progress and results are deleted from this computer. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressProblems</name>
    <message>
        <source>Some saved progress could not be used. The file was kept beside it, and that student starts fresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss these messages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressReport</name>
    <message>
        <source>Score:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discernment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>false statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLAIMSCOPE · STUDENT REPORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson started:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finished:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lesson&apos;s checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booster check, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booster check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not taken yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discernment reports true and false statements apart: rejecting everything scores well on false statements and badly on true ones, so both numbers matter. Strength per criterion is the share of credit earned on the checks that train it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimscope report: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickAddButton</name>
    <message>
        <source>New actor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New source…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a new actor to the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a new source to the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web address (https://…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuizActions</name>
    <message>
        <source>← Back to the questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← Previous question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip to the results →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip this question →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip to the results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip this question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check my answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See my results →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next question →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See my results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next question</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuizItemView</name>
    <message>
        <source>Skill: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check my answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuizPage</name>
    <message>
        <source>Check yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuizProgressBar</name>
    <message>
        <source>%1 of %2 questions answered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuizSession</name>
    <message>
        <source>Headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standfirst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paragraph %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuizSummary</name>
    <message>
        <source>Your results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telling true from false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>True statements you accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>False statements you rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both numbers matter. Calling everything false would reject every false statement, but every true one too: that is blanket doubt, not judgement. A careful reader accepts what is well supported and doubts what is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By skill</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RankBody</name>
    <message>
        <source>Moved up: %1, now %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved down: %1, now %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most reliable at the top. Move the options with the Up and Down buttons, then press “Check my answer”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▲ Most reliable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▼ Least reliable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RankRow</name>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↑ Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↓ Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belongs at %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsFormatter</name>
    <message>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You answered all %1 questions; %2 fully right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You answered %1 of %2 questions; %3 fully right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You judged %1 of %2 true statements correctly and %3 of %4 false ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You judged %1 of %2 true statements correctly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This quiz had no false statements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You did not answer the false ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You judged %1 of %2 false statements correctly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This quiz had no true statements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You did not answer the true ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You did not answer any of the true-or-false statements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of 1 point (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 points (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 answered · %3 fully right · time spent %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;True statements:&lt;/b&gt; %1 (%2 of %3)&lt;br/&gt;&lt;b&gt;False statements:&lt;/b&gt; %4 (%5 of %6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 answered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none answered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Results · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAMPLE — made-up answers showing what this page looks like. No real student&apos;s data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>THE LESSON · FINISHED %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>THE LESSON · NOT FINISHED YET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BOOSTER CHECK · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BOOSTER CHECK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens %1 days after you finish the lesson.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open now: %1 fresh questions to see what stayed with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its result will be kept beside the lesson&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why two numbers? Rejecting everything gets every false statement right and every true one wrong: good judgement shows in both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strengths, by what the checks train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson: share of credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, lesson: %2 of the credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, answered: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, booster: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start over…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start over, forgetting this progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the answers as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a one-page PDF report for the teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue the booster check →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the booster check →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the answers as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes apply at once and are remembered on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size: %1 percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrow keys change the size in steps of 5 percent. For a large room, try 150 percent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who said it, when, and on what evidence? Ask these three questions of every claim you read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark text on warm paper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light text on a dark background, for dim rooms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Black on white, thick outlines: for projectors and low vision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booster check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reduce motion: pages do not slide, timelines jump instead of playing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reduce motion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days before the booster check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short check of fresh items, offered this many days after finishing the case; 0 offers it straight away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>day(s) after finishing the case, a short check of fresh items</source>
        <extracomment>After a number box holding the count; %n is that count, not shown in this text.</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <extracomment>The language setting&apos;s first choice; %1 is the name of the computer&apos;s language in that language, e.g. &quot;Deutsch&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset all settings to their defaults</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceRefsEditor</name>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source reference %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove source reference %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article, when it is one of the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not an article of the case)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its exact words (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a reference to a source of the case</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpanToggle</name>
    <message>
        <source>You marked it: right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed: this one fits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked, but it does not fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rightly left unmarked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key %1 marks or unmarks it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartOverDialog</name>
    <message>
        <source>Start over?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answers, scores and time on this case are forgotten, and the lesson starts again from the first step.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Confirmed by the later record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public record that came later bears the claim out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supported by later public evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence made public after the coverage supports the claim; no court has ruled on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later charged in court — charges, not a verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prosecutors later brought criminal charges on it: an accusation to be proved, not a finding of guilt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official position; its evidence not made public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The claimant holds to it, but the evidence behind it has not been published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputed at the time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credible voices contested the claim when it was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contradicted later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public record that came later contradicts the claim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still unresolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public record does not settle the claim either way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A judgement, not a checkable fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A view, a judgement or a forecast that no record can prove or disprove.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoryPage</name>
    <message>
        <source>Story: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2: %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chapter %1 of %2 · step %3 of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chapter %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← Previous step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer or skip this question to go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal what comes next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish the lesson</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudentProgress</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudioActors</name>
    <message>
        <source>New camp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actors (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camps (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country (two-letter ISO code, empty when unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(in no camp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camp of the actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camp %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place in the views (1 to 1000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place of the camp in the views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actors in this camp</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudioArticles</name>
    <message>
        <source>Import an article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text or web pages (*.txt *.html *.htm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles of the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste an article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import an article from a text or web page file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text and marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No article yet: paste one or import a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article text: select words to mark them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select words in the text first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” (match %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer of the new mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: why this matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note of the new mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction: what is right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction of the factual slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected words as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New claim from words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new claim reported by the selected words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks in this article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not found in the text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer of the mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources of the correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The claim it reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headline of the new article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlet of the new article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article&apos;s text or HTML: blank lines between paragraphs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text of the new article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the article</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudioCase</name>
    <message>
        <source>The case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id (letters, digits and dashes; names the pack)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language (a code such as en, de, fr)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary (shown on the home page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authors (one a line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authors, one a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage from (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage to (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is known now, as of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content notice (shown before the case starts)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudioChoice</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudioClaims</name>
    <message>
        <source>%1 %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No claim yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who blamed whom by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case has problems now: this shows its last valid state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who blamed whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudioDateField</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known to the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approximate (≈)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: precision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudioIdList</name>
    <message>
        <source>Remove %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudioItemList</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New item in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the chosen item of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the chosen item of %1 up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the chosen item of %1 down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudioLesson</name>
    <message>
        <source>New chapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New step</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>About %n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 words at %2 a minute, %n question(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Estimated length: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>+ Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a step to chapter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Chapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a chapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chapter title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text (what the class reads)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date the view shows (YYYY-MM-DD; empty: the whole period)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who × whom matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the app&apos;s default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revealed when asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presenter notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later developments shown under the text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudioPage</name>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actors and camps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No section of the studio edits %1 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case has errors: mend them before trying it (see Problems).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Studio: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a case or adapt one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as a copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try as a student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the list of problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the list of problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The studio stopped before these cases were saved. Recover them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n file(s), written %2</source>
        <extracomment>%1 is the case&apos;s title, %2 when its recovery file was written</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Recover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered: save it to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new case, open a case folder or pack, or adapt the case open in the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adapt “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections of the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems of the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, in %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title of the new case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id (letters, digits and dashes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id of the new case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new case: save it to a folder to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a case folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the case in a new or empty folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title of the copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id of the copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new or empty folder for the copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the case as a pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case packs (*.claimscope)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case has errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The case has %n error(s): the app will refuse the pack until they are mended. Export it anyway?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Exported, with errors.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudioQuiz</name>
    <message>
        <source>Choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>True or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight in an article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rubric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>True or false statements: %1 true, %2 false</source>
        <extracomment>%1 and %2 count the true and the false statements among the true-or-false questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>balance them, so that scores measure discernment, not blanket doubt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New questions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of the questions added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a student learns to look for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement is true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback to “true”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback to “false”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spans (exact words of the article)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right order, most reliable first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rubric criteria it trains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation (shown after answering)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept for the later booster check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback: why it is right or wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence it names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which occurrence (1 when empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right to mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudioRecordList</name>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the chosen one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudioSources</name>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web address (http or https)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date, only when the source itself shows it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words of this source, verbatim, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotes recorded from this source, one per line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudioTimeline</name>
    <message>
        <source>Phases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later developments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview shows the last state of the case without errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the coverage framed the story then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until (for a span; optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudioVocabulary</name>
    <message>
        <source>known to the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approximate (inferred)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrueFalseBody</name>
    <message>
        <source>Click True or False, or press T or F.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>True</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key 1 or T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>False</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key 2 or F</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VocabularyStyle</name>
    <message>
        <source>blames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>denies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>defends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>doubts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>threatens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>criticises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>urges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neutral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>named person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>official statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no evidence offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence claimed, not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>technical evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first-hand account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hedges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Factual slips</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoteChart</name>
    <message>
        <source>How the class answered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hand(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Choice %1, %2: %3, %4 percent%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, the correct answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choice %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hands were counted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoteItemView</name>
    <message>
        <source>Question %1 of %2 · show of hands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question %1 of %2 · for discussion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In “%1” (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most reliable first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VotePanel</name>
    <message>
        <source>&lt;b&gt;Question %1 of %2&lt;/b&gt; · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the class sees the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count the hands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for discussion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One hand less for choice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One hand more for choice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hand(s) counted</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WebAddressDialog</name>
    <message>
        <source>Web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web address of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this address in your web browser? Claimscope itself never goes online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This address cannot be opened: only web pages (http and https) can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The full address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
