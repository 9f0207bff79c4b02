<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BlameHeadline</name>
    <message numerus="yes">
        <source>%n from named source(s)</source>
        <translation>
            <numerusform>%n from named source</numerusform>
            <numerusform>%n from named sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n from unnamed source(s)</source>
        <translation>
            <numerusform>%n from unnamed source</numerusform>
            <numerusform>%n from unnamed sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n from official statement(s)</source>
        <translation>
            <numerusform>%n from official statement</numerusform>
            <numerusform>%n from official statements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n via state media</source>
        <translation>
            <numerusform>%n via state media</numerusform>
            <numerusform>%n via state media</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n claim</numerusform>
            <numerusform>%n claims</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n denial(s)</source>
        <translation>
            <numerusform>%n denial</numerusform>
            <numerusform>%n denials</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BlameMatrixModel</name>
    <message numerus="yes">
        <source>%n claim(s), %1</source>
        <translation>
            <numerusform>%n claim, %1</numerusform>
            <numerusform>%n claims, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, a camp of %n actor(s)</source>
        <translation>
            <numerusform>%1: %2, a camp of %n actor</numerusform>
            <numerusform>%1: %2, a camp of %n actors</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BlameView</name>
    <message numerus="yes">
        <source>%1 → %2: %n claim(s), %3; %4</source>
        <translation>
            <numerusform>%1 → %2: %n claim, %3; %4</numerusform>
            <numerusform>%1 → %2: %n claims, %3; %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) by this date</source>
        <translation>
            <numerusform>%n claim by this date</numerusform>
            <numerusform>%n claims by this date</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) selected</source>
        <translation>
            <numerusform>%n claim selected</numerusform>
            <numerusform>%n claims selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n claim</numerusform>
            <numerusform>%n claims</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 about itself: %n claim(s), %2</source>
        <translation>
            <numerusform>%1 about itself: %n claim, %2</numerusform>
            <numerusform>%1 about itself: %n claims, %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 → %2: %n claim(s), %3</source>
        <extracomment>an arrow between camps: &quot;Government → Experts: 5 claims, 4 blames, 1 doubts&quot;</extracomment>
        <translation>
            <numerusform>%1 → %2: %n claim, %3</numerusform>
            <numerusform>%1 → %2: %n claims, %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 → %2: %n claim(s)</source>
        <translation>
            <numerusform>%1 → %2: %n claim</numerusform>
            <numerusform>%1 → %2: %n claims</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartText</name>
    <message numerus="yes">
        <source>Of %n bar(s), %1</source>
        <translation>
            <numerusform>Of %n bar, %1</numerusform>
            <numerusform>Of %n bars, %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClaimList</name>
    <message numerus="yes">
        <source>Claims: %n</source>
        <translation>
            <numerusform>Claims: %n</numerusform>
            <numerusform>Claims: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoverageExplorer</name>
    <message numerus="yes">
        <source>Claims of this phase, with what was established later: %n</source>
        <translation>
            <numerusform>Claims of this phase, with what was established later: %n</numerusform>
            <numerusform>Claims of this phase, with what was established later: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoverageView</name>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n claim</numerusform>
            <numerusform>%n claims</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>on %n day(s)</source>
        <translation>
            <numerusform>on %n day</numerusform>
            <numerusform>on %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message numerus="yes">
        <source>The coverage you will examine: %n article(s)</source>
        <translation>
            <numerusform>The coverage you will examine: %n article</numerusform>
            <numerusform>The coverage you will examine: %n articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LessonPrint</name>
    <message numerus="yes">
        <source>%n question(s), one at a time.</source>
        <translation>
            <numerusform>One question.</numerusform>
            <numerusform>%n questions, one at a time.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n min</source>
        <extracomment>&quot;min&quot; abbreviates minutes, as in a lesson plan&apos;s timing.</extracomment>
        <translation>
            <numerusform>about %n min</numerusform>
            <numerusform>about %n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OneScreenPage</name>
    <message numerus="yes">
        <source>%n hand(s) counted</source>
        <translation>
            <numerusform>%n hand counted</numerusform>
            <numerusform>%n hands counted</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemPanel</name>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>%n problem found.</numerusform>
            <numerusform>%n problems found.</numerusform>
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
        <extracomment>After a number box holding the count; %n is that count, not shown in this text.</extracomment>
        <translation>
            <numerusform>day after finishing the case, a short check of fresh items</numerusform>
            <numerusform>days after finishing the case, a short check of fresh items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StudioLesson</name>
    <message numerus="yes">
        <source>About %n minute(s)</source>
        <translation>
            <numerusform>About %n minute</numerusform>
            <numerusform>About %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 words at %2 a minute, %n question(s)</source>
        <translation>
            <numerusform>%1 words at %2 a minute, %n question</numerusform>
            <numerusform>%1 words at %2 a minute, %n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StudioPage</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n file(s), written %2</source>
        <extracomment>%1 is the case&apos;s title, %2 when its recovery file was written</extracomment>
        <translation>
            <numerusform>%1 — %n file, written %2</numerusform>
            <numerusform>%1 — %n files, written %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The case has %n error(s): the app will refuse the pack until they are mended. Export it anyway?</source>
        <translation>
            <numerusform>The case has %n error: the app will refuse the pack until they are mended. Export it anyway?</numerusform>
            <numerusform>The case has %n errors: the app will refuse the pack until they are mended. Export it anyway?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VoteChart</name>
    <message numerus="yes">
        <source>%n hand(s)</source>
        <translation>
            <numerusform>%n hand</numerusform>
            <numerusform>%n hands</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VotePanel</name>
    <message numerus="yes">
        <source>%n hand(s) counted</source>
        <translation>
            <numerusform>%n hand counted</numerusform>
            <numerusform>%n hands counted</numerusform>
        </translation>
    </message>
</context>
</TS>
