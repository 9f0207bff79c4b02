<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ArticleCard</name>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source> (outlet inferred)</source>
        <translation> (Medium erschlossen)</translation>
    </message>
</context>
<context>
    <name>ArticleDetailsForm</name>
    <message>
        <source>Headline</source>
        <translation>Schlagzeile</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Kind of outlet</source>
        <translation>Art des Mediums</translation>
    </message>
    <message>
        <source>The outlet is inferred: the copy does not name it</source>
        <translation>Das Medium ist erschlossen: Der Text nennt es nicht</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>Autorenzeile</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Webadresse</translation>
    </message>
    <message>
        <source>Provenance: where this copy comes from</source>
        <translation>Herkunft: woher dieser Text stammt</translation>
    </message>
    <message>
        <source>An excerpt, not the whole article</source>
        <translation>Ein Auszug, nicht der ganze Artikel</translation>
    </message>
    <message>
        <source>Copyright and licence</source>
        <translation>Urheberrecht und Lizenz</translation>
    </message>
    <message>
        <source>Standfirst</source>
        <translation>Vorspann</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Bildunterschrift</translation>
    </message>
    <message>
        <source>Paragraphs (blank lines between them)</source>
        <translation>Absätze (Leerzeilen dazwischen)</translation>
    </message>
    <message>
        <source>Paragraphs of the article</source>
        <translation>Absätze des Artikels</translation>
    </message>
    <message>
        <source>Marks whose words change are shown as not found.</source>
        <translation>Markierungen, deren Wörter sich ändern, werden als nicht gefunden angezeigt.</translation>
    </message>
    <message>
        <source>Apply the text</source>
        <translation>Text übernehmen</translation>
    </message>
    <message>
        <source>Replace the article&apos;s paragraphs with this text</source>
        <translation>Die Absätze des Artikels durch diesen Text ersetzen</translation>
    </message>
</context>
<context>
    <name>ArticlePage</name>
    <message>
        <source>%1 · %2 · excerpt © its publisher, shown for educational commentary</source>
        <translation>%1 · %2 · Auszug © beim Verlag, gezeigt zur Besprechung im Unterricht</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Choose an article</source>
        <translation>Wähle einen Artikel</translation>
    </message>
</context>
<context>
    <name>ArticleReaderView</name>
    <message>
        <source>Kind: %1</source>
        <translation>Art: %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Datum: %1</translation>
    </message>
    <message>
        <source> (inferred)</source>
        <translation> (erschlossen)</translation>
    </message>
    <message>
        <source>Provenance: %1</source>
        <translation>Herkunft: %1</translation>
    </message>
    <message>
        <source>The outlet is inferred: the stored copy does not name it.</source>
        <translation>Das Medium ist erschlossen: Die gespeicherte Fassung nennt es nicht.</translation>
    </message>
    <message>
        <source>Highlight layers</source>
        <translation>Markierungsebenen</translation>
    </message>
    <message>
        <source>%1: %2 highlights</source>
        <translation>%1: %2 Markierungen</translation>
    </message>
    <message>
        <source>Article text: %1</source>
        <translation>Artikeltext: %1</translation>
    </message>
    <message>
        <source>Web address…</source>
        <translation>Webadresse…</translation>
    </message>
    <message>
        <source>Show the article&apos;s web address</source>
        <translation>Webadresse des Artikels anzeigen</translation>
    </message>
    <message>
        <source>%1 highlights — Tab to one, Enter to open</source>
        <translation>%1 Markierungen – mit Tab zu einer springen, mit Enter öffnen</translation>
    </message>
    <message>
        <source>Highlights in this article</source>
        <translation>Markierungen in diesem Artikel</translation>
    </message>
</context>
<context>
    <name>AudienceView</name>
    <message>
        <source>The audience screen is blank</source>
        <translation>Der Publikumsbildschirm ist schwarz</translation>
    </message>
    <message>
        <source>%1 · step %2 of %3</source>
        <translation>%1 · Schritt %2 von %3</translation>
    </message>
</context>
<context>
    <name>AudienceWindow</name>
    <message>
        <source>Audience · step %1 of %2</source>
        <translation>Publikum · Schritt %1 von %2</translation>
    </message>
</context>
<context>
    <name>BlameExplorer</name>
    <message>
        <source>Claims about %1</source>
        <translation>Behauptungen über %1</translation>
    </message>
    <message>
        <source>Claims by or about %1</source>
        <translation>Behauptungen von oder über %1</translation>
    </message>
    <message>
        <source>Views of who blamed whom</source>
        <translation>Ansichten: wer wem die Schuld gab</translation>
    </message>
    <message>
        <source>Camps</source>
        <translation>Lager</translation>
    </message>
    <message>
        <source>Show the camps</source>
        <translation>Lager anzeigen</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>Matrix</translation>
    </message>
    <message>
        <source>Show who blamed whom as a matrix</source>
        <translation>Als Matrix zeigen, wer wem die Schuld gab</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netz</translation>
    </message>
    <message>
        <source>Show the network of actors</source>
        <translation>Netz der Akteure anzeigen</translation>
    </message>
    <message>
        <source>Bars</source>
        <translation>Balken</translation>
    </message>
    <message>
        <source>Show the bar chart by evidence</source>
        <translation>Balkendiagramm nach Belegen anzeigen</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Show the table of accusations</source>
        <translation>Tabelle der Vorwürfe anzeigen</translation>
    </message>
    <message>
        <source>Select a camp, an arrow&apos;s number, a matrix cell, a dot or a table row to see its claims.</source>
        <translation>Wähle ein Lager, die Zahl an einem Pfeil, eine Zelle der Matrix, einen Punkt oder eine Tabellenzeile, um die Behauptungen dazu zu sehen.</translation>
    </message>
    <message>
        <source>Claims by or about %1 of %2</source>
        <extracomment>%1 &quot;5 more&quot;, %2 a camp: &quot;Claims by or about 5 more of US government&quot;</extracomment>
        <translation>Behauptungen von oder über %1 von %2</translation>
    </message>
</context>
<context>
    <name>BlameHeadline</name>
    <message numerus="yes">
        <source>%Ln from named source(s)</source>
        <translation>
            <numerusform>%Ln aus namentlich genannter Quelle</numerusform>
            <numerusform>%Ln aus namentlich genannten Quellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln from unnamed source(s)</source>
        <translation>
            <numerusform>%Ln aus ungenannter Quelle</numerusform>
            <numerusform>%Ln aus ungenannten Quellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln from official statement(s)</source>
        <translation>
            <numerusform>%Ln aus offizieller Stellungnahme</numerusform>
            <numerusform>%Ln aus offiziellen Stellungnahmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln via state media</source>
        <translation>
            <numerusform>%Ln über Staatsmedien</numerusform>
            <numerusform>%Ln über Staatsmedien</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>separates the parts of &quot;3 from named sources, 1 from unnamed source&quot;</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <source>No claim has been made.</source>
        <translation>Es wurde keine Behauptung aufgestellt.</translation>
    </message>
    <message>
        <source>By %1, no claim had been made yet.</source>
        <translation>Bis zum %1 war noch keine Behauptung aufgestellt worden.</translation>
    </message>
    <message>
        <source>By %1, %2 had been made, and no claim had blamed anyone yet.</source>
        <translation>Bis zum %1 gab es %2, aber noch keine davon gab jemandem die Schuld.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <translation>
            <numerusform>%Ln Behauptung</numerusform>
            <numerusform>%Ln Behauptungen</numerusform>
        </translation>
    </message>
    <message>
        <source>By %1, no claim had blamed %2.</source>
        <translation>Bis zum %1 hatte keine Behauptung %2 die Schuld gegeben.</translation>
    </message>
    <message>
        <source>By %1, %2 had been blamed in %3 (%4) and had not answered with a denial.</source>
        <extracomment>%1 a date, %2 a camp&apos;s or actor&apos;s name, %3 &quot;6 claims&quot;, %4 &quot;3 from named sources, 3 from unnamed sources&quot;</extracomment>
        <translation>Bis zum %1 gab es %3 mit Schuldvorwurf gegen %2 (%4), aber kein Dementi als Antwort.</translation>
    </message>
    <message>
        <source>By %1, %2 had been blamed in %3 (%4) and had answered with %5.</source>
        <extracomment>as above, and %5 &quot;2 denials&quot;</extracomment>
        <translation>Bis zum %1 gab es %3 mit Schuldvorwurf gegen %2 (%4); die Antwort darauf: %5.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln denial(s)</source>
        <translation>
            <numerusform>%Ln Dementi</numerusform>
            <numerusform>%Ln Dementis</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BlameMatrix</name>
    <message>
        <source>Rows made the claims, columns received them. Enter on a letter opens a camp into its actors.</source>
        <translation>Zeilen: wer die Behauptungen aufstellte; Spalten: wen sie betrafen. Enter auf einem Buchstaben klappt ein Lager in seine Akteure auf.</translation>
    </message>
    <message>
        <source>One camp is open into its actors. Escape closes it.</source>
        <translation>Ein Lager ist in seine Akteure aufgeklappt. Escape klappt es zu.</translation>
    </message>
    <message>
        <source>Claimant ↓  Target →</source>
        <translation>Urheber ↓  Ziel →</translation>
    </message>
    <message>
        <source>Who blamed whom, as a matrix: %1 claims</source>
        <translation>Wer wem die Schuld gab, als Matrix: %1 Behauptungen</translation>
    </message>
    <message>
        <source>Colours and markers of the stances</source>
        <translation>Farben und Zeichen der Haltungen</translation>
    </message>
</context>
<context>
    <name>BlameMatrixHeader</name>
    <message>
        <source>Press Enter to open the camp</source>
        <translation>Drücke Enter, um das Lager aufzuklappen</translation>
    </message>
    <message>
        <source>Press Enter to close the camp</source>
        <translation>Drücke Enter, um das Lager zuzuklappen</translation>
    </message>
</context>
<context>
    <name>BlameMatrixModel</name>
    <message>
        <source>no claims</source>
        <translation>keine Behauptungen</translation>
    </message>
    <message>
        <source>%1 → %2: %3</source>
        <translation>%1 → %2: %3</translation>
    </message>
    <message>
        <source>%1 → all targets: %2</source>
        <translation>%1 → alle Ziele: %2</translation>
    </message>
    <message>
        <source>All claimants → %1: %2</source>
        <translation>Alle Urheber → %1: %2</translation>
    </message>
    <message>
        <source>All claimants → all targets: %1</source>
        <translation>Alle Urheber → alle Ziele: %1</translation>
    </message>
    <message>
        <source>%1: %2, of %3</source>
        <translation>%1: %2, gehört zu %3</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s), %1</source>
        <translation>
            <numerusform>%Ln Behauptung, %1</numerusform>
            <numerusform>%Ln Behauptungen, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, a camp of %Ln actor(s)</source>
        <translation>
            <numerusform>%1: %2, ein Lager mit %Ln Akteur</numerusform>
            <numerusform>%1: %2, ein Lager mit %Ln Akteuren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BlameNetwork</name>
    <message>
        <source>Who blamed whom, actor by actor</source>
        <translation>Wer wem die Schuld gab, Akteur für Akteur</translation>
    </message>
    <message>
        <source>%1: made %2 claims, received %3</source>
        <translation>%1: hat %2 Behauptungen aufgestellt, %3 abbekommen</translation>
    </message>
</context>
<context>
    <name>BlamePage</name>
    <message>
        <source>Who blamed whom</source>
        <translation>Wer wem die Schuld gab</translation>
    </message>
    <message>
        <source>Each arrow: claims by one side about another. Thicker = more claims; colour and dash = the most common stance.</source>
        <translation>Jeder Pfeil: Behauptungen einer Seite über eine andere. Dicker = mehr Behauptungen; Farbe und Strichart = die häufigste Haltung.</translation>
    </message>
</context>
<context>
    <name>BlameTable</name>
    <message>
        <source>Who blamed whom, as a table</source>
        <translation>Wer wem die Schuld gab, als Tabelle</translation>
    </message>
    <message>
        <source>Who → whom</source>
        <translation>Wer → wem</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Behauptungen</translation>
    </message>
    <message>
        <source>Stances</source>
        <translation>Haltungen</translation>
    </message>
    <message>
        <source>Evidence offered</source>
        <translation>Genannte Belege</translation>
    </message>
    <message>
        <source>Row %1 of %2. Claims: %3. Stances: %4. Evidence offered: %5</source>
        <translation>Zeile %1 von %2. Behauptungen: %3. Haltungen: %4. Genannte Belege: %5</translation>
    </message>
</context>
<context>
    <name>BlameView</name>
    <message numerus="yes">
        <source>%1 → %2: %Ln claim(s), %3; %4</source>
        <translation>
            <numerusform>%1 → %2: %Ln Behauptung, %3; %4</numerusform>
            <numerusform>%1 → %2: %Ln Behauptungen, %3; %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s) by this date</source>
        <translation>
            <numerusform>%Ln Behauptung bis zu diesem Datum</numerusform>
            <numerusform>%Ln Behauptungen bis zu diesem Datum</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s) selected</source>
        <translation>
            <numerusform>%Ln Behauptung ausgewählt</numerusform>
            <numerusform>%Ln Behauptungen ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: made %2, received %3</source>
        <extracomment>%1 a camp&apos;s or actor&apos;s name, %2 &quot;3 claims&quot; made, %3 &quot;2 claims&quot; received</extracomment>
        <translation>%1: %2 aufgestellt, %3 abbekommen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <translation>
            <numerusform>%Ln Behauptung</numerusform>
            <numerusform>%Ln Behauptungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, opened into its actors</source>
        <translation>%1, in seine Akteure aufgeklappt</translation>
    </message>
    <message numerus="yes">
        <source>%1 about itself: %Ln claim(s), %2</source>
        <translation>
            <numerusform>%1 über sich selbst: %Ln Behauptung, %2</numerusform>
            <numerusform>%1 über sich selbst: %Ln Behauptungen, %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 → %2: %Ln claim(s), %3</source>
        <extracomment>an arrow between camps: &quot;Government → Experts: 5 claims, 4 blames, 1 doubts&quot;</extracomment>
        <translation>
            <numerusform>%1 → %2: %Ln Behauptung, %3</numerusform>
            <numerusform>%1 → %2: %Ln Behauptungen, %3</numerusform>
        </translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>alle</translation>
    </message>
    <message numerus="yes">
        <source>%1 → %2: %Ln claim(s)</source>
        <translation>
            <numerusform>%1 → %2: %Ln Behauptung</numerusform>
            <numerusform>%1 → %2: %Ln Behauptungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more</source>
        <extracomment>a card for the actors of an open camp that do not fit in the view: &quot;5 more&quot;</extracomment>
        <translation>
            <numerusform>noch %Ln</numerusform>
            <numerusform>noch %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <extracomment>the card for several actors of an open camp: %1 &quot;5 more&quot;, %2 the camp, %3 their names</extracomment>
        <translation>%1 von %2 (%3)</translation>
    </message>
