<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BlameHeadline</name>
    <message numerus="yes">
        <source>%Ln from named source(s)</source>
        <translation>
            <numerusform>%Ln from named source</numerusform>
            <numerusform>%Ln from named sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln from unnamed source(s)</source>
        <translation>
            <numerusform>%Ln from unnamed source</numerusform>
            <numerusform>%Ln from unnamed sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln from official statement(s)</source>
        <translation>
            <numerusform>%Ln from official statement</numerusform>
            <numerusform>%Ln from official statements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln via state media</source>
        <translation>
            <numerusform>%Ln via state media</numerusform>
            <numerusform>%Ln via state media</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <translation>
            <numerusform>%Ln claim</numerusform>
            <numerusform>%Ln claims</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln denial(s)</source>
        <translation>
            <numerusform>%Ln denial</numerusform>
            <numerusform>%Ln denials</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BlameMatrixModel</name>
    <message numerus="yes">
        <source>%Ln claim(s), %1</source>
        <translation>
            <numerusform>%Ln claim, %1</numerusform>
            <numerusform>%Ln claims, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, a camp of %Ln actor(s)</source>
        <translation>
            <numerusform>%1: %2, a camp of %Ln actor</numerusform>
            <numerusform>%1: %2, a camp of %Ln actors</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BlameView</name>
    <message numerus="yes">
        <source>%1 → %2: %Ln claim(s), %3; %4</source>
        <translation>
            <numerusform>%1 → %2: %Ln claim, %3; %4</numerusform>
            <numerusform>%1 → %2: %Ln claims, %3; %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s) by this date</source>
        <translation>
            <numerusform>%Ln claim by this date</numerusform>
            <numerusform>%Ln claims by this date</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s) selected</source>
        <translation>
            <numerusform>%Ln claim selected</numerusform>
            <numerusform>%Ln claims selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <translation>
            <numerusform>%Ln claim</numerusform>
            <numerusform>%Ln claims</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 about itself: %Ln claim(s), %2</source>
        <translation>
            <numerusform>%1 about itself: %Ln claim, %2</numerusform>
            <numerusform>%1 about itself: %Ln claims, %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 → %2: %Ln claim(s), %3</source>
        <extracomment>an arrow between camps: &quot;Government → Experts: 5 claims, 4 blames, 1 doubts&quot;</extracomment>
        <translation>
            <numerusform>%1 → %2: %Ln claim, %3</numerusform>
            <numerusform>%1 → %2: %Ln claims, %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 → %2: %Ln claim(s)</source>
        <translation>
            <numerusform>%1 → %2: %Ln claim</numerusform>
            <numerusform>%1 → %2: %Ln claims</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more</source>
        <extracomment>a card for the actors of an open camp that do not fit in the view: &quot;5 more&quot;</extracomment>
        <translation>
            <numerusform>%Ln more</numerusform>
            <numerusform>%Ln more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartText</name>
    <message numerus="yes">
        <source>Of %Ln bar(s), %1</source>
        <translation>
            <numerusform>Of %Ln bar, %1</numerusform>
            <numerusform>Of %Ln bars, %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClaimList</name>
    <message numerus="yes">
        <source>Claims: %Ln</source>
        <translation>
            <numerusform>Claims: %Ln</numerusform>
            <numerusform>Claims: %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoverageExplorer</name>
    <message numerus="yes">
        <source>Claims of this phase, with what was established later: %Ln</source>
        <translation>
            <numerusform>Claims of this phase, with what was established later: %Ln</numerusform>
            <numerusform>Claims of this phase, with what was established later: %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoverageView</name>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <translation>
            <numerusform>%Ln claim</numerusform>
            <numerusform>%Ln claims</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>on %Ln day(s)</source>
        <translation>
            <numerusform>on %Ln day</numerusform>
            <numerusform>on %Ln days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message numerus="yes">
        <source>The coverage you will examine: %Ln article(s)</source>
        <translation>
            <numerusform>The coverage you will examine: %Ln article</numerusform>
            <numerusform>The coverage you will examine: %Ln articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LessonPrint</name>
    <message numerus="yes">
        <source>%Ln question(s), one at a time.</source>
        <translation>
            <numerusform>One question.</numerusform>
            <numerusform>%Ln questions, one at a time.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %Ln min</source>
        <extracomment>&quot;min&quot; abbreviates minutes, as in a lesson plan&apos;s timing.</extracomment>
        <translation>
            <numerusform>about %Ln min</numerusform>
            <numerusform>about %Ln min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OneScreenPage</name>
    <message numerus="yes">
        <source>%Ln hand(s) counted</source>
        <translation>
            <numerusform>%Ln hand counted</numerusform>
            <numerusform>%Ln hands counted</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemPanel</name>
    <message numerus="yes">
        <source>%Ln problem(s) found.</source>
        <translation>
            <numerusform>%Ln problem found.</numerusform>
            <numerusform>%Ln problems found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message numerus="yes">
        <source>Opens %Ln day(s) after you finish the lesson.</source>
        <extracomment>%Ln is a number of days.</extracomment>
        <translation>
            <numerusform>Opens %Ln day after you finish the lesson.</numerusform>
            <numerusform>Opens %Ln days after you finish the lesson.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Open now: %Ln fresh question(s) to see what stayed with you.</source>
        <extracomment>%Ln is a number of questions.</extracomment>
        <translation>
            <numerusform>Open now: %Ln fresh question to see what stayed with you.</numerusform>
            <numerusform>Open now: %Ln fresh questions to see what stayed with you.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message numerus="yes">
        <source>day(s) after finishing the case, a short check of fresh items</source>
        <extracomment>After a number box holding the count; %Ln is that count, not shown in this text.</extracomment>
        <translation>
            <numerusform>day after finishing the case, a short check of fresh items</numerusform>
            <numerusform>days after finishing the case, a short check of fresh items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StudioLesson</name>
    <message numerus="yes">
        <source>About %Ln minute(s)</source>
        <translation>
            <numerusform>About %Ln minute</numerusform>
            <numerusform>About %Ln minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 words at %2 a minute, %Ln question(s)</source>
        <translation>
            <numerusform>%1 words at %2 a minute, %Ln question</numerusform>
            <numerusform>%1 words at %2 a minute, %Ln questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln min</source>
        <translation>
            <numerusform>%Ln min</numerusform>
            <numerusform>%Ln min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StudioPage</name>
    <message numerus="yes">
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>%Ln error</numerusform>
            <numerusform>%Ln errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln warning</numerusform>
            <numerusform>%Ln warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %Ln file(s), written %2</source>
        <extracomment>%1 is the case&apos;s title, %2 when its recovery file was written</extracomment>
        <translation>
            <numerusform>%1 — %Ln file, written %2</numerusform>
            <numerusform>%1 — %Ln files, written %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The case has %Ln error(s): the app will refuse the pack until they are mended. Export it anyway?</source>
        <translation>
            <numerusform>The case has %Ln error: the app will refuse the pack until they are mended. Export it anyway?</numerusform>
            <numerusform>The case has %Ln errors: the app will refuse the pack until they are mended. Export it anyway?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VoteChart</name>
    <message numerus="yes">
        <source>%Ln hand(s)</source>
        <translation>
            <numerusform>%Ln hand</numerusform>
            <numerusform>%Ln hands</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VotePanel</name>
    <message numerus="yes">
        <source>%Ln hand(s) counted</source>
        <translation>
            <numerusform>%Ln hand counted</numerusform>
            <numerusform>%Ln hands counted</numerusform>
        </translation>
    </message>
</context>
</TS>
