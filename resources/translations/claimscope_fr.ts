<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ArticleCard</name>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2&#xa0;: %3</translation>
    </message>
    <message>
        <source> (outlet inferred)</source>
        <translation> (média déduit)</translation>
    </message>
</context>
<context>
    <name>ArticleDetailsForm</name>
    <message>
        <source>Headline</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Média</translation>
    </message>
    <message>
        <source>Kind of outlet</source>
        <translation>Type de média</translation>
    </message>
    <message>
        <source>The outlet is inferred: the copy does not name it</source>
        <translation>Le média est déduit&#xa0;: la copie ne le nomme pas</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Adresse web</translation>
    </message>
    <message>
        <source>Provenance: where this copy comes from</source>
        <translation>Provenance&#xa0;: d&apos;où vient cette copie</translation>
    </message>
    <message>
        <source>An excerpt, not the whole article</source>
        <translation>Un extrait, pas l&apos;article entier</translation>
    </message>
    <message>
        <source>Copyright and licence</source>
        <translation>Droits d&apos;auteur et licence</translation>
    </message>
    <message>
        <source>Standfirst</source>
        <translation>Chapô</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Paragraphs (blank lines between them)</source>
        <translation>Paragraphes (lignes vides entre eux)</translation>
    </message>
    <message>
        <source>Paragraphs of the article</source>
        <translation>Paragraphes de l&apos;article</translation>
    </message>
    <message>
        <source>Marks whose words change are shown as not found.</source>
        <translation>Les marques dont les mots changent sont indiquées comme introuvables.</translation>
    </message>
    <message>
        <source>Apply the text</source>
        <translation>Appliquer le texte</translation>
    </message>
    <message>
        <source>Replace the article&apos;s paragraphs with this text</source>
        <translation>Remplacer les paragraphes de l&apos;article par ce texte</translation>
    </message>
</context>
<context>
    <name>ArticlePage</name>
    <message>
        <source>%1 · %2 · excerpt © its publisher, shown for educational commentary</source>
        <translation>%1 · %2 · extrait © son éditeur, montré à des fins de commentaire pédagogique</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Choose an article</source>
        <translation>Choisis un article</translation>
    </message>
</context>
<context>
    <name>ArticleReaderView</name>
    <message>
        <source>Kind: %1</source>
        <translation>Type&#xa0;: %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Date&#xa0;: %1</translation>
    </message>
    <message>
        <source> (inferred)</source>
        <translation> (déduit)</translation>
    </message>
    <message>
        <source>Provenance: %1</source>
        <translation>Provenance&#xa0;: %1</translation>
    </message>
    <message>
        <source>The outlet is inferred: the stored copy does not name it.</source>
        <translation>Le média est déduit&#xa0;: la copie conservée ne le nomme pas.</translation>
    </message>
    <message>
        <source>Highlight layers</source>
        <translation>Couches de surlignage</translation>
    </message>
    <message>
        <source>%1: %2 highlights</source>
        <translation>%1&#xa0;: %2 surlignages</translation>
    </message>
    <message>
        <source>Article text: %1</source>
        <translation>Texte de l&apos;article&#xa0;: %1</translation>
    </message>
    <message>
        <source>Web address…</source>
        <translation>Adresse web…</translation>
    </message>
    <message>
        <source>Show the article&apos;s web address</source>
        <translation>Afficher l&apos;adresse web de l&apos;article</translation>
    </message>
    <message>
        <source>%1 highlights — Tab to one, Enter to open</source>
        <translation>%1 surlignages — Tab pour en choisir un, Enter pour l&apos;ouvrir</translation>
    </message>
    <message>
        <source>Highlights in this article</source>
        <translation>Surlignages de cet article</translation>
    </message>
</context>
<context>
    <name>AudienceView</name>
    <message>
        <source>The audience screen is blank</source>
        <translation>L&apos;écran du public est noir</translation>
    </message>
    <message>
        <source>%1 · step %2 of %3</source>
        <translation>%1 · étape %2 sur %3</translation>
    </message>
</context>
<context>
    <name>AudienceWindow</name>
    <message>
        <source>Audience · step %1 of %2</source>
        <translation>Public · étape %1 sur %2</translation>
    </message>
</context>
<context>
    <name>BlameExplorer</name>
    <message>
        <source>Claims about %1</source>
        <translation>Affirmations sur %1</translation>
    </message>
    <message>
        <source>Claims by or about %1</source>
        <translation>Affirmations faites par ou sur %1</translation>
    </message>
    <message>
        <source>Views of who blamed whom</source>
        <translation>Vues de qui a accusé qui</translation>
    </message>
    <message>
        <source>Camps</source>
        <translation>Camps</translation>
    </message>
    <message>
        <source>Show the camps</source>
        <translation>Afficher les camps</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>Matrice</translation>
    </message>
    <message>
        <source>Show who blamed whom as a matrix</source>
        <translation>Afficher qui a accusé qui sous forme de matrice</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Show the network of actors</source>
        <translation>Afficher le réseau des acteurs</translation>
    </message>
    <message>
        <source>Bars</source>
        <translation>Barres</translation>
    </message>
    <message>
        <source>Show the bar chart by evidence</source>
        <translation>Afficher le diagramme en barres par type de preuve</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <source>Show the table of accusations</source>
        <translation>Afficher le tableau des accusations</translation>
    </message>
    <message>
        <source>Select a camp, an arrow&apos;s number, a matrix cell, a dot or a table row to see its claims.</source>
        <translation>Sélectionne un camp, le nombre d&apos;une flèche, une case de la matrice, un point ou une ligne du tableau pour voir ses affirmations.</translation>
    </message>
    <message>
        <source>Claims by or about %1 of %2</source>
        <extracomment>%1 &quot;5 more&quot;, %2 a camp: &quot;Claims by or about 5 more of US government&quot;</extracomment>
        <translation>Affirmations faites par ou sur %1 de %2</translation>
    </message>
</context>
<context>
    <name>BlameHeadline</name>
    <message numerus="yes">
        <source>%Ln from named source(s)</source>
        <translation>
            <numerusform>%Ln de source nommée</numerusform>
            <numerusform>%Ln de sources nommées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln from unnamed source(s)</source>
        <translation>
            <numerusform>%Ln de source anonyme</numerusform>
            <numerusform>%Ln de sources anonymes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln from official statement(s)</source>
        <translation>
            <numerusform>%Ln de déclaration officielle</numerusform>
            <numerusform>%Ln de déclarations officielles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln via state media</source>
        <translation>
            <numerusform>%Ln via les médias d&apos;État</numerusform>
            <numerusform>%Ln via les médias d&apos;État</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>separates the parts of &quot;3 from named sources, 1 from unnamed source&quot;</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <source>No claim has been made.</source>
        <translation>Aucune affirmation n&apos;a été faite.</translation>
    </message>
    <message>
        <source>By %1, no claim had been made yet.</source>
        <translation>Au %1, aucune affirmation n&apos;avait encore été faite.</translation>
    </message>
    <message>
        <source>By %1, %2 had been made, and no claim had blamed anyone yet.</source>
        <translation>Au %1, on comptait %2, mais aucune n&apos;accusait encore personne.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <translation>
            <numerusform>%Ln affirmation</numerusform>
            <numerusform>%Ln affirmations</numerusform>
        </translation>
    </message>
    <message>
        <source>By %1, no claim had blamed %2.</source>
        <translation>Au %1, aucune affirmation n&apos;accusait %2.</translation>
    </message>
    <message>
        <source>By %1, %2 had been blamed in %3 (%4) and had not answered with a denial.</source>
        <extracomment>%1 a date, %2 a camp&apos;s or actor&apos;s name, %3 &quot;6 claims&quot;, %4 &quot;3 from named sources, 3 from unnamed sources&quot;</extracomment>
        <translation>Au %1, on comptait des accusations contre %2 dans %3 (%4), sans aucun démenti de sa part.</translation>
    </message>
    <message>
        <source>By %1, %2 had been blamed in %3 (%4) and had answered with %5.</source>
        <extracomment>as above, and %5 &quot;2 denials&quot;</extracomment>
        <translation>Au %1, on comptait des accusations contre %2 dans %3 (%4), et %5 de sa part.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln denial(s)</source>
        <translation>
            <numerusform>%Ln démenti</numerusform>
            <numerusform>%Ln démentis</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BlameMatrix</name>
    <message>
        <source>Rows made the claims, columns received them. Enter on a letter opens a camp into its actors.</source>
        <translation>Les lignes ont fait les affirmations, les colonnes les ont reçues. Enter sur une lettre déplie un camp en ses acteurs.</translation>
    </message>
    <message>
        <source>One camp is open into its actors. Escape closes it.</source>
        <translation>Un camp est déplié en ses acteurs. Esc le replie.</translation>
    </message>
    <message>
        <source>Claimant ↓  Target →</source>
        <translation>Auteur ↓  Cible →</translation>
    </message>
    <message>
        <source>Who blamed whom, as a matrix: %1 claims</source>
        <translation>Qui a accusé qui, sous forme de matrice&#xa0;: %1 affirmations</translation>
    </message>
    <message>
        <source>Colours and markers of the stances</source>
        <translation>Couleurs et symboles des positions</translation>
    </message>
</context>
<context>
    <name>BlameMatrixHeader</name>
    <message>
        <source>Press Enter to open the camp</source>
        <translation>Appuie sur Enter pour déplier le camp</translation>
    </message>
    <message>
        <source>Press Enter to close the camp</source>
        <translation>Appuie sur Enter pour replier le camp</translation>
    </message>
</context>
<context>
    <name>BlameMatrixModel</name>
    <message>
        <source>no claims</source>
        <translation>aucune affirmation</translation>
    </message>
    <message>
        <source>%1 → %2: %3</source>
        <translation>%1 → %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 → all targets: %2</source>
        <translation>%1 → toutes les cibles&#xa0;: %2</translation>
    </message>
    <message>
        <source>All claimants → %1: %2</source>
        <translation>Tous les auteurs → %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>All claimants → all targets: %1</source>
        <translation>Tous les auteurs → toutes les cibles&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: %2, of %3</source>
        <translation>%1&#xa0;: %2, du camp %3</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s), %1</source>
        <translation>
            <numerusform>%Ln affirmation, %1</numerusform>
            <numerusform>%Ln affirmations, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, a camp of %Ln actor(s)</source>
        <translation>
            <numerusform>%1 : %2, un camp de %Ln acteur</numerusform>
            <numerusform>%1 : %2, un camp de %Ln acteurs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BlameNetwork</name>
    <message>
        <source>Who blamed whom, actor by actor</source>
        <translation>Qui a accusé qui, acteur par acteur</translation>
    </message>
    <message>
        <source>%1: made %2 claims, received %3</source>
        <translation>%1&#xa0;: auteur de %2 affirmations, cible de %3</translation>
    </message>
</context>
<context>
    <name>BlamePage</name>
    <message>
        <source>Who blamed whom</source>
        <translation>Qui a accusé qui</translation>
    </message>
    <message>
        <source>Each arrow: claims by one side about another. Thicker = more claims; colour and dash = the most common stance.</source>
        <translation>Chaque flèche&#xa0;: les affirmations d&apos;un côté sur un autre. Plus épaisse = plus d&apos;affirmations&#xa0;; couleur et tirets = la position la plus fréquente.</translation>
    </message>
</context>
<context>
    <name>BlameTable</name>
    <message>
        <source>Who blamed whom, as a table</source>
        <translation>Qui a accusé qui, sous forme de tableau</translation>
    </message>
    <message>
        <source>Who → whom</source>
        <translation>Qui → qui</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Affirmations</translation>
    </message>
    <message>
        <source>Stances</source>
        <translation>Positions</translation>
    </message>
    <message>
        <source>Evidence offered</source>
        <translation>Preuves avancées</translation>
    </message>
    <message>
        <source>Row %1 of %2. Claims: %3. Stances: %4. Evidence offered: %5</source>
        <translation>Ligne %1 sur %2. Affirmations&#xa0;: %3. Positions&#xa0;: %4. Preuves avancées&#xa0;: %5</translation>
    </message>
</context>
<context>
    <name>BlameView</name>
    <message numerus="yes">
        <source>%1 → %2: %Ln claim(s), %3; %4</source>
        <translation>
            <numerusform>%1 → %2&#xa0;: %Ln affirmation, %3&#xa0;; %4</numerusform>
            <numerusform>%1 → %2&#xa0;: %Ln affirmations, %3&#xa0;; %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s) by this date</source>
        <translation>
            <numerusform>%Ln affirmation à cette date</numerusform>
            <numerusform>%Ln affirmations à cette date</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s) selected</source>
        <translation>
            <numerusform>%Ln affirmation sélectionnée</numerusform>
            <numerusform>%Ln affirmations sélectionnées</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: made %2, received %3</source>
        <extracomment>%1 a camp&apos;s or actor&apos;s name, %2 &quot;3 claims&quot; made, %3 &quot;2 claims&quot; received</extracomment>
        <translation>%1&#xa0;: auteur de %2, cible de %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <translation>
            <numerusform>%Ln affirmation</numerusform>
            <numerusform>%Ln affirmations</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, opened into its actors</source>
        <translation>%1, déplié en ses acteurs</translation>
    </message>
    <message numerus="yes">
        <source>%1 about itself: %Ln claim(s), %2</source>
        <translation>
            <numerusform>%1 sur lui-même&#xa0;: %Ln affirmation, %2</numerusform>
            <numerusform>%1 sur lui-même&#xa0;: %Ln affirmations, %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 → %2: %Ln claim(s), %3</source>
        <extracomment>an arrow between camps: &quot;Government → Experts: 5 claims, 4 blames, 1 doubts&quot;</extracomment>
        <translation>
            <numerusform>%1 → %2&#xa0;: %Ln affirmation, %3</numerusform>
            <numerusform>%1 → %2&#xa0;: %Ln affirmations, %3</numerusform>
        </translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>tout le monde</translation>
    </message>
    <message numerus="yes">
        <source>%1 → %2: %Ln claim(s)</source>
        <translation>
            <numerusform>%1 → %2&#xa0;: %Ln affirmation</numerusform>
            <numerusform>%1 → %2&#xa0;: %Ln affirmations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more</source>
        <extracomment>a card for the actors of an open camp that do not fit in the view: &quot;5 more&quot;</extracomment>
        <translation>
            <numerusform>%Ln de plus</numerusform>
            <numerusform>%Ln de plus</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <extracomment>the card for several actors of an open camp: %1 &quot;5 more&quot;, %2 the camp, %3 their names</extracomment>
        <translation>%1 de %2 (%3)</translation>
    </message>