</context>
<context>
    <name>CalendarButton</name>
    <message>
        <source>Calendar…</source>
        <translation>Kalender…</translation>
    </message>
    <message>
        <source>Choose %1 from a calendar</source>
        <translation>%1 im Kalender wählen</translation>
    </message>
    <message>
        <source>Previous year</source>
        <translation>Vorheriges Jahr</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Vorheriger Monat</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Nächster Monat</translation>
    </message>
    <message>
        <source>Next year</source>
        <translation>Nächstes Jahr</translation>
    </message>
    <message>
        <source>Calendar: %1</source>
        <translation>Kalender: %1</translation>
    </message>
    <message>
        <source>Arrow keys move a day or a week, Page Up and Page Down a month; Enter picks the day.</source>
        <translation>Die Pfeiltasten gehen einen Tag oder eine Woche weiter, Bild auf und Bild ab einen Monat; die Eingabetaste wählt den Tag.</translation>
    </message>
</context>
<context>
    <name>CampNetwork</name>
    <message>
        <source>Who blamed whom, by camp</source>
        <translation>Wer wem die Schuld gab, nach Lagern</translation>
    </message>
</context>
<context>
    <name>CampSet</name>
    <message>
        <source>Governments</source>
        <translation>Regierungen</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>Behörden</translation>
    </message>
    <message>
        <source>State media</source>
        <translation>Staatsmedien</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Experts</source>
        <translation>Fachleute</translation>
    </message>
    <message>
        <source>Politicians</source>
        <translation>Politiker</translation>
    </message>
    <message>
        <source>Celebrities</source>
        <translation>Prominente</translation>
    </message>
    <message>
        <source>Hacker groups</source>
        <translation>Hackergruppen</translation>
    </message>
    <message>
        <source>Lawyers and courts</source>
        <translation>Anwälte und Gerichte</translation>
    </message>
    <message>
        <source>News outlets</source>
        <translation>Nachrichtenmedien</translation>
    </message>
    <message>
        <source>Other actors</source>
        <translation>Andere Akteure</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>Andere</translation>
    </message>
</context>
<context>
    <name>CaseLibrary</name>
    <message>
        <source>MMMM yyyy</source>
        <comment>date format</comment>
        <extracomment>A month and year, as in &quot;June 2014 – February 2015&quot; on the home page.</extracomment>
        <translation>MMMM yyyy</translation>
    </message>
</context>
<context>
    <name>ChartText</name>
    <message>
        <source>No bars to show.</source>
        <translation>Keine Balken zum Anzeigen.</translation>
    </message>
    <message>
        <source>%1 is the largest with %2 (%3)</source>
        <translation>%1 ist am größten mit %2 (%3)</translation>
    </message>
    <message>
        <source>%1 is the largest with %2</source>
        <translation>%1 ist am größten mit %2</translation>
    </message>
    <message numerus="yes">
        <source>Of %Ln bar(s), %1</source>
        <translation>
            <numerusform>Von %Ln Balken: %1</numerusform>
            <numerusform>Von %Ln Balken: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; then %2.</source>
        <translation>%1; danach %2.</translation>
    </message>
</context>
<context>
    <name>ChoiceBody</name>
    <message>
        <source>Click an answer or press its number.</source>
        <translation>Klicke auf eine Antwort oder drücke ihre Zahl.</translation>
    </message>
</context>
<context>
    <name>ChoiceButton</name>
    <message>
        <source>Your answer: correct</source>
        <translation>Deine Antwort: richtig</translation>
    </message>
    <message>
        <source>Your answer: wrong</source>
        <translation>Deine Antwort: falsch</translation>
    </message>
    <message>
        <source>Correct answer</source>
        <translation>Richtige Antwort</translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation>Taste %1</translation>
    </message>
</context>
<context>
    <name>ClaimForm</name>
    <message>
        <source>Claim %1</source>
        <translation>Behauptung %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>Urheber</translation>
    </message>
    <message>
        <source>About whom (targets)</source>
        <translation>Über wen (Ziele)</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Haltung</translation>
    </message>
    <message>
        <source>How the claimant is identified</source>
        <translation>Wie der Urheber benannt wird</translation>
    </message>
    <message>
        <source>Evidence offered with the claim</source>
        <translation>Mit der Behauptung genannte Belege</translation>
    </message>
    <message>
        <source>The claim in our own words</source>
        <translation>Die Behauptung in unseren Worten</translation>
    </message>
    <message>
        <source>Known now</source>
        <translation>Heute bekannt</translation>
    </message>
    <message>
        <source>What the later record makes of it</source>
        <translation>Was spätere Erkenntnisse daraus machen</translation>
    </message>
    <message>
        <source>Note on what is known now</source>
        <translation>Notiz zum heutigen Wissensstand</translation>
    </message>
    <message>
        <source>Later developments that settle or change it</source>
        <translation>Spätere Entwicklungen, die sie klären oder ändern</translation>
    </message>
</context>
<context>
    <name>ClaimList</name>
    <message numerus="yes">
        <source>Claims: %Ln</source>
        <translation>
            <numerusform>Behauptungen: %Ln</numerusform>
            <numerusform>Behauptungen: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 %3 %4: %5</source>
        <translation>%1, %2 %3 %4: %5</translation>
    </message>
    <message>
        <source>Claim %1 of %2</source>
        <translation>Behauptung %1 von %2</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Quellen: %1</translation>
    </message>
    <message>
        <source>%1: web address…</source>
        <translation>%1: Webadresse…</translation>
    </message>
    <message>
        <source>Now: %1. %2</source>
        <translation>Heute: %1. %2</translation>
    </message>
    <message>
        <source>Show in the article</source>
        <translation>Im Artikel zeigen</translation>
    </message>
    <message>
        <source>Show this claim in the article</source>
        <translation>Diese Behauptung im Artikel zeigen</translation>
    </message>
</context>
<context>
    <name>CoverageChart</name>
    <message>
        <source>Claims per day</source>
        <translation>Behauptungen pro Tag</translation>
    </message>
    <message>
        <source>Claims per day up to %1, by %2; at most %3 on one day</source>
        <translation>Behauptungen pro Tag bis %1, nach %2; höchstens %3 an einem Tag</translation>
    </message>
    <message>
        <source>who is speaking</source>
        <translation>Sprecher</translation>
    </message>
    <message>
        <source>stance</source>
        <translation>Haltung</translation>
    </message>
</context>
<context>
    <name>CoverageExplorer</name>
    <message>
        <source>Headline language: %1</source>
        <translation>Sprache der Schlagzeilen: %1</translation>
    </message>
    <message>
        <source>Claims per day by</source>
        <translation>Behauptungen pro Tag nach</translation>
    </message>
    <message>
        <source>stance</source>
        <translation>Haltung</translation>
    </message>
    <message>
        <source>Chart by stance</source>
        <translation>Diagramm nach Haltung</translation>
    </message>
    <message>
        <source>who is speaking</source>
        <translation>Sprecher</translation>
    </message>
    <message>
        <source>Chart by attribution: named, anonymous, official, state media</source>
        <translation>Diagramm nach Sprecher: namentlich genannt, anonym, offiziell, Staatsmedien</translation>
    </message>
    <message>
        <source>Said then — known now</source>
        <translation>Damals gesagt – heute bekannt</translation>
    </message>
    <message numerus="yes">
        <source>Claims of this phase, with what was established later: %Ln</source>
        <translation>
            <numerusform>Behauptungen dieser Phase, mit dem, was später feststand: %Ln</numerusform>
            <numerusform>Behauptungen dieser Phase, mit dem, was später feststand: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Then: %1</source>
        <translation>Damals: %1</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Heute: %1</translation>
    </message>
</context>
<context>
    <name>CoveragePage</name>
    <message>
        <source>How the coverage shifted</source>
        <translation>Wie sich die Berichterstattung verschob</translation>
    </message>
    <message>
        <source>Drag the date, or press Space to play: what was claimed then, and what is known now.</source>
        <translation>Zieh am Datum oder drücke die Leertaste zum Abspielen: was damals behauptet wurde und was heute bekannt ist.</translation>
    </message>
</context>
<context>
    <name>CoverageView</name>
    <message>
        <source>From %1 to %2</source>
        <extracomment>%1 and %2 are dates.</extracomment>
        <translation>Vom %1 bis %2</translation>
    </message>
    <message>
        <source>%1: no claims yet.</source>
        <translation>%1: noch keine Behauptungen.</translation>
    </message>
    <message>
        <source>%1: %2 %3; the busiest day was %4, with %5.</source>
        <extracomment>%1 is &quot;From &lt;date&gt; to &lt;date&gt;&quot;, %2 &quot;N claims&quot;, %3 &quot;on N days&quot;, %4 a date, %5 &quot;N claims&quot;</extracomment>
        <translation>%1: %2 %3; der Tag mit den meisten war der %4, mit %5.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <translation>
            <numerusform>%Ln Behauptung</numerusform>
            <numerusform>%Ln Behauptungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>on %Ln day(s)</source>
        <translation>
            <numerusform>an %Ln Tag</numerusform>
            <numerusform>an %Ln Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>No phase on this date</source>
        <translation>Keine Phase an diesem Datum</translation>
    </message>
    <message>
        <source>Before the first phase</source>
        <translation>Vor der ersten Phase</translation>
    </message>
    <message>
        <source>After the last phase</source>
        <translation>Nach der letzten Phase</translation>
    </message>
    <message>
        <source>Between phases</source>
        <translation>Zwischen Phasen</translation>
    </message>
</context>
<context>
    <name>DateScrubber</name>
    <message>
        <source>❚❚ Pause</source>
        <translation>❚❚ Pause</translation>
    </message>
    <message>
        <source>To the last day</source>
        <translation>Zum letzten Tag</translation>
    </message>
    <message>
        <source>▶ Play</source>
        <translation>▶ Abspielen</translation>
    </message>
    <message>
        <source>Pause the timeline</source>
        <translation>Zeitleiste anhalten</translation>
    </message>
    <message>
        <source>Go to the last day</source>
        <translation>Zum letzten Tag gehen</translation>
    </message>
    <message>
        <source>Play the timeline</source>
        <translation>Zeitleiste abspielen</translation>
    </message>
    <message>
        <source>Date, playing</source>
        <translation>Datum, läuft</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Datum: %1</translation>
    </message>
    <message>
        <source>Day %1 of %2</source>
        <translation>Tag %1 von %2</translation>
    </message>
</context>
<context>
    <name>DateText</name>
    <message>
        <source>d MMM yyyy</source>
        <comment>date format</comment>
        <extracomment>A QDate::toString() pattern for a day in a list (d: day, MMM: short month name, yyyy: year); keep the letters, change their order and the punctuation.</extracomment>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>date format</comment>
        <extracomment>A QDate::toString() pattern for a day when the year is clear (d: day, MMM: short month name); keep the letters, change their order and the punctuation.</extracomment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>date format</comment>
        <extracomment>A QDate::toString() pattern for a day in a heading (d: day, MMMM: month name, yyyy: year); keep the letters, change their order and the punctuation.</extracomment>
        <translation>d. MMMM yyyy</translation>
    </message>
</context>
<context>
    <name>DayAxis</name>
    <message>
        <source>No claims or events %1</source>
        <translation>Keine Behauptungen oder Ereignisse: %1</translation>
    </message>
</context>
<context>
    <name>DemoSession</name>
    <message>
        <source>Sample student</source>
        <translation>Beispielschüler/in</translation>
    </message>
    <message>
        <source>Sample: Jordan</source>
        <translation>Beispiel: Jordan</translation>
    </message>
</context>
<context>
    <name>EndPresentationDialog</name>
    <message>
        <source>End the presentation?</source>
        <translation>Präsentation beenden?</translation>
    </message>
    <message>
        <source>Keep presenting</source>
        <translation>Weiter präsentieren</translation>
    </message>
    <message>
        <source>End presentation</source>
        <translation>Präsentation beenden</translation>
    </message>
</context>
<context>
    <name>EvidenceBarChart</name>
    <message>
        <source>Bar chart: claims by who blamed whom, by evidence, by %1</source>
        <translation>Balkendiagramm: Behauptungen je Paar (wer wem die Schuld gab) und nach Belegen, Stand %1</translation>
    </message>
    <message>
        <source>%1 The Table tab lists every pair.</source>
        <translation>%1 Der Reiter „Tabelle“ listet jedes Paar auf.</translation>
    </message>
    <message>
        <source>claims</source>
        <translation>Behauptungen</translation>
    </message>
</context>
<context>
    <name>FeedbackPanel</name>
    <message>
        <source>Correct</source>
        <translation>Richtig</translation>
    </message>
    <message>
        <source>Partly right: %1% of the points</source>
        <translation>Teilweise richtig: %1 % der Punkte</translation>
    </message>
    <message>
        <source>Not right</source>
        <translation>Nicht richtig</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Warum das wichtig ist</translation>
    </message>