</context>
<context>
    <name>CalendarButton</name>
    <message>
        <source>Calendar…</source>
        <translation>Calendrier…</translation>
    </message>
    <message>
        <source>Choose %1 from a calendar</source>
        <translation>Choisir %1 dans un calendrier</translation>
    </message>
    <message>
        <source>Previous year</source>
        <translation>Année précédente</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Mois précédent</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Mois suivant</translation>
    </message>
    <message>
        <source>Next year</source>
        <translation>Année suivante</translation>
    </message>
    <message>
        <source>Calendar: %1</source>
        <translation>Calendrier : %1</translation>
    </message>
    <message>
        <source>Arrow keys move a day or a week, Page Up and Page Down a month; Enter picks the day.</source>
        <translation>Les flèches avancent d’un jour ou d’une semaine, Page préc. et Page suiv. d’un mois ; Entrée choisit le jour.</translation>
    </message>
</context>
<context>
    <name>CampNetwork</name>
    <message>
        <source>Who blamed whom, by camp</source>
        <translation>Qui a accusé qui, par camp</translation>
    </message>
</context>
<context>
    <name>CampSet</name>
    <message>
        <source>Governments</source>
        <translation>Gouvernements</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>Agences</translation>
    </message>
    <message>
        <source>State media</source>
        <translation>Médias d&apos;État</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Entreprises</translation>
    </message>
    <message>
        <source>Experts</source>
        <translation>Experts</translation>
    </message>
    <message>
        <source>Politicians</source>
        <translation>Politiques</translation>
    </message>
    <message>
        <source>Celebrities</source>
        <translation>Célébrités</translation>
    </message>
    <message>
        <source>Hacker groups</source>
        <translation>Groupes de hackers</translation>
    </message>
    <message>
        <source>Lawyers and courts</source>
        <translation>Avocats et tribunaux</translation>
    </message>
    <message>
        <source>News outlets</source>
        <translation>Médias d&apos;information</translation>
    </message>
    <message>
        <source>Other actors</source>
        <translation>Autres acteurs</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>Autres</translation>
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
        <translation>Aucune barre à afficher.</translation>
    </message>
    <message>
        <source>%1 is the largest with %2 (%3)</source>
        <translation>%1&#xa0;: la plus grande barre, avec %2 (%3)</translation>
    </message>
    <message>
        <source>%1 is the largest with %2</source>
        <translation>%1&#xa0;: la plus grande barre, avec %2</translation>
    </message>
    <message numerus="yes">
        <source>Of %Ln bar(s), %1</source>
        <translation>
            <numerusform>Sur %Ln barre, %1</numerusform>
            <numerusform>Sur %Ln barres, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; then %2.</source>
        <translation>%1&#xa0;; ensuite %2.</translation>
    </message>
</context>
<context>
    <name>ChoiceBody</name>
    <message>
        <source>Click an answer or press its number.</source>
        <translation>Clique sur une réponse ou appuie sur son numéro.</translation>
    </message>
</context>
<context>
    <name>ChoiceButton</name>
    <message>
        <source>Your answer: correct</source>
        <translation>Ta réponse&#xa0;: juste</translation>
    </message>
    <message>
        <source>Your answer: wrong</source>
        <translation>Ta réponse&#xa0;: fausse</translation>
    </message>
    <message>
        <source>Correct answer</source>
        <translation>Bonne réponse</translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation>Touche %1</translation>
    </message>
</context>
<context>
    <name>ClaimForm</name>
    <message>
        <source>Claim %1</source>
        <translation>Affirmation %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>About whom (targets)</source>
        <translation>Sur qui (cibles)</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>How the claimant is identified</source>
        <translation>Comment l&apos;auteur est identifié</translation>
    </message>
    <message>
        <source>Evidence offered with the claim</source>
        <translation>Preuves avancées avec l&apos;affirmation</translation>
    </message>
    <message>
        <source>The claim in our own words</source>
        <translation>L&apos;affirmation avec nos propres mots</translation>
    </message>
    <message>
        <source>Known now</source>
        <translation>Ce qu&apos;on sait aujourd&apos;hui</translation>
    </message>
    <message>
        <source>What the later record makes of it</source>
        <translation>Ce qu&apos;en disent les faits établis plus tard</translation>
    </message>
    <message>
        <source>Note on what is known now</source>
        <translation>Note sur ce qu&apos;on sait aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Later developments that settle or change it</source>
        <translation>Évolutions ultérieures qui la tranchent ou la modifient</translation>
    </message>
</context>
<context>
    <name>ClaimList</name>
    <message numerus="yes">
        <source>Claims: %Ln</source>
        <translation>
            <numerusform>Affirmations&#xa0;: %Ln</numerusform>
            <numerusform>Affirmations&#xa0;: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 %3 %4: %5</source>
        <translation>%1, %2 %3 %4&#xa0;: %5</translation>
    </message>
    <message>
        <source>Claim %1 of %2</source>
        <translation>Affirmation %1 sur %2</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Sources&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: web address…</source>
        <translation>%1&#xa0;: adresse web…</translation>
    </message>
    <message>
        <source>Now: %1. %2</source>
        <translation>Aujourd&apos;hui&#xa0;: %1. %2</translation>
    </message>
    <message>
        <source>Show in the article</source>
        <translation>Montrer dans l&apos;article</translation>
    </message>
    <message>
        <source>Show this claim in the article</source>
        <translation>Montrer cette affirmation dans l&apos;article</translation>
    </message>
</context>
<context>
    <name>CoverageChart</name>
    <message>
        <source>Claims per day</source>
        <translation>Affirmations par jour</translation>
    </message>
    <message>
        <source>Claims per day up to %1, by %2; at most %3 on one day</source>
        <translation>Affirmations par jour jusqu&apos;au %1, selon %2&#xa0;; au plus %3 en un jour</translation>
    </message>
    <message>
        <source>who is speaking</source>
        <translation>qui parle</translation>
    </message>
    <message>
        <source>stance</source>
        <translation>la position</translation>
    </message>
</context>
<context>
    <name>CoverageExplorer</name>
    <message>
        <source>Headline language: %1</source>
        <translation>Langage des titres&#xa0;: %1</translation>
    </message>
    <message>
        <source>Claims per day by</source>
        <translation>Affirmations par jour selon</translation>
    </message>
    <message>
        <source>stance</source>
        <translation>la position</translation>
    </message>
    <message>
        <source>Chart by stance</source>
        <translation>Graphique par position</translation>
    </message>
    <message>
        <source>who is speaking</source>
        <translation>qui parle</translation>
    </message>
    <message>
        <source>Chart by attribution: named, anonymous, official, state media</source>
        <translation>Graphique selon qui parle&#xa0;: personne nommée, anonyme, déclaration officielle, médias d&apos;État</translation>
    </message>
    <message>
        <source>Said then — known now</source>
        <translation>Dit alors — su aujourd&apos;hui</translation>
    </message>
    <message numerus="yes">
        <source>Claims of this phase, with what was established later: %Ln</source>
        <translation>
            <numerusform>Affirmations de cette phase, avec ce qui a été établi ensuite&#xa0;: %Ln</numerusform>
            <numerusform>Affirmations de cette phase, avec ce qui a été établi ensuite&#xa0;: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Then: %1</source>
        <translation>Alors&#xa0;: %1</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Aujourd&apos;hui&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CoveragePage</name>
    <message>
        <source>How the coverage shifted</source>
        <translation>Comment la couverture a évolué</translation>
    </message>
    <message>
        <source>Drag the date, or press Space to play: what was claimed then, and what is known now.</source>
        <translation>Fais glisser la date, ou appuie sur Espace pour lancer la lecture&#xa0;: ce qui a été affirmé alors, et ce qu&apos;on sait aujourd&apos;hui.</translation>
    </message>
</context>
<context>
    <name>CoverageView</name>
    <message>
        <source>From %1 to %2</source>
        <extracomment>%1 and %2 are dates.</extracomment>
        <translation>Du %1 au %2</translation>
    </message>
    <message>
        <source>%1: no claims yet.</source>
        <translation>%1&#xa0;: pas encore d&apos;affirmation.</translation>
    </message>
    <message>
        <source>%1: %2 %3; the busiest day was %4, with %5.</source>
        <extracomment>%1 is &quot;From &lt;date&gt; to &lt;date&gt;&quot;, %2 &quot;N claims&quot;, %3 &quot;on N days&quot;, %4 a date, %5 &quot;N claims&quot;</extracomment>
        <translation>%1&#xa0;: %2 %3&#xa0;; le jour le plus chargé a été le %4, avec %5.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <translation>
            <numerusform>%Ln affirmation</numerusform>
            <numerusform>%Ln affirmations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>on %Ln day(s)</source>
        <translation>
            <numerusform>sur %Ln jour</numerusform>
            <numerusform>sur %Ln jours</numerusform>
        </translation>
    </message>
    <message>
        <source>No phase on this date</source>
        <translation>Aucune phase à cette date</translation>
    </message>
    <message>
        <source>Before the first phase</source>
        <translation>Avant la première phase</translation>
    </message>
    <message>
        <source>After the last phase</source>
        <translation>Après la dernière phase</translation>
    </message>
    <message>
        <source>Between phases</source>
        <translation>Entre deux phases</translation>
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
        <translation>Au dernier jour</translation>
    </message>
    <message>
        <source>▶ Play</source>
        <translation>▶ Lecture</translation>
    </message>
    <message>
        <source>Pause the timeline</source>
        <translation>Mettre la frise en pause</translation>
    </message>
    <message>
        <source>Go to the last day</source>
        <translation>Aller au dernier jour</translation>
    </message>
    <message>
        <source>Play the timeline</source>
        <translation>Lancer la frise</translation>
    </message>
    <message>
        <source>Date, playing</source>
        <translation>Date, en lecture</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Date&#xa0;: %1</translation>
    </message>
    <message>
        <source>Day %1 of %2</source>
        <translation>Jour %1 sur %2</translation>
    </message>
</context>
<context>
    <name>DateText</name>
    <message>
        <source>d MMM yyyy</source>
        <comment>date format</comment>
        <extracomment>A QDate::toString() pattern for a day in a list (d: day, MMM: short month name, yyyy: year); keep the letters, change their order and the punctuation.</extracomment>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>date format</comment>
        <extracomment>A QDate::toString() pattern for a day when the year is clear (d: day, MMM: short month name); keep the letters, change their order and the punctuation.</extracomment>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>date format</comment>
        <extracomment>A QDate::toString() pattern for a day in a heading (d: day, MMMM: month name, yyyy: year); keep the letters, change their order and the punctuation.</extracomment>
        <translation>d MMMM yyyy</translation>
    </message>
</context>
<context>
    <name>DayAxis</name>
    <message>
        <source>No claims or events %1</source>
        <translation>Ni affirmation ni événement&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>DemoSession</name>
    <message>
        <source>Sample student</source>
        <translation>Élève d&apos;exemple</translation>
    </message>
    <message>
        <source>Sample: Jordan</source>
        <translation>Exemple&#xa0;: Jordan</translation>
    </message>
</context>
<context>
    <name>EndPresentationDialog</name>
    <message>
        <source>End the presentation?</source>
        <translation>Terminer la présentation&#xa0;?</translation>
    </message>
    <message>
        <source>Keep presenting</source>
        <translation>Continuer la présentation</translation>
    </message>
    <message>
        <source>End presentation</source>
        <translation>Terminer la présentation</translation>
    </message>
</context>
<context>
    <name>EvidenceBarChart</name>
    <message>
        <source>Bar chart: claims by who blamed whom, by evidence, by %1</source>
        <translation>Diagramme en barres&#xa0;: affirmations selon qui a accusé qui, par type de preuve, au %1</translation>
    </message>
    <message>
        <source>%1 The Table tab lists every pair.</source>
        <translation>%1 L&apos;onglet Tableau liste chaque paire.</translation>
    </message>
    <message>
        <source>claims</source>
        <translation>affirmations</translation>
    </message>
</context>
<context>
    <name>FeedbackPanel</name>
    <message>
        <source>Correct</source>
        <translation>Juste</translation>
    </message>
    <message>
        <source>Partly right: %1% of the points</source>
        <translation>En partie juste&#xa0;: %1&#xa0;% des points</translation>
    </message>
    <message>
        <source>Not right</source>
        <translation>Pas juste</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Pourquoi c&apos;est important</translation>
    </message>