</context>
<context>
    <name>HighlightBody</name>
    <message>
        <source>From %1, %2: “%3”</source>
        <translation>Aus %1, %2: „%3“</translation>
    </message>
    <message>
        <source>Mark every phrase that fits (click it or press its number), then press “Check my answer”.</source>
        <translation>Markiere jede passende Stelle (klicke sie an oder drücke ihre Zahl) und drücke dann „Antwort prüfen“.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>CLAIMSCOPE · A CASE IN MEDIA LITERACY</source>
        <translation>CLAIMSCOPE · EIN FALL ZUR MEDIENKOMPETENZ</translation>
    </message>
    <message>
        <source>Open case pack…</source>
        <translation>Fallpaket öffnen…</translation>
    </message>
    <message>
        <source>Open another case pack</source>
        <translation>Ein anderes Fallpaket öffnen</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Settings: text size, colours, motion</source>
        <translation>Einstellungen: Textgröße, Farben, Bewegung</translation>
    </message>
    <message>
        <source>Present to a class</source>
        <translation>Vor der Klasse präsentieren</translation>
    </message>
    <message>
        <source>Full-screen steps for a projector, with presenter notes.</source>
        <translation>Schritte im Vollbild für einen Beamer, mit Vortragsnotizen.</translation>
    </message>
    <message>
        <source>Work through it myself</source>
        <translation>Selbst durcharbeiten</translation>
    </message>
    <message>
        <source>Read the coverage, answer the checks, see how you did.</source>
        <translation>Lies die Berichterstattung, beantworte die Aufgaben und sieh, wie du abgeschnitten hast.</translation>
    </message>
    <message>
        <source>Or explore:</source>
        <translation>Oder entdecke:</translation>
    </message>
    <message>
        <source>Read the articles</source>
        <translation>Die Artikel lesen</translation>
    </message>
    <message>
        <source>Who blamed whom</source>
        <translation>Wer wem die Schuld gab</translation>
    </message>
    <message>
        <source>How the coverage shifted</source>
        <translation>Wie sich die Berichterstattung verschob</translation>
    </message>
    <message>
        <source>Check yourself</source>
        <translation>Teste dich selbst</translation>
    </message>
    <message>
        <source>On paper:</source>
        <translation>Auf Papier:</translation>
    </message>
    <message>
        <source>Teacher&apos;s guide…</source>
        <translation>Leitfaden für Lehrkräfte…</translation>
    </message>
    <message>
        <source>Save the teacher&apos;s guide as PDF: the lesson plan with notes and answers</source>
        <translation>Den Leitfaden für Lehrkräfte als PDF speichern: der Stundenplan mit Notizen und Antworten</translation>
    </message>
    <message>
        <source>Worksheet…</source>
        <translation>Arbeitsblatt…</translation>
    </message>
    <message>
        <source>Save a worksheet as PDF: the questions without answers, for classes without devices</source>
        <translation>Ein Arbeitsblatt als PDF speichern: die Fragen ohne Antworten, für Klassen ohne Geräte</translation>
    </message>
    <message numerus="yes">
        <source>The coverage you will examine: %Ln article(s)</source>
        <translation>
            <numerusform>Die Berichterstattung, die du untersuchst: %Ln Artikel</numerusform>
            <numerusform>Die Berichterstattung, die du untersuchst: %Ln Artikel</numerusform>
        </translation>
    </message>
    <message>
        <source>Make or adapt a case</source>
        <translation>Einen Fall erstellen oder anpassen</translation>
    </message>
    <message>
        <source>Make or adapt a case in the studio</source>
        <translation>Einen Fall im Studio erstellen oder anpassen</translation>
    </message>
</context>
<context>
    <name>KnownNow</name>
    <message>
        <source>Known as of %1</source>
        <extracomment>%1 is the date of the case&apos;s latest check of the public record.</extracomment>
        <translation>Stand: %1</translation>
    </message>
    <message>
        <source>Since then: %1</source>
        <translation>Seitdem: %1</translation>
    </message>
</context>
<context>
    <name>LessonPrint</name>
    <message>
        <source>article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>who blamed whom</source>
        <translation>wer wem die Schuld gab</translation>
    </message>
    <message>
        <source>the coverage over time</source>
        <translation>die Berichterstattung im Zeitverlauf</translation>
    </message>
    <message>
        <source>questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>with a reveal</source>
        <translation>mit Auflösung</translation>
    </message>
    <message>
        <source>story</source>
        <translation>Geschichte</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>richtig oder falsch</translation>
    </message>
    <message>
        <source>highlight the words</source>
        <translation>die Wörter markieren</translation>
    </message>
    <message>
        <source>rank the sources</source>
        <translation>die Quellen ordnen</translation>
    </message>
    <message>
        <source>what evidence was offered?</source>
        <translation>welche Belege wurden genannt?</translation>
    </message>
    <message>
        <source>choice</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <source>The article “%1” (%2), with its marks.</source>
        <translation>Der Artikel „%1“ (%2), mit seinen Markierungen.</translation>
    </message>
    <message>
        <source>The map of who blamed whom%1.</source>
        <translation>Die Karte, wer wem die Schuld gab%1.</translation>
    </message>
    <message>
        <source>, up to %1</source>
        <translation>, bis %1</translation>
    </message>
    <message>
        <source>The coverage day by day%1.</source>
        <translation>Die Berichterstattung Tag für Tag%1.</translation>
    </message>
    <message>
        <source>Dated cards:</source>
        <translation>Datierte Karten:</translation>
    </message>
    <message>
        <source>True</source>
        <translation>Richtig</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Falsch</translation>
    </message>
    <message>
        <source>Show of hands: key 1 counts a hand for true, 2 for false; → reveals the tally and the answer.</source>
        <translation>Handzeichen: Taste 1 zählt ein Handzeichen für richtig, 2 für falsch; → zeigt das Ergebnis und die Antwort.</translation>
    </message>
    <message>
        <source>Show of hands: keys 1–%1 count a hand for each choice; → reveals the tally and the answer.</source>
        <translation>Handzeichen: Tasten 1–%1 zählen ein Handzeichen für jede Auswahl; → zeigt das Ergebnis und die Antwort.</translation>
    </message>
    <message>
        <source>For discussion (no show of hands): ask for reasons, then → reveals the answer.</source>
        <translation>Zur Diskussion (ohne Handzeichen): nach Gründen fragen, dann zeigt → die Antwort.</translation>
    </message>
    <message>
        <source>In “%1” (%2)</source>
        <translation>In „%1“ (%2)</translation>
    </message>
    <message>
        <source>→ PgDn Space / ← PgUp</source>
        <translation>→ PgDn Space / ← PgUp</translation>
    </message>
    <message>
        <source>next / back; a step with something hidden reveals it first</source>
        <translation>weiter / zurück; ein Schritt mit etwas Verborgenem zeigt es zuerst</translation>
    </message>
    <message>
        <source>B or .</source>
        <translation>B oder .</translation>
    </message>
    <message>
        <source>blank the screen (black); again to show it</source>
        <translation>Bildschirm schwarz schalten; noch einmal, um ihn wieder zu zeigen</translation>
    </message>
    <message>
        <source>F, Esc</source>
        <translation>F, Esc</translation>
    </message>
    <message>
        <source>full screen on and off; Esc leaves full screen, a second Esc ends after a confirmation</source>
        <translation>Vollbild an und aus; Esc verlässt das Vollbild, ein zweites Esc beendet nach einer Rückfrage</translation>
    </message>
    <message>
        <source>number, Enter</source>
        <translation>Zahl, Enter</translation>
    </message>
    <message>
        <source>go to that step</source>
        <translation>zu diesem Schritt gehen</translation>
    </message>
    <message>
        <source>1–4 on a question</source>
        <translation>1–4 bei einer Frage</translation>
    </message>
    <message>
        <source>one hand for that choice (true/false: 1 true, 2 false); Backspace takes the last back; G, number, Enter goes to a step</source>
        <translation>ein Handzeichen für diese Auswahl (richtig/falsch: 1 richtig, 2 falsch); Backspace nimmt das letzte zurück; G, Zahl, Enter geht zu einem Schritt</translation>
    </message>
    <message>
        <source>N (one screen)</source>
        <translation>N (ein Bildschirm)</translation>
    </message>
    <message>
        <source>the notes and the answer, after a warning: the class sees them too; N or Esc hides them, and any move does</source>
        <translation>die Notizen und die Antwort, nach einer Warnung: Die Klasse sieht sie auch; N oder Esc blendet sie aus, ebenso jeder Schrittwechsel</translation>
    </message>
    <message>
        <source>T (one screen)</source>
        <translation>T (ein Bildschirm)</translation>
    </message>
    <message>
        <source>the teacher&apos;s strip: step, the next step&apos;s title, hands counted, time</source>
        <translation>die Leiste für die Lehrkraft: Schritt, Titel des nächsten Schritts, gezählte Handzeichen, Zeit</translation>
    </message>
    <message>
        <source>Keys while presenting</source>
        <translation>Tasten beim Präsentieren</translation>
    </message>
    <message>
        <source>Two screens: the console on the laptop shows the notes, the answers and the counts; the class sees the audience window. One screen (a mirrored projector): the class sees everything the laptop shows, so only the audience view is shown, with a small strip for the teacher.</source>
        <translation>Zwei Bildschirme: Die Konsole auf dem Laptop zeigt die Notizen, die Antworten und die Zählung; die Klasse sieht das Publikumsfenster. Ein Bildschirm (gespiegelter Beamer): Die Klasse sieht alles, was der Laptop zeigt, deshalb erscheint nur die Publikumsansicht, mit einer schmalen Leiste für die Lehrkraft.</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Frage %1 von %2</translation>
    </message>
    <message>
        <source>Answer, most reliable first:</source>
        <translation>Antwort, zuverlässigste zuerst:</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>Antwort:</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Warum:</translation>
    </message>
    <message>
        <source>Class vote:</source>
        <translation>Abstimmung der Klasse:</translation>
    </message>
    <message numerus="yes">
        <source>about %Ln min</source>
        <extracomment>&quot;min&quot; abbreviates minutes, as in a lesson plan&apos;s timing.</extracomment>
        <translation>
            <numerusform>etwa %Ln Min.</numerusform>
            <numerusform>etwa %Ln Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>CLAIMSCOPE · TEACHER&apos;S GUIDE</source>
        <translation>CLAIMSCOPE · LEITFADEN FÜR LEHRKRÄFTE</translation>
    </message>
    <message>
        <source>The lesson:</source>
        <translation>Die Lektion:</translation>
    </message>
    <message>
        <source>%1 chapters, %2 steps, %3 questions · %4 in class</source>
        <translation>%1 Kapitel, %2 Schritte, %3 Fragen · %4 im Unterricht</translation>
    </message>
    <message>
        <source>Times are estimates: the step texts and the articles read at about %1 words a minute, plus %2 minute per question. Discussion takes longer; plan for it.</source>
        <translation>Die Zeiten sind Schätzungen: Die Schritttexte und die Artikel werden mit etwa %1 Wörtern pro Minute gelesen, dazu %2 Minute pro Frage. Diskussionen dauern länger; plane sie ein.</translation>
    </message>
    <message>
        <source>Content notice:</source>
        <translation>Inhaltshinweis:</translation>
    </message>
    <message>
        <source>The plan</source>
        <translation>Der Plan</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>Kapitel</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Chapter %1 · %2</source>
        <translation>Kapitel %1 · %2</translation>
    </message>
    <message>
        <source>Step %1 · %2</source>
        <translation>Schritt %1 · %2</translation>
    </message>
    <message>
        <source>The class sees:</source>
        <translation>Die Klasse sieht:</translation>
    </message>
    <message>
        <source>→ reveals:</source>
        <translation>→ zeigt:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notizen:</translation>
    </message>
    <message>
        <source>CLAIMSCOPE · WORKSHEET</source>
        <translation>CLAIMSCOPE · ARBEITSBLATT</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Class:</source>
        <translation>Klasse:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>Tick the box you choose (☐), or number the sources in order; then say why in a few words.</source>
        <translation>Kreuze das gewählte Kästchen an (☐) oder nummeriere die Quellen der Reihe nach; begründe dann in ein paar Worten.</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>Warum?</translation>
    </message>
    <message>
        <source>Teacher&apos;s guide: %1</source>
        <translation>Leitfaden für Lehrkräfte: %1</translation>
    </message>
    <message>
        <source>Teacher&apos;s guide · %1</source>
        <translation>Leitfaden für Lehrkräfte · %1</translation>
    </message>
    <message>
        <source>Worksheet: %1</source>
        <translation>Arbeitsblatt: %1</translation>
    </message>
    <message>
        <source>Worksheet · %1</source>
        <translation>Arbeitsblatt · %1</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln question(s), one at a time.</source>
        <translation>
            <numerusform>%Ln Frage, eine nach der anderen.</numerusform>
            <numerusform>%Ln Fragen, eine nach der anderen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>%1 — Claimscope</source>
        <translation>%1 — Claimscope</translation>
    </message>
    <message>
        <source>Booster check</source>
        <translation>Auffrischungstest</translation>
    </message>
</context>
<context>
    <name>NotePanel</name>
    <message>
        <source>Click a highlight in the text, or pick one above, to see why it matters.</source>
        <translation>Klicke auf eine Markierung im Text oder wähle oben eine aus, um zu sehen, warum sie wichtig ist.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Correction:&lt;/b&gt; %1&lt;br&gt;&lt;i&gt;Sources: %2&lt;/i&gt;</source>
        <translation>&lt;b&gt;Korrektur:&lt;/b&gt; %1&lt;br&gt;&lt;i&gt;Quellen: %2&lt;/i&gt;</translation>
    </message>
    <message>
        <source>The claim (%1, %2): %3</source>
        <translation>Die Behauptung (%1, %2): %3</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Heute: %1</translation>
    </message>
</context>
<context>
    <name>OneScreenPage</name>
    <message>
        <source>Presenting on one screen</source>
        <translation>Präsentation auf einem Bildschirm</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <source>Go to step %1▏ Enter</source>
        <translation>Gehe zu Schritt %1▏ Enter</translation>
    </message>
    <message numerus="yes">
        <source>%Ln hand(s) counted</source>
        <translation>
            <numerusform>%Ln Handzeichen gezählt</numerusform>
            <numerusform>%Ln Handzeichen gezählt</numerusform>
        </translation>
    </message>
    <message>
        <source>Time presenting: %1</source>
        <translation>Präsentationszeit: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;One screen&lt;/b&gt;: the class sees all of this · &lt;b&gt;1–4&lt;/b&gt; count a hand · &lt;b&gt;G&lt;/b&gt;, number, &lt;b&gt;Enter&lt;/b&gt; go to a step</source>
        <translation>&lt;b&gt;Ein Bildschirm&lt;/b&gt;: Die Klasse sieht all das · &lt;b&gt;1–4&lt;/b&gt; zählen ein Handzeichen · &lt;b&gt;G&lt;/b&gt;, Zahl, &lt;b&gt;Enter&lt;/b&gt; gehen zu einem Schritt</translation>
    </message>
    <message>
        <source>&lt;b&gt;One screen&lt;/b&gt;: the class sees all of this · &lt;b&gt;Number&lt;/b&gt;, &lt;b&gt;Enter&lt;/b&gt; go to a step</source>
        <translation>&lt;b&gt;Ein Bildschirm&lt;/b&gt;: Die Klasse sieht all das · &lt;b&gt;Zahl&lt;/b&gt;, &lt;b&gt;Enter&lt;/b&gt; gehen zu einem Schritt</translation>
    </message>
    <message>
        <source> · &lt;b&gt;→&lt;/b&gt; next · &lt;b&gt;←&lt;/b&gt; back · &lt;b&gt;B&lt;/b&gt; blank · &lt;b&gt;N&lt;/b&gt; notes and answers, after a warning · &lt;b&gt;T&lt;/b&gt; this strip · &lt;b&gt;F&lt;/b&gt; full screen · &lt;b&gt;Esc&lt;/b&gt; leave full screen, then end</source>
        <translation> · &lt;b&gt;→&lt;/b&gt; weiter · &lt;b&gt;←&lt;/b&gt; zurück · &lt;b&gt;B&lt;/b&gt; schwarz · &lt;b&gt;N&lt;/b&gt; Notizen und Antworten, nach einer Warnung · &lt;b&gt;T&lt;/b&gt; diese Leiste · &lt;b&gt;F&lt;/b&gt; Vollbild · &lt;b&gt;Esc&lt;/b&gt; Vollbild verlassen, dann beenden</translation>
    </message>
    <message>
        <source>The class sees this. N or Esc hides it.</source>
        <translation>Die Klasse sieht das. N oder Esc blendet es aus.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Notes&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Notizen&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>(none for this step)</source>
        <translation>(keine für diesen Schritt)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Why&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Warum&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>The class will see this</source>
        <translation>Die Klasse wird das sehen</translation>
    </message>
    <message>
        <source>On one screen the class sees everything you see. Show the presenter notes and, on a question, its answer and the hands per choice?</source>
        <translation>Auf einem Bildschirm sieht die Klasse alles, was du siehst. Vortragsnotizen und, bei einer Frage, die Antwort und die Handzeichen pro Auswahl anzeigen?</translation>
    </message>
    <message>
        <source>Keep them hidden</source>
        <translation>Verborgen lassen</translation>
    </message>
    <message>
        <source>Show them to everyone</source>
        <translation>Allen zeigen</translation>
    </message>
    <message>
        <source>The class&apos;s votes are forgotten.</source>
        <translation>Die Stimmen der Klasse werden verworfen.</translation>
    </message>
</context>
<context>
    <name>OpenPackDialog</name>
    <message>
        <source>Open a case pack</source>
        <translation>Fallpaket öffnen</translation>
    </message>
    <message>
        <source>Case packs (*.claimscope *.zip *.tar.gz *.tar.xz *.7z)</source>
        <translation>Fallpakete (*.claimscope *.zip *.tar.gz *.tar.xz *.7z)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <source>← Back</source>
        <translation>← Zurück</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <source>Next: the answer</source>
        <translation>Als Nächstes: die Antwort</translation>
    </message>
    <message>
        <source>→ reveals the class&apos;s votes and the answer</source>
        <translation>→ zeigt die Stimmen der Klasse und die Antwort</translation>
    </message>
    <message>
        <source>→ reveals the answer</source>
        <translation>→ zeigt die Antwort</translation>
    </message>
    <message>
        <source>Next: question %1 of %2</source>
        <translation>Als Nächstes: Frage %1 von %2</translation>
    </message>
    <message>
        <source>→ question %1 of %2</source>
        <translation>→ Frage %1 von %2</translation>
    </message>
    <message>
        <source>Next: the hidden part of this step</source>
        <translation>Als Nächstes: der verborgene Teil dieses Schritts</translation>
    </message>
    <message>
        <source>→ reveals: %1</source>
        <translation>→ zeigt: %1</translation>
    </message>
    <message>
        <source>This is the last step.</source>
        <translation>Das ist der letzte Schritt.</translation>
    </message>
    <message>
        <source>Next: step %1 · %2</source>
        <translation>Als Nächstes: Schritt %1 · %2</translation>
    </message>
    <message>
        <source>→ step %1 · %2 (%3)</source>
        <translation>→ Schritt %1 · %2 (%3)</translation>
    </message>
    <message>
        <source>True</source>
        <translation>Richtig</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Falsch</translation>
    </message>
</context>
<context>
    <name>PresenterPage</name>
    <message>
        <source>Presenter view</source>
        <translation>Vortragsansicht</translation>
    </message>
    <message>
        <source>Step %1 of %2 · %3</source>
        <translation>Schritt %1 von %2 · %3</translation>
    </message>
    <message>
        <source>Chapter %1 of %2 · %3</source>
        <translation>Kapitel %1 von %2 · %3</translation>
    </message>
    <message>
        <source>■ Screen blank (B)</source>
        <translation>■ Bildschirm schwarz (B)</translation>
    </message>
    <message>
        <source>Go to step %1▏ Enter</source>
        <translation>Gehe zu Schritt %1▏ Enter</translation>
    </message>
    <message>
        <source>Time presenting: %1</source>
        <translation>Präsentationszeit: %1</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Pause the timer</source>
        <translation>Timer anhalten</translation>
    </message>
    <message>
        <source>Resume the timer</source>
        <translation>Timer fortsetzen</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Reset the timer</source>
        <translation>Timer zurücksetzen</translation>
    </message>
    <message>
        <source>The time: %1</source>
        <translation>Uhrzeit: %1</translation>
    </message>
    <message>
        <source>Guide…</source>
        <translation>Leitfaden…</translation>
    </message>
    <message>
        <source>Save the teacher&apos;s guide as PDF</source>
        <translation>Den Leitfaden für Lehrkräfte als PDF speichern</translation>
    </message>
    <message>
        <source>Worksheet…</source>
        <translation>Arbeitsblatt…</translation>
    </message>
    <message>
        <source>Save a worksheet as PDF: the questions without answers</source>
        <translation>Ein Arbeitsblatt als PDF speichern: die Fragen ohne Antworten</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>End the presentation</source>
        <translation>Die Präsentation beenden</translation>
    </message>
    <message>
        <source>Go to step %1: %2 (%3)</source>
        <translation>Gehe zu Schritt %1: %2 (%3)</translation>
    </message>
    <message>
        <source>The class sees a black screen</source>
        <translation>Die Klasse sieht einen schwarzen Bildschirm</translation>
    </message>
    <message>
        <source>The class sees</source>
        <translation>Die Klasse sieht</translation>
    </message>
    <message>
        <source>&lt;b&gt;Next&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Als Nächstes&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Notes&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Notizen&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>(none for this step)</source>
        <translation>(keine für diesen Schritt)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Two screens&lt;/b&gt;: the class sees the audience window · </source>
        <translation>&lt;b&gt;Zwei Bildschirme&lt;/b&gt;: Die Klasse sieht das Publikumsfenster · </translation>
    </message>
    <message>
        <source>&lt;b&gt;1–4&lt;/b&gt; count a hand · &lt;b&gt;Backspace&lt;/b&gt; takes one back · &lt;b&gt;G&lt;/b&gt;, number, &lt;b&gt;Enter&lt;/b&gt; go to a step</source>
        <translation>&lt;b&gt;1–4&lt;/b&gt; zählen ein Handzeichen · &lt;b&gt;Backspace&lt;/b&gt; nimmt eines zurück · &lt;b&gt;G&lt;/b&gt;, Zahl, &lt;b&gt;Enter&lt;/b&gt; gehen zu einem Schritt</translation>
    </message>
    <message>
        <source>&lt;b&gt;Number&lt;/b&gt;, &lt;b&gt;Enter&lt;/b&gt; go to a step</source>
        <translation>&lt;b&gt;Zahl&lt;/b&gt;, &lt;b&gt;Enter&lt;/b&gt; gehen zu einem Schritt</translation>
    </message>
    <message>
        <source> · &lt;b&gt;→ PgDn Space&lt;/b&gt; next · &lt;b&gt;← PgUp&lt;/b&gt; back · &lt;b&gt;B&lt;/b&gt; or &lt;b&gt;.&lt;/b&gt; blank · &lt;b&gt;F&lt;/b&gt; full screen · &lt;b&gt;Esc&lt;/b&gt; leave full screen, then end</source>
        <translation> · &lt;b&gt;→ PgDn Space&lt;/b&gt; weiter · &lt;b&gt;← PgUp&lt;/b&gt; zurück · &lt;b&gt;B&lt;/b&gt; oder &lt;b&gt;.&lt;/b&gt; schwarz · &lt;b&gt;F&lt;/b&gt; Vollbild · &lt;b&gt;Esc&lt;/b&gt; Vollbild verlassen, dann beenden</translation>
    </message>
    <message>
        <source>The audience window closes. The class&apos;s votes are forgotten.</source>
        <translation>Das Publikumsfenster wird geschlossen. Die Stimmen der Klasse werden verworfen.</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <source>Save the teacher&apos;s guide as PDF</source>
        <translation>Den Leitfaden für Lehrkräfte als PDF speichern</translation>
    </message>
    <message>
        <source>Save the worksheet as PDF</source>
        <translation>Das Arbeitsblatt als PDF speichern</translation>
    </message>
    <message>
        <source>PDF, A4 paper (*.pdf)</source>
        <translation>PDF, A4-Papier (*.pdf)</translation>
    </message>
    <message>
        <source>PDF, US Letter paper (*.pdf)</source>
        <translation>PDF, US-Letter-Papier (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be written</source>
        <translation>Das PDF konnte nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>ProblemPanel</name>
    <message>
        <source>%1 could not be opened</source>
        <translation>%1 konnte nicht geöffnet werden</translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) found.</source>
        <translation>
            <numerusform>%Ln Problem gefunden.</numerusform>
            <numerusform>%Ln Probleme gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The case you had open is still open.</source>
        <translation>Der Fall, den du geöffnet hattest, ist weiterhin geöffnet.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>ProfilesPage</name>
    <message>
        <source>booster check open now</source>
        <translation>Auffrischungstest jetzt offen</translation>
    </message>
    <message>
        <source>booster check from %1</source>
        <translation>Auffrischungstest ab %1</translation>
    </message>
    <message>
        <source>Welcome back, %1</source>
        <translation>Willkommen zurück, %1</translation>
    </message>
    <message>
        <source>Who is working?</source>
        <translation>Wer arbeitet gerade?</translation>
    </message>
    <message>
        <source>SAMPLE PROFILES — made up to show this page; nothing is saved</source>
        <translation>BEISPIELPROFILE – erfunden, um diese Seite zu zeigen; nichts wird gespeichert</translation>
    </message>
    <message>
        <source>Progress is saved on this computer only, for each name.</source>
        <translation>Der Fortschritt wird nur auf diesem Computer gespeichert, für jeden Namen.</translation>
    </message>
    <message>
        <source>You have finished the lesson. You can look at your results, go through it again, or start over.</source>
        <translation>Du hast die Lektion abgeschlossen. Du kannst dir deine Ergebnisse ansehen, sie noch einmal durchgehen oder von vorn beginnen.</translation>
    </message>
    <message>
        <source>You stopped at step %1 of %2, with %3 of %4 checks answered.</source>
        <translation>Du hast bei Schritt %1 von %2 aufgehört und %3 von %4 Aufgaben beantwortet.</translation>
    </message>
    <message>
        <source>Continue where I stopped</source>
        <translation>Weitermachen, wo ich aufgehört habe</translation>
    </message>
    <message>
        <source>See my results</source>
        <translation>Meine Ergebnisse ansehen</translation>
    </message>
    <message>
        <source>Start over…</source>
        <translation>Von vorn beginnen…</translation>
    </message>
    <message>
        <source>Start over, forgetting this progress</source>
        <translation>Von vorn beginnen und diesen Fortschritt verwerfen</translation>
    </message>
    <message>
        <source>Not me</source>
        <translation>Nicht ich</translation>
    </message>
    <message>
        <source>Not me: back to the list of names</source>
        <translation>Nicht ich: zurück zur Namensliste</translation>
    </message>
    <message>
        <source>Booster check done.</source>
        <translation>Auffrischungstest erledigt.</translation>
    </message>
    <message>
        <source>New here? Type a name or nickname, or go on without one.</source>
        <translation>Neu hier? Gib einen Namen oder Spitznamen ein oder mach ohne Namen weiter.</translation>
    </message>
    <message>
        <source>Name or nickname (optional)</source>
        <translation>Name oder Spitzname (freiwillig)</translation>
    </message>
    <message>
        <source>Name or nickname, optional</source>
        <translation>Name oder Spitzname, freiwillig</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Start as %1</source>
        <translation>Als %1 starten</translation>
    </message>
    <message>
        <source>Start: type a name first</source>
        <translation>Starten: Gib zuerst einen Namen ein</translation>
    </message>
    <message>
        <source>Continue without a name</source>
        <translation>Ohne Namen weitermachen</translation>
    </message>
    <message>
        <source>Already started? Pick your name.</source>
        <translation>Schon angefangen? Wähle deinen Namen.</translation>
    </message>
    <message>
        <source>Not started yet</source>
        <translation>Noch nicht begonnen</translation>
    </message>
    <message>
        <source>Lesson finished · booster check done</source>
        <translation>Lektion abgeschlossen · Auffrischungstest erledigt</translation>
    </message>
    <message>
        <source>Lesson finished · %1</source>
        <translation>Lektion abgeschlossen · %1</translation>
    </message>
    <message>
        <source>Step %1 of %2 · %3 of %4 checks answered</source>
        <translation>Schritt %1 von %2 · %3 von %4 Aufgaben beantwortet</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Results of %1</source>
        <translation>Ergebnisse von %1</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Entfernen…</translation>
    </message>
    <message>
        <source>Remove %1 and their progress</source>
        <translation>%1 und den Fortschritt entfernen</translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation>%1 entfernen?</translation>
    </message>
    <message>
        <source>The name and all of its progress and results are deleted from this computer. This cannot be undone.</source>
        <translation>Der Name und sein gesamter Fortschritt und alle Ergebnisse werden von diesem Computer gelöscht. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>ddd d MMM, HH:mm</source>
        <comment>date format</comment>
        <extracomment>A short weekday, date and time, as in &quot;Mon 23 Nov, 14:05&quot;.</extracomment>
        <translation>ddd, d. MMM, HH:mm</translation>
    </message>