</context>
<context>
    <name>HighlightBody</name>
    <message>
        <source>From %1, %2: “%3”</source>
        <translation>Dans %1, %2&#xa0;: «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>Mark every phrase that fits (click it or press its number), then press “Check my answer”.</source>
        <translation>Marque chaque expression qui convient (clique dessus ou appuie sur son numéro), puis appuie sur «&#xa0;Vérifier ma réponse&#xa0;».</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>CLAIMSCOPE · A CASE IN MEDIA LITERACY</source>
        <translation>CLAIMSCOPE · UN CAS D&apos;ÉDUCATION AUX MÉDIAS</translation>
    </message>
    <message>
        <source>Open case pack…</source>
        <translation>Ouvrir un paquet de cas…</translation>
    </message>
    <message>
        <source>Open another case pack</source>
        <translation>Ouvrir un autre paquet de cas</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Settings: text size, colours, motion</source>
        <translation>Réglages&#xa0;: taille du texte, couleurs, animations</translation>
    </message>
    <message>
        <source>Present to a class</source>
        <translation>Présenter à une classe</translation>
    </message>
    <message>
        <source>Full-screen steps for a projector, with presenter notes.</source>
        <translation>Étapes en plein écran pour un projecteur, avec notes du présentateur.</translation>
    </message>
    <message>
        <source>Work through it myself</source>
        <translation>Le parcourir moi-même</translation>
    </message>
    <message>
        <source>Read the coverage, answer the checks, see how you did.</source>
        <translation>Lis la couverture, réponds aux tests, découvre tes résultats.</translation>
    </message>
    <message>
        <source>Or explore:</source>
        <translation>Ou explore&#xa0;:</translation>
    </message>
    <message>
        <source>Read the articles</source>
        <translation>Lire les articles</translation>
    </message>
    <message>
        <source>Who blamed whom</source>
        <translation>Qui a accusé qui</translation>
    </message>
    <message>
        <source>How the coverage shifted</source>
        <translation>Comment la couverture a évolué</translation>
    </message>
    <message>
        <source>Check yourself</source>
        <translation>Teste-toi</translation>
    </message>
    <message>
        <source>On paper:</source>
        <translation>Sur papier&#xa0;:</translation>
    </message>
    <message>
        <source>Teacher&apos;s guide…</source>
        <translation>Guide de l&apos;enseignant…</translation>
    </message>
    <message>
        <source>Save the teacher&apos;s guide as PDF: the lesson plan with notes and answers</source>
        <translation>Enregistrer le guide de l&apos;enseignant en PDF&#xa0;: le plan de leçon avec notes et réponses</translation>
    </message>
    <message>
        <source>Worksheet…</source>
        <translation>Fiche d&apos;exercices…</translation>
    </message>
    <message>
        <source>Save a worksheet as PDF: the questions without answers, for classes without devices</source>
        <translation>Enregistrer une fiche d&apos;exercices en PDF&#xa0;: les questions sans les réponses, pour les classes sans appareils</translation>
    </message>
    <message numerus="yes">
        <source>The coverage you will examine: %Ln article(s)</source>
        <translation>
            <numerusform>La couverture que tu vas examiner&#xa0;: %Ln article</numerusform>
            <numerusform>La couverture que tu vas examiner&#xa0;: %Ln articles</numerusform>
        </translation>
    </message>
    <message>
        <source>Make or adapt a case</source>
        <translation>Créer ou adapter un cas</translation>
    </message>
    <message>
        <source>Make or adapt a case in the studio</source>
        <translation>Créer ou adapter un cas dans le studio</translation>
    </message>