</context>
<context>
    <name>ProgressProblems</name>
    <message>
        <source>Some saved progress could not be used. The file was kept beside it, and that student starts fresh.</source>
        <translation>Ein Teil des gespeicherten Fortschritts konnte nicht verwendet werden. Die Datei wurde daneben aufbewahrt, und diese Person beginnt neu.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Dismiss these messages</source>
        <translation>Diese Meldungen ausblenden</translation>
    </message>
</context>
<context>
    <name>ProgressReport</name>
    <message>
        <source>Score:</source>
        <translation>Punkte:</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>beantwortet</translation>
    </message>
    <message>
        <source>time spent</source>
        <translation>benötigte Zeit</translation>
    </message>
    <message>
        <source>Discernment:</source>
        <translation>Urteilsvermögen:</translation>
    </message>
    <message>
        <source>true statements</source>
        <translation>wahre Aussagen</translation>
    </message>
    <message>
        <source>false statements</source>
        <translation>falsche Aussagen</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <source>Anonymous student</source>
        <translation>Anonym</translation>
    </message>
    <message>
        <source>CLAIMSCOPE · STUDENT REPORT</source>
        <translation>CLAIMSCOPE · SCHÜLERBERICHT</translation>
    </message>
    <message>
        <source>Student:</source>
        <translation>Schüler/in:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>Lesson started:</source>
        <translation>Lektion begonnen:</translation>
    </message>
    <message>
        <source>finished:</source>
        <translation>abgeschlossen:</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <source>The lesson&apos;s checks</source>
        <translation>Die Aufgaben der Lektion</translation>
    </message>
    <message>
        <source>Booster check, %1</source>
        <translation>Auffrischungstest, %1</translation>
    </message>
    <message>
        <source>Booster check</source>
        <translation>Auffrischungstest</translation>
    </message>
    <message>
        <source>Not taken yet.</source>
        <translation>Noch nicht gemacht.</translation>
    </message>
    <message>
        <source>Discernment reports true and false statements apart: rejecting everything scores well on false statements and badly on true ones, so both numbers matter. Strength per criterion is the share of credit earned on the checks that train it.</source>
        <translation>Das Urteilsvermögen wird für wahre und falsche Aussagen getrennt angegeben: Wer alles ablehnt, schneidet bei falschen Aussagen gut und bei wahren schlecht ab, deshalb zählen beide Zahlen. Die Stärke pro Kriterium ist der Anteil der Punkte, die bei den Aufgaben erreicht wurden, die es trainieren.</translation>
    </message>
    <message>
        <source>Claimscope report: %1</source>
        <translation>Claimscope-Bericht: %1</translation>
    </message>
</context>
<context>
    <name>QuickAddButton</name>
    <message>
        <source>New actor…</source>
        <translation>Neuer Akteur…</translation>
    </message>
    <message>
        <source>New source…</source>
        <translation>Neue Quelle…</translation>
    </message>
    <message>
        <source>Add a new actor to the case</source>
        <translation>Einen neuen Akteur zum Fall hinzufügen</translation>
    </message>
    <message>
        <source>Add a new source to the case</source>
        <translation>Eine neue Quelle zum Fall hinzufügen</translation>
    </message>
    <message>
        <source>New actor</source>
        <translation>Neuer Akteur</translation>
    </message>
    <message>
        <source>New source</source>
        <translation>Neue Quelle</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Kind of actor</source>
        <translation>Art des Akteurs</translation>
    </message>
    <message>
        <source>Web address (https://…)</source>
        <translation>Webadresse (https://…)</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Webadresse</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
</context>
<context>
    <name>QuizActions</name>
    <message>
        <source>← Back to the questions</source>
        <translation>← Zurück zu den Fragen</translation>
    </message>
    <message>
        <source>← Previous question</source>
        <translation>← Vorherige Frage</translation>
    </message>
    <message>
        <source>Back to the questions</source>
        <translation>Zurück zu den Fragen</translation>
    </message>
    <message>
        <source>Previous question</source>
        <translation>Vorherige Frage</translation>
    </message>
    <message>
        <source>Skip to the results →</source>
        <translation>Weiter zu den Ergebnissen →</translation>
    </message>
    <message>
        <source>Skip this question →</source>
        <translation>Diese Frage überspringen →</translation>
    </message>
    <message>
        <source>Skip to the results</source>
        <translation>Weiter zu den Ergebnissen</translation>
    </message>
    <message>
        <source>Skip this question</source>
        <translation>Diese Frage überspringen</translation>
    </message>
    <message>
        <source>Check my answer</source>
        <translation>Antwort prüfen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>See my results →</source>
        <translation>Meine Ergebnisse ansehen →</translation>
    </message>
    <message>
        <source>Next question →</source>
        <translation>Nächste Frage →</translation>
    </message>
    <message>
        <source>See my results</source>
        <translation>Meine Ergebnisse ansehen</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Nächste Frage</translation>
    </message>
</context>
<context>
    <name>QuizItemView</name>
    <message>
        <source>Skill: %1</source>
        <translation>Fähigkeit: %1</translation>
    </message>
    <message>
        <source>Check my answer</source>
        <translation>Antwort prüfen</translation>
    </message>
</context>
<context>
    <name>QuizPage</name>
    <message>
        <source>Check yourself</source>
        <translation>Teste dich selbst</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Frage %1 von %2</translation>
    </message>
    <message>
        <source>%1 answered</source>
        <translation>%1 beantwortet</translation>
    </message>
</context>
<context>
    <name>QuizProgressBar</name>
    <message>
        <source>%1 of %2 questions answered</source>
        <translation>%1 von %2 Fragen beantwortet</translation>
    </message>
</context>
<context>
    <name>QuizSession</name>
    <message>
        <source>Headline</source>
        <translation>Schlagzeile</translation>
    </message>
    <message>
        <source>Standfirst</source>
        <translation>Vorspann</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Bildunterschrift</translation>
    </message>
    <message>
        <source>Paragraph %1</source>
        <translation>Absatz %1</translation>
    </message>
</context>
<context>
    <name>QuizSummary</name>
    <message>
        <source>Your results</source>
        <translation>Deine Ergebnisse</translation>
    </message>
    <message>
        <source>Telling true from false</source>
        <translation>Wahr von falsch unterscheiden</translation>
    </message>
    <message>
        <source>True statements you accepted</source>
        <translation>Wahre Aussagen, die du angenommen hast</translation>
    </message>
    <message>
        <source>False statements you rejected</source>
        <translation>Falsche Aussagen, die du abgelehnt hast</translation>
    </message>
    <message>
        <source>Both numbers matter. Calling everything false would reject every false statement, but every true one too: that is blanket doubt, not judgement. A careful reader accepts what is well supported and doubts what is not.</source>
        <translation>Beide Zahlen zählen. Wer alles für falsch erklärt, lehnt zwar jede falsche Aussage ab, aber auch jede wahre: Das ist pauschaler Zweifel, kein Urteil. Wer sorgfältig liest, nimmt an, was gut belegt ist, und bezweifelt, was es nicht ist.</translation>
    </message>
    <message>
        <source>By skill</source>
        <translation>Nach Fähigkeit</translation>
    </message>
</context>
<context>
    <name>RankBody</name>
    <message>
        <source>Moved up: %1, now %2 of %3</source>
        <translation>Nach oben verschoben: %1, jetzt %2 von %3</translation>
    </message>
    <message>
        <source>Moved down: %1, now %2 of %3</source>
        <translation>Nach unten verschoben: %1, jetzt %2 von %3</translation>
    </message>
    <message>
        <source>Most reliable at the top. Move the options with the Up and Down buttons, then press “Check my answer”.</source>
        <translation>Die zuverlässigste oben. Verschiebe die Optionen mit den Knöpfen „Hoch“ und „Runter“ und drücke dann „Antwort prüfen“.</translation>
    </message>
    <message>
        <source>▲ Most reliable</source>
        <translation>▲ Am zuverlässigsten</translation>
    </message>
    <message>
        <source>▼ Least reliable</source>
        <translation>▼ Am wenigsten zuverlässig</translation>
    </message>
</context>
<context>
    <name>RankRow</name>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>↑ Up</source>
        <translation>↑ Hoch</translation>
    </message>
    <message>
        <source>Move up: %1</source>
        <translation>Nach oben: %1</translation>
    </message>
    <message>
        <source>↓ Down</source>
        <translation>↓ Runter</translation>
    </message>
    <message>
        <source>Move down: %1</source>
        <translation>Nach unten: %1</translation>
    </message>
    <message>
        <source>Right place</source>
        <translation>Richtiger Platz</translation>
    </message>
    <message>
        <source>Belongs at %1</source>
        <translation>Gehört auf Platz %1</translation>
    </message>
</context>
<context>
    <name>ResultsFormatter</name>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 of %2 points</source>
        <translation>%1 von %2 Punkten</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>under a minute</source>
        <translation>unter einer Minute</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>You answered all %1 questions; %2 fully right.</source>
        <translation>Du hast alle %1 Fragen beantwortet; %2 ganz richtig.</translation>
    </message>
    <message>
        <source>You answered %1 of %2 questions; %3 fully right.</source>
        <translation>Du hast %1 von %2 Fragen beantwortet; %3 ganz richtig.</translation>
    </message>
    <message>
        <source>You judged %1 of %2 true statements correctly and %3 of %4 false ones.</source>
        <translation>Du hast %1 von %2 wahren Aussagen richtig beurteilt und %3 von %4 falschen.</translation>
    </message>
    <message>
        <source>You judged %1 of %2 true statements correctly.</source>
        <translation>Du hast %1 von %2 wahren Aussagen richtig beurteilt.</translation>
    </message>
    <message>
        <source>This quiz had no false statements.</source>
        <translation>Dieses Quiz hatte keine falschen Aussagen.</translation>
    </message>
    <message>
        <source>You did not answer the false ones.</source>
        <translation>Die falschen hast du nicht beantwortet.</translation>
    </message>
    <message>
        <source>You judged %1 of %2 false statements correctly.</source>
        <translation>Du hast %1 von %2 falschen Aussagen richtig beurteilt.</translation>
    </message>
    <message>
        <source>This quiz had no true statements.</source>
        <translation>Dieses Quiz hatte keine wahren Aussagen.</translation>
    </message>
    <message>
        <source>You did not answer the true ones.</source>
        <translation>Die wahren hast du nicht beantwortet.</translation>
    </message>
    <message>
        <source>You did not answer any of the true-or-false statements.</source>
        <translation>Du hast keine der Richtig-oder-falsch-Aussagen beantwortet.</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%1 von %2 (%3)</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>nicht beantwortet</translation>
    </message>
    <message>
        <source>%1 of 1 point (%2)</source>
        <translation>%1 von 1 Punkt (%2)</translation>
    </message>
    <message>
        <source>%1 of %2 points (%3)</source>
        <translation>%1 von %2 Punkten (%3)</translation>
    </message>
    <message>
        <source>%1 of %2 answered · %3 fully right · time spent %4</source>
        <translation>%1 von %2 beantwortet · %3 ganz richtig · benötigte Zeit %4</translation>
    </message>
    <message>
        <source>&lt;b&gt;True statements:&lt;/b&gt; %1 (%2 of %3)&lt;br/&gt;&lt;b&gt;False statements:&lt;/b&gt; %4 (%5 of %6)</source>
        <translation>&lt;b&gt;Wahre Aussagen:&lt;/b&gt; %1 (%2 von %3)&lt;br/&gt;&lt;b&gt;Falsche Aussagen:&lt;/b&gt; %4 (%5 von %6)</translation>
    </message>
    <message>
        <source>%1 (%2 answered)</source>
        <translation>%1 (%2 beantwortet)</translation>
    </message>
    <message>
        <source>none answered</source>
        <translation>keine beantwortet</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Results · %1</source>
        <translation>Ergebnisse · %1</translation>
    </message>
    <message>
        <source>SAMPLE — made-up answers showing what this page looks like. No real student&apos;s data.</source>
        <translation>BEISPIEL – erfundene Antworten, die zeigen, wie diese Seite aussieht. Keine echten Daten von Schülerinnen und Schülern.</translation>
    </message>
    <message>
        <source>THE LESSON · FINISHED %1</source>
        <translation>DIE LEKTION · ABGESCHLOSSEN AM %1</translation>
    </message>
    <message>
        <source>THE LESSON · NOT FINISHED YET</source>
        <translation>DIE LEKTION · NOCH NICHT ABGESCHLOSSEN</translation>
    </message>
    <message>
        <source>BOOSTER CHECK · %1</source>
        <translation>AUFFRISCHUNGSTEST · %1</translation>
    </message>
    <message>
        <source>BOOSTER CHECK</source>
        <translation>AUFFRISCHUNGSTEST</translation>
    </message>
    <message>
        <source>Opens %1 days after you finish the lesson.</source>
        <translation type="vanished">Öffnet %1 Tage, nachdem du die Lektion abgeschlossen hast.</translation>
    </message>
    <message>
        <source>Open now: %1 fresh questions to see what stayed with you.</source>
        <translation type="vanished">Jetzt offen: %1 neue Fragen, um zu sehen, was hängen geblieben ist.</translation>
    </message>
    <message>
        <source>Opens %1.</source>
        <extracomment>%1 is a weekday, date and time.</extracomment>
        <translation>Öffnet am %1.</translation>
    </message>
    <message>
        <source>Its result will be kept beside the lesson&apos;s.</source>
        <translation>Sein Ergebnis wird neben dem der Lektion gespeichert.</translation>
    </message>
    <message>
        <source>Why two numbers? Rejecting everything gets every false statement right and every true one wrong: good judgement shows in both.</source>
        <translation>Warum zwei Zahlen? Wer alles ablehnt, hat jede falsche Aussage richtig und jede wahre falsch: Gutes Urteilsvermögen zeigt sich in beiden.</translation>
    </message>
    <message>
        <source>Strengths, by what the checks train</source>
        <translation>Stärken, nach dem, was die Aufgaben trainieren</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Lesson: share of credit</source>
        <translation>Lektion: Anteil der Punkte</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <source>Booster</source>
        <translation>Auffrischung</translation>
    </message>
    <message>
        <source>%1, lesson: %2 of the credit</source>
        <translation>%1, Lektion: %2 der Punkte</translation>
    </message>
    <message>
        <source>%1, answered: %2</source>
        <translation>%1, beantwortet: %2</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>nicht gefragt</translation>
    </message>
    <message>
        <source>%1, booster: %2</source>
        <translation>%1, Auffrischung: %2</translation>
    </message>
    <message>
        <source>Start over…</source>
        <translation>Von vorn beginnen…</translation>
    </message>
    <message>
        <source>Start over, forgetting this progress</source>
        <translation>Von vorn beginnen und diesen Fortschritt verwerfen</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Export the answers as a CSV file</source>
        <translation>Die Antworten als CSV-Datei exportieren</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>PDF exportieren…</translation>
    </message>
    <message>
        <source>Export a one-page PDF report for the teacher</source>
        <translation>Einen einseitigen PDF-Bericht für die Lehrkraft exportieren</translation>
    </message>
    <message>
        <source>Continue the booster check →</source>
        <translation>Auffrischungstest fortsetzen →</translation>
    </message>
    <message>
        <source>Start the booster check →</source>
        <translation>Auffrischungstest starten →</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Den Bericht als PDF speichern</translation>
    </message>
    <message>
        <source>Save the answers as CSV</source>
        <translation>Die Antworten als CSV speichern</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>dddd d MMMM yyyy</source>
        <comment>date format</comment>
        <extracomment>A date with its weekday, as in &quot;Monday 16 November 2026&quot; on the results page.</extracomment>
        <translation>dddd, d. MMMM yyyy</translation>
    </message>
    <message numerus="yes">
        <source>Opens %Ln day(s) after you finish the lesson.</source>
        <extracomment>%Ln is a number of days.</extracomment>
        <translation>
            <numerusform>Öffnet %Ln Tag, nachdem du die Lektion abgeschlossen hast.</numerusform>
            <numerusform>Öffnet %Ln Tage, nachdem du die Lektion abgeschlossen hast.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Open now: %Ln fresh question(s) to see what stayed with you.</source>
        <extracomment>%Ln is a number of questions.</extracomment>
        <translation>
            <numerusform>Jetzt offen: %Ln neue Frage, um zu sehen, was hängen geblieben ist.</numerusform>
            <numerusform>Jetzt offen: %Ln neue Fragen, um zu sehen, was hängen geblieben ist.</numerusform>
        </translation>
    </message>
    <message>
        <source>dddd d MMMM, HH:mm</source>
        <comment>date format</comment>
        <extracomment>A weekday, date and time, as in &quot;Monday 23 November, 14:05&quot;.</extracomment>
        <translation>dddd, d. MMMM, HH:mm</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Changes apply at once and are remembered on this computer.</source>
        <translation>Änderungen gelten sofort und werden auf diesem Computer gespeichert.</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Textgröße</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Text size: %1 percent</source>
        <translation>Textgröße: %1 Prozent</translation>
    </message>
    <message>
        <source>Arrow keys change the size in steps of 5 percent. For a large room, try 150 percent.</source>
        <translation>Die Pfeiltasten ändern die Größe in Schritten von 5 Prozent. Für einen großen Raum probiere es mit 150 Prozent.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Who said it, when, and on what evidence? Ask these three questions of every claim you read.</source>
        <translation>Wer hat es gesagt, wann und mit welchen Belegen? Stell diese drei Fragen zu jeder Behauptung, die du liest.</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Farben</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark text on warm paper.</source>
        <translation>Dunkler Text auf warmem Papier.</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Light text on a dark background, for dim rooms.</source>
        <translation>Heller Text auf dunklem Hintergrund, für abgedunkelte Räume.</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
    <message>
        <source>Black on white, thick outlines: for projectors and low vision.</source>
        <translation>Schwarz auf Weiß, dicke Umrisse: für Beamer und bei Sehschwäche.</translation>
    </message>
    <message>
        <source>%1 colours</source>
        <translation>Farben: %1</translation>
    </message>
    <message>
        <source>Aa</source>
        <translation>Aa</translation>
    </message>
    <message>
        <source>Motion</source>
        <translation>Bewegung</translation>
    </message>
    <message>
        <source>Booster check</source>
        <translation>Auffrischungstest</translation>
    </message>
    <message>
        <source>Reduce motion: pages do not slide, timelines jump instead of playing</source>
        <translation>Bewegung reduzieren: Seiten gleiten nicht, Zeitleisten springen statt abzuspielen</translation>
    </message>
    <message>
        <source>Reduce motion</source>
        <translation>Bewegung reduzieren</translation>
    </message>
    <message>
        <source>Days before the booster check: %1</source>
        <translation>Tage bis zum Auffrischungstest: %1</translation>
    </message>
    <message>
        <source>A short check of fresh items, offered this many days after finishing the case; 0 offers it straight away.</source>
        <translation>Ein kurzer Test mit neuen Aufgaben, der so viele Tage nach Abschluss des Falls angeboten wird; bei 0 sofort.</translation>
    </message>
    <message numerus="yes">
        <source>day(s) after finishing the case, a short check of fresh items</source>
        <extracomment>After a number box holding the count; %Ln is that count, not shown in this text.</extracomment>
        <translation>
            <numerusform>Tag nach Abschluss des Falls: ein kurzer Test mit neuen Aufgaben</numerusform>
            <numerusform>Tage nach Abschluss des Falls: ein kurzer Test mit neuen Aufgaben</numerusform>
        </translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <extracomment>The language setting&apos;s first choice; %1 is the name of the computer&apos;s language in that language, e.g. &quot;Deutsch&quot;.</extracomment>
        <translation>Systemstandard (%1)</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>Auf Standard zurücksetzen</translation>
    </message>
    <message>
        <source>Reset all settings to their defaults</source>
        <translation>Alle Einstellungen auf ihre Standardwerte zurücksetzen</translation>
    </message>
</context>
<context>
    <name>SourceRefsEditor</name>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Source reference %1</source>
        <translation>Quellenangabe %1</translation>
    </message>
    <message>
        <source>Source %1</source>
        <translation>Quelle %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove source reference %1</source>
        <translation>Quellenangabe %1 entfernen</translation>
    </message>
    <message>
        <source>The article, when it is one of the case</source>
        <translation>Der Artikel, wenn er zum Fall gehört</translation>
    </message>
    <message>
        <source>(not an article of the case)</source>
        <translation>(kein Artikel des Falls)</translation>
    </message>
    <message>
        <source>Its exact words (optional)</source>
        <translation>Der genaue Wortlaut (freiwillig)</translation>
    </message>
    <message>
        <source>Add a source</source>
        <translation>Quelle hinzufügen</translation>
    </message>
    <message>
        <source>Add a reference to a source of the case</source>
        <translation>Eine Angabe zu einer Quelle des Falls hinzufügen</translation>
    </message>
</context>
<context>
    <name>SpanToggle</name>
    <message>
        <source>You marked it: right</source>
        <translation>Von dir markiert: richtig</translation>
    </message>
    <message>
        <source>Missed: this one fits</source>
        <translation>Übersehen: Diese Stelle passt</translation>
    </message>
    <message>
        <source>Marked, but it does not fit</source>
        <translation>Markiert, passt aber nicht</translation>
    </message>
    <message>
        <source>Rightly left unmarked</source>
        <translation>Zu Recht nicht markiert</translation>
    </message>
    <message>
        <source>“%1”, %2</source>
        <translation>„%1“, %2</translation>
    </message>
    <message>
        <source>Key %1 marks or unmarks it</source>
        <translation>Taste %1 markiert die Stelle oder hebt die Markierung auf</translation>
    </message>
    <message>
        <source>%1 · %2 · marked</source>
        <translation>%1 · %2 · markiert</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>StartOverDialog</name>
    <message>
        <source>Start over?</source>
        <translation>Von vorn beginnen?</translation>
    </message>
    <message>
        <source>Your answers, scores and time on this case are forgotten, and the lesson starts again from the first step.</source>
        <translation>Deine Antworten, Punkte und Zeit zu diesem Fall werden verworfen, und die Lektion beginnt wieder beim ersten Schritt.</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Confirmed by the later record</source>
        <translation>Durch spätere Erkenntnisse bestätigt</translation>
    </message>
    <message>
        <source>The public record that came later bears the claim out.</source>
        <translation>Was später öffentlich bekannt wurde, bestätigt die Behauptung.</translation>
    </message>
    <message>
        <source>Supported by later public evidence</source>
        <translation>Durch spätere öffentliche Belege gestützt</translation>
    </message>
    <message>
        <source>Evidence made public after the coverage supports the claim; no court has ruled on it.</source>
        <translation>Belege, die nach der Berichterstattung veröffentlicht wurden, stützen die Behauptung; kein Gericht hat darüber entschieden.</translation>
    </message>
    <message>
        <source>Later charged in court — charges, not a verdict</source>
        <translation>Später vor Gericht angeklagt – Anklage, kein Urteil</translation>
    </message>
    <message>
        <source>Prosecutors later brought criminal charges on it: an accusation to be proved, not a finding of guilt.</source>
        <translation>Die Staatsanwaltschaft hat deswegen später Anklage erhoben: ein Vorwurf, der erst bewiesen werden muss, keine Feststellung von Schuld.</translation>
    </message>
    <message>
        <source>Official position; its evidence not made public</source>
        <translation>Offizielle Position; ihre Belege nicht veröffentlicht</translation>
    </message>
    <message>
        <source>The claimant holds to it, but the evidence behind it has not been published.</source>
        <translation>Der Urheber hält daran fest, aber die Belege dafür wurden nicht veröffentlicht.</translation>
    </message>
    <message>
        <source>Disputed at the time</source>
        <translation>Damals umstritten</translation>
    </message>
    <message>
        <source>Credible voices contested the claim when it was made.</source>
        <translation>Glaubwürdige Stimmen haben der Behauptung widersprochen, als sie aufgestellt wurde.</translation>
    </message>
    <message>
        <source>Contradicted later</source>
        <translation>Später widerlegt</translation>
    </message>
    <message>
        <source>The public record that came later contradicts the claim.</source>
        <translation>Was später öffentlich bekannt wurde, widerspricht der Behauptung.</translation>
    </message>
    <message>
        <source>Still unresolved</source>
        <translation>Weiter ungeklärt</translation>
    </message>
    <message>
        <source>The public record does not settle the claim either way.</source>
        <translation>Was öffentlich bekannt ist, klärt die Behauptung weder in die eine noch in die andere Richtung.</translation>
    </message>
    <message>
        <source>A judgement, not a checkable fact</source>
        <translation>Eine Bewertung, keine überprüfbare Tatsache</translation>
    </message>
    <message>
        <source>A view, a judgement or a forecast that no record can prove or disprove.</source>
        <translation>Eine Meinung, eine Bewertung oder eine Prognose, die sich weder beweisen noch widerlegen lässt.</translation>
    </message>
</context>
<context>
    <name>StoryPage</name>
    <message>
        <source>Story: %1</source>
        <translation>Geschichte: %1</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3 %4</source>
        <translation>Schritt %1 von %2: %3 %4</translation>
    </message>
    <message>
        <source>Chapter %1 of %2 · step %3 of %4</source>
        <translation>Kapitel %1 von %2 · Schritt %3 von %4</translation>
    </message>
    <message>
        <source>Chapter %1: %2</source>
        <translation>Kapitel %1: %2</translation>
    </message>
    <message>
        <source>← Previous step</source>
        <translation>← Vorheriger Schritt</translation>
    </message>
    <message>
        <source>← Previous</source>
        <translation>← Zurück</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Vorheriger Schritt</translation>
    </message>
    <message>
        <source>Answer or skip this question to go on</source>
        <translation>Beantworte oder überspringe diese Frage, um weiterzumachen</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Aufdecken</translation>
    </message>
    <message>
        <source>Reveal what comes next</source>
        <translation>Aufdecken, was als Nächstes kommt</translation>
    </message>
    <message>
        <source>Next →</source>
        <translation>Weiter →</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Abschließen</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Finish the lesson</source>
        <translation>Die Lektion abschließen</translation>
    </message>
</context>
<context>
    <name>StudentProgress</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The report could not be written: %1</source>
        <translation>Der Bericht konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Anonymous student</source>
        <translation>Anonym</translation>
    </message>
    <message>
        <source>%1 could not be removed.</source>
        <translation>%1 konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Progress could not be saved: %1</source>
        <translation>Der Fortschritt konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>StudioActors</name>
    <message>
        <source>New camp</source>
        <translation>Neues Lager</translation>
    </message>
    <message>
        <source>Actors (%1)</source>
        <translation>Akteure (%1)</translation>
    </message>
    <message>
        <source>Camps (%1)</source>
        <translation>Lager (%1)</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Akteure</translation>
    </message>
    <message>
        <source>New actor</source>
        <translation>Neuer Akteur</translation>
    </message>
    <message>
        <source>Actor %1</source>
        <translation>Akteur %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Country (two-letter ISO code, empty when unknown)</source>
        <translation>Land (zweistelliger ISO-Code, leer, wenn unbekannt)</translation>
    </message>
    <message>
        <source>Camp</source>
        <translation>Lager</translation>
    </message>
    <message>
        <source>(in no camp)</source>
        <translation>(in keinem Lager)</translation>
    </message>
    <message>
        <source>Camp of the actor</source>
        <translation>Lager des Akteurs</translation>
    </message>
    <message>
        <source>Camps</source>
        <translation>Lager</translation>
    </message>
    <message>
        <source>Camp %1</source>
        <translation>Lager %1</translation>
    </message>
    <message>
        <source>Place in the views (1 to 1000)</source>
        <translation>Platz in den Ansichten (1 bis 1000)</translation>
    </message>
    <message>
        <source>Place of the camp in the views</source>
        <translation>Platz des Lagers in den Ansichten</translation>
    </message>
    <message>
        <source>Marker</source>
        <translation>Zeichen</translation>
    </message>
    <message>
        <source>Actors in this camp</source>
        <translation>Akteure in diesem Lager</translation>
    </message>
</context>
<context>
    <name>StudioArticles</name>
    <message>
        <source>Import an article</source>
        <translation>Artikel importieren</translation>
    </message>
    <message>
        <source>Text or web pages (*.txt *.html *.htm)</source>
        <translation>Text- oder Webseiten (*.txt *.html *.htm)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Articles of the case</source>
        <translation>Artikel des Falls</translation>
    </message>
    <message>
        <source>Paste…</source>
        <translation>Einfügen…</translation>
    </message>
    <message>
        <source>Paste an article</source>
        <translation>Einen Artikel einfügen</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Import an article from a text or web page file</source>
        <translation>Einen Artikel aus einer Text- oder Webseitendatei importieren</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove this article</source>
        <translation>Diesen Artikel entfernen</translation>
    </message>
    <message>
        <source>Text and marks</source>
        <translation>Text und Markierungen</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>No article yet: paste one or import a file.</source>
        <translation>Noch kein Artikel: Füge einen ein oder importiere eine Datei.</translation>
    </message>
    <message>
        <source>Article text: select words to mark them</source>
        <translation>Artikeltext: Wähle Wörter aus, um sie zu markieren</translation>
    </message>
    <message>
        <source>Mark the selected words</source>
        <translation>Die ausgewählten Wörter markieren</translation>
    </message>
    <message>
        <source>Select words in the text first.</source>
        <translation>Wähle zuerst Wörter im Text aus.</translation>
    </message>
    <message>
        <source>“%1” (match %2)</source>
        <translation>„%1“ (Fundstelle %2)</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>Layer of the new mark</source>
        <translation>Ebene der neuen Markierung</translation>
    </message>
    <message>
        <source>Note: why this matters</source>
        <translation>Notiz: warum das wichtig ist</translation>
    </message>
    <message>
        <source>Note of the new mark</source>
        <translation>Notiz zur neuen Markierung</translation>
    </message>
    <message>
        <source>Correction: what is right</source>
        <translation>Korrektur: was richtig ist</translation>
    </message>
    <message>
        <source>Correction of the factual slip</source>
        <translation>Korrektur des Sachfehlers</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>Markieren</translation>
    </message>
    <message>
        <source>Mark the selected words as %1</source>
        <translation>Die ausgewählten Wörter als %1 markieren</translation>
    </message>
    <message>
        <source>New claim from words</source>
        <translation>Neue Behauptung aus Wörtern</translation>
    </message>
    <message>
        <source>Make a new claim reported by the selected words</source>
        <translation>Eine neue Behauptung anlegen, über die die ausgewählten Wörter berichten</translation>
    </message>
    <message>
        <source>Marks (%1)</source>
        <translation>Markierungen (%1)</translation>
    </message>
    <message>
        <source>Marks in this article</source>
        <translation>Markierungen in diesem Artikel</translation>
    </message>
    <message>
        <source>(not found in the text)</source>
        <translation>(nicht im Text gefunden)</translation>
    </message>
    <message>
        <source>Layer of the mark</source>
        <translation>Ebene der Markierung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Sources of the correction</source>
        <translation>Quellen der Korrektur</translation>
    </message>
    <message>
        <source>The claim it reports</source>
        <translation>Die Behauptung, über die sie berichtet</translation>
    </message>
    <message>
        <source>Remove this mark</source>
        <translation>Diese Markierung entfernen</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Schlagzeile</translation>
    </message>
    <message>
        <source>Headline of the new article</source>
        <translation>Schlagzeile des neuen Artikels</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Outlet of the new article</source>
        <translation>Medium des neuen Artikels</translation>
    </message>
    <message>
        <source>The article&apos;s text or HTML: blank lines between paragraphs</source>
        <translation>Text oder HTML des Artikels: Leerzeilen zwischen den Absätzen</translation>
    </message>
    <message>
        <source>Text of the new article</source>
        <translation>Text des neuen Artikels</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Add the article</source>
        <translation>Artikel hinzufügen</translation>
    </message>
    <message>
        <source>Mark words</source>
        <translation>Wörter markieren</translation>
    </message>
</context>
<context>
    <name>StudioCase</name>
    <message>
        <source>The case</source>
        <translation>Der Fall</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Id (letters, digits and dashes; names the pack)</source>
        <translation>Id (Buchstaben, Ziffern und Bindestriche; benennt das Paket)</translation>
    </message>
    <message>
        <source>Language (a code such as en, de, fr)</source>
        <translation>Sprache (ein Code wie en, de, fr)</translation>
    </message>
    <message>
        <source>Summary (shown on the home page)</source>
        <translation>Zusammenfassung (auf der Startseite angezeigt)</translation>
    </message>
    <message>
        <source>Authors (one a line)</source>
        <translation>Autoren (einer pro Zeile)</translation>
    </message>
    <message>
        <source>Authors, one a line</source>
        <translation>Autoren, einer pro Zeile</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Coverage from (YYYY-MM-DD)</source>
        <translation>Berichterstattung vom (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>Coverage to (YYYY-MM-DD)</source>
        <translation>Berichterstattung bis (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>What is known now, as of</source>
        <translation>Was heute bekannt ist, Stand</translation>
    </message>
    <message>
        <source>Content notice (shown before the case starts)</source>
        <translation>Inhaltshinweis (vor Beginn des Falls angezeigt)</translation>
    </message>
</context>
<context>
    <name>StudioChoice</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
</context>
<context>
    <name>StudioClaims</name>
    <message>
        <source>%1 %2 %3</source>
        <extracomment>A claim in the studio&apos;s list: %1 the claimant, %2 the stance (&quot;blames&quot;), %3 the targets</extracomment>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>no one</source>
        <translation>niemanden</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Behauptungen</translation>
    </message>
    <message>
        <source>No claim yet.</source>
        <translation>Noch keine Behauptung.</translation>
    </message>
    <message>
        <source>Who blamed whom by %1</source>
        <translation>Wer wem die Schuld gab, bis %1</translation>
    </message>
    <message>
        <source>The case has problems now: this shows its last valid state.</source>
        <translation>Der Fall hat gerade Probleme: Das zeigt seinen letzten gültigen Zustand.</translation>
    </message>
    <message>
        <source>Who blamed whom</source>
        <translation>Wer wem die Schuld gab</translation>
    </message>
    <message>
        <source>%1 → %2: %3</source>
        <translation>%1 → %2: %3</translation>
    </message>
</context>
<context>
    <name>StudioDateField</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>Known to the day</source>
        <translation>Auf den Tag genau</translation>
    </message>
    <message>
        <source>Approximate (≈)</source>
        <translation>Ungefähr (≈)</translation>
    </message>
    <message>
        <source>%1: precision</source>
        <translation>%1: Genauigkeit</translation>
    </message>
</context>
<context>
    <name>StudioIdList</name>
    <message>
        <source>Remove %1 from %2</source>
        <translation>%1 aus %2 entfernen</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation>Zu %1 hinzufügen</translation>
    </message>
</context>
<context>
    <name>StudioItemList</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>New item in %1</source>
        <translation>Neuer Eintrag in %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the chosen item of %1</source>
        <translation>Den gewählten Eintrag aus %1 entfernen</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Move the chosen item of %1 up</source>
        <translation>Den gewählten Eintrag in %1 nach oben verschieben</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Runter</translation>
    </message>
    <message>
        <source>Move the chosen item of %1 down</source>
        <translation>Den gewählten Eintrag in %1 nach unten verschieben</translation>
    </message>
</context>
<context>
    <name>StudioLesson</name>
    <message>
        <source>New chapter</source>
        <translation>Neues Kapitel</translation>
    </message>
    <message>
        <source>New step</source>
        <translation>Neuer Schritt</translation>
    </message>
    <message numerus="yes">
        <source>About %Ln minute(s)</source>
        <translation>
            <numerusform>Etwa %Ln Minute</numerusform>
            <numerusform>Etwa %Ln Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 words at %2 a minute, %Ln question(s)</source>
        <translation>
            <numerusform>%1 Wörter bei %2 pro Minute, %Ln Frage</numerusform>
            <numerusform>%1 Wörter bei %2 pro Minute, %Ln Fragen</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimated length: %1</source>
        <translation>Geschätzte Dauer: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln min</source>
        <translation>
            <numerusform>%Ln Min.</numerusform>
            <numerusform>%Ln Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>+ Step</source>
        <translation>+ Schritt</translation>
    </message>
    <message>
        <source>Add a step to chapter %1</source>
        <translation>Einen Schritt zu Kapitel %1 hinzufügen</translation>
    </message>
    <message>
        <source>+ Chapter</source>
        <translation>+ Kapitel</translation>
    </message>
    <message>
        <source>Add a chapter</source>
        <translation>Ein Kapitel hinzufügen</translation>
    </message>
    <message>
        <source>Move %1 up</source>
        <translation>%1 nach oben verschieben</translation>
    </message>
    <message>
        <source>Move %1 down</source>
        <translation>%1 nach unten verschieben</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Chapter title</source>
        <translation>Kapiteltitel</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Step title</source>
        <translation>Schritttitel</translation>
    </message>
    <message>
        <source>Kind of step</source>
        <translation>Art des Schritts</translation>
    </message>
    <message>
        <source>Text (what the class reads)</source>
        <translation>Text (was die Klasse liest)</translation>
    </message>
    <message>
        <source>Article shown</source>
        <translation>Gezeigter Artikel</translation>
    </message>
    <message>
        <source>Date the view shows (YYYY-MM-DD; empty: the whole period)</source>
        <translation>Datum der Ansicht (JJJJ-MM-TT; leer: der ganze Zeitraum)</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ansicht</translation>
    </message>
    <message>
        <source>Camps</source>
        <translation>Lager</translation>
    </message>
    <message>
        <source>Every actor</source>
        <translation>Jeder Akteur</translation>
    </message>
    <message>
        <source>Who × whom matrix</source>
        <translation>Matrix: wer × wem</translation>
    </message>
    <message>
        <source>(the app&apos;s default)</source>
        <translation>(Standard der App)</translation>
    </message>
    <message>
        <source>Questions asked</source>
        <translation>Gestellte Fragen</translation>
    </message>
    <message>
        <source>Revealed when asked</source>
        <translation>Beim Aufdecken gezeigt</translation>
    </message>
    <message>
        <source>Presenter notes</source>
        <translation>Vortragsnotizen</translation>
    </message>
    <message>
        <source>Later developments shown under the text</source>
        <translation>Spätere Entwicklungen, unter dem Text gezeigt</translation>
    </message>
    <message>
        <source>(the largest arrow)</source>
        <translation>(der größte Pfeil)</translation>
    </message>
    <message>
        <source>A camp: its claims, made and received</source>
        <translation>Ein Lager: seine Behauptungen, aufgestellt und abbekommen</translation>
    </message>
    <message>
        <source>An actor: its claims, made and received</source>
        <translation>Ein Akteur: seine Behauptungen, aufgestellt und abbekommen</translation>
    </message>
    <message>
        <source>The claims about an actor</source>
        <translation>Die Behauptungen über einen Akteur</translation>
    </message>
    <message>
        <source>What the view focuses on</source>
        <translation>Worauf sich die Ansicht konzentriert</translation>
    </message>
    <message>
        <source>Camp</source>
        <translation>Lager</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
</context>
<context>
    <name>StudioPage</name>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Actors and camps</source>
        <translation>Akteure und Lager</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Behauptungen</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Quiz</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lektion</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>Keine Probleme</translation>
    </message>
    <message numerus="yes">
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>%Ln Fehler</numerusform>
            <numerusform>%Ln Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln Warnung</numerusform>
            <numerusform>%Ln Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>No section of the studio edits %1 yet.</source>
        <translation>Noch kein Bereich des Studios bearbeitet %1.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>The case has errors: mend them before trying it (see Problems).</source>
        <translation>Der Fall hat Fehler: Behebe sie, bevor du ihn ausprobierst (siehe Probleme).</translation>
    </message>
    <message>
        <source>Studio: %1</source>
        <translation>Studio: %1</translation>
    </message>
    <message>
        <source>Studio</source>
        <translation>Studio</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Make a case or adapt one</source>
        <translation>Einen Fall erstellen oder anpassen</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation type="vanished">Öffnen…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save as a copy…</source>
        <translation>Als Kopie speichern…</translation>
    </message>
    <message>
        <source>Export pack…</source>
        <translation>Paket exportieren…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Rückgängig: %1</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Wiederholen: %1</translation>
    </message>
    <message>
        <source>Try as a student</source>
        <translation>Als Schüler/in ausprobieren</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Präsentieren</translation>
    </message>
    <message>
        <source>Problems: %1</source>
        <translation>Probleme: %1</translation>
    </message>
    <message>
        <source>Hide the list of problems</source>
        <translation>Die Liste der Probleme ausblenden</translation>
    </message>
    <message>
        <source>Show the list of problems</source>
        <translation>Die Liste der Probleme anzeigen</translation>
    </message>
    <message>
        <source>The studio stopped before these cases were saved. Recover them?</source>
        <translation>Das Studio wurde beendet, bevor diese Fälle gespeichert waren. Wiederherstellen?</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %Ln file(s), written %2</source>
        <extracomment>%1 is the case&apos;s title, %2 when its recovery file was written</extracomment>
        <translation>
            <numerusform>%1 — %Ln Datei, geschrieben %2</numerusform>
            <numerusform>%1 — %Ln Dateien, geschrieben %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Recover %1</source>
        <translation>%1 wiederherstellen</translation>
    </message>
    <message>
        <source>Recovered: save it to keep it.</source>
        <translation>Wiederhergestellt: Speichere den Fall, um ihn zu behalten.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Discard %1</source>
        <translation>%1 verwerfen</translation>
    </message>
    <message>
        <source>Start a new case, open a case folder or pack, or adapt the case open in the app.</source>
        <translation>Beginne einen neuen Fall, öffne einen Fallordner oder ein Fallpaket, oder passe den in der App geöffneten Fall an.</translation>
    </message>
    <message>
        <source>New case…</source>
        <translation>Neuer Fall…</translation>
    </message>
    <message>
        <source>Adapt “%1”</source>
        <translation>„%1“ anpassen</translation>
    </message>
    <message>
        <source>Sections of the case</source>
        <translation>Bereiche des Falls</translation>
    </message>
    <message>
        <source>Problems of the case</source>
        <translation>Probleme des Falls</translation>
    </message>
    <message>
        <source>%1: %2, in %3 %4</source>
        <translation>%1: %2, in %3 %4</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Neuer Fall</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Title of the new case</source>
        <translation>Titel des neuen Falls</translation>
    </message>
    <message>
        <source>Id (letters, digits and dashes)</source>
        <translation>Id (Buchstaben, Ziffern und Bindestriche)</translation>
    </message>
    <message>
        <source>Id of the new case</source>
        <translation>Id des neuen Falls</translation>
    </message>
    <message>
        <source>A new case: save it to a folder to keep it.</source>
        <translation>Ein neuer Fall: Speichere ihn in einem Ordner, um ihn zu behalten.</translation>
    </message>
    <message>
        <source>Open a case folder</source>
        <translation>Einen Fallordner öffnen</translation>
    </message>
    <message>
        <source>Save the case in a new or empty folder</source>
        <translation>Den Fall in einem neuen oder leeren Ordner speichern</translation>
    </message>
    <message>
        <source>Save as a copy</source>
        <translation>Als Kopie speichern</translation>
    </message>
    <message>
        <source>Title of the copy</source>
        <translation>Titel der Kopie</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>Id of the copy</source>
        <translation>Id der Kopie</translation>
    </message>
    <message>
        <source>A new or empty folder for the copy</source>
        <translation>Ein neuer oder leerer Ordner für die Kopie</translation>
    </message>
    <message>
        <source>Saved as a copy.</source>
        <translation>Als Kopie gespeichert.</translation>
    </message>
    <message>
        <source>Export the case as a pack</source>
        <translation>Den Fall als Paket exportieren</translation>
    </message>
    <message>
        <source>Case packs (*.claimscope)</source>
        <translation>Fallpakete (*.claimscope)</translation>
    </message>
    <message>
        <source>Exported.</source>
        <translation>Exportiert.</translation>
    </message>
    <message>
        <source>The case has errors</source>
        <translation>Der Fall hat Fehler</translation>
    </message>
    <message numerus="yes">
        <source>The case has %Ln error(s): the app will refuse the pack until they are mended. Export it anyway?</source>
        <translation>
            <numerusform>Der Fall hat %Ln Fehler: Die App lehnt das Paket ab, bis er behoben ist. Trotzdem exportieren?</numerusform>
            <numerusform>Der Fall hat %Ln Fehler: Die App lehnt das Paket ab, bis sie behoben sind. Trotzdem exportieren?</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported, with errors.</source>
        <translation>Exportiert, mit Fehlern.</translation>
    </message>
    <message>
        <source>Open folder…</source>
        <translation>Ordner öffnen…</translation>
    </message>
    <message>
        <source>Open pack…</source>
        <translation>Paket öffnen…</translation>
    </message>
    <message>
        <source>Open a case pack to adapt it; it is saved as a copy in a folder</source>
        <translation>Ein Fallpaket zum Anpassen öffnen; es wird als Kopie in einem Ordner gespeichert</translation>
    </message>
    <message>
        <source>Open a case pack</source>
        <translation>Fallpaket öffnen</translation>
    </message>
    <message>
        <source>Case packs (*.claimscope *.zip *.tar.gz *.tar.xz *.7z)</source>
        <translation>Fallpakete (*.claimscope *.zip *.tar.gz *.tar.xz *.7z)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Opened a pack: “Save as a copy…” keeps your changes in a folder.</source>
        <translation>Paket geöffnet: „Als Kopie speichern…“ behält deine Änderungen in einem Ordner.</translation>
    </message>
</context>
<context>
    <name>StudioQuiz</name>
    <message>
        <source>Choice</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <source>True or false</source>
        <translation>Richtig oder falsch</translation>
    </message>
    <message>
        <source>Highlight in an article</source>
        <translation>Markieren in einem Artikel</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rangfolge</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>Neue Frage</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Rubric</source>
        <translation>Bewertungsraster</translation>
    </message>
    <message>
        <source>True or false statements: %1 true, %2 false</source>
        <extracomment>%1 and %2 count the true and the false statements among the true-or-false questions</extracomment>
        <translation>Richtig-oder-falsch-Aussagen: %1 wahr, %2 falsch</translation>
    </message>
    <message>
        <source>balance them, so that scores measure discernment, not blanket doubt</source>
        <translation>halte sie im Gleichgewicht, damit die Punkte Urteilsvermögen messen und nicht pauschalen Zweifel</translation>
    </message>
    <message>
        <source>New questions: %1</source>
        <translation>Neue Fragen: %1</translation>
    </message>
    <message>
        <source>Type of the questions added</source>
        <translation>Art der hinzugefügten Fragen</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Kriterien</translation>
    </message>
    <message>
        <source>New criterion</source>
        <translation>Neues Kriterium</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>What a student learns to look for</source>
        <translation>Worauf Schülerinnen und Schüler achten lernen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove %1 %2</source>
        <translation>%1 %2 entfernen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation>Zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Aussage</translation>
    </message>
    <message>
        <source>The statement is true</source>
        <translation>Die Aussage ist wahr</translation>
    </message>
    <message>
        <source>Feedback to “true”</source>
        <translation>Rückmeldung auf „wahr“</translation>
    </message>
    <message>
        <source>Feedback to “false”</source>
        <translation>Rückmeldung auf „falsch“</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Behauptung</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Spans (exact words of the article)</source>
        <translation>Stellen (genauer Wortlaut des Artikels)</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>Auswahlmöglichkeiten</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Right order, most reliable first</source>
        <translation>Richtige Reihenfolge, zuverlässigste zuerst</translation>
    </message>
    <message>
        <source>Rubric criteria it trains</source>
        <translation>Kriterien des Bewertungsrasters, die sie trainiert</translation>
    </message>
    <message>
        <source>Explanation (shown after answering)</source>
        <translation>Erklärung (nach dem Antworten angezeigt)</translation>
    </message>
    <message>
        <source>Kept for the later booster check</source>
        <translation>Für den späteren Auffrischungstest aufgehoben</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Richtig</translation>
    </message>
    <message>
        <source>Feedback: why it is right or wrong</source>
        <translation>Rückmeldung: warum es richtig oder falsch ist</translation>
    </message>
    <message>
        <source>Evidence it names</source>
        <translation>Genannte Belege</translation>
    </message>
    <message>
        <source>Exact words</source>
        <translation>Genauer Wortlaut</translation>
    </message>
    <message>
        <source>Which occurrence (1 when empty)</source>
        <translation>Welches Vorkommen (1, wenn leer)</translation>
    </message>
    <message>
        <source>Right to mark</source>
        <translation>Richtig zu markieren</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Rückmeldung</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Select words in the article, then add them as a span.</source>
        <translation>Wähle Wörter im Artikel aus und füge sie dann als Stelle hinzu.</translation>
    </message>
    <message>
        <source>Text of the article: select the words of a span</source>
        <translation>Text des Artikels: Wähle die Wörter einer Stelle aus</translation>
    </message>
    <message>
        <source>Add the selected words as a span</source>
        <translation>Die ausgewählten Wörter als Stelle hinzufügen</translation>
    </message>
    <message>
        <source>Added “%1”: write its feedback below.</source>
        <translation>„%1“ hinzugefügt: Schreibe unten die Rückmeldung dazu.</translation>
    </message>
</context>
<context>
    <name>StudioRecordList</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation>Zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the chosen one</source>
        <translation>Den gewählten Eintrag entfernen</translation>
    </message>
</context>
<context>
    <name>StudioSources</name>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Source %1</source>
        <translation>Quelle %1</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Web address (http or https)</source>
        <translation>Webadresse (http oder https)</translation>
    </message>
    <message>
        <source>Date, only when the source itself shows it</source>
        <translation>Datum, nur wenn die Quelle selbst es zeigt</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Words of this source, verbatim, one per line</source>
        <translation>Wörter dieser Quelle, wörtlich, eine pro Zeile</translation>
    </message>
    <message>
        <source>Quotes recorded from this source, one per line</source>
        <translation>Aus dieser Quelle festgehaltene Zitate, eines pro Zeile</translation>
    </message>
</context>
<context>
    <name>StudioTimeline</name>
    <message>
        <source>Phases</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Later developments</source>
        <translation>Spätere Entwicklungen</translation>
    </message>
    <message>
        <source>New phase</source>
        <translation>Neue Phase</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Neues Ereignis</translation>
    </message>
    <message>
        <source>The preview shows the last state of the case without errors.</source>
        <translation>Die Vorschau zeigt den letzten fehlerfreien Zustand des Falls.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>From (YYYY-MM-DD)</source>
        <translation>Von (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>To (YYYY-MM-DD)</source>
        <translation>Bis (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>How the coverage framed the story then</source>
        <translation>Wie die Berichterstattung die Geschichte damals darstellte</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Until (for a span; optional)</source>
        <translation>Bis (für einen Zeitraum; freiwillig)</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
</context>
<context>
    <name>StudioVocabulary</name>
    <message>
        <source>known to the day</source>
        <translation>auf den Tag genau</translation>
    </message>
    <message>
        <source>approximate (inferred)</source>
        <translation>ungefähr (erschlossen)</translation>
    </message>
</context>
<context>
    <name>TrueFalseBody</name>
    <message>
        <source>Click True or False, or press T or F.</source>
        <translation>Klicke auf „Richtig“ oder „Falsch“ oder drücke T oder F.</translation>
    </message>
    <message>
        <source>True</source>
        <translation>Richtig</translation>
    </message>
    <message>
        <source>Key 1 or T</source>
        <translation>Taste 1 oder T</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Falsch</translation>
    </message>
    <message>
        <source>Key 2 or F</source>
        <translation>Taste 2 oder F</translation>
    </message>
</context>
<context>
    <name>VocabularyStyle</name>
    <message>
        <source>blames</source>
        <translation>beschuldigt</translation>
    </message>
    <message>
        <source>denies</source>
        <translation>bestreitet</translation>
    </message>
    <message>
        <source>defends</source>
        <translation>verteidigt</translation>
    </message>
    <message>
        <source>doubts</source>
        <translation>bezweifelt</translation>
    </message>
    <message>
        <source>threatens</source>
        <translation>droht</translation>
    </message>
    <message>
        <source>criticises</source>
        <translation>kritisiert</translation>
    </message>
    <message>
        <source>urges</source>
        <translation>drängt</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>neutral</translation>
    </message>
    <message>
        <source>named person</source>
        <translation>namentlich genannte Person</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anonym</translation>
    </message>
    <message>
        <source>official statement</source>
        <translation>offizielle Stellungnahme</translation>
    </message>
    <message>
        <source>state media</source>
        <translation>Staatsmedien</translation>
    </message>
    <message>
        <source>no evidence offered</source>
        <translation>keine Belege genannt</translation>
    </message>
    <message>
        <source>evidence claimed, not shown</source>
        <translation>Belege behauptet, nicht gezeigt</translation>
    </message>
    <message>
        <source>technical evidence</source>
        <translation>technische Belege</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>first-hand account</source>
        <translation>Bericht aus erster Hand</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Behauptungen</translation>
    </message>
    <message>
        <source>Named sources</source>
        <translation>Genannte Quellen</translation>
    </message>
    <message>
        <source>Anonymous sources</source>
        <translation>Anonyme Quellen</translation>
    </message>
    <message>
        <source>Loaded language</source>
        <translation>Wertende Sprache</translation>
    </message>
    <message>
        <source>Hedges</source>
        <translation>Abschwächungen</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>Factual slips</source>
        <translation>Sachfehler</translation>
    </message>
</context>
<context>
    <name>VoteChart</name>
    <message>
        <source>How the class answered: %1</source>
        <translation>Wie die Klasse geantwortet hat: %1</translation>
    </message>
    <message>
        <source>The choices</source>
        <translation>Die Auswahlmöglichkeiten</translation>
    </message>
    <message numerus="yes">
        <source>%Ln hand(s)</source>
        <translation>
            <numerusform>%Ln Handzeichen</numerusform>
            <numerusform>%Ln Handzeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>Choice %1, %2: %3, %4 percent%5</source>
        <translation>Auswahl %1, %2: %3, %4 Prozent%5</translation>
    </message>
    <message>
        <source>, the correct answer</source>
        <translation>, die richtige Antwort</translation>
    </message>
    <message>
        <source>Choice %1: %2</source>
        <translation>Auswahl %1: %2</translation>
    </message>
    <message>
        <source>%1 · %2%</source>
        <translation>%1 · %2 %</translation>
    </message>
    <message>
        <source>%1 in all</source>
        <translation>%1 insgesamt</translation>
    </message>
    <message>
        <source>No hands were counted.</source>
        <translation>Es wurden keine Handzeichen gezählt.</translation>
    </message>
</context>
<context>
    <name>VoteItemView</name>
    <message>
        <source>Question %1 of %2 · show of hands</source>
        <translation>Frage %1 von %2 · Handzeichen</translation>
    </message>
    <message>
        <source>Question %1 of %2 · for discussion</source>
        <translation>Frage %1 von %2 · zur Diskussion</translation>
    </message>
    <message>
        <source>In “%1” (%2)</source>
        <translation>In „%1“ (%2)</translation>
    </message>
    <message>
        <source>Most reliable first</source>
        <translation>Zuverlässigste zuerst</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
</context>
<context>
    <name>VotePanel</name>
    <message>
        <source>&lt;b&gt;Question %1 of %2&lt;/b&gt; · %3</source>
        <translation>&lt;b&gt;Frage %1 von %2&lt;/b&gt; · %3</translation>
    </message>
    <message>
        <source>the class sees the answer</source>
        <translation>die Klasse sieht die Antwort</translation>
    </message>
    <message>
        <source>count the hands</source>
        <translation>Handzeichen zählen</translation>
    </message>
    <message>
        <source>for discussion</source>
        <translation>zur Diskussion</translation>
    </message>
    <message>
        <source>One hand less for choice %1</source>
        <translation>Ein Handzeichen weniger für Auswahl %1</translation>
    </message>
    <message>
        <source>One hand more for choice %1</source>
        <translation>Ein Handzeichen mehr für Auswahl %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln hand(s) counted</source>
        <translation>
            <numerusform>%Ln Handzeichen gezählt</numerusform>
            <numerusform>%Ln Handzeichen gezählt</numerusform>
        </translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>Antwort: %1</translation>
    </message>
</context>
<context>
    <name>WebAddressDialog</name>
    <message>
        <source>Web address</source>
        <translation>Webadresse</translation>
    </message>
    <message>
        <source>Web address of %1</source>
        <translation>Webadresse von %1</translation>
    </message>
    <message>
        <source>Open this address in your web browser? Claimscope itself never goes online.</source>
        <translation>Diese Adresse in deinem Webbrowser öffnen? Claimscope selbst geht nie online.</translation>
    </message>
    <message>
        <source>This address cannot be opened: only web pages (http and https) can.</source>
        <translation>Diese Adresse kann nicht geöffnet werden: Nur Webseiten (http und https) lassen sich öffnen.</translation>
    </message>
    <message>
        <source>The full address</source>
        <translation>Die vollständige Adresse</translation>
    </message>
    <message>
        <source>Site: %1</source>
        <translation>Website: %1</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Im Browser öffnen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
</TS>