</context>
<context>
    <name>KnownNow</name>
    <message>
        <source>Known as of %1</source>
        <extracomment>%1 is the date of the case&apos;s latest check of the public record.</extracomment>
        <translation>État des connaissances au %1</translation>
    </message>
    <message>
        <source>Since then: %1</source>
        <translation>Depuis&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>LessonPrint</name>
    <message>
        <source>article</source>
        <translation>article</translation>
    </message>
    <message>
        <source>who blamed whom</source>
        <translation>qui a accusé qui</translation>
    </message>
    <message>
        <source>the coverage over time</source>
        <translation>la couverture dans le temps</translation>
    </message>
    <message>
        <source>questions</source>
        <translation>questions</translation>
    </message>
    <message>
        <source>with a reveal</source>
        <translation>avec dévoilement</translation>
    </message>
    <message>
        <source>story</source>
        <translation>récit</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>vrai ou faux</translation>
    </message>
    <message>
        <source>highlight the words</source>
        <translation>surligner les mots</translation>
    </message>
    <message>
        <source>rank the sources</source>
        <translation>classer les sources</translation>
    </message>
    <message>
        <source>what evidence was offered?</source>
        <translation>quelles preuves ont été avancées&#xa0;?</translation>
    </message>
    <message>
        <source>choice</source>
        <translation>choix</translation>
    </message>
    <message>
        <source>The article “%1” (%2), with its marks.</source>
        <translation>L&apos;article «&#xa0;%1&#xa0;» (%2), avec ses marques.</translation>
    </message>
    <message>
        <source>The map of who blamed whom%1.</source>
        <translation>La carte de qui a accusé qui%1.</translation>
    </message>
    <message>
        <source>, up to %1</source>
        <translation>, jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>The coverage day by day%1.</source>
        <translation>La couverture jour par jour%1.</translation>
    </message>
    <message>
        <source>Dated cards:</source>
        <translation>Cartes datées&#xa0;:</translation>
    </message>
    <message>
        <source>True</source>
        <translation>Vrai</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Faux</translation>
    </message>
    <message>
        <source>Show of hands: key 1 counts a hand for true, 2 for false; → reveals the tally and the answer.</source>
        <translation>Vote à main levée&#xa0;: la touche 1 compte une main pour vrai, 2 pour faux&#xa0;; → dévoile le décompte et la réponse.</translation>
    </message>
    <message>
        <source>Show of hands: keys 1–%1 count a hand for each choice; → reveals the tally and the answer.</source>
        <translation>Vote à main levée&#xa0;: les touches 1–%1 comptent une main pour chaque choix&#xa0;; → dévoile le décompte et la réponse.</translation>
    </message>
    <message>
        <source>For discussion (no show of hands): ask for reasons, then → reveals the answer.</source>
        <translation>Pour la discussion (sans vote à main levée)&#xa0;: demander des arguments, puis → dévoile la réponse.</translation>
    </message>
    <message>
        <source>In “%1” (%2)</source>
        <translation>Dans «&#xa0;%1&#xa0;» (%2)</translation>
    </message>
    <message>
        <source>→ PgDn Space / ← PgUp</source>
        <translation>→ PgDn Espace / ← PgUp</translation>
    </message>
    <message>
        <source>next / back; a step with something hidden reveals it first</source>
        <translation>suivant / retour&#xa0;; une étape avec un élément caché le dévoile d&apos;abord</translation>
    </message>
    <message>
        <source>B or .</source>
        <translation>B ou .</translation>
    </message>
    <message>
        <source>blank the screen (black); again to show it</source>
        <translation>écran noir&#xa0;; à nouveau pour le réafficher</translation>
    </message>
    <message>
        <source>F, Esc</source>
        <translation>F, Esc</translation>
    </message>
    <message>
        <source>full screen on and off; Esc leaves full screen, a second Esc ends after a confirmation</source>
        <translation>plein écran activé ou désactivé&#xa0;; Esc quitte le plein écran, un second Esc termine après confirmation</translation>
    </message>
    <message>
        <source>number, Enter</source>
        <translation>numéro, Enter</translation>
    </message>
    <message>
        <source>go to that step</source>
        <translation>aller à cette étape</translation>
    </message>
    <message>
        <source>1–4 on a question</source>
        <translation>1–4 sur une question</translation>
    </message>
    <message>
        <source>one hand for that choice (true/false: 1 true, 2 false); Backspace takes the last back; G, number, Enter goes to a step</source>
        <translation>une main pour ce choix (vrai/faux&#xa0;: 1 vrai, 2 faux)&#xa0;; Backspace retire la dernière&#xa0;; G, numéro, Enter va à une étape</translation>
    </message>
    <message>
        <source>N (one screen)</source>
        <translation>N (un seul écran)</translation>
    </message>
    <message>
        <source>the notes and the answer, after a warning: the class sees them too; N or Esc hides them, and any move does</source>
        <translation>les notes et la réponse, après un avertissement&#xa0;: la classe les voit aussi&#xa0;; N ou Esc les masque, tout comme n&apos;importe quel déplacement</translation>
    </message>
    <message>
        <source>T (one screen)</source>
        <translation>T (un seul écran)</translation>
    </message>
    <message>
        <source>the teacher&apos;s strip: step, the next step&apos;s title, hands counted, time</source>
        <translation>le bandeau de l&apos;enseignant&#xa0;: étape, titre de l&apos;étape suivante, mains comptées, temps</translation>
    </message>
    <message>
        <source>Keys while presenting</source>
        <translation>Touches pendant la présentation</translation>
    </message>
    <message>
        <source>Two screens: the console on the laptop shows the notes, the answers and the counts; the class sees the audience window. One screen (a mirrored projector): the class sees everything the laptop shows, so only the audience view is shown, with a small strip for the teacher.</source>
        <translation>Deux écrans&#xa0;: la console sur l&apos;ordinateur portable montre les notes, les réponses et les décomptes&#xa0;; la classe voit la fenêtre du public. Un seul écran (projecteur en miroir)&#xa0;: la classe voit tout ce que montre l&apos;ordinateur, donc seule la vue du public est affichée, avec un petit bandeau pour l&apos;enseignant.</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Question %1 sur %2</translation>
    </message>
    <message>
        <source>Answer, most reliable first:</source>
        <translation>Réponse, la plus fiable en premier&#xa0;:</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>Réponse&#xa0;:</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Pourquoi&#xa0;:</translation>
    </message>
    <message>
        <source>Class vote:</source>
        <translation>Vote de la classe&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>about %Ln min</source>
        <extracomment>&quot;min&quot; abbreviates minutes, as in a lesson plan&apos;s timing.</extracomment>
        <translation>
            <numerusform>environ %Ln min</numerusform>
            <numerusform>environ %Ln min</numerusform>
        </translation>
    </message>
    <message>
        <source>CLAIMSCOPE · TEACHER&apos;S GUIDE</source>
        <translation>CLAIMSCOPE · GUIDE DE L&apos;ENSEIGNANT</translation>
    </message>
    <message>
        <source>The lesson:</source>
        <translation>La leçon&#xa0;:</translation>
    </message>
    <message>
        <source>%1 chapters, %2 steps, %3 questions · %4 in class</source>
        <translation>%1 chapitres, %2 étapes, %3 questions · %4 en classe</translation>
    </message>
    <message>
        <source>Times are estimates: the step texts and the articles read at about %1 words a minute, plus %2 minute per question. Discussion takes longer; plan for it.</source>
        <translation>Les durées sont des estimations&#xa0;: les textes des étapes et les articles lus à environ %1 mots par minute, plus %2 minute par question. La discussion prend plus de temps&#xa0;: à prévoir.</translation>
    </message>
    <message>
        <source>Content notice:</source>
        <translation>Avertissement sur le contenu&#xa0;:</translation>
    </message>
    <message>
        <source>The plan</source>
        <translation>Le plan</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>Chapitre</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Chapter %1 · %2</source>
        <translation>Chapitre %1 · %2</translation>
    </message>
    <message>
        <source>Step %1 · %2</source>
        <translation>Étape %1 · %2</translation>
    </message>
    <message>
        <source>The class sees:</source>
        <translation>La classe voit&#xa0;:</translation>
    </message>
    <message>
        <source>→ reveals:</source>
        <translation>→ dévoile&#xa0;:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes&#xa0;:</translation>
    </message>
    <message>
        <source>CLAIMSCOPE · WORKSHEET</source>
        <translation>CLAIMSCOPE · FICHE D&apos;EXERCICES</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Class:</source>
        <translation>Classe&#xa0;:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date&#xa0;:</translation>
    </message>
    <message>
        <source>Tick the box you choose (☐), or number the sources in order; then say why in a few words.</source>
        <translation>Coche la case choisie (☐), ou numérote les sources dans l&apos;ordre&#xa0;; puis explique pourquoi en quelques mots.</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>Pourquoi&#xa0;?</translation>
    </message>
    <message>
        <source>Teacher&apos;s guide: %1</source>
        <translation>Guide de l&apos;enseignant&#xa0;: %1</translation>
    </message>
    <message>
        <source>Teacher&apos;s guide · %1</source>
        <translation>Guide de l&apos;enseignant · %1</translation>
    </message>
    <message>
        <source>Worksheet: %1</source>
        <translation>Fiche d&apos;exercices&#xa0;: %1</translation>
    </message>
    <message>
        <source>Worksheet · %1</source>
        <translation>Fiche d&apos;exercices · %1</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>page %1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln question(s), one at a time.</source>
        <translation>
            <numerusform>%Ln question, une à la fois.</numerusform>
            <numerusform>%Ln questions, une à la fois.</numerusform>
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
        <translation>Test de rappel</translation>
    </message>
</context>
<context>
    <name>NotePanel</name>
    <message>
        <source>Click a highlight in the text, or pick one above, to see why it matters.</source>
        <translation>Clique sur un surlignage dans le texte, ou choisis-en un ci-dessus, pour voir pourquoi il compte.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Correction:&lt;/b&gt; %1&lt;br&gt;&lt;i&gt;Sources: %2&lt;/i&gt;</source>
        <translation>&lt;b&gt;Correction&#xa0;:&lt;/b&gt; %1&lt;br&gt;&lt;i&gt;Sources&#xa0;: %2&lt;/i&gt;</translation>
    </message>
    <message>
        <source>The claim (%1, %2): %3</source>
        <translation>L&apos;affirmation (%1, %2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Aujourd&apos;hui&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>OneScreenPage</name>
    <message>
        <source>Presenting on one screen</source>
        <translation>Présentation sur un seul écran</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Étape %1 sur %2</translation>
    </message>
    <message>
        <source>Go to step %1▏ Enter</source>
        <translation>Aller à l&apos;étape %1▏ Enter</translation>
    </message>
    <message numerus="yes">
        <source>%Ln hand(s) counted</source>
        <translation>
            <numerusform>%Ln main comptée</numerusform>
            <numerusform>%Ln mains comptées</numerusform>
        </translation>
    </message>
    <message>
        <source>Time presenting: %1</source>
        <translation>Temps de présentation&#xa0;: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;One screen&lt;/b&gt;: the class sees all of this · &lt;b&gt;1–4&lt;/b&gt; count a hand · &lt;b&gt;G&lt;/b&gt;, number, &lt;b&gt;Enter&lt;/b&gt; go to a step</source>
        <translation>&lt;b&gt;Un seul écran&lt;/b&gt;&#xa0;: la classe voit tout ceci · &lt;b&gt;1–4&lt;/b&gt; compter une main · &lt;b&gt;G&lt;/b&gt;, numéro, &lt;b&gt;Enter&lt;/b&gt; aller à une étape</translation>
    </message>
    <message>
        <source>&lt;b&gt;One screen&lt;/b&gt;: the class sees all of this · &lt;b&gt;Number&lt;/b&gt;, &lt;b&gt;Enter&lt;/b&gt; go to a step</source>
        <translation>&lt;b&gt;Un seul écran&lt;/b&gt;&#xa0;: la classe voit tout ceci · &lt;b&gt;Numéro&lt;/b&gt;, &lt;b&gt;Enter&lt;/b&gt; aller à une étape</translation>
    </message>
    <message>
        <source> · &lt;b&gt;→&lt;/b&gt; next · &lt;b&gt;←&lt;/b&gt; back · &lt;b&gt;B&lt;/b&gt; blank · &lt;b&gt;N&lt;/b&gt; notes and answers, after a warning · &lt;b&gt;T&lt;/b&gt; this strip · &lt;b&gt;F&lt;/b&gt; full screen · &lt;b&gt;Esc&lt;/b&gt; leave full screen, then end</source>
        <translation> · &lt;b&gt;→&lt;/b&gt; suivant · &lt;b&gt;←&lt;/b&gt; retour · &lt;b&gt;B&lt;/b&gt; écran noir · &lt;b&gt;N&lt;/b&gt; notes et réponses, après un avertissement · &lt;b&gt;T&lt;/b&gt; ce bandeau · &lt;b&gt;F&lt;/b&gt; plein écran · &lt;b&gt;Esc&lt;/b&gt; quitter le plein écran, puis terminer</translation>
    </message>
    <message>
        <source>The class sees this. N or Esc hides it.</source>
        <translation>La classe voit ceci. N ou Esc le masque.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Notes&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Notes&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>(none for this step)</source>
        <translation>(aucune pour cette étape)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Why&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Pourquoi&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>The class will see this</source>
        <translation>La classe va voir ceci</translation>
    </message>
    <message>
        <source>On one screen the class sees everything you see. Show the presenter notes and, on a question, its answer and the hands per choice?</source>
        <translation>Sur un seul écran, la classe voit tout ce que vous voyez. Afficher les notes du présentateur et, pour une question, sa réponse et les mains par choix&#xa0;?</translation>
    </message>
    <message>
        <source>Keep them hidden</source>
        <translation>Les garder masqués</translation>
    </message>
    <message>
        <source>Show them to everyone</source>
        <translation>Les montrer à tous</translation>
    </message>
    <message>
        <source>The class&apos;s votes are forgotten.</source>
        <translation>Les votes de la classe sont oubliés.</translation>
    </message>
</context>
<context>
    <name>OpenPackDialog</name>
    <message>
        <source>Open a case pack</source>
        <translation>Ouvrir un paquet de cas</translation>
    </message>
    <message>
        <source>Case packs (*.claimscope *.zip *.tar.gz *.tar.xz *.7z)</source>
        <translation>Paquets de cas (*.claimscope *.zip *.tar.gz *.tar.xz *.7z)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <source>← Back</source>
        <translation>← Retour</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <source>Next: the answer</source>
        <translation>Suivant&#xa0;: la réponse</translation>
    </message>
    <message>
        <source>→ reveals the class&apos;s votes and the answer</source>
        <translation>→ dévoile les votes de la classe et la réponse</translation>
    </message>
    <message>
        <source>→ reveals the answer</source>
        <translation>→ dévoile la réponse</translation>
    </message>
    <message>
        <source>Next: question %1 of %2</source>
        <translation>Suivant&#xa0;: question %1 sur %2</translation>
    </message>
    <message>
        <source>→ question %1 of %2</source>
        <translation>→ question %1 sur %2</translation>
    </message>
    <message>
        <source>Next: the hidden part of this step</source>
        <translation>Suivant&#xa0;: la partie cachée de cette étape</translation>
    </message>
    <message>
        <source>→ reveals: %1</source>
        <translation>→ dévoile&#xa0;: %1</translation>
    </message>
    <message>
        <source>This is the last step.</source>
        <translation>C&apos;est la dernière étape.</translation>
    </message>
    <message>
        <source>Next: step %1 · %2</source>
        <translation>Suivant&#xa0;: étape %1 · %2</translation>
    </message>
    <message>
        <source>→ step %1 · %2 (%3)</source>
        <translation>→ étape %1 · %2 (%3)</translation>
    </message>
    <message>
        <source>True</source>
        <translation>Vrai</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Faux</translation>
    </message>
</context>
<context>
    <name>PresenterPage</name>
    <message>
        <source>Presenter view</source>
        <translation>Vue présentateur</translation>
    </message>
    <message>
        <source>Step %1 of %2 · %3</source>
        <translation>Étape %1 sur %2 · %3</translation>
    </message>
    <message>
        <source>Chapter %1 of %2 · %3</source>
        <translation>Chapitre %1 sur %2 · %3</translation>
    </message>
    <message>
        <source>■ Screen blank (B)</source>
        <translation>■ Écran noir (B)</translation>
    </message>
    <message>
        <source>Go to step %1▏ Enter</source>
        <translation>Aller à l&apos;étape %1▏ Enter</translation>
    </message>
    <message>
        <source>Time presenting: %1</source>
        <translation>Temps de présentation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Pause the timer</source>
        <translation>Mettre le chronomètre en pause</translation>
    </message>
    <message>
        <source>Resume the timer</source>
        <translation>Reprendre le chronomètre</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Remise à zéro</translation>
    </message>
    <message>
        <source>Reset the timer</source>
        <translation>Remettre le chronomètre à zéro</translation>
    </message>
    <message>
        <source>The time: %1</source>
        <translation>L&apos;heure&#xa0;: %1</translation>
    </message>
    <message>
        <source>Guide…</source>
        <translation>Guide…</translation>
    </message>
    <message>
        <source>Save the teacher&apos;s guide as PDF</source>
        <translation>Enregistrer le guide de l&apos;enseignant en PDF</translation>
    </message>
    <message>
        <source>Worksheet…</source>
        <translation>Fiche…</translation>
    </message>
    <message>
        <source>Save a worksheet as PDF: the questions without answers</source>
        <translation>Enregistrer une fiche d&apos;exercices en PDF&#xa0;: les questions sans les réponses</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <source>End the presentation</source>
        <translation>Terminer la présentation</translation>
    </message>
    <message>
        <source>Go to step %1: %2 (%3)</source>
        <translation>Aller à l&apos;étape %1&#xa0;: %2 (%3)</translation>
    </message>
    <message>
        <source>The class sees a black screen</source>
        <translation>La classe voit un écran noir</translation>
    </message>
    <message>
        <source>The class sees</source>
        <translation>La classe voit</translation>
    </message>
    <message>
        <source>&lt;b&gt;Next&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Suivant&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Notes&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Notes&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>(none for this step)</source>
        <translation>(aucune pour cette étape)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Two screens&lt;/b&gt;: the class sees the audience window · </source>
        <translation>&lt;b&gt;Deux écrans&lt;/b&gt;&#xa0;: la classe voit la fenêtre du public · </translation>
    </message>
    <message>
        <source>&lt;b&gt;1–4&lt;/b&gt; count a hand · &lt;b&gt;Backspace&lt;/b&gt; takes one back · &lt;b&gt;G&lt;/b&gt;, number, &lt;b&gt;Enter&lt;/b&gt; go to a step</source>
        <translation>&lt;b&gt;1–4&lt;/b&gt; compter une main · &lt;b&gt;Backspace&lt;/b&gt; en retirer une · &lt;b&gt;G&lt;/b&gt;, numéro, &lt;b&gt;Enter&lt;/b&gt; aller à une étape</translation>
    </message>
    <message>
        <source>&lt;b&gt;Number&lt;/b&gt;, &lt;b&gt;Enter&lt;/b&gt; go to a step</source>
        <translation>&lt;b&gt;Numéro&lt;/b&gt;, &lt;b&gt;Enter&lt;/b&gt; aller à une étape</translation>
    </message>
    <message>
        <source> · &lt;b&gt;→ PgDn Space&lt;/b&gt; next · &lt;b&gt;← PgUp&lt;/b&gt; back · &lt;b&gt;B&lt;/b&gt; or &lt;b&gt;.&lt;/b&gt; blank · &lt;b&gt;F&lt;/b&gt; full screen · &lt;b&gt;Esc&lt;/b&gt; leave full screen, then end</source>
        <translation> · &lt;b&gt;→ PgDn Espace&lt;/b&gt; suivant · &lt;b&gt;← PgUp&lt;/b&gt; retour · &lt;b&gt;B&lt;/b&gt; ou &lt;b&gt;.&lt;/b&gt; écran noir · &lt;b&gt;F&lt;/b&gt; plein écran · &lt;b&gt;Esc&lt;/b&gt; quitter le plein écran, puis terminer</translation>
    </message>
    <message>
        <source>The audience window closes. The class&apos;s votes are forgotten.</source>
        <translation>La fenêtre du public se ferme. Les votes de la classe sont oubliés.</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <source>Save the teacher&apos;s guide as PDF</source>
        <translation>Enregistrer le guide de l&apos;enseignant en PDF</translation>
    </message>
    <message>
        <source>Save the worksheet as PDF</source>
        <translation>Enregistrer la fiche d&apos;exercices en PDF</translation>
    </message>
    <message>
        <source>PDF, A4 paper (*.pdf)</source>
        <translation>PDF, papier A4 (*.pdf)</translation>
    </message>
    <message>
        <source>PDF, US Letter paper (*.pdf)</source>
        <translation>PDF, papier US Letter (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be written</source>
        <translation>Le PDF n&apos;a pas pu être écrit</translation>
    </message>
</context>
<context>
    <name>ProblemPanel</name>
    <message>
        <source>%1 could not be opened</source>
        <translation>Impossible d&apos;ouvrir %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) found.</source>
        <translation>
            <numerusform>%Ln problème trouvé.</numerusform>
            <numerusform>%Ln problèmes trouvés.</numerusform>
        </translation>
    </message>
    <message>
        <source>The case you had open is still open.</source>
        <translation>Le cas ouvert auparavant reste ouvert.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>ProfilesPage</name>
    <message>
        <source>booster check open now</source>
        <translation>test de rappel disponible</translation>
    </message>
    <message>
        <source>booster check from %1</source>
        <translation>test de rappel dès le %1</translation>
    </message>
    <message>
        <source>Welcome back, %1</source>
        <translation>Content de te revoir, %1</translation>
    </message>
    <message>
        <source>Who is working?</source>
        <translation>Qui travaille&#xa0;?</translation>
    </message>
    <message>
        <source>SAMPLE PROFILES — made up to show this page; nothing is saved</source>
        <translation>PROFILS D&apos;EXEMPLE — inventés pour montrer cette page&#xa0;; rien n&apos;est enregistré</translation>
    </message>
    <message>
        <source>Progress is saved on this computer only, for each name.</source>
        <translation>La progression est enregistrée sur cet ordinateur uniquement, pour chaque nom.</translation>
    </message>
    <message>
        <source>You have finished the lesson. You can look at your results, go through it again, or start over.</source>
        <translation>Tu as terminé la leçon. Tu peux consulter tes résultats, la parcourir à nouveau ou tout recommencer.</translation>
    </message>
    <message>
        <source>You stopped at step %1 of %2, with %3 of %4 checks answered.</source>
        <translation>Tu en étais à l&apos;étape %1 sur %2, avec %3 tests traités sur %4.</translation>
    </message>
    <message>
        <source>Continue where I stopped</source>
        <translation>Reprendre là où j&apos;en étais</translation>
    </message>
    <message>
        <source>See my results</source>
        <translation>Voir mes résultats</translation>
    </message>
    <message>
        <source>Start over…</source>
        <translation>Recommencer…</translation>
    </message>
    <message>
        <source>Start over, forgetting this progress</source>
        <translation>Recommencer en oubliant cette progression</translation>
    </message>
    <message>
        <source>Not me</source>
        <translation>Ce n&apos;est pas moi</translation>
    </message>
    <message>
        <source>Not me: back to the list of names</source>
        <translation>Ce n&apos;est pas moi&#xa0;: retour à la liste des noms</translation>
    </message>
    <message>
        <source>Booster check done.</source>
        <translation>Test de rappel terminé.</translation>
    </message>
    <message>
        <source>New here? Type a name or nickname, or go on without one.</source>
        <translation>Première fois&#xa0;? Tape un nom ou un pseudo, ou continue sans.</translation>
    </message>
    <message>
        <source>Name or nickname (optional)</source>
        <translation>Nom ou pseudo (facultatif)</translation>
    </message>
    <message>
        <source>Name or nickname, optional</source>
        <translation>Nom ou pseudo, facultatif</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <source>Start as %1</source>
        <translation>Commencer en tant que %1</translation>
    </message>
    <message>
        <source>Start: type a name first</source>
        <translation>Commencer&#xa0;: tape d&apos;abord un nom</translation>
    </message>
    <message>
        <source>Continue without a name</source>
        <translation>Continuer sans nom</translation>
    </message>
    <message>
        <source>Already started? Pick your name.</source>
        <translation>Déjà commencé&#xa0;? Choisis ton nom.</translation>
    </message>
    <message>
        <source>Not started yet</source>
        <translation>Pas encore commencé</translation>
    </message>
    <message>
        <source>Lesson finished · booster check done</source>
        <translation>Leçon terminée · test de rappel terminé</translation>
    </message>
    <message>
        <source>Lesson finished · %1</source>
        <translation>Leçon terminée · %1</translation>
    </message>
    <message>
        <source>Step %1 of %2 · %3 of %4 checks answered</source>
        <translation>Étape %1 sur %2 · %3 tests traités sur %4</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Results of %1</source>
        <translation>Résultats de %1</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Remove %1 and their progress</source>
        <translation>Supprimer %1 et sa progression</translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation>Supprimer %1&#xa0;?</translation>
    </message>
    <message>
        <source>The name and all of its progress and results are deleted from this computer. This cannot be undone.</source>
        <translation>Le nom, ainsi que toute sa progression et tous ses résultats, sont effacés de cet ordinateur. C&apos;est irréversible.</translation>
    </message>
    <message>
        <source>ddd d MMM, HH:mm</source>
        <comment>date format</comment>
        <extracomment>A short weekday, date and time, as in &quot;Mon 23 Nov, 14:05&quot;.</extracomment>
        <translation>ddd d MMM, HH:mm</translation>
    </message>
</context>
<context>
    <name>ProgressProblems</name>
    <message>
        <source>Some saved progress could not be used. The file was kept beside it, and that student starts fresh.</source>
        <translation>Une partie de la progression enregistrée n&apos;a pas pu être utilisée. Le fichier a été conservé à côté, et cet élève repart de zéro.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Dismiss these messages</source>
        <translation>Ignorer ces messages</translation>
    </message>
</context>
<context>
    <name>ProgressReport</name>
    <message>
        <source>Score:</source>
        <translation>Score&#xa0;:</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>réponses</translation>
    </message>
    <message>
        <source>time spent</source>
        <translation>temps passé</translation>
    </message>
    <message>
        <source>Discernment:</source>
        <translation>Discernement&#xa0;:</translation>
    </message>
    <message>
        <source>true statements</source>
        <translation>énoncés vrais</translation>
    </message>
    <message>
        <source>false statements</source>
        <translation>énoncés faux</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Maîtrise</translation>
    </message>
    <message>
        <source>Anonymous student</source>
        <translation>Élève anonyme</translation>
    </message>
    <message>
        <source>CLAIMSCOPE · STUDENT REPORT</source>
        <translation>CLAIMSCOPE · BILAN DE L&apos;ÉLÈVE</translation>
    </message>
    <message>
        <source>Student:</source>
        <translation>Élève&#xa0;:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date&#xa0;:</translation>
    </message>
    <message>
        <source>Lesson started:</source>
        <translation>Leçon commencée&#xa0;:</translation>
    </message>
    <message>
        <source>finished:</source>
        <translation>terminée&#xa0;:</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <source>The lesson&apos;s checks</source>
        <translation>Les tests de la leçon</translation>
    </message>
    <message>
        <source>Booster check, %1</source>
        <translation>Test de rappel, %1</translation>
    </message>
    <message>
        <source>Booster check</source>
        <translation>Test de rappel</translation>
    </message>
    <message>
        <source>Not taken yet.</source>
        <translation>Pas encore fait.</translation>
    </message>
    <message>
        <source>Discernment reports true and false statements apart: rejecting everything scores well on false statements and badly on true ones, so both numbers matter. Strength per criterion is the share of credit earned on the checks that train it.</source>
        <translation>Le discernement présente séparément les énoncés vrais et les énoncés faux&#xa0;: tout rejeter donne un bon score sur les faux et un mauvais sur les vrais, donc les deux nombres importent. La maîtrise par critère est la part des points obtenus aux tests qui entraînent ce critère.</translation>
    </message>
    <message>
        <source>Claimscope report: %1</source>
        <translation>Bilan Claimscope&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>QuickAddButton</name>
    <message>
        <source>New actor…</source>
        <translation>Nouvel acteur…</translation>
    </message>
    <message>
        <source>New source…</source>
        <translation>Nouvelle source…</translation>
    </message>
    <message>
        <source>Add a new actor to the case</source>
        <translation>Ajouter un nouvel acteur au cas</translation>
    </message>
    <message>
        <source>Add a new source to the case</source>
        <translation>Ajouter une nouvelle source au cas</translation>
    </message>
    <message>
        <source>New actor</source>
        <translation>Nouvel acteur</translation>
    </message>
    <message>
        <source>New source</source>
        <translation>Nouvelle source</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Média</translation>
    </message>
    <message>
        <source>Kind of actor</source>
        <translation>Type d&apos;acteur</translation>
    </message>
    <message>
        <source>Web address (https://…)</source>
        <translation>Adresse web (https://…)</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Adresse web</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
</context>
<context>
    <name>QuizActions</name>
    <message>
        <source>← Back to the questions</source>
        <translation>← Retour aux questions</translation>
    </message>
    <message>
        <source>← Previous question</source>
        <translation>← Question précédente</translation>
    </message>
    <message>
        <source>Back to the questions</source>
        <translation>Retour aux questions</translation>
    </message>
    <message>
        <source>Previous question</source>
        <translation>Question précédente</translation>
    </message>
    <message>
        <source>Skip to the results →</source>
        <translation>Passer aux résultats →</translation>
    </message>
    <message>
        <source>Skip this question →</source>
        <translation>Passer cette question →</translation>
    </message>
    <message>
        <source>Skip to the results</source>
        <translation>Passer aux résultats</translation>
    </message>
    <message>
        <source>Skip this question</source>
        <translation>Passer cette question</translation>
    </message>
    <message>
        <source>Check my answer</source>
        <translation>Vérifier ma réponse</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>See my results →</source>
        <translation>Voir mes résultats →</translation>
    </message>
    <message>
        <source>Next question →</source>
        <translation>Question suivante →</translation>
    </message>
    <message>
        <source>See my results</source>
        <translation>Voir mes résultats</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Question suivante</translation>
    </message>
</context>
<context>
    <name>QuizItemView</name>
    <message>
        <source>Skill: %1</source>
        <translation>Compétence&#xa0;: %1</translation>
    </message>
    <message>
        <source>Check my answer</source>
        <translation>Vérifier ma réponse</translation>
    </message>
</context>
<context>
    <name>QuizPage</name>
    <message>
        <source>Check yourself</source>
        <translation>Teste-toi</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Question %1 sur %2</translation>
    </message>
    <message>
        <source>%1 answered</source>
        <translation>Réponses&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>QuizProgressBar</name>
    <message>
        <source>%1 of %2 questions answered</source>
        <translation>%1 questions traitées sur %2</translation>
    </message>
</context>
<context>
    <name>QuizSession</name>
    <message>
        <source>Headline</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Standfirst</source>
        <translation>Chapô</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Paragraph %1</source>
        <translation>Paragraphe %1</translation>
    </message>
</context>
<context>
    <name>QuizSummary</name>
    <message>
        <source>Your results</source>
        <translation>Tes résultats</translation>
    </message>
    <message>
        <source>Telling true from false</source>
        <translation>Distinguer le vrai du faux</translation>
    </message>
    <message>
        <source>True statements you accepted</source>
        <translation>Énoncés vrais que tu as acceptés</translation>
    </message>
    <message>
        <source>False statements you rejected</source>
        <translation>Énoncés faux que tu as rejetés</translation>
    </message>
    <message>
        <source>Both numbers matter. Calling everything false would reject every false statement, but every true one too: that is blanket doubt, not judgement. A careful reader accepts what is well supported and doubts what is not.</source>
        <translation>Les deux nombres comptent. Tout déclarer faux rejetterait chaque énoncé faux, mais aussi chaque énoncé vrai&#xa0;: c&apos;est du doute systématique, pas du jugement. Un lecteur attentif accepte ce qui est bien étayé et doute de ce qui ne l&apos;est pas.</translation>
    </message>
    <message>
        <source>By skill</source>
        <translation>Par compétence</translation>
    </message>
</context>
<context>
    <name>RankBody</name>
    <message>
        <source>Moved up: %1, now %2 of %3</source>
        <translation>Vers le haut&#xa0;: %1, maintenant en position %2 sur %3</translation>
    </message>
    <message>
        <source>Moved down: %1, now %2 of %3</source>
        <translation>Vers le bas&#xa0;: %1, maintenant en position %2 sur %3</translation>
    </message>
    <message>
        <source>Most reliable at the top. Move the options with the Up and Down buttons, then press “Check my answer”.</source>
        <translation>Le plus fiable en haut. Déplace les options avec les boutons Monter et Descendre, puis appuie sur «&#xa0;Vérifier ma réponse&#xa0;».</translation>
    </message>
    <message>
        <source>▲ Most reliable</source>
        <translation>▲ Le plus fiable</translation>
    </message>
    <message>
        <source>▼ Least reliable</source>
        <translation>▼ Le moins fiable</translation>
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
        <translation>↑ Monter</translation>
    </message>
    <message>
        <source>Move up: %1</source>
        <translation>Monter&#xa0;: %1</translation>
    </message>
    <message>
        <source>↓ Down</source>
        <translation>↓ Descendre</translation>
    </message>
    <message>
        <source>Move down: %1</source>
        <translation>Descendre&#xa0;: %1</translation>
    </message>
    <message>
        <source>Right place</source>
        <translation>Bonne place</translation>
    </message>
    <message>
        <source>Belongs at %1</source>
        <translation>Sa place&#xa0;: %1</translation>
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
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>%1 of %2 points</source>
        <translation>%1 points sur %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>under a minute</source>
        <translation>moins d&apos;une minute</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>You answered all %1 questions; %2 fully right.</source>
        <translation>Tu as répondu aux %1 questions&#xa0;; %2 entièrement justes.</translation>
    </message>
    <message>
        <source>You answered %1 of %2 questions; %3 fully right.</source>
        <translation>Tu as répondu à %1 questions sur %2&#xa0;; %3 entièrement justes.</translation>
    </message>
    <message>
        <source>You judged %1 of %2 true statements correctly and %3 of %4 false ones.</source>
        <translation>Tu as bien jugé %1 énoncés vrais sur %2 et %3 énoncés faux sur %4.</translation>
    </message>
    <message>
        <source>You judged %1 of %2 true statements correctly.</source>
        <translation>Tu as bien jugé %1 énoncés vrais sur %2.</translation>
    </message>
    <message>
        <source>This quiz had no false statements.</source>
        <translation>Ce quiz n&apos;avait aucun énoncé faux.</translation>
    </message>
    <message>
        <source>You did not answer the false ones.</source>
        <translation>Tu n&apos;as pas répondu aux énoncés faux.</translation>
    </message>
    <message>
        <source>You judged %1 of %2 false statements correctly.</source>
        <translation>Tu as bien jugé %1 énoncés faux sur %2.</translation>
    </message>
    <message>
        <source>This quiz had no true statements.</source>
        <translation>Ce quiz n&apos;avait aucun énoncé vrai.</translation>
    </message>
    <message>
        <source>You did not answer the true ones.</source>
        <translation>Tu n&apos;as pas répondu aux énoncés vrais.</translation>
    </message>
    <message>
        <source>You did not answer any of the true-or-false statements.</source>
        <translation>Tu n&apos;as répondu à aucun des énoncés vrai ou faux.</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%1 sur %2 (%3)</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>sans réponse</translation>
    </message>
    <message>
        <source>%1 of 1 point (%2)</source>
        <translation>%1 sur 1 point (%2)</translation>
    </message>
    <message>
        <source>%1 of %2 points (%3)</source>
        <translation>%1 points sur %2 (%3)</translation>
    </message>
    <message>
        <source>%1 of %2 answered · %3 fully right · time spent %4</source>
        <translation>Réponses&#xa0;: %1 sur %2 · %3 entièrement justes · temps passé&#xa0;: %4</translation>
    </message>
    <message>
        <source>&lt;b&gt;True statements:&lt;/b&gt; %1 (%2 of %3)&lt;br/&gt;&lt;b&gt;False statements:&lt;/b&gt; %4 (%5 of %6)</source>
        <translation>&lt;b&gt;Énoncés vrais&#xa0;:&lt;/b&gt; %1 (%2 sur %3)&lt;br/&gt;&lt;b&gt;Énoncés faux&#xa0;:&lt;/b&gt; %4 (%5 sur %6)</translation>
    </message>
    <message>
        <source>%1 (%2 answered)</source>
        <translation>%1 (réponses&#xa0;: %2)</translation>
    </message>
    <message>
        <source>none answered</source>
        <translation>aucune réponse</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Results · %1</source>
        <translation>Résultats · %1</translation>
    </message>
    <message>
        <source>SAMPLE — made-up answers showing what this page looks like. No real student&apos;s data.</source>
        <translation>EXEMPLE — réponses inventées pour montrer à quoi ressemble cette page. Aucune donnée d&apos;un vrai élève.</translation>
    </message>
    <message>
        <source>THE LESSON · FINISHED %1</source>
        <translation>LA LEÇON · TERMINÉE LE %1</translation>
    </message>
    <message>
        <source>THE LESSON · NOT FINISHED YET</source>
        <translation>LA LEÇON · PAS ENCORE TERMINÉE</translation>
    </message>
    <message>
        <source>BOOSTER CHECK · %1</source>
        <translation>TEST DE RAPPEL · %1</translation>
    </message>
    <message>
        <source>BOOSTER CHECK</source>
        <translation>TEST DE RAPPEL</translation>
    </message>
    <message>
        <source>Opens %1 days after you finish the lesson.</source>
        <translation type="vanished">S&apos;ouvre %1 jours après la fin de la leçon.</translation>
    </message>
    <message>
        <source>Open now: %1 fresh questions to see what stayed with you.</source>
        <translation type="vanished">Ouvert maintenant&#xa0;: %1 nouvelles questions pour voir ce que tu as retenu.</translation>
    </message>
    <message>
        <source>Opens %1.</source>
        <extracomment>%1 is a weekday, date and time.</extracomment>
        <translation>S&apos;ouvre le %1.</translation>
    </message>
    <message>
        <source>Its result will be kept beside the lesson&apos;s.</source>
        <translation>Son résultat sera conservé à côté de celui de la leçon.</translation>
    </message>
    <message>
        <source>Why two numbers? Rejecting everything gets every false statement right and every true one wrong: good judgement shows in both.</source>
        <translation>Pourquoi deux nombres&#xa0;? Tout rejeter rend juste sur chaque énoncé faux et faux sur chaque énoncé vrai&#xa0;: un bon jugement se voit dans les deux.</translation>
    </message>
    <message>
        <source>Strengths, by what the checks train</source>
        <translation>Points forts, selon ce qu&apos;entraînent les tests</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Lesson: share of credit</source>
        <translation>Leçon&#xa0;: part des points</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Booster</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <source>%1, lesson: %2 of the credit</source>
        <translation>%1, leçon&#xa0;: %2 des points</translation>
    </message>
    <message>
        <source>%1, answered: %2</source>
        <translation>%1, réponses&#xa0;: %2</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>non évalué</translation>
    </message>
    <message>
        <source>%1, booster: %2</source>
        <translation>%1, rappel&#xa0;: %2</translation>
    </message>
    <message>
        <source>Start over…</source>
        <translation>Recommencer…</translation>
    </message>
    <message>
        <source>Start over, forgetting this progress</source>
        <translation>Recommencer en oubliant cette progression</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export the answers as a CSV file</source>
        <translation>Exporter les réponses dans un fichier CSV</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <source>Export a one-page PDF report for the teacher</source>
        <translation>Exporter un bilan PDF d&apos;une page pour l&apos;enseignant</translation>
    </message>
    <message>
        <source>Continue the booster check →</source>
        <translation>Continuer le test de rappel →</translation>
    </message>
    <message>
        <source>Start the booster check →</source>
        <translation>Commencer le test de rappel →</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Enregistrer le bilan en PDF</translation>
    </message>
    <message>
        <source>Save the answers as CSV</source>
        <translation>Enregistrer les réponses en CSV</translation>
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
        <translation>dddd d MMMM yyyy</translation>
    </message>
    <message numerus="yes">
        <source>Opens %Ln day(s) after you finish the lesson.</source>
        <extracomment>%Ln is a number of days.</extracomment>
        <translation>
            <numerusform>S&apos;ouvre %Ln jour après la fin de la leçon.</numerusform>
            <numerusform>S&apos;ouvre %Ln jours après la fin de la leçon.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Open now: %Ln fresh question(s) to see what stayed with you.</source>
        <extracomment>%Ln is a number of questions.</extracomment>
        <translation>
            <numerusform>Ouvert maintenant&#xa0;: %Ln nouvelle question pour voir ce que tu as retenu.</numerusform>
            <numerusform>Ouvert maintenant&#xa0;: %Ln nouvelles questions pour voir ce que tu as retenu.</numerusform>
        </translation>
    </message>
    <message>
        <source>dddd d MMMM, HH:mm</source>
        <comment>date format</comment>
        <extracomment>A weekday, date and time, as in &quot;Monday 23 November, 14:05&quot;.</extracomment>
        <translation>dddd d MMMM, HH:mm</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Changes apply at once and are remembered on this computer.</source>
        <translation>Les modifications s&apos;appliquent immédiatement et sont mémorisées sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Taille du texte</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Text size: %1 percent</source>
        <translation>Taille du texte&#xa0;: %1 pour cent</translation>
    </message>
    <message>
        <source>Arrow keys change the size in steps of 5 percent. For a large room, try 150 percent.</source>
        <translation>Les touches fléchées changent la taille par pas de 5 pour cent. Pour une grande salle, 150 pour cent est un bon choix.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Who said it, when, and on what evidence? Ask these three questions of every claim you read.</source>
        <translation>Qui l&apos;a dit, quand, et avec quelles preuves&#xa0;? Pose ces trois questions à chaque affirmation que tu lis.</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Couleurs</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark text on warm paper.</source>
        <translation>Texte sombre sur papier aux tons chauds.</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Light text on a dark background, for dim rooms.</source>
        <translation>Texte clair sur fond sombre, pour les salles peu éclairées.</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <source>Black on white, thick outlines: for projectors and low vision.</source>
        <translation>Noir sur blanc, contours épais&#xa0;: pour les projecteurs et la basse vision.</translation>
    </message>
    <message>
        <source>%1 colours</source>
        <translation>Couleurs&#xa0;: %1</translation>
    </message>
    <message>
        <source>Aa</source>
        <translation>Aa</translation>
    </message>
    <message>
        <source>Motion</source>
        <translation>Animations</translation>
    </message>
    <message>
        <source>Booster check</source>
        <translation>Test de rappel</translation>
    </message>
    <message>
        <source>Reduce motion: pages do not slide, timelines jump instead of playing</source>
        <translation>Réduire les animations&#xa0;: les pages ne glissent pas, les frises sautent au lieu de défiler</translation>
    </message>
    <message>
        <source>Reduce motion</source>
        <translation>Réduire les animations</translation>
    </message>
    <message>
        <source>Days before the booster check: %1</source>
        <translation>Jours avant le test de rappel&#xa0;: %1</translation>
    </message>
    <message>
        <source>A short check of fresh items, offered this many days after finishing the case; 0 offers it straight away.</source>
        <translation>Un court test avec de nouveaux éléments, proposé ce nombre de jours après la fin du cas&#xa0;; 0 le propose tout de suite.</translation>
    </message>
    <message numerus="yes">
        <source>day(s) after finishing the case, a short check of fresh items</source>
        <extracomment>After a number box holding the count; %Ln is that count, not shown in this text.</extracomment>
        <translation>
            <numerusform>jour après la fin du cas, un court test avec de nouveaux éléments</numerusform>
            <numerusform>jours après la fin du cas, un court test avec de nouveaux éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <extracomment>The language setting&apos;s first choice; %1 is the name of the computer&apos;s language in that language, e.g. &quot;Deutsch&quot;.</extracomment>
        <translation>Langue du système (%1)</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>Rétablir les valeurs par défaut</translation>
    </message>
    <message>
        <source>Reset all settings to their defaults</source>
        <translation>Rétablir tous les réglages par défaut</translation>
    </message>
</context>
<context>
    <name>SourceRefsEditor</name>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Source reference %1</source>
        <translation>Référence de source %1</translation>
    </message>
    <message>
        <source>Source %1</source>
        <translation>Source %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove source reference %1</source>
        <translation>Supprimer la référence de source %1</translation>
    </message>
    <message>
        <source>The article, when it is one of the case</source>
        <translation>L&apos;article, s&apos;il fait partie du cas</translation>
    </message>
    <message>
        <source>(not an article of the case)</source>
        <translation>(pas un article du cas)</translation>
    </message>
    <message>
        <source>Its exact words (optional)</source>
        <translation>Ses mots exacts (facultatif)</translation>
    </message>
    <message>
        <source>Add a source</source>
        <translation>Ajouter une source</translation>
    </message>
    <message>
        <source>Add a reference to a source of the case</source>
        <translation>Ajouter une référence à une source du cas</translation>
    </message>
</context>
<context>
    <name>SpanToggle</name>
    <message>
        <source>You marked it: right</source>
        <translation>Tu l&apos;as marqué&#xa0;: juste</translation>
    </message>
    <message>
        <source>Missed: this one fits</source>
        <translation>Manqué&#xa0;: celui-ci convient</translation>
    </message>
    <message>
        <source>Marked, but it does not fit</source>
        <translation>Marqué, mais ne convient pas</translation>
    </message>
    <message>
        <source>Rightly left unmarked</source>
        <translation>Non marqué, à juste titre</translation>
    </message>
    <message>
        <source>“%1”, %2</source>
        <translation>«&#xa0;%1&#xa0;», %2</translation>
    </message>
    <message>
        <source>Key %1 marks or unmarks it</source>
        <translation>La touche %1 le marque ou le démarque</translation>
    </message>
    <message>
        <source>%1 · %2 · marked</source>
        <translation>%1 · %2 · marqué</translation>
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
        <translation>Recommencer&#xa0;?</translation>
    </message>
    <message>
        <source>Your answers, scores and time on this case are forgotten, and the lesson starts again from the first step.</source>
        <translation>Tes réponses, tes scores et ton temps sur ce cas sont effacés, et la leçon reprend à la première étape.</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Confirmed by the later record</source>
        <translation>Confirmée par les faits établis ensuite</translation>
    </message>
    <message>
        <source>The public record that came later bears the claim out.</source>
        <translation>Les faits publics établis plus tard confirment l&apos;affirmation.</translation>
    </message>
    <message>
        <source>Supported by later public evidence</source>
        <translation>Étayée par des preuves publiques ultérieures</translation>
    </message>
    <message>
        <source>Evidence made public after the coverage supports the claim; no court has ruled on it.</source>
        <translation>Des preuves rendues publiques après la couverture étayent l&apos;affirmation&#xa0;; aucun tribunal ne s&apos;est prononcé.</translation>
    </message>
    <message>
        <source>Later charged in court — charges, not a verdict</source>
        <translation>Poursuites engagées plus tard — des accusations, pas un verdict</translation>
    </message>
    <message>
        <source>Prosecutors later brought criminal charges on it: an accusation to be proved, not a finding of guilt.</source>
        <translation>Le parquet a ensuite engagé des poursuites pénales sur cette base&#xa0;: une accusation à prouver, pas un constat de culpabilité.</translation>
    </message>
    <message>
        <source>Official position; its evidence not made public</source>
        <translation>Position officielle&#xa0;; preuves non publiées</translation>
    </message>
    <message>
        <source>The claimant holds to it, but the evidence behind it has not been published.</source>
        <translation>L&apos;auteur la maintient, mais les preuves qui la fondent n&apos;ont pas été publiées.</translation>
    </message>
    <message>
        <source>Disputed at the time</source>
        <translation>Contestée à l&apos;époque</translation>
    </message>
    <message>
        <source>Credible voices contested the claim when it was made.</source>
        <translation>Des voix crédibles ont contesté l&apos;affirmation lorsqu&apos;elle a été faite.</translation>
    </message>
    <message>
        <source>Contradicted later</source>
        <translation>Contredite plus tard</translation>
    </message>
    <message>
        <source>The public record that came later contradicts the claim.</source>
        <translation>Les faits publics établis plus tard contredisent l&apos;affirmation.</translation>
    </message>
    <message>
        <source>Still unresolved</source>
        <translation>Toujours non tranchée</translation>
    </message>
    <message>
        <source>The public record does not settle the claim either way.</source>
        <translation>Les faits publics ne permettent de trancher ni dans un sens ni dans l&apos;autre.</translation>
    </message>
    <message>
        <source>A judgement, not a checkable fact</source>
        <translation>Un jugement, pas un fait vérifiable</translation>
    </message>
    <message>
        <source>A view, a judgement or a forecast that no record can prove or disprove.</source>
        <translation>Une opinion, un jugement ou une prévision qu&apos;aucun fait établi ne peut prouver ni réfuter.</translation>
    </message>
</context>
<context>
    <name>StoryPage</name>
    <message>
        <source>Story: %1</source>
        <translation>Récit&#xa0;: %1</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3 %4</source>
        <translation>Étape %1 sur %2&#xa0;: %3 %4</translation>
    </message>
    <message>
        <source>Chapter %1 of %2 · step %3 of %4</source>
        <translation>Chapitre %1 sur %2 · étape %3 sur %4</translation>
    </message>
    <message>
        <source>Chapter %1: %2</source>
        <translation>Chapitre %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>← Previous step</source>
        <translation>← Étape précédente</translation>
    </message>
    <message>
        <source>← Previous</source>
        <translation>← Précédent</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Étape précédente</translation>
    </message>
    <message>
        <source>Answer or skip this question to go on</source>
        <translation>Réponds à cette question ou passe-la pour continuer</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Étape %1 sur %2</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Dévoiler</translation>
    </message>
    <message>
        <source>Reveal what comes next</source>
        <translation>Dévoiler la suite</translation>
    </message>
    <message>
        <source>Next →</source>
        <translation>Suivant →</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Étape suivante</translation>
    </message>
    <message>
        <source>Finish the lesson</source>
        <translation>Terminer la leçon</translation>
    </message>
</context>
<context>
    <name>StudentProgress</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The report could not be written: %1</source>
        <translation>Le bilan n&apos;a pas pu être écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>Anonymous student</source>
        <translation>Élève anonyme</translation>
    </message>
    <message>
        <source>%1 could not be removed.</source>
        <translation>Impossible de supprimer %1.</translation>
    </message>
    <message>
        <source>Progress could not be saved: %1</source>
        <translation>La progression n&apos;a pas pu être enregistrée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>StudioActors</name>
    <message>
        <source>New camp</source>
        <translation>Nouveau camp</translation>
    </message>
    <message>
        <source>Actors (%1)</source>
        <translation>Acteurs (%1)</translation>
    </message>
    <message>
        <source>Camps (%1)</source>
        <translation>Camps (%1)</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <source>New actor</source>
        <translation>Nouvel acteur</translation>
    </message>
    <message>
        <source>Actor %1</source>
        <translation>Acteur %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Country (two-letter ISO code, empty when unknown)</source>
        <translation>Pays (code ISO à deux lettres, vide si inconnu)</translation>
    </message>
    <message>
        <source>Camp</source>
        <translation>Camp</translation>
    </message>
    <message>
        <source>(in no camp)</source>
        <translation>(dans aucun camp)</translation>
    </message>
    <message>
        <source>Camp of the actor</source>
        <translation>Camp de l&apos;acteur</translation>
    </message>
    <message>
        <source>Camps</source>
        <translation>Camps</translation>
    </message>
    <message>
        <source>Camp %1</source>
        <translation>Camp %1</translation>
    </message>
    <message>
        <source>Place in the views (1 to 1000)</source>
        <translation>Place dans les vues (1 à 1000)</translation>
    </message>
    <message>
        <source>Place of the camp in the views</source>
        <translation>Place du camp dans les vues</translation>
    </message>
    <message>
        <source>Marker</source>
        <translation>Symbole</translation>
    </message>
    <message>
        <source>Actors in this camp</source>
        <translation>Acteurs de ce camp</translation>
    </message>
</context>
<context>
    <name>StudioArticles</name>
    <message>
        <source>Import an article</source>
        <translation>Importer un article</translation>
    </message>
    <message>
        <source>Text or web pages (*.txt *.html *.htm)</source>
        <translation>Texte ou pages web (*.txt *.html *.htm)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Articles of the case</source>
        <translation>Articles du cas</translation>
    </message>
    <message>
        <source>Paste…</source>
        <translation>Coller…</translation>
    </message>
    <message>
        <source>Paste an article</source>
        <translation>Coller un article</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Import an article from a text or web page file</source>
        <translation>Importer un article depuis un fichier texte ou une page web</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove this article</source>
        <translation>Supprimer cet article</translation>
    </message>
    <message>
        <source>Text and marks</source>
        <translation>Texte et marques</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>No article yet: paste one or import a file.</source>
        <translation>Pas encore d&apos;article&#xa0;: collez-en un ou importez un fichier.</translation>
    </message>
    <message>
        <source>Article text: select words to mark them</source>
        <translation>Texte de l&apos;article&#xa0;: sélectionnez des mots pour les marquer</translation>
    </message>
    <message>
        <source>Mark the selected words</source>
        <translation>Marquer les mots sélectionnés</translation>
    </message>
    <message>
        <source>Select words in the text first.</source>
        <translation>Sélectionnez d&apos;abord des mots dans le texte.</translation>
    </message>
    <message>
        <source>“%1” (match %2)</source>
        <translation>«&#xa0;%1&#xa0;» (occurrence %2)</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Layer of the new mark</source>
        <translation>Couche de la nouvelle marque</translation>
    </message>
    <message>
        <source>Note: why this matters</source>
        <translation>Note&#xa0;: pourquoi c&apos;est important</translation>
    </message>
    <message>
        <source>Note of the new mark</source>
        <translation>Note de la nouvelle marque</translation>
    </message>
    <message>
        <source>Correction: what is right</source>
        <translation>Correction&#xa0;: ce qui est juste</translation>
    </message>
    <message>
        <source>Correction of the factual slip</source>
        <translation>Correction de l&apos;erreur factuelle</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>Marquer</translation>
    </message>
    <message>
        <source>Mark the selected words as %1</source>
        <translation>Marquer les mots sélectionnés comme %1</translation>
    </message>
    <message>
        <source>New claim from words</source>
        <translation>Nouvelle affirmation à partir des mots</translation>
    </message>
    <message>
        <source>Make a new claim reported by the selected words</source>
        <translation>Créer une nouvelle affirmation rapportée par les mots sélectionnés</translation>
    </message>
    <message>
        <source>Marks (%1)</source>
        <translation>Marques (%1)</translation>
    </message>
    <message>
        <source>Marks in this article</source>
        <translation>Marques de cet article</translation>
    </message>
    <message>
        <source>(not found in the text)</source>
        <translation>(introuvable dans le texte)</translation>
    </message>
    <message>
        <source>Layer of the mark</source>
        <translation>Couche de la marque</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Sources of the correction</source>
        <translation>Sources de la correction</translation>
    </message>
    <message>
        <source>The claim it reports</source>
        <translation>L&apos;affirmation qu&apos;elle rapporte</translation>
    </message>
    <message>
        <source>Remove this mark</source>
        <translation>Supprimer cette marque</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Headline of the new article</source>
        <translation>Titre du nouvel article</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Média</translation>
    </message>
    <message>
        <source>Outlet of the new article</source>
        <translation>Média du nouvel article</translation>
    </message>
    <message>
        <source>The article&apos;s text or HTML: blank lines between paragraphs</source>
        <translation>Texte ou HTML de l&apos;article&#xa0;: lignes vides entre les paragraphes</translation>
    </message>
    <message>
        <source>Text of the new article</source>
        <translation>Texte du nouvel article</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Add the article</source>
        <translation>Ajouter l&apos;article</translation>
    </message>
    <message>
        <source>Mark words</source>
        <translation>Marquer des mots</translation>
    </message>
</context>
<context>
    <name>StudioCase</name>
    <message>
        <source>The case</source>
        <translation>Le cas</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Id (letters, digits and dashes; names the pack)</source>
        <translation>ID (lettres, chiffres et tirets&#xa0;; nomme le paquet)</translation>
    </message>
    <message>
        <source>Language (a code such as en, de, fr)</source>
        <translation>Langue (un code comme en, de, fr)</translation>
    </message>
    <message>
        <source>Summary (shown on the home page)</source>
        <translation>Résumé (affiché sur la page d&apos;accueil)</translation>
    </message>
    <message>
        <source>Authors (one a line)</source>
        <translation>Auteurs (un par ligne)</translation>
    </message>
    <message>
        <source>Authors, one a line</source>
        <translation>Auteurs, un par ligne</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Coverage from (YYYY-MM-DD)</source>
        <translation>Couverture du (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>Coverage to (YYYY-MM-DD)</source>
        <translation>Couverture au (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>What is known now, as of</source>
        <translation>Ce qu&apos;on sait aujourd&apos;hui, à la date du</translation>
    </message>
    <message>
        <source>Content notice (shown before the case starts)</source>
        <translation>Avertissement sur le contenu (affiché avant le début du cas)</translation>
    </message>
</context>
<context>
    <name>StudioChoice</name>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
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
        <translation>personne</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Affirmations</translation>
    </message>
    <message>
        <source>No claim yet.</source>
        <translation>Pas encore d&apos;affirmation.</translation>
    </message>
    <message>
        <source>Who blamed whom by %1</source>
        <translation>Qui a accusé qui au %1</translation>
    </message>
    <message>
        <source>The case has problems now: this shows its last valid state.</source>
        <translation>Le cas a des problèmes&#xa0;: ceci montre son dernier état valide.</translation>
    </message>
    <message>
        <source>Who blamed whom</source>
        <translation>Qui a accusé qui</translation>
    </message>
    <message>
        <source>%1 → %2: %3</source>
        <translation>%1 → %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>StudioDateField</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Known to the day</source>
        <translation>Connue au jour près</translation>
    </message>
    <message>
        <source>Approximate (≈)</source>
        <translation>Approximative (≈)</translation>
    </message>
    <message>
        <source>%1: precision</source>
        <translation>%1&#xa0;: précision</translation>
    </message>
</context>
<context>
    <name>StudioIdList</name>
    <message>
        <source>Remove %1 from %2</source>
        <translation>Retirer %1 de %2</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation>Ajouter à %1</translation>
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
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>New item in %1</source>
        <translation>Nouvel élément dans %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove the chosen item of %1</source>
        <translation>Supprimer l&apos;élément choisi de %1</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move the chosen item of %1 up</source>
        <translation>Monter l&apos;élément choisi de %1</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Move the chosen item of %1 down</source>
        <translation>Descendre l&apos;élément choisi de %1</translation>
    </message>
</context>
<context>
    <name>StudioLesson</name>
    <message>
        <source>New chapter</source>
        <translation>Nouveau chapitre</translation>
    </message>
    <message>
        <source>New step</source>
        <translation>Nouvelle étape</translation>
    </message>
    <message numerus="yes">
        <source>About %Ln minute(s)</source>
        <translation>
            <numerusform>Environ %Ln minute</numerusform>
            <numerusform>Environ %Ln minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 words at %2 a minute, %Ln question(s)</source>
        <translation>
            <numerusform>%1 mots à %2 par minute, %Ln question</numerusform>
            <numerusform>%1 mots à %2 par minute, %Ln questions</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimated length: %1</source>
        <translation>Durée estimée&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln min</source>
        <translation>
            <numerusform>%Ln min</numerusform>
            <numerusform>%Ln min</numerusform>
        </translation>
    </message>
    <message>
        <source>+ Step</source>
        <translation>+ Étape</translation>
    </message>
    <message>
        <source>Add a step to chapter %1</source>
        <translation>Ajouter une étape au chapitre %1</translation>
    </message>
    <message>
        <source>+ Chapter</source>
        <translation>+ Chapitre</translation>
    </message>
    <message>
        <source>Add a chapter</source>
        <translation>Ajouter un chapitre</translation>
    </message>
    <message>
        <source>Move %1 up</source>
        <translation>Monter %1</translation>
    </message>
    <message>
        <source>Move %1 down</source>
        <translation>Descendre %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message>
        <source>Chapter title</source>
        <translation>Titre du chapitre</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Step title</source>
        <translation>Titre de l&apos;étape</translation>
    </message>
    <message>
        <source>Kind of step</source>
        <translation>Type d&apos;étape</translation>
    </message>
    <message>
        <source>Text (what the class reads)</source>
        <translation>Texte (ce que lit la classe)</translation>
    </message>
    <message>
        <source>Article shown</source>
        <translation>Article affiché</translation>
    </message>
    <message>
        <source>Date the view shows (YYYY-MM-DD; empty: the whole period)</source>
        <translation>Date affichée par la vue (AAAA-MM-JJ&#xa0;; vide&#xa0;: toute la période)</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Vue</translation>
    </message>
    <message>
        <source>Camps</source>
        <translation>Camps</translation>
    </message>
    <message>
        <source>Every actor</source>
        <translation>Tous les acteurs</translation>
    </message>
    <message>
        <source>Who × whom matrix</source>
        <translation>Matrice qui × qui</translation>
    </message>
    <message>
        <source>(the app&apos;s default)</source>
        <translation>(valeur par défaut de l&apos;application)</translation>
    </message>
    <message>
        <source>Questions asked</source>
        <translation>Questions posées</translation>
    </message>
    <message>
        <source>Revealed when asked</source>
        <translation>Dévoilé sur demande</translation>
    </message>
    <message>
        <source>Presenter notes</source>
        <translation>Notes du présentateur</translation>
    </message>
    <message>
        <source>Later developments shown under the text</source>
        <translation>Évolutions ultérieures affichées sous le texte</translation>
    </message>
    <message>
        <source>(the largest arrow)</source>
        <translation>(la flèche la plus épaisse)</translation>
    </message>
    <message>
        <source>A camp: its claims, made and received</source>
        <translation>Un camp&#xa0;: ses affirmations, faites et reçues</translation>
    </message>
    <message>
        <source>An actor: its claims, made and received</source>
        <translation>Un acteur&#xa0;: ses affirmations, faites et reçues</translation>
    </message>
    <message>
        <source>The claims about an actor</source>
        <translation>Les affirmations sur un acteur</translation>
    </message>
    <message>
        <source>What the view focuses on</source>
        <translation>Ce sur quoi porte la vue</translation>
    </message>
    <message>
        <source>Camp</source>
        <translation>Camp</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
</context>
<context>
    <name>StudioPage</name>
    <message>
        <source>Case</source>
        <translation>Cas</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Actors and camps</source>
        <translation>Acteurs et camps</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Affirmations</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Quiz</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Leçon</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>Aucun problème</translation>
    </message>
    <message numerus="yes">
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>%Ln erreur</numerusform>
            <numerusform>%Ln erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln avertissement</numerusform>
            <numerusform>%Ln avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source>No section of the studio edits %1 yet.</source>
        <translation>Aucune section du studio ne modifie encore %1.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>The case has errors: mend them before trying it (see Problems).</source>
        <translation>Le cas contient des erreurs&#xa0;: corrigez-les avant de l&apos;essayer (voir Problèmes).</translation>
    </message>
    <message>
        <source>Studio: %1</source>
        <translation>Studio&#xa0;: %1</translation>
    </message>
    <message>
        <source>Studio</source>
        <translation>Studio</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Make a case or adapt one</source>
        <translation>Créer un cas ou en adapter un</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation type="vanished">Ouvrir…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save as a copy…</source>
        <translation>Enregistrer une copie…</translation>
    </message>
    <message>
        <source>Export pack…</source>
        <translation>Exporter le paquet…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Annuler %1</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Rétablir %1</translation>
    </message>
    <message>
        <source>Try as a student</source>
        <translation>Essayer en tant qu&apos;élève</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présenter</translation>
    </message>
    <message>
        <source>Problems: %1</source>
        <translation>Problèmes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Hide the list of problems</source>
        <translation>Masquer la liste des problèmes</translation>
    </message>
    <message>
        <source>Show the list of problems</source>
        <translation>Afficher la liste des problèmes</translation>
    </message>
    <message>
        <source>The studio stopped before these cases were saved. Recover them?</source>
        <translation>Le studio s&apos;est arrêté avant l&apos;enregistrement de ces cas. Les récupérer&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %Ln file(s), written %2</source>
        <extracomment>%1 is the case&apos;s title, %2 when its recovery file was written</extracomment>
        <translation>
            <numerusform>%1 — %Ln fichier, écrit le %2</numerusform>
            <numerusform>%1 — %Ln fichiers, écrits le %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Récupérer</translation>
    </message>
    <message>
        <source>Recover %1</source>
        <translation>Récupérer %1</translation>
    </message>
    <message>
        <source>Recovered: save it to keep it.</source>
        <translation>Récupéré&#xa0;: enregistrez-le pour le conserver.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Discard %1</source>
        <translation>Abandonner %1</translation>
    </message>
    <message>
        <source>Start a new case, open a case folder or pack, or adapt the case open in the app.</source>
        <translation>Créez un nouveau cas, ouvrez un dossier ou un paquet de cas, ou adaptez le cas ouvert dans l&apos;application.</translation>
    </message>
    <message>
        <source>New case…</source>
        <translation>Nouveau cas…</translation>
    </message>
    <message>
        <source>Adapt “%1”</source>
        <translation>Adapter «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Sections of the case</source>
        <translation>Sections du cas</translation>
    </message>
    <message>
        <source>Problems of the case</source>
        <translation>Problèmes du cas</translation>
    </message>
    <message>
        <source>%1: %2, in %3 %4</source>
        <translation>%1&#xa0;: %2, dans %3 %4</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Nouveau cas</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Title of the new case</source>
        <translation>Titre du nouveau cas</translation>
    </message>
    <message>
        <source>Id (letters, digits and dashes)</source>
        <translation>ID (lettres, chiffres et tirets)</translation>
    </message>
    <message>
        <source>Id of the new case</source>
        <translation>ID du nouveau cas</translation>
    </message>
    <message>
        <source>A new case: save it to a folder to keep it.</source>
        <translation>Un nouveau cas&#xa0;: enregistrez-le dans un dossier pour le conserver.</translation>
    </message>
    <message>
        <source>Open a case folder</source>
        <translation>Ouvrir un dossier de cas</translation>
    </message>
    <message>
        <source>Save the case in a new or empty folder</source>
        <translation>Enregistrer le cas dans un dossier nouveau ou vide</translation>
    </message>
    <message>
        <source>Save as a copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <source>Title of the copy</source>
        <translation>Titre de la copie</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>Id of the copy</source>
        <translation>ID de la copie</translation>
    </message>
    <message>
        <source>A new or empty folder for the copy</source>
        <translation>Un dossier nouveau ou vide pour la copie</translation>
    </message>
    <message>
        <source>Saved as a copy.</source>
        <translation>Copie enregistrée.</translation>
    </message>
    <message>
        <source>Export the case as a pack</source>
        <translation>Exporter le cas en paquet</translation>
    </message>
    <message>
        <source>Case packs (*.claimscope)</source>
        <translation>Paquets de cas (*.claimscope)</translation>
    </message>
    <message>
        <source>Exported.</source>
        <translation>Exporté.</translation>
    </message>
    <message>
        <source>The case has errors</source>
        <translation>Le cas contient des erreurs</translation>
    </message>
    <message numerus="yes">
        <source>The case has %Ln error(s): the app will refuse the pack until they are mended. Export it anyway?</source>
        <translation>
            <numerusform>Le cas contient %Ln erreur&#xa0;: l&apos;application refusera le paquet tant qu&apos;elle ne sera pas corrigée. L&apos;exporter quand même&#xa0;?</numerusform>
            <numerusform>Le cas contient %Ln erreurs&#xa0;: l&apos;application refusera le paquet tant qu&apos;elles ne seront pas corrigées. L&apos;exporter quand même&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported, with errors.</source>
        <translation>Exporté, avec des erreurs.</translation>
    </message>
    <message>
        <source>Open folder…</source>
        <translation>Ouvrir un dossier…</translation>
    </message>
    <message>
        <source>Open pack…</source>
        <translation>Ouvrir un paquet…</translation>
    </message>
    <message>
        <source>Open a case pack to adapt it; it is saved as a copy in a folder</source>
        <translation>Ouvrez un paquet de cas pour l&apos;adapter&#xa0;; il est enregistré en copie dans un dossier</translation>
    </message>
    <message>
        <source>Open a case pack</source>
        <translation>Ouvrir un paquet de cas</translation>
    </message>
    <message>
        <source>Case packs (*.claimscope *.zip *.tar.gz *.tar.xz *.7z)</source>
        <translation>Paquets de cas (*.claimscope *.zip *.tar.gz *.tar.xz *.7z)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Opened a pack: “Save as a copy…” keeps your changes in a folder.</source>
        <translation>Paquet ouvert&#xa0;: «&#xa0;Enregistrer une copie…&#xa0;» conserve vos modifications dans un dossier.</translation>
    </message>
</context>
<context>
    <name>StudioQuiz</name>
    <message>
        <source>Choice</source>
        <translation>Choix</translation>
    </message>
    <message>
        <source>True or false</source>
        <translation>Vrai ou faux</translation>
    </message>
    <message>
        <source>Highlight in an article</source>
        <translation>Surlignage dans un article</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Classement</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>Nouvelle question</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Rubric</source>
        <translation>Grille</translation>
    </message>
    <message>
        <source>True or false statements: %1 true, %2 false</source>
        <extracomment>%1 and %2 count the true and the false statements among the true-or-false questions</extracomment>
        <translation>Énoncés vrai ou faux&#xa0;: %1 vrais, %2 faux</translation>
    </message>
    <message>
        <source>balance them, so that scores measure discernment, not blanket doubt</source>
        <translation>équilibrez-les, pour que les scores mesurent le discernement et non le doute systématique</translation>
    </message>
    <message>
        <source>New questions: %1</source>
        <translation>Nouvelles questions&#xa0;: %1</translation>
    </message>
    <message>
        <source>Type of the questions added</source>
        <translation>Type des questions ajoutées</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Critères</translation>
    </message>
    <message>
        <source>New criterion</source>
        <translation>Nouveau critère</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>What a student learns to look for</source>
        <translation>Ce qu&apos;un élève apprend à repérer</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove %1 %2</source>
        <translation>Supprimer %1 %2</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation>Ajouter à %1</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Énoncé</translation>
    </message>
    <message>
        <source>The statement is true</source>
        <translation>L&apos;énoncé est vrai</translation>
    </message>
    <message>
        <source>Feedback to “true”</source>
        <translation>Commentaire si «&#xa0;vrai&#xa0;»</translation>
    </message>
    <message>
        <source>Feedback to “false”</source>
        <translation>Commentaire si «&#xa0;faux&#xa0;»</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Affirmation</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Spans (exact words of the article)</source>
        <translation>Passages (mots exacts de l&apos;article)</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>Choix</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Right order, most reliable first</source>
        <translation>Ordre correct, le plus fiable en premier</translation>
    </message>
    <message>
        <source>Rubric criteria it trains</source>
        <translation>Critères de la grille qu&apos;elle entraîne</translation>
    </message>
    <message>
        <source>Explanation (shown after answering)</source>
        <translation>Explication (affichée après la réponse)</translation>
    </message>
    <message>
        <source>Kept for the later booster check</source>
        <translation>Gardée pour le test de rappel ultérieur</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Juste</translation>
    </message>
    <message>
        <source>Feedback: why it is right or wrong</source>
        <translation>Commentaire&#xa0;: pourquoi c&apos;est juste ou faux</translation>
    </message>
    <message>
        <source>Evidence it names</source>
        <translation>Preuves qu&apos;elle indique</translation>
    </message>
    <message>
        <source>Exact words</source>
        <translation>Mots exacts</translation>
    </message>
    <message>
        <source>Which occurrence (1 when empty)</source>
        <translation>Quelle occurrence (1 si vide)</translation>
    </message>
    <message>
        <source>Right to mark</source>
        <translation>À marquer</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Select words in the article, then add them as a span.</source>
        <translation>Sélectionnez des mots dans l&apos;article, puis ajoutez-les comme passage.</translation>
    </message>
    <message>
        <source>Text of the article: select the words of a span</source>
        <translation>Texte de l&apos;article&#xa0;: sélectionnez les mots d&apos;un passage</translation>
    </message>
    <message>
        <source>Add the selected words as a span</source>
        <translation>Ajouter les mots sélectionnés comme passage</translation>
    </message>
    <message>
        <source>Added “%1”: write its feedback below.</source>
        <translation>«&#xa0;%1&#xa0;» ajouté&#xa0;: écrivez son commentaire ci-dessous.</translation>
    </message>
</context>
<context>
    <name>StudioRecordList</name>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation>Ajouter à %1</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove the chosen one</source>
        <translation>Supprimer l&apos;élément choisi</translation>
    </message>
</context>
<context>
    <name>StudioSources</name>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Source %1</source>
        <translation>Source %1</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Média</translation>
    </message>
    <message>
        <source>Web address (http or https)</source>
        <translation>Adresse web (http ou https)</translation>
    </message>
    <message>
        <source>Date, only when the source itself shows it</source>
        <translation>Date, seulement si la source elle-même l&apos;indique</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Words of this source, verbatim, one per line</source>
        <translation>Propos de cette source, mot pour mot, un par ligne</translation>
    </message>
    <message>
        <source>Quotes recorded from this source, one per line</source>
        <translation>Citations relevées dans cette source, une par ligne</translation>
    </message>
</context>
<context>
    <name>StudioTimeline</name>
    <message>
        <source>Phases</source>
        <translation>Phases</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Later developments</source>
        <translation>Évolutions ultérieures</translation>
    </message>
    <message>
        <source>New phase</source>
        <translation>Nouvelle phase</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Nouvel événement</translation>
    </message>
    <message>
        <source>The preview shows the last state of the case without errors.</source>
        <translation>L&apos;aperçu montre le dernier état du cas sans erreurs.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>From (YYYY-MM-DD)</source>
        <translation>Du (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>To (YYYY-MM-DD)</source>
        <translation>Au (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>How the coverage framed the story then</source>
        <translation>Comment la couverture présentait l&apos;histoire à ce moment-là</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Until (for a span; optional)</source>
        <translation>Jusqu&apos;au (pour une période&#xa0;; facultatif)</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>StudioVocabulary</name>
    <message>
        <source>known to the day</source>
        <translation>connue au jour près</translation>
    </message>
    <message>
        <source>approximate (inferred)</source>
        <translation>approximative (déduite)</translation>
    </message>
</context>
<context>
    <name>TrueFalseBody</name>
    <message>
        <source>Click True or False, or press T or F.</source>
        <translation>Clique sur Vrai ou Faux, ou appuie sur T ou F.</translation>
    </message>
    <message>
        <source>True</source>
        <translation>Vrai</translation>
    </message>
    <message>
        <source>Key 1 or T</source>
        <translation>Touche 1 ou T</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Faux</translation>
    </message>
    <message>
        <source>Key 2 or F</source>
        <translation>Touche 2 ou F</translation>
    </message>
</context>
<context>
    <name>VocabularyStyle</name>
    <message>
        <source>blames</source>
        <translation>accuse</translation>
    </message>
    <message>
        <source>denies</source>
        <translation>dément</translation>
    </message>
    <message>
        <source>defends</source>
        <translation>défend</translation>
    </message>
    <message>
        <source>doubts</source>
        <translation>met en doute</translation>
    </message>
    <message>
        <source>threatens</source>
        <translation>menace</translation>
    </message>
    <message>
        <source>criticises</source>
        <translation>critique</translation>
    </message>
    <message>
        <source>urges</source>
        <translation>exhorte</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>neutre</translation>
    </message>
    <message>
        <source>named person</source>
        <translation>personne nommée</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anonyme</translation>
    </message>
    <message>
        <source>official statement</source>
        <translation>déclaration officielle</translation>
    </message>
    <message>
        <source>state media</source>
        <translation>médias d&apos;État</translation>
    </message>
    <message>
        <source>no evidence offered</source>
        <translation>aucune preuve avancée</translation>
    </message>
    <message>
        <source>evidence claimed, not shown</source>
        <translation>preuves invoquées, non montrées</translation>
    </message>
    <message>
        <source>technical evidence</source>
        <translation>preuves techniques</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>documents</translation>
    </message>
    <message>
        <source>first-hand account</source>
        <translation>témoignage direct</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Affirmations</translation>
    </message>
    <message>
        <source>Named sources</source>
        <translation>Sources nommées</translation>
    </message>
    <message>
        <source>Anonymous sources</source>
        <translation>Sources anonymes</translation>
    </message>
    <message>
        <source>Loaded language</source>
        <translation>Langage orienté</translation>
    </message>
    <message>
        <source>Hedges</source>
        <translation>Formules prudentes</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>Factual slips</source>
        <translation>Erreurs factuelles</translation>
    </message>
</context>
<context>
    <name>VoteChart</name>
    <message>
        <source>How the class answered: %1</source>
        <translation>Réponses de la classe&#xa0;: %1</translation>
    </message>
    <message>
        <source>The choices</source>
        <translation>Les choix</translation>
    </message>
    <message numerus="yes">
        <source>%Ln hand(s)</source>
        <translation>
            <numerusform>%Ln main</numerusform>
            <numerusform>%Ln mains</numerusform>
        </translation>
    </message>
    <message>
        <source>Choice %1, %2: %3, %4 percent%5</source>
        <translation>Choix %1, %2&#xa0;: %3, %4 pour cent%5</translation>
    </message>
    <message>
        <source>, the correct answer</source>
        <translation>, la bonne réponse</translation>
    </message>
    <message>
        <source>Choice %1: %2</source>
        <translation>Choix %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 · %2%</source>
        <translation>%1 · %2&#xa0;%</translation>
    </message>
    <message>
        <source>%1 in all</source>
        <translation>%1 au total</translation>
    </message>
    <message>
        <source>No hands were counted.</source>
        <translation>Aucune main n&apos;a été comptée.</translation>
    </message>
</context>
<context>
    <name>VoteItemView</name>
    <message>
        <source>Question %1 of %2 · show of hands</source>
        <translation>Question %1 sur %2 · vote à main levée</translation>
    </message>
    <message>
        <source>Question %1 of %2 · for discussion</source>
        <translation>Question %1 sur %2 · pour la discussion</translation>
    </message>
    <message>
        <source>In “%1” (%2)</source>
        <translation>Dans «&#xa0;%1&#xa0;» (%2)</translation>
    </message>
    <message>
        <source>Most reliable first</source>
        <translation>Le plus fiable en premier</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
</context>
<context>
    <name>VotePanel</name>
    <message>
        <source>&lt;b&gt;Question %1 of %2&lt;/b&gt; · %3</source>
        <translation>&lt;b&gt;Question %1 sur %2&lt;/b&gt; · %3</translation>
    </message>
    <message>
        <source>the class sees the answer</source>
        <translation>la classe voit la réponse</translation>
    </message>
    <message>
        <source>count the hands</source>
        <translation>compter les mains</translation>
    </message>
    <message>
        <source>for discussion</source>
        <translation>pour la discussion</translation>
    </message>
    <message>
        <source>One hand less for choice %1</source>
        <translation>Une main de moins pour le choix %1</translation>
    </message>
    <message>
        <source>One hand more for choice %1</source>
        <translation>Une main de plus pour le choix %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln hand(s) counted</source>
        <translation>
            <numerusform>%Ln main comptée</numerusform>
            <numerusform>%Ln mains comptées</numerusform>
        </translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>Réponse&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>WebAddressDialog</name>
    <message>
        <source>Web address</source>
        <translation>Adresse web</translation>
    </message>
    <message>
        <source>Web address of %1</source>
        <translation>Adresse web de %1</translation>
    </message>
    <message>
        <source>Open this address in your web browser? Claimscope itself never goes online.</source>
        <translation>Ouvrir cette adresse dans ton navigateur&#xa0;? Claimscope ne se connecte jamais à Internet par lui-même.</translation>
    </message>
    <message>
        <source>This address cannot be opened: only web pages (http and https) can.</source>
        <translation>Impossible d&apos;ouvrir cette adresse&#xa0;: seules les pages web (http et https) peuvent l&apos;être.</translation>
    </message>
    <message>
        <source>The full address</source>
        <translation>L&apos;adresse complète</translation>
    </message>
    <message>
        <source>Site: %1</source>
        <translation>Site&#xa0;: %1</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Ouvrir dans le navigateur</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
</TS>
