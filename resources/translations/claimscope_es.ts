<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ArticleCard</name>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source> (outlet inferred)</source>
        <translation> (medio deducido)</translation>
    </message>
</context>
<context>
    <name>ArticleDetailsForm</name>
    <message>
        <source>Headline</source>
        <translation>Titular</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Medio</translation>
    </message>
    <message>
        <source>Kind of outlet</source>
        <translation>Tipo de medio</translation>
    </message>
    <message>
        <source>The outlet is inferred: the copy does not name it</source>
        <translation>El medio está deducido: el texto no lo nombra</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Dirección web</translation>
    </message>
    <message>
        <source>Provenance: where this copy comes from</source>
        <translation>Procedencia: de dónde viene este texto</translation>
    </message>
    <message>
        <source>An excerpt, not the whole article</source>
        <translation>Un extracto, no el artículo entero</translation>
    </message>
    <message>
        <source>Copyright and licence</source>
        <translation>Derechos de autor y licencia</translation>
    </message>
    <message>
        <source>Standfirst</source>
        <translation>Entradilla</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Pie de foto</translation>
    </message>
    <message>
        <source>Paragraphs (blank lines between them)</source>
        <translation>Párrafos (con líneas en blanco entre ellos)</translation>
    </message>
    <message>
        <source>Paragraphs of the article</source>
        <translation>Párrafos del artículo</translation>
    </message>
    <message>
        <source>Marks whose words change are shown as not found.</source>
        <translation>Las marcas cuyas palabras cambien se mostrarán como no encontradas.</translation>
    </message>
    <message>
        <source>Apply the text</source>
        <translation>Aplicar el texto</translation>
    </message>
    <message>
        <source>Replace the article&apos;s paragraphs with this text</source>
        <translation>Sustituir los párrafos del artículo por este texto</translation>
    </message>
</context>
<context>
    <name>ArticlePage</name>
    <message>
        <source>%1 · %2 · excerpt © its publisher, shown for educational commentary</source>
        <translation>%1 · %2 · extracto © de su editor, mostrado como comentario educativo</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Choose an article</source>
        <translation>Elige un artículo</translation>
    </message>
</context>
<context>
    <name>ArticleReaderView</name>
    <message>
        <source>Kind: %1</source>
        <translation>Tipo: %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Fecha: %1</translation>
    </message>
    <message>
        <source> (inferred)</source>
        <translation> (deducido)</translation>
    </message>
    <message>
        <source>Provenance: %1</source>
        <translation>Procedencia: %1</translation>
    </message>
    <message>
        <source>The outlet is inferred: the stored copy does not name it.</source>
        <translation>El medio está deducido: el texto guardado no lo nombra.</translation>
    </message>
    <message>
        <source>Highlight layers</source>
        <translation>Capas de resaltado</translation>
    </message>
    <message>
        <source>%1: %2 highlights</source>
        <translation>%1: %2 resaltados</translation>
    </message>
    <message>
        <source>Article text: %1</source>
        <translation>Texto del artículo: %1</translation>
    </message>
    <message>
        <source>Web address…</source>
        <translation>Dirección web…</translation>
    </message>
    <message>
        <source>Show the article&apos;s web address</source>
        <translation>Mostrar la dirección web del artículo</translation>
    </message>
    <message>
        <source>%1 highlights — Tab to one, Enter to open</source>
        <translation>%1 resaltados: Tab para ir a uno, Enter para abrirlo</translation>
    </message>
    <message>
        <source>Highlights in this article</source>
        <translation>Resaltados de este artículo</translation>
    </message>
</context>
<context>
    <name>AudienceView</name>
    <message>
        <source>The audience screen is blank</source>
        <translation>La pantalla del público está en negro</translation>
    </message>
    <message>
        <source>%1 · step %2 of %3</source>
        <translation>%1 · paso %2 de %3</translation>
    </message>
</context>
<context>
    <name>AudienceWindow</name>
    <message>
        <source>Audience · step %1 of %2</source>
        <translation>Público · paso %1 de %2</translation>
    </message>
</context>
<context>
    <name>BlameExplorer</name>
    <message>
        <source>Claims about %1</source>
        <translation>Afirmaciones sobre %1</translation>
    </message>
    <message>
        <source>Claims by or about %1</source>
        <translation>Afirmaciones de o sobre %1</translation>
    </message>
    <message>
        <source>Views of who blamed whom</source>
        <translation>Vistas de quién culpó a quién</translation>
    </message>
    <message>
        <source>Camps</source>
        <translation>Bandos</translation>
    </message>
    <message>
        <source>Show the camps</source>
        <translation>Mostrar los bandos</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>Matriz</translation>
    </message>
    <message>
        <source>Show who blamed whom as a matrix</source>
        <translation>Mostrar quién culpó a quién como matriz</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Show the network of actors</source>
        <translation>Mostrar la red de actores</translation>
    </message>
    <message>
        <source>Bars</source>
        <translation>Barras</translation>
    </message>
    <message>
        <source>Show the bar chart by evidence</source>
        <translation>Mostrar el gráfico de barras por pruebas</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <source>Show the table of accusations</source>
        <translation>Mostrar la tabla de acusaciones</translation>
    </message>
    <message>
        <source>Select a camp, an arrow&apos;s number, a matrix cell, a dot or a table row to see its claims.</source>
        <translation>Selecciona un bando, el número de una flecha, una celda de la matriz, un punto o una fila de la tabla para ver sus afirmaciones.</translation>
    </message>
    <message>
        <source>Claims by or about %1 of %2</source>
        <extracomment>%1 &quot;5 more&quot;, %2 a camp: &quot;Claims by or about 5 more of US government&quot;</extracomment>
        <translation>Afirmaciones de o sobre %1 de %2</translation>
    </message>
</context>
<context>
    <name>BlameHeadline</name>
    <message numerus="yes">
        <source>%Ln from named source(s)</source>
        <translation>
            <numerusform>%Ln de fuente con nombre</numerusform>
            <numerusform>%Ln de fuentes con nombre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln from unnamed source(s)</source>
        <translation>
            <numerusform>%Ln de fuente anónima</numerusform>
            <numerusform>%Ln de fuentes anónimas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln from official statement(s)</source>
        <translation>
            <numerusform>%Ln de declaración oficial</numerusform>
            <numerusform>%Ln de declaraciones oficiales</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln via state media</source>
        <translation>
            <numerusform>%Ln a través de medios estatales</numerusform>
            <numerusform>%Ln a través de medios estatales</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>separates the parts of &quot;3 from named sources, 1 from unnamed source&quot;</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <source>No claim has been made.</source>
        <translation>No se ha hecho ninguna afirmación.</translation>
    </message>
    <message>
        <source>By %1, no claim had been made yet.</source>
        <translation>Hasta el %1, aún no se había hecho ninguna afirmación.</translation>
    </message>
    <message>
        <source>By %1, %2 had been made, and no claim had blamed anyone yet.</source>
        <translation>Hasta el %1 se habían hecho %2, y ninguna afirmación había culpado aún a nadie.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <translation>
            <numerusform>%Ln afirmación</numerusform>
            <numerusform>%Ln afirmaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>By %1, no claim had blamed %2.</source>
        <translation>Hasta el %1, ninguna afirmación había culpado a %2.</translation>
    </message>
    <message>
        <source>By %1, %2 had been blamed in %3 (%4) and had not answered with a denial.</source>
        <extracomment>%1 a date, %2 a camp&apos;s or actor&apos;s name, %3 &quot;6 claims&quot;, %4 &quot;3 from named sources, 3 from unnamed sources&quot;</extracomment>
        <translation>Hasta el %1, se había culpado a %2 en %3 (%4), sin que respondiera con ningún desmentido.</translation>
    </message>
    <message>
        <source>By %1, %2 had been blamed in %3 (%4) and had answered with %5.</source>
        <extracomment>as above, and %5 &quot;2 denials&quot;</extracomment>
        <translation>Hasta el %1, se había culpado a %2 en %3 (%4), y respondió con %5.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln denial(s)</source>
        <translation>
            <numerusform>%Ln desmentido</numerusform>
            <numerusform>%Ln desmentidos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BlameMatrix</name>
    <message>
        <source>Rows made the claims, columns received them. Enter on a letter opens a camp into its actors.</source>
        <translation>Las filas hicieron las afirmaciones; las columnas las recibieron. Enter sobre una letra despliega los actores de un bando.</translation>
    </message>
    <message>
        <source>One camp is open into its actors. Escape closes it.</source>
        <translation>Hay un bando desplegado en sus actores. Esc lo cierra.</translation>
    </message>
    <message>
        <source>Claimant ↓  Target →</source>
        <translation>Emisor ↓  Objetivo →</translation>
    </message>
    <message>
        <source>Who blamed whom, as a matrix: %1 claims</source>
        <translation>Quién culpó a quién, como matriz: %1 afirmaciones</translation>
    </message>
    <message>
        <source>Colours and markers of the stances</source>
        <translation>Colores y marcadores de las posturas</translation>
    </message>
</context>
<context>
    <name>BlameMatrixHeader</name>
    <message>
        <source>Press Enter to open the camp</source>
        <translation>Pulsa Enter para abrir el bando</translation>
    </message>
    <message>
        <source>Press Enter to close the camp</source>
        <translation>Pulsa Enter para cerrar el bando</translation>
    </message>
</context>
<context>
    <name>BlameMatrixModel</name>
    <message>
        <source>no claims</source>
        <translation>sin afirmaciones</translation>
    </message>
    <message>
        <source>%1 → %2: %3</source>
        <translation>%1 → %2: %3</translation>
    </message>
    <message>
        <source>%1 → all targets: %2</source>
        <translation>%1 → todos los objetivos: %2</translation>
    </message>
    <message>
        <source>All claimants → %1: %2</source>
        <translation>Todos los emisores → %1: %2</translation>
    </message>
    <message>
        <source>All claimants → all targets: %1</source>
        <translation>Todos los emisores → todos los objetivos: %1</translation>
    </message>
    <message>
        <source>%1: %2, of %3</source>
        <translation>%1: %2, de %3</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s), %1</source>
        <translation>
            <numerusform>%Ln afirmación, %1</numerusform>
            <numerusform>%Ln afirmaciones, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, a camp of %Ln actor(s)</source>
        <translation>
            <numerusform>%1: %2, un bando de %Ln actor</numerusform>
            <numerusform>%1: %2, un bando de %Ln actores</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BlameNetwork</name>
    <message>
        <source>Who blamed whom, actor by actor</source>
        <translation>Quién culpó a quién, actor por actor</translation>
    </message>
    <message>
        <source>%1: made %2 claims, received %3</source>
        <translation>%1: hizo %2 afirmaciones, recibió %3</translation>
    </message>
</context>
<context>
    <name>BlamePage</name>
    <message>
        <source>Who blamed whom</source>
        <translation>Quién culpó a quién</translation>
    </message>
    <message>
        <source>Each arrow: claims by one side about another. Thicker = more claims; colour and dash = the most common stance.</source>
        <translation>Cada flecha: afirmaciones de un lado sobre otro. Más gruesa = más afirmaciones; color y trazo = la postura más frecuente.</translation>
    </message>
</context>
<context>
    <name>BlameTable</name>
    <message>
        <source>Who blamed whom, as a table</source>
        <translation>Quién culpó a quién, como tabla</translation>
    </message>
    <message>
        <source>Who → whom</source>
        <translation>Quién → a quién</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Afirmaciones</translation>
    </message>
    <message>
        <source>Stances</source>
        <translation>Posturas</translation>
    </message>
    <message>
        <source>Evidence offered</source>
        <translation>Pruebas aportadas</translation>
    </message>
    <message>
        <source>Row %1 of %2. Claims: %3. Stances: %4. Evidence offered: %5</source>
        <translation>Fila %1 de %2. Afirmaciones: %3. Posturas: %4. Pruebas aportadas: %5</translation>
    </message>
</context>
<context>
    <name>BlameView</name>
    <message numerus="yes">
        <source>%1 → %2: %Ln claim(s), %3; %4</source>
        <translation>
            <numerusform>%1 → %2: %Ln afirmación, %3; %4</numerusform>
            <numerusform>%1 → %2: %Ln afirmaciones, %3; %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s) by this date</source>
        <translation>
            <numerusform>%Ln afirmación hasta esta fecha</numerusform>
            <numerusform>%Ln afirmaciones hasta esta fecha</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s) selected</source>
        <translation>
            <numerusform>%Ln afirmación seleccionada</numerusform>
            <numerusform>%Ln afirmaciones seleccionadas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: made %2, received %3</source>
        <extracomment>%1 a camp&apos;s or actor&apos;s name, %2 &quot;3 claims&quot; made, %3 &quot;2 claims&quot; received</extracomment>
        <translation>%1: hizo %2, recibió %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <translation>
            <numerusform>%Ln afirmación</numerusform>
            <numerusform>%Ln afirmaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, opened into its actors</source>
        <translation>%1 (se muestran sus actores)</translation>
    </message>
    <message numerus="yes">
        <source>%1 about itself: %Ln claim(s), %2</source>
        <translation>
            <numerusform>%1 sobre sí: %Ln afirmación, %2</numerusform>
            <numerusform>%1 sobre sí: %Ln afirmaciones, %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 → %2: %Ln claim(s), %3</source>
        <extracomment>an arrow between camps: &quot;Government → Experts: 5 claims, 4 blames, 1 doubts&quot;</extracomment>
        <translation>
            <numerusform>%1 → %2: %Ln afirmación, %3</numerusform>
            <numerusform>%1 → %2: %Ln afirmaciones, %3</numerusform>
        </translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>todos</translation>
    </message>
    <message numerus="yes">
        <source>%1 → %2: %Ln claim(s)</source>
        <translation>
            <numerusform>%1 → %2: %Ln afirmación</numerusform>
            <numerusform>%1 → %2: %Ln afirmaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more</source>
        <extracomment>a card for the actors of an open camp that do not fit in the view: &quot;5 more&quot;</extracomment>
        <translation>
            <numerusform>%Ln más</numerusform>
            <numerusform>%Ln más</numerusform>
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
        <translation>Calendario…</translation>
    </message>
    <message>
        <source>Choose %1 from a calendar</source>
        <translation>Elegir %1 en un calendario</translation>
    </message>
    <message>
        <source>Previous year</source>
        <translation>Año anterior</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Mes anterior</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Mes siguiente</translation>
    </message>
    <message>
        <source>Next year</source>
        <translation>Año siguiente</translation>
    </message>
    <message>
        <source>Calendar: %1</source>
        <translation>Calendario: %1</translation>
    </message>
    <message>
        <source>Arrow keys move a day or a week, Page Up and Page Down a month; Enter picks the day.</source>
        <translation>Las flechas avanzan un día o una semana, Re Pág y Av Pág un mes; Intro elige el día.</translation>
    </message>
</context>
<context>
    <name>CampNetwork</name>
    <message>
        <source>Who blamed whom, by camp</source>
        <translation>Quién culpó a quién, por bandos</translation>
    </message>
</context>
<context>
    <name>CampSet</name>
    <message>
        <source>Governments</source>
        <translation>Gobiernos</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>Agencias</translation>
    </message>
    <message>
        <source>State media</source>
        <translation>Medios estatales</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Empresas</translation>
    </message>
    <message>
        <source>Experts</source>
        <translation>Expertos</translation>
    </message>
    <message>
        <source>Politicians</source>
        <translation>Políticos</translation>
    </message>
    <message>
        <source>Celebrities</source>
        <translation>Famosos</translation>
    </message>
    <message>
        <source>Hacker groups</source>
        <translation>Grupos de hackers</translation>
    </message>
    <message>
        <source>Lawyers and courts</source>
        <translation>Abogados y tribunales</translation>
    </message>
    <message>
        <source>News outlets</source>
        <translation>Medios de comunicación</translation>
    </message>
    <message>
        <source>Other actors</source>
        <translation>Otros actores</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>Otros</translation>
    </message>
</context>
<context>
    <name>CaseLibrary</name>
    <message>
        <source>MMMM yyyy</source>
        <comment>date format</comment>
        <extracomment>A month and year, as in &quot;June 2014 – February 2015&quot; on the home page.</extracomment>
        <translation>MMMM &apos;de&apos; yyyy</translation>
    </message>
</context>
<context>
    <name>ChartText</name>
    <message>
        <source>No bars to show.</source>
        <translation>No hay barras que mostrar.</translation>
    </message>
    <message>
        <source>%1 is the largest with %2 (%3)</source>
        <translation>%1 es la mayor, con %2 (%3)</translation>
    </message>
    <message>
        <source>%1 is the largest with %2</source>
        <translation>%1 es la mayor, con %2</translation>
    </message>
    <message numerus="yes">
        <source>Of %Ln bar(s), %1</source>
        <translation>
            <numerusform>De %Ln barra, %1</numerusform>
            <numerusform>De %Ln barras, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; then %2.</source>
        <translation>%1; después, %2.</translation>
    </message>
</context>
<context>
    <name>ChoiceBody</name>
    <message>
        <source>Click an answer or press its number.</source>
        <translation>Haz clic en una respuesta o pulsa su número.</translation>
    </message>
</context>
<context>
    <name>ChoiceButton</name>
    <message>
        <source>Your answer: correct</source>
        <translation>Tu respuesta: correcta</translation>
    </message>
    <message>
        <source>Your answer: wrong</source>
        <translation>Tu respuesta: incorrecta</translation>
    </message>
    <message>
        <source>Correct answer</source>
        <translation>Respuesta correcta</translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation>Tecla %1</translation>
    </message>
</context>
<context>
    <name>ClaimForm</name>
    <message>
        <source>Claim %1</source>
        <translation>Afirmación %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>Emisor</translation>
    </message>
    <message>
        <source>About whom (targets)</source>
        <translation>Sobre quién (objetivos)</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Postura</translation>
    </message>
    <message>
        <source>How the claimant is identified</source>
        <translation>Cómo se identifica al emisor</translation>
    </message>
    <message>
        <source>Evidence offered with the claim</source>
        <translation>Pruebas aportadas con la afirmación</translation>
    </message>
    <message>
        <source>The claim in our own words</source>
        <translation>La afirmación con nuestras palabras</translation>
    </message>
    <message>
        <source>Known now</source>
        <translation>Lo que se sabe ahora</translation>
    </message>
    <message>
        <source>What the later record makes of it</source>
        <translation>Qué dice de ella el registro posterior</translation>
    </message>
    <message>
        <source>Note on what is known now</source>
        <translation>Nota sobre lo que se sabe ahora</translation>
    </message>
    <message>
        <source>Later developments that settle or change it</source>
        <translation>Hechos posteriores que la confirman o la cambian</translation>
    </message>
</context>
<context>
    <name>ClaimList</name>
    <message numerus="yes">
        <source>Claims: %Ln</source>
        <translation>
            <numerusform>Afirmaciones: %Ln</numerusform>
            <numerusform>Afirmaciones: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 %3 %4: %5</source>
        <translation>%1, %2 %3 %4: %5</translation>
    </message>
    <message>
        <source>Claim %1 of %2</source>
        <translation>Afirmación %1 de %2</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Fuentes: %1</translation>
    </message>
    <message>
        <source>%1: web address…</source>
        <translation>%1: dirección web…</translation>
    </message>
    <message>
        <source>Now: %1. %2</source>
        <translation>Ahora: %1. %2</translation>
    </message>
    <message>
        <source>Show in the article</source>
        <translation>Mostrar en el artículo</translation>
    </message>
    <message>
        <source>Show this claim in the article</source>
        <translation>Mostrar esta afirmación en el artículo</translation>
    </message>
</context>
<context>
    <name>CoverageChart</name>
    <message>
        <source>Claims per day</source>
        <translation>Afirmaciones por día</translation>
    </message>
    <message>
        <source>Claims per day up to %1, by %2; at most %3 on one day</source>
        <translation>Afirmaciones por día hasta el %1, según %2; como máximo %3 en un día</translation>
    </message>
    <message>
        <source>who is speaking</source>
        <translation>quién habla</translation>
    </message>
    <message>
        <source>stance</source>
        <translation>postura</translation>
    </message>
</context>
<context>
    <name>CoverageExplorer</name>
    <message>
        <source>Headline language: %1</source>
        <translation>Idioma de los titulares: %1</translation>
    </message>
    <message>
        <source>Claims per day by</source>
        <translation>Afirmaciones por día según</translation>
    </message>
    <message>
        <source>stance</source>
        <translation>postura</translation>
    </message>
    <message>
        <source>Chart by stance</source>
        <translation>Gráfico por postura</translation>
    </message>
    <message>
        <source>who is speaking</source>
        <translation>quién habla</translation>
    </message>
    <message>
        <source>Chart by attribution: named, anonymous, official, state media</source>
        <translation>Gráfico por atribución: con nombre, anónima, oficial, medios estatales</translation>
    </message>
    <message>
        <source>Said then — known now</source>
        <translation>Lo que se dijo entonces — lo que se sabe ahora</translation>
    </message>
    <message numerus="yes">
        <source>Claims of this phase, with what was established later: %Ln</source>
        <translation>
            <numerusform>Afirmaciones de esta fase, con lo que se estableció después: %Ln</numerusform>
            <numerusform>Afirmaciones de esta fase, con lo que se estableció después: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Then: %1</source>
        <translation>Entonces: %1</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Ahora: %1</translation>
    </message>
</context>
<context>
    <name>CoveragePage</name>
    <message>
        <source>How the coverage shifted</source>
        <translation>Cómo cambió la cobertura</translation>
    </message>
    <message>
        <source>Drag the date, or press Space to play: what was claimed then, and what is known now.</source>
        <translation>Arrastra la fecha o pulsa Espacio para reproducir: lo que se afirmaba entonces y lo que se sabe ahora.</translation>
    </message>
</context>
<context>
    <name>CoverageView</name>
    <message>
        <source>From %1 to %2</source>
        <extracomment>%1 and %2 are dates.</extracomment>
        <translation>Del %1 al %2</translation>
    </message>
    <message>
        <source>%1: no claims yet.</source>
        <translation>%1: aún no hay afirmaciones.</translation>
    </message>
    <message>
        <source>%1: %2 %3; the busiest day was %4, with %5.</source>
        <extracomment>%1 is &quot;From &lt;date&gt; to &lt;date&gt;&quot;, %2 &quot;N claims&quot;, %3 &quot;on N days&quot;, %4 a date, %5 &quot;N claims&quot;</extracomment>
        <translation>%1: %2 %3; el día con más actividad fue el %4, con %5.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <translation>
            <numerusform>%Ln afirmación</numerusform>
            <numerusform>%Ln afirmaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>on %Ln day(s)</source>
        <translation>
            <numerusform>en %Ln día</numerusform>
            <numerusform>en %Ln días</numerusform>
        </translation>
    </message>
    <message>
        <source>No phase on this date</source>
        <translation>Ninguna fase en esta fecha</translation>
    </message>
    <message>
        <source>Before the first phase</source>
        <translation>Antes de la primera fase</translation>
    </message>
    <message>
        <source>After the last phase</source>
        <translation>Después de la última fase</translation>
    </message>
    <message>
        <source>Between phases</source>
        <translation>Entre fases</translation>
    </message>
</context>
<context>
    <name>DateScrubber</name>
    <message>
        <source>❚❚ Pause</source>
        <translation>❚❚ Pausa</translation>
    </message>
    <message>
        <source>To the last day</source>
        <translation>Al último día</translation>
    </message>
    <message>
        <source>▶ Play</source>
        <translation>▶ Reproducir</translation>
    </message>
    <message>
        <source>Pause the timeline</source>
        <translation>Pausar la cronología</translation>
    </message>
    <message>
        <source>Go to the last day</source>
        <translation>Ir al último día</translation>
    </message>
    <message>
        <source>Play the timeline</source>
        <translation>Reproducir la cronología</translation>
    </message>
    <message>
        <source>Date, playing</source>
        <translation>Fecha, reproduciendo</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Fecha: %1</translation>
    </message>
    <message>
        <source>Day %1 of %2</source>
        <translation>Día %1 de %2</translation>
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
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
</context>
<context>
    <name>DayAxis</name>
    <message>
        <source>No claims or events %1</source>
        <translation>Sin afirmaciones ni sucesos (%1)</translation>
    </message>
</context>
<context>
    <name>DemoSession</name>
    <message>
        <source>Sample student</source>
        <translation>Estudiante de ejemplo</translation>
    </message>
    <message>
        <source>Sample: Jordan</source>
        <translation>Ejemplo: Jordan</translation>
    </message>
</context>
<context>
    <name>EndPresentationDialog</name>
    <message>
        <source>End the presentation?</source>
        <translation>¿Terminar la presentación?</translation>
    </message>
    <message>
        <source>Keep presenting</source>
        <translation>Seguir presentando</translation>
    </message>
    <message>
        <source>End presentation</source>
        <translation>Terminar la presentación</translation>
    </message>
</context>
<context>
    <name>EvidenceBarChart</name>
    <message>
        <source>Bar chart: claims by who blamed whom, by evidence, by %1</source>
        <translation>Gráfico de barras: afirmaciones según quién culpó a quién, por pruebas, hasta el %1</translation>
    </message>
    <message>
        <source>%1 The Table tab lists every pair.</source>
        <translation>%1 La pestaña Tabla muestra todos los pares.</translation>
    </message>
    <message>
        <source>claims</source>
        <translation>afirmaciones</translation>
    </message>
</context>
<context>
    <name>FeedbackPanel</name>
    <message>
        <source>Correct</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Partly right: %1% of the points</source>
        <translation>Parcialmente correcto: %1% de los puntos</translation>
    </message>
    <message>
        <source>Not right</source>
        <translation>No es correcto</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Por qué importa</translation>
    </message>
</context>
<context>
    <name>HighlightBody</name>
    <message>
        <source>From %1, %2: “%3”</source>
        <translation>De %1, %2: «%3»</translation>
    </message>
    <message>
        <source>Mark every phrase that fits (click it or press its number), then press “Check my answer”.</source>
        <translation>Marca todas las frases que encajen (haz clic en ellas o pulsa su número) y luego pulsa «Comprobar mi respuesta».</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>CLAIMSCOPE · A CASE IN MEDIA LITERACY</source>
        <translation>CLAIMSCOPE · UN CASO DE ALFABETIZACIÓN MEDIÁTICA</translation>
    </message>
    <message>
        <source>Open case pack…</source>
        <translation>Abrir paquete de caso…</translation>
    </message>
    <message>
        <source>Open another case pack</source>
        <translation>Abrir otro paquete de caso</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Settings: text size, colours, motion</source>
        <translation>Ajustes: tamaño del texto, colores, movimiento</translation>
    </message>
    <message>
        <source>Present to a class</source>
        <translation>Presentar a una clase</translation>
    </message>
    <message>
        <source>Full-screen steps for a projector, with presenter notes.</source>
        <translation>Pasos a pantalla completa para un proyector, con notas del presentador.</translation>
    </message>
    <message>
        <source>Work through it myself</source>
        <translation>Hacerlo por mi cuenta</translation>
    </message>
    <message>
        <source>Read the coverage, answer the checks, see how you did.</source>
        <translation>Lee la cobertura, responde a las comprobaciones y mira cómo te ha ido.</translation>
    </message>
    <message>
        <source>Or explore:</source>
        <translation>O explora:</translation>
    </message>
    <message>
        <source>Read the articles</source>
        <translation>Leer los artículos</translation>
    </message>
    <message>
        <source>Who blamed whom</source>
        <translation>Quién culpó a quién</translation>
    </message>
    <message>
        <source>How the coverage shifted</source>
        <translation>Cómo cambió la cobertura</translation>
    </message>
    <message>
        <source>Check yourself</source>
        <translation>Ponte a prueba</translation>
    </message>
    <message>
        <source>On paper:</source>
        <translation>En papel:</translation>
    </message>
    <message>
        <source>Teacher&apos;s guide…</source>
        <translation>Guía del docente…</translation>
    </message>
    <message>
        <source>Save the teacher&apos;s guide as PDF: the lesson plan with notes and answers</source>
        <translation>Guardar la guía del docente en PDF: el plan de la lección con notas y respuestas</translation>
    </message>
    <message>
        <source>Worksheet…</source>
        <translation>Hoja de trabajo…</translation>
    </message>
    <message>
        <source>Save a worksheet as PDF: the questions without answers, for classes without devices</source>
        <translation>Guardar una hoja de trabajo en PDF: las preguntas sin respuestas, para clases sin dispositivos</translation>
    </message>
    <message numerus="yes">
        <source>The coverage you will examine: %Ln article(s)</source>
        <translation>
            <numerusform>La cobertura que vas a examinar: %Ln artículo</numerusform>
            <numerusform>La cobertura que vas a examinar: %Ln artículos</numerusform>
        </translation>
    </message>
    <message>
        <source>Make or adapt a case</source>
        <translation>Crear o adaptar un caso</translation>
    </message>
    <message>
        <source>Make or adapt a case in the studio</source>
        <translation>Crear o adaptar un caso en el estudio</translation>
    </message>
</context>
<context>
    <name>KnownNow</name>
    <message>
        <source>Known as of %1</source>
        <extracomment>%1 is the date of the case&apos;s latest check of the public record.</extracomment>
        <translation>Lo que se sabe a fecha de %1</translation>
    </message>
    <message>
        <source>Since then: %1</source>
        <translation>Desde entonces: %1</translation>
    </message>
</context>
<context>
    <name>LessonPrint</name>
    <message>
        <source>article</source>
        <translation>artículo</translation>
    </message>
    <message>
        <source>who blamed whom</source>
        <translation>quién culpó a quién</translation>
    </message>
    <message>
        <source>the coverage over time</source>
        <translation>la cobertura a lo largo del tiempo</translation>
    </message>
    <message>
        <source>questions</source>
        <translation>preguntas</translation>
    </message>
    <message>
        <source>with a reveal</source>
        <translation>con revelación</translation>
    </message>
    <message>
        <source>story</source>
        <translation>historia</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>verdadero o falso</translation>
    </message>
    <message>
        <source>highlight the words</source>
        <translation>resaltar las palabras</translation>
    </message>
    <message>
        <source>rank the sources</source>
        <translation>ordenar las fuentes</translation>
    </message>
    <message>
        <source>what evidence was offered?</source>
        <translation>¿qué pruebas se aportaron?</translation>
    </message>
    <message>
        <source>choice</source>
        <translation>opción múltiple</translation>
    </message>
    <message>
        <source>The article “%1” (%2), with its marks.</source>
        <translation>El artículo «%1» (%2), con sus marcas.</translation>
    </message>
    <message>
        <source>The map of who blamed whom%1.</source>
        <translation>El mapa de quién culpó a quién%1.</translation>
    </message>
    <message>
        <source>, up to %1</source>
        <translation>, hasta el %1</translation>
    </message>
    <message>
        <source>The coverage day by day%1.</source>
        <translation>La cobertura día a día%1.</translation>
    </message>
    <message>
        <source>Dated cards:</source>
        <translation>Tarjetas con fecha:</translation>
    </message>
    <message>
        <source>True</source>
        <translation>Verdadero</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Falso</translation>
    </message>
    <message>
        <source>Show of hands: key 1 counts a hand for true, 2 for false; → reveals the tally and the answer.</source>
        <translation>Votación a mano alzada: la tecla 1 cuenta una mano para verdadero, la 2 para falso; → revela el recuento y la respuesta.</translation>
    </message>
    <message>
        <source>Show of hands: keys 1–%1 count a hand for each choice; → reveals the tally and the answer.</source>
        <translation>Votación a mano alzada: las teclas 1–%1 cuentan una mano para cada opción; → revela el recuento y la respuesta.</translation>
    </message>
    <message>
        <source>For discussion (no show of hands): ask for reasons, then → reveals the answer.</source>
        <translation>Para debatir (sin votación): pide razones; luego → revela la respuesta.</translation>
    </message>
    <message>
        <source>In “%1” (%2)</source>
        <translation>En «%1» (%2)</translation>
    </message>
    <message>
        <source>→ PgDn Space / ← PgUp</source>
        <translation>→ PgDn Espacio / ← PgUp</translation>
    </message>
    <message>
        <source>next / back; a step with something hidden reveals it first</source>
        <translation>siguiente / atrás; un paso con algo oculto lo revela primero</translation>
    </message>
    <message>
        <source>B or .</source>
        <translation>B o .</translation>
    </message>
    <message>
        <source>blank the screen (black); again to show it</source>
        <translation>dejar la pantalla en negro; otra vez para volver a mostrarla</translation>
    </message>
    <message>
        <source>F, Esc</source>
        <translation>F, Esc</translation>
    </message>
    <message>
        <source>full screen on and off; Esc leaves full screen, a second Esc ends after a confirmation</source>
        <translation>activar y desactivar la pantalla completa; Esc sale de la pantalla completa, un segundo Esc termina tras confirmar</translation>
    </message>
    <message>
        <source>number, Enter</source>
        <translation>número, Enter</translation>
    </message>
    <message>
        <source>go to that step</source>
        <translation>ir a ese paso</translation>
    </message>
    <message>
        <source>1–4 on a question</source>
        <translation>1–4 en una pregunta</translation>
    </message>
    <message>
        <source>one hand for that choice (true/false: 1 true, 2 false); Backspace takes the last back; G, number, Enter goes to a step</source>
        <translation>una mano para esa opción (verdadero/falso: 1 verdadero, 2 falso); Backspace quita la última; G, número, Enter va a un paso</translation>
    </message>
    <message>
        <source>N (one screen)</source>
        <translation>N (una pantalla)</translation>
    </message>
    <message>
        <source>the notes and the answer, after a warning: the class sees them too; N or Esc hides them, and any move does</source>
        <translation>las notas y la respuesta, tras un aviso: la clase también las ve; N o Esc las ocultan, igual que cualquier movimiento</translation>
    </message>
    <message>
        <source>T (one screen)</source>
        <translation>T (una pantalla)</translation>
    </message>
    <message>
        <source>the teacher&apos;s strip: step, the next step&apos;s title, hands counted, time</source>
        <translation>la franja del docente: paso, título del paso siguiente, manos contadas, tiempo</translation>
    </message>
    <message>
        <source>Keys while presenting</source>
        <translation>Teclas durante la presentación</translation>
    </message>
    <message>
        <source>Two screens: the console on the laptop shows the notes, the answers and the counts; the class sees the audience window. One screen (a mirrored projector): the class sees everything the laptop shows, so only the audience view is shown, with a small strip for the teacher.</source>
        <translation>Dos pantallas: la consola del portátil muestra las notas, las respuestas y los recuentos; la clase ve la ventana del público. Una pantalla (un proyector en modo espejo): la clase ve todo lo que muestra el portátil, así que solo se muestra la vista del público, con una pequeña franja para el docente.</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Pregunta %1 de %2</translation>
    </message>
    <message>
        <source>Answer, most reliable first:</source>
        <translation>Respuesta, de más a menos fiable:</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>Respuesta:</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Por qué:</translation>
    </message>
    <message>
        <source>Class vote:</source>
        <translation>Votación de la clase:</translation>
    </message>
    <message numerus="yes">
        <source>about %Ln min</source>
        <extracomment>&quot;min&quot; abbreviates minutes, as in a lesson plan&apos;s timing.</extracomment>
        <translation>
            <numerusform>unos %Ln min</numerusform>
            <numerusform>unos %Ln min</numerusform>
        </translation>
    </message>
    <message>
        <source>CLAIMSCOPE · TEACHER&apos;S GUIDE</source>
        <translation>CLAIMSCOPE · GUÍA DEL DOCENTE</translation>
    </message>
    <message>
        <source>The lesson:</source>
        <translation>La lección:</translation>
    </message>
    <message>
        <source>%1 chapters, %2 steps, %3 questions · %4 in class</source>
        <translation>%1 capítulos, %2 pasos, %3 preguntas · %4 en clase</translation>
    </message>
    <message>
        <source>Times are estimates: the step texts and the articles read at about %1 words a minute, plus %2 minute per question. Discussion takes longer; plan for it.</source>
        <translation>Los tiempos son estimaciones: los textos de los pasos y los artículos se leen a unas %1 palabras por minuto, más %2 minuto por pregunta. El debate lleva más tiempo; tenlo en cuenta.</translation>
    </message>
    <message>
        <source>Content notice:</source>
        <translation>Aviso sobre el contenido:</translation>
    </message>
    <message>
        <source>The plan</source>
        <translation>El plan</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>Capítulo</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Chapter %1 · %2</source>
        <translation>Capítulo %1 · %2</translation>
    </message>
    <message>
        <source>Step %1 · %2</source>
        <translation>Paso %1 · %2</translation>
    </message>
    <message>
        <source>The class sees:</source>
        <translation>La clase ve:</translation>
    </message>
    <message>
        <source>→ reveals:</source>
        <translation>→ revela:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
    <message>
        <source>CLAIMSCOPE · WORKSHEET</source>
        <translation>CLAIMSCOPE · HOJA DE TRABAJO</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Class:</source>
        <translation>Clase:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Fecha:</translation>
    </message>
    <message>
        <source>Tick the box you choose (☐), or number the sources in order; then say why in a few words.</source>
        <translation>Marca la casilla que elijas (☐) o numera las fuentes en orden; luego explica por qué en pocas palabras.</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>¿Por qué?</translation>
    </message>
    <message>
        <source>Teacher&apos;s guide: %1</source>
        <translation>Guía del docente: %1</translation>
    </message>
    <message>
        <source>Teacher&apos;s guide · %1</source>
        <translation>Guía del docente · %1</translation>
    </message>
    <message>
        <source>Worksheet: %1</source>
        <translation>Hoja de trabajo: %1</translation>
    </message>
    <message>
        <source>Worksheet · %1</source>
        <translation>Hoja de trabajo · %1</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>página %1 de %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln question(s), one at a time.</source>
        <translation>
            <numerusform>%Ln pregunta, de una en una.</numerusform>
            <numerusform>%Ln preguntas, de una en una.</numerusform>
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
        <translation>Repaso</translation>
    </message>
</context>
<context>
    <name>NotePanel</name>
    <message>
        <source>Click a highlight in the text, or pick one above, to see why it matters.</source>
        <translation>Haz clic en un resaltado del texto, o elige uno arriba, para ver por qué importa.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Correction:&lt;/b&gt; %1&lt;br&gt;&lt;i&gt;Sources: %2&lt;/i&gt;</source>
        <translation>&lt;b&gt;Corrección:&lt;/b&gt; %1&lt;br&gt;&lt;i&gt;Fuentes: %2&lt;/i&gt;</translation>
    </message>
    <message>
        <source>The claim (%1, %2): %3</source>
        <translation>La afirmación (%1, %2): %3</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Ahora: %1</translation>
    </message>
</context>
<context>
    <name>OneScreenPage</name>
    <message>
        <source>Presenting on one screen</source>
        <translation>Presentación en una pantalla</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Paso %1 de %2</translation>
    </message>
    <message>
        <source>Go to step %1▏ Enter</source>
        <translation>Ir al paso %1▏ Enter</translation>
    </message>
    <message numerus="yes">
        <source>%Ln hand(s) counted</source>
        <translation>
            <numerusform>%Ln mano contada</numerusform>
            <numerusform>%Ln manos contadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Time presenting: %1</source>
        <translation>Tiempo de presentación: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;One screen&lt;/b&gt;: the class sees all of this · &lt;b&gt;1–4&lt;/b&gt; count a hand · &lt;b&gt;G&lt;/b&gt;, number, &lt;b&gt;Enter&lt;/b&gt; go to a step</source>
        <translation>&lt;b&gt;Una pantalla&lt;/b&gt;: la clase ve todo esto · &lt;b&gt;1–4&lt;/b&gt; cuentan una mano · &lt;b&gt;G&lt;/b&gt;, número, &lt;b&gt;Enter&lt;/b&gt; van a un paso</translation>
    </message>
    <message>
        <source>&lt;b&gt;One screen&lt;/b&gt;: the class sees all of this · &lt;b&gt;Number&lt;/b&gt;, &lt;b&gt;Enter&lt;/b&gt; go to a step</source>
        <translation>&lt;b&gt;Una pantalla&lt;/b&gt;: la clase ve todo esto · &lt;b&gt;Número&lt;/b&gt;, &lt;b&gt;Enter&lt;/b&gt; van a un paso</translation>
    </message>
    <message>
        <source> · &lt;b&gt;→&lt;/b&gt; next · &lt;b&gt;←&lt;/b&gt; back · &lt;b&gt;B&lt;/b&gt; blank · &lt;b&gt;N&lt;/b&gt; notes and answers, after a warning · &lt;b&gt;T&lt;/b&gt; this strip · &lt;b&gt;F&lt;/b&gt; full screen · &lt;b&gt;Esc&lt;/b&gt; leave full screen, then end</source>
        <translation> · &lt;b&gt;→&lt;/b&gt; siguiente · &lt;b&gt;←&lt;/b&gt; atrás · &lt;b&gt;B&lt;/b&gt; negro · &lt;b&gt;N&lt;/b&gt; notas y respuestas, tras un aviso · &lt;b&gt;T&lt;/b&gt; esta franja · &lt;b&gt;F&lt;/b&gt; pantalla completa · &lt;b&gt;Esc&lt;/b&gt; salir de pantalla completa, luego terminar</translation>
    </message>
    <message>
        <source>The class sees this. N or Esc hides it.</source>
        <translation>La clase ve esto. N o Esc lo ocultan.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Notes&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Notas&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>(none for this step)</source>
        <translation>(ninguna en este paso)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Why&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Por qué&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>The class will see this</source>
        <translation>La clase verá esto</translation>
    </message>
    <message>
        <source>On one screen the class sees everything you see. Show the presenter notes and, on a question, its answer and the hands per choice?</source>
        <translation>En una sola pantalla, la clase ve todo lo que ves tú. ¿Mostrar las notas del presentador y, en una pregunta, su respuesta y las manos por opción?</translation>
    </message>
    <message>
        <source>Keep them hidden</source>
        <translation>Mantenerlas ocultas</translation>
    </message>
    <message>
        <source>Show them to everyone</source>
        <translation>Mostrarlas a todos</translation>
    </message>
    <message>
        <source>The class&apos;s votes are forgotten.</source>
        <translation>Los votos de la clase se olvidan.</translation>
    </message>
</context>
<context>
    <name>OpenPackDialog</name>
    <message>
        <source>Open a case pack</source>
        <translation>Abrir un paquete de caso</translation>
    </message>
    <message>
        <source>Case packs (*.claimscope *.zip *.tar.gz *.tar.xz *.7z)</source>
        <translation>Paquetes de caso (*.claimscope *.zip *.tar.gz *.tar.xz *.7z)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <source>← Back</source>
        <translation>← Atrás</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <source>Next: the answer</source>
        <translation>Siguiente: la respuesta</translation>
    </message>
    <message>
        <source>→ reveals the class&apos;s votes and the answer</source>
        <translation>→ revela los votos de la clase y la respuesta</translation>
    </message>
    <message>
        <source>→ reveals the answer</source>
        <translation>→ revela la respuesta</translation>
    </message>
    <message>
        <source>Next: question %1 of %2</source>
        <translation>Siguiente: pregunta %1 de %2</translation>
    </message>
    <message>
        <source>→ question %1 of %2</source>
        <translation>→ pregunta %1 de %2</translation>
    </message>
    <message>
        <source>Next: the hidden part of this step</source>
        <translation>Siguiente: la parte oculta de este paso</translation>
    </message>
    <message>
        <source>→ reveals: %1</source>
        <translation>→ revela: %1</translation>
    </message>
    <message>
        <source>This is the last step.</source>
        <translation>Este es el último paso.</translation>
    </message>
    <message>
        <source>Next: step %1 · %2</source>
        <translation>Siguiente: paso %1 · %2</translation>
    </message>
    <message>
        <source>→ step %1 · %2 (%3)</source>
        <translation>→ paso %1 · %2 (%3)</translation>
    </message>
    <message>
        <source>True</source>
        <translation>Verdadero</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Falso</translation>
    </message>
</context>
<context>
    <name>PresenterPage</name>
    <message>
        <source>Presenter view</source>
        <translation>Vista del presentador</translation>
    </message>
    <message>
        <source>Step %1 of %2 · %3</source>
        <translation>Paso %1 de %2 · %3</translation>
    </message>
    <message>
        <source>Chapter %1 of %2 · %3</source>
        <translation>Capítulo %1 de %2 · %3</translation>
    </message>
    <message>
        <source>■ Screen blank (B)</source>
        <translation>■ Pantalla en negro (B)</translation>
    </message>
    <message>
        <source>Go to step %1▏ Enter</source>
        <translation>Ir al paso %1▏ Enter</translation>
    </message>
    <message>
        <source>Time presenting: %1</source>
        <translation>Tiempo de presentación: %1</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Pause the timer</source>
        <translation>Pausar el cronómetro</translation>
    </message>
    <message>
        <source>Resume the timer</source>
        <translation>Reanudar el cronómetro</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <source>Reset the timer</source>
        <translation>Reiniciar el cronómetro</translation>
    </message>
    <message>
        <source>The time: %1</source>
        <translation>La hora: %1</translation>
    </message>
    <message>
        <source>Guide…</source>
        <translation>Guía…</translation>
    </message>
    <message>
        <source>Save the teacher&apos;s guide as PDF</source>
        <translation>Guardar la guía del docente en PDF</translation>
    </message>
    <message>
        <source>Worksheet…</source>
        <translation>Hoja de trabajo…</translation>
    </message>
    <message>
        <source>Save a worksheet as PDF: the questions without answers</source>
        <translation>Guardar una hoja de trabajo en PDF: las preguntas sin respuestas</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Terminar</translation>
    </message>
    <message>
        <source>End the presentation</source>
        <translation>Terminar la presentación</translation>
    </message>
    <message>
        <source>Go to step %1: %2 (%3)</source>
        <translation>Ir al paso %1: %2 (%3)</translation>
    </message>
    <message>
        <source>The class sees a black screen</source>
        <translation>La clase ve una pantalla en negro</translation>
    </message>
    <message>
        <source>The class sees</source>
        <translation>La clase ve</translation>
    </message>
    <message>
        <source>&lt;b&gt;Next&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Siguiente&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Notes&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Notas&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>(none for this step)</source>
        <translation>(ninguna en este paso)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Two screens&lt;/b&gt;: the class sees the audience window · </source>
        <translation>&lt;b&gt;Dos pantallas&lt;/b&gt;: la clase ve la ventana del público · </translation>
    </message>
    <message>
        <source>&lt;b&gt;1–4&lt;/b&gt; count a hand · &lt;b&gt;Backspace&lt;/b&gt; takes one back · &lt;b&gt;G&lt;/b&gt;, number, &lt;b&gt;Enter&lt;/b&gt; go to a step</source>
        <translation>&lt;b&gt;1–4&lt;/b&gt; cuentan una mano · &lt;b&gt;Backspace&lt;/b&gt; quita una · &lt;b&gt;G&lt;/b&gt;, número, &lt;b&gt;Enter&lt;/b&gt; van a un paso</translation>
    </message>
    <message>
        <source>&lt;b&gt;Number&lt;/b&gt;, &lt;b&gt;Enter&lt;/b&gt; go to a step</source>
        <translation>&lt;b&gt;Número&lt;/b&gt;, &lt;b&gt;Enter&lt;/b&gt; van a un paso</translation>
    </message>
    <message>
        <source> · &lt;b&gt;→ PgDn Space&lt;/b&gt; next · &lt;b&gt;← PgUp&lt;/b&gt; back · &lt;b&gt;B&lt;/b&gt; or &lt;b&gt;.&lt;/b&gt; blank · &lt;b&gt;F&lt;/b&gt; full screen · &lt;b&gt;Esc&lt;/b&gt; leave full screen, then end</source>
        <translation> · &lt;b&gt;→ PgDn Espacio&lt;/b&gt; siguiente · &lt;b&gt;← PgUp&lt;/b&gt; atrás · &lt;b&gt;B&lt;/b&gt; o &lt;b&gt;.&lt;/b&gt; negro · &lt;b&gt;F&lt;/b&gt; pantalla completa · &lt;b&gt;Esc&lt;/b&gt; salir de pantalla completa, luego terminar</translation>
    </message>
    <message>
        <source>The audience window closes. The class&apos;s votes are forgotten.</source>
        <translation>La ventana del público se cierra. Los votos de la clase se olvidan.</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <source>Save the teacher&apos;s guide as PDF</source>
        <translation>Guardar la guía del docente en PDF</translation>
    </message>
    <message>
        <source>Save the worksheet as PDF</source>
        <translation>Guardar la hoja de trabajo en PDF</translation>
    </message>
    <message>
        <source>PDF, A4 paper (*.pdf)</source>
        <translation>PDF, papel A4 (*.pdf)</translation>
    </message>
    <message>
        <source>PDF, US Letter paper (*.pdf)</source>
        <translation>PDF, papel carta EE. UU. (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be written</source>
        <translation>No se ha podido escribir el PDF</translation>
    </message>
</context>
<context>
    <name>ProblemPanel</name>
    <message>
        <source>%1 could not be opened</source>
        <translation>No se ha podido abrir %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) found.</source>
        <translation>
            <numerusform>Se ha encontrado %Ln problema.</numerusform>
            <numerusform>Se han encontrado %Ln problemas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The case you had open is still open.</source>
        <translation>El caso que tenías abierto sigue abierto.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>ProfilesPage</name>
    <message>
        <source>booster check open now</source>
        <translation>repaso disponible ahora</translation>
    </message>
    <message>
        <source>booster check from %1</source>
        <translation>repaso a partir del %1</translation>
    </message>
    <message>
        <source>Welcome back, %1</source>
        <translation>Hola de nuevo, %1</translation>
    </message>
    <message>
        <source>Who is working?</source>
        <translation>¿Quién está trabajando?</translation>
    </message>
    <message>
        <source>SAMPLE PROFILES — made up to show this page; nothing is saved</source>
        <translation>PERFILES DE EJEMPLO: inventados para mostrar esta página; no se guarda nada</translation>
    </message>
    <message>
        <source>Progress is saved on this computer only, for each name.</source>
        <translation>El progreso se guarda solo en este ordenador, para cada nombre.</translation>
    </message>
    <message>
        <source>You have finished the lesson. You can look at your results, go through it again, or start over.</source>
        <translation>Has terminado la lección. Puedes ver tus resultados, repasarla de nuevo o empezar de cero.</translation>
    </message>
    <message>
        <source>You stopped at step %1 of %2, with %3 of %4 checks answered.</source>
        <translation>Te quedaste en el paso %1 de %2, con %3 de %4 comprobaciones respondidas.</translation>
    </message>
    <message>
        <source>Continue where I stopped</source>
        <translation>Seguir donde lo dejé</translation>
    </message>
    <message>
        <source>See my results</source>
        <translation>Ver mis resultados</translation>
    </message>
    <message>
        <source>Start over…</source>
        <translation>Empezar de cero…</translation>
    </message>
    <message>
        <source>Start over, forgetting this progress</source>
        <translation>Empezar de cero, olvidando este progreso</translation>
    </message>
    <message>
        <source>Not me</source>
        <translation>No soy yo</translation>
    </message>
    <message>
        <source>Not me: back to the list of names</source>
        <translation>No soy yo: volver a la lista de nombres</translation>
    </message>
    <message>
        <source>Booster check done.</source>
        <translation>Repaso hecho.</translation>
    </message>
    <message>
        <source>New here? Type a name or nickname, or go on without one.</source>
        <translation>¿Eres nuevo? Escribe un nombre o apodo, o sigue sin ninguno.</translation>
    </message>
    <message>
        <source>Name or nickname (optional)</source>
        <translation>Nombre o apodo (opcional)</translation>
    </message>
    <message>
        <source>Name or nickname, optional</source>
        <translation>Nombre o apodo, opcional</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Start as %1</source>
        <translation>Empezar como %1</translation>
    </message>
    <message>
        <source>Start: type a name first</source>
        <translation>Empezar: escribe antes un nombre</translation>
    </message>
    <message>
        <source>Continue without a name</source>
        <translation>Seguir sin nombre</translation>
    </message>
    <message>
        <source>Already started? Pick your name.</source>
        <translation>¿Ya has empezado? Elige tu nombre.</translation>
    </message>
    <message>
        <source>Not started yet</source>
        <translation>Aún sin empezar</translation>
    </message>
    <message>
        <source>Lesson finished · booster check done</source>
        <translation>Lección terminada · repaso hecho</translation>
    </message>
    <message>
        <source>Lesson finished · %1</source>
        <translation>Lección terminada · %1</translation>
    </message>
    <message>
        <source>Step %1 of %2 · %3 of %4 checks answered</source>
        <translation>Paso %1 de %2 · %3 de %4 comprobaciones respondidas</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Results of %1</source>
        <translation>Resultados de %1</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Remove %1 and their progress</source>
        <translation>Eliminar a %1 y su progreso</translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation>¿Eliminar a %1?</translation>
    </message>
    <message>
        <source>The name and all of its progress and results are deleted from this computer. This cannot be undone.</source>
        <translation>El nombre y todo su progreso y resultados se borran de este ordenador. No se puede deshacer.</translation>
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
        <translation>No se ha podido usar parte del progreso guardado. El archivo se ha conservado junto a él, y ese estudiante empieza de nuevo.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Dismiss these messages</source>
        <translation>Descartar estos mensajes</translation>
    </message>
</context>
<context>
    <name>ProgressReport</name>
    <message>
        <source>Score:</source>
        <translation>Puntuación:</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>respondidas</translation>
    </message>
    <message>
        <source>time spent</source>
        <translation>tiempo dedicado</translation>
    </message>
    <message>
        <source>Discernment:</source>
        <translation>Discernimiento:</translation>
    </message>
    <message>
        <source>true statements</source>
        <translation>afirmaciones verdaderas</translation>
    </message>
    <message>
        <source>false statements</source>
        <translation>afirmaciones falsas</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Respondidas</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <source>Anonymous student</source>
        <translation>Estudiante anónimo</translation>
    </message>
    <message>
        <source>CLAIMSCOPE · STUDENT REPORT</source>
        <translation>CLAIMSCOPE · INFORME DEL ESTUDIANTE</translation>
    </message>
    <message>
        <source>Student:</source>
        <translation>Estudiante:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Fecha:</translation>
    </message>
    <message>
        <source>Lesson started:</source>
        <translation>Lección empezada:</translation>
    </message>
    <message>
        <source>finished:</source>
        <translation>terminada:</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>todavía no</translation>
    </message>
    <message>
        <source>The lesson&apos;s checks</source>
        <translation>Las comprobaciones de la lección</translation>
    </message>
    <message>
        <source>Booster check, %1</source>
        <translation>Repaso, %1</translation>
    </message>
    <message>
        <source>Booster check</source>
        <translation>Repaso</translation>
    </message>
    <message>
        <source>Not taken yet.</source>
        <translation>Aún no realizado.</translation>
    </message>
    <message>
        <source>Discernment reports true and false statements apart: rejecting everything scores well on false statements and badly on true ones, so both numbers matter. Strength per criterion is the share of credit earned on the checks that train it.</source>
        <translation>El discernimiento separa las afirmaciones verdaderas de las falsas: rechazarlo todo puntúa bien en las falsas y mal en las verdaderas, así que ambos números importan. El dominio de cada criterio es la parte de los puntos obtenida en las comprobaciones que lo entrenan.</translation>
    </message>
    <message>
        <source>Claimscope report: %1</source>
        <translation>Informe de Claimscope: %1</translation>
    </message>
</context>
<context>
    <name>QuickAddButton</name>
    <message>
        <source>New actor…</source>
        <translation>Nuevo actor…</translation>
    </message>
    <message>
        <source>New source…</source>
        <translation>Nueva fuente…</translation>
    </message>
    <message>
        <source>Add a new actor to the case</source>
        <translation>Añadir un nuevo actor al caso</translation>
    </message>
    <message>
        <source>Add a new source to the case</source>
        <translation>Añadir una nueva fuente al caso</translation>
    </message>
    <message>
        <source>New actor</source>
        <translation>Nuevo actor</translation>
    </message>
    <message>
        <source>New source</source>
        <translation>Nueva fuente</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Medio</translation>
    </message>
    <message>
        <source>Kind of actor</source>
        <translation>Tipo de actor</translation>
    </message>
    <message>
        <source>Web address (https://…)</source>
        <translation>Dirección web (https://…)</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Dirección web</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
</context>
<context>
    <name>QuizActions</name>
    <message>
        <source>← Back to the questions</source>
        <translation>← Volver a las preguntas</translation>
    </message>
    <message>
        <source>← Previous question</source>
        <translation>← Pregunta anterior</translation>
    </message>
    <message>
        <source>Back to the questions</source>
        <translation>Volver a las preguntas</translation>
    </message>
    <message>
        <source>Previous question</source>
        <translation>Pregunta anterior</translation>
    </message>
    <message>
        <source>Skip to the results →</source>
        <translation>Saltar a los resultados →</translation>
    </message>
    <message>
        <source>Skip this question →</source>
        <translation>Saltar esta pregunta →</translation>
    </message>
    <message>
        <source>Skip to the results</source>
        <translation>Saltar a los resultados</translation>
    </message>
    <message>
        <source>Skip this question</source>
        <translation>Saltar esta pregunta</translation>
    </message>
    <message>
        <source>Check my answer</source>
        <translation>Comprobar mi respuesta</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>See my results →</source>
        <translation>Ver mis resultados →</translation>
    </message>
    <message>
        <source>Next question →</source>
        <translation>Siguiente pregunta →</translation>
    </message>
    <message>
        <source>See my results</source>
        <translation>Ver mis resultados</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Siguiente pregunta</translation>
    </message>
</context>
<context>
    <name>QuizItemView</name>
    <message>
        <source>Skill: %1</source>
        <translation>Habilidad: %1</translation>
    </message>
    <message>
        <source>Check my answer</source>
        <translation>Comprobar mi respuesta</translation>
    </message>
</context>
<context>
    <name>QuizPage</name>
    <message>
        <source>Check yourself</source>
        <translation>Ponte a prueba</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Pregunta %1 de %2</translation>
    </message>
    <message>
        <source>%1 answered</source>
        <translation>%1 respondidas</translation>
    </message>
</context>
<context>
    <name>QuizProgressBar</name>
    <message>
        <source>%1 of %2 questions answered</source>
        <translation>%1 de %2 preguntas respondidas</translation>
    </message>
</context>
<context>
    <name>QuizSession</name>
    <message>
        <source>Headline</source>
        <translation>Titular</translation>
    </message>
    <message>
        <source>Standfirst</source>
        <translation>Entradilla</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Pie de foto</translation>
    </message>
    <message>
        <source>Paragraph %1</source>
        <translation>Párrafo %1</translation>
    </message>
</context>
<context>
    <name>QuizSummary</name>
    <message>
        <source>Your results</source>
        <translation>Tus resultados</translation>
    </message>
    <message>
        <source>Telling true from false</source>
        <translation>Distinguir lo verdadero de lo falso</translation>
    </message>
    <message>
        <source>True statements you accepted</source>
        <translation>Afirmaciones verdaderas que aceptaste</translation>
    </message>
    <message>
        <source>False statements you rejected</source>
        <translation>Afirmaciones falsas que rechazaste</translation>
    </message>
    <message>
        <source>Both numbers matter. Calling everything false would reject every false statement, but every true one too: that is blanket doubt, not judgement. A careful reader accepts what is well supported and doubts what is not.</source>
        <translation>Ambos números importan. Decir que todo es falso rechazaría todas las afirmaciones falsas, pero también todas las verdaderas: eso es dudar de todo, no tener criterio. Un lector atento acepta lo que está bien fundamentado y duda de lo que no lo está.</translation>
    </message>
    <message>
        <source>By skill</source>
        <translation>Por habilidad</translation>
    </message>
</context>
<context>
    <name>RankBody</name>
    <message>
        <source>Moved up: %1, now %2 of %3</source>
        <translation>Sube: %1, ahora %2 de %3</translation>
    </message>
    <message>
        <source>Moved down: %1, now %2 of %3</source>
        <translation>Baja: %1, ahora %2 de %3</translation>
    </message>
    <message>
        <source>Most reliable at the top. Move the options with the Up and Down buttons, then press “Check my answer”.</source>
        <translation>Lo más fiable, arriba. Mueve las opciones con los botones Subir y Bajar y luego pulsa «Comprobar mi respuesta».</translation>
    </message>
    <message>
        <source>▲ Most reliable</source>
        <translation>▲ Más fiable</translation>
    </message>
    <message>
        <source>▼ Least reliable</source>
        <translation>▼ Menos fiable</translation>
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
        <translation>↑ Subir</translation>
    </message>
    <message>
        <source>Move up: %1</source>
        <translation>Subir: %1</translation>
    </message>
    <message>
        <source>↓ Down</source>
        <translation>↓ Bajar</translation>
    </message>
    <message>
        <source>Move down: %1</source>
        <translation>Bajar: %1</translation>
    </message>
    <message>
        <source>Right place</source>
        <translation>Lugar correcto</translation>
    </message>
    <message>
        <source>Belongs at %1</source>
        <translation>Su lugar: %1</translation>
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
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 of %2 points</source>
        <translation>%1 de %2 puntos</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>under a minute</source>
        <translation>menos de un minuto</translation>
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
        <translation>Respondiste a las %1 preguntas; %2 totalmente bien.</translation>
    </message>
    <message>
        <source>You answered %1 of %2 questions; %3 fully right.</source>
        <translation>Respondiste a %1 de %2 preguntas; %3 totalmente bien.</translation>
    </message>
    <message>
        <source>You judged %1 of %2 true statements correctly and %3 of %4 false ones.</source>
        <translation>Juzgaste bien %1 de %2 afirmaciones verdaderas y %3 de %4 falsas.</translation>
    </message>
    <message>
        <source>You judged %1 of %2 true statements correctly.</source>
        <translation>Juzgaste bien %1 de %2 afirmaciones verdaderas.</translation>
    </message>
    <message>
        <source>This quiz had no false statements.</source>
        <translation>Este cuestionario no tenía afirmaciones falsas.</translation>
    </message>
    <message>
        <source>You did not answer the false ones.</source>
        <translation>No respondiste a las falsas.</translation>
    </message>
    <message>
        <source>You judged %1 of %2 false statements correctly.</source>
        <translation>Juzgaste bien %1 de %2 afirmaciones falsas.</translation>
    </message>
    <message>
        <source>This quiz had no true statements.</source>
        <translation>Este cuestionario no tenía afirmaciones verdaderas.</translation>
    </message>
    <message>
        <source>You did not answer the true ones.</source>
        <translation>No respondiste a las verdaderas.</translation>
    </message>
    <message>
        <source>You did not answer any of the true-or-false statements.</source>
        <translation>No respondiste a ninguna de las afirmaciones de verdadero o falso.</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%1 de %2 (%3)</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>sin responder</translation>
    </message>
    <message>
        <source>%1 of 1 point (%2)</source>
        <translation>%1 de 1 punto (%2)</translation>
    </message>
    <message>
        <source>%1 of %2 points (%3)</source>
        <translation>%1 de %2 puntos (%3)</translation>
    </message>
    <message>
        <source>%1 of %2 answered · %3 fully right · time spent %4</source>
        <translation>%1 de %2 respondidas · %3 totalmente bien · tiempo dedicado %4</translation>
    </message>
    <message>
        <source>&lt;b&gt;True statements:&lt;/b&gt; %1 (%2 of %3)&lt;br/&gt;&lt;b&gt;False statements:&lt;/b&gt; %4 (%5 of %6)</source>
        <translation>&lt;b&gt;Afirmaciones verdaderas:&lt;/b&gt; %1 (%2 de %3)&lt;br/&gt;&lt;b&gt;Afirmaciones falsas:&lt;/b&gt; %4 (%5 de %6)</translation>
    </message>
    <message>
        <source>%1 (%2 answered)</source>
        <translation>%1 (%2 respondidas)</translation>
    </message>
    <message>
        <source>none answered</source>
        <translation>ninguna respondida</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Results · %1</source>
        <translation>Resultados · %1</translation>
    </message>
    <message>
        <source>SAMPLE — made-up answers showing what this page looks like. No real student&apos;s data.</source>
        <translation>EJEMPLO: respuestas inventadas que muestran cómo es esta página. No son datos de ningún estudiante real.</translation>
    </message>
    <message>
        <source>THE LESSON · FINISHED %1</source>
        <translation>LA LECCIÓN · TERMINADA %1</translation>
    </message>
    <message>
        <source>THE LESSON · NOT FINISHED YET</source>
        <translation>LA LECCIÓN · AÚN SIN TERMINAR</translation>
    </message>
    <message>
        <source>BOOSTER CHECK · %1</source>
        <translation>REPASO · %1</translation>
    </message>
    <message>
        <source>BOOSTER CHECK</source>
        <translation>REPASO</translation>
    </message>
    <message>
        <source>Opens %1 days after you finish the lesson.</source>
        <translation type="vanished">Se abre %1 días después de que termines la lección.</translation>
    </message>
    <message>
        <source>Open now: %1 fresh questions to see what stayed with you.</source>
        <translation type="vanished">Ya disponible: %1 preguntas nuevas para ver qué has retenido.</translation>
    </message>
    <message>
        <source>Opens %1.</source>
        <extracomment>%1 is a weekday, date and time.</extracomment>
        <translation>Se abre el %1.</translation>
    </message>
    <message>
        <source>Its result will be kept beside the lesson&apos;s.</source>
        <translation>Su resultado se guardará junto al de la lección.</translation>
    </message>
    <message>
        <source>Why two numbers? Rejecting everything gets every false statement right and every true one wrong: good judgement shows in both.</source>
        <translation>¿Por qué dos números? Rechazarlo todo acierta todas las afirmaciones falsas y falla todas las verdaderas: el buen criterio se ve en ambos.</translation>
    </message>
    <message>
        <source>Strengths, by what the checks train</source>
        <translation>Puntos fuertes, según lo que entrenan las comprobaciones</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <source>Lesson: share of credit</source>
        <translation>Lección: parte de los puntos</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Respondidas</translation>
    </message>
    <message>
        <source>Booster</source>
        <translation>Repaso</translation>
    </message>
    <message>
        <source>%1, lesson: %2 of the credit</source>
        <translation>%1, lección: %2 de los puntos</translation>
    </message>
    <message>
        <source>%1, answered: %2</source>
        <translation>%1, respondidas: %2</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>no preguntado</translation>
    </message>
    <message>
        <source>%1, booster: %2</source>
        <translation>%1, repaso: %2</translation>
    </message>
    <message>
        <source>Start over…</source>
        <translation>Empezar de cero…</translation>
    </message>
    <message>
        <source>Start over, forgetting this progress</source>
        <translation>Empezar de cero, olvidando este progreso</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Export the answers as a CSV file</source>
        <translation>Exportar las respuestas como archivo CSV</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exportar PDF…</translation>
    </message>
    <message>
        <source>Export a one-page PDF report for the teacher</source>
        <translation>Exportar un informe en PDF de una página para el docente</translation>
    </message>
    <message>
        <source>Continue the booster check →</source>
        <translation>Continuar el repaso →</translation>
    </message>
    <message>
        <source>Start the booster check →</source>
        <translation>Empezar el repaso →</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Guardar el informe en PDF</translation>
    </message>
    <message>
        <source>Save the answers as CSV</source>
        <translation>Guardar las respuestas en CSV</translation>
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
        <translation>dddd, d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message numerus="yes">
        <source>Opens %Ln day(s) after you finish the lesson.</source>
        <extracomment>%Ln is a number of days.</extracomment>
        <translation>
            <numerusform>Se abre %Ln día después de que termines la lección.</numerusform>
            <numerusform>Se abre %Ln días después de que termines la lección.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Open now: %Ln fresh question(s) to see what stayed with you.</source>
        <extracomment>%Ln is a number of questions.</extracomment>
        <translation>
            <numerusform>Ya disponible: %Ln pregunta nueva para ver qué has retenido.</numerusform>
            <numerusform>Ya disponible: %Ln preguntas nuevas para ver qué has retenido.</numerusform>
        </translation>
    </message>
    <message>
        <source>dddd d MMMM, HH:mm</source>
        <comment>date format</comment>
        <extracomment>A weekday, date and time, as in &quot;Monday 23 November, 14:05&quot;.</extracomment>
        <translation>dddd d &apos;de&apos; MMMM, HH:mm</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Changes apply at once and are remembered on this computer.</source>
        <translation>Los cambios se aplican al momento y se recuerdan en este ordenador.</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Text size: %1 percent</source>
        <translation>Tamaño del texto: %1 por ciento</translation>
    </message>
    <message>
        <source>Arrow keys change the size in steps of 5 percent. For a large room, try 150 percent.</source>
        <translation>Las teclas de flecha cambian el tamaño de 5 en 5 por ciento. Para una sala grande, prueba con 150 por ciento.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Who said it, when, and on what evidence? Ask these three questions of every claim you read.</source>
        <translation>¿Quién lo dijo, cuándo y con qué pruebas? Hazte estas tres preguntas ante cada afirmación que leas.</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Colores</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark text on warm paper.</source>
        <translation>Texto oscuro sobre papel cálido.</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Light text on a dark background, for dim rooms.</source>
        <translation>Texto claro sobre fondo oscuro, para salas con poca luz.</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>Black on white, thick outlines: for projectors and low vision.</source>
        <translation>Negro sobre blanco, contornos gruesos: para proyectores y baja visión.</translation>
    </message>
    <message>
        <source>%1 colours</source>
        <translation>Colores: %1</translation>
    </message>
    <message>
        <source>Aa</source>
        <translation>Aa</translation>
    </message>
    <message>
        <source>Motion</source>
        <translation>Movimiento</translation>
    </message>
    <message>
        <source>Booster check</source>
        <translation>Repaso</translation>
    </message>
    <message>
        <source>Reduce motion: pages do not slide, timelines jump instead of playing</source>
        <translation>Reducir el movimiento: las páginas no se deslizan y las cronologías saltan en vez de reproducirse</translation>
    </message>
    <message>
        <source>Reduce motion</source>
        <translation>Reducir el movimiento</translation>
    </message>
    <message>
        <source>Days before the booster check: %1</source>
        <translation>Días antes del repaso: %1</translation>
    </message>
    <message>
        <source>A short check of fresh items, offered this many days after finishing the case; 0 offers it straight away.</source>
        <translation>Una breve comprobación con preguntas nuevas, ofrecida este número de días después de terminar el caso; 0 la ofrece de inmediato.</translation>
    </message>
    <message numerus="yes">
        <source>day(s) after finishing the case, a short check of fresh items</source>
        <extracomment>After a number box holding the count; %Ln is that count, not shown in this text.</extracomment>
        <translation>
            <numerusform>día después de terminar el caso, una breve comprobación con preguntas nuevas</numerusform>
            <numerusform>días después de terminar el caso, una breve comprobación con preguntas nuevas</numerusform>
        </translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <extracomment>The language setting&apos;s first choice; %1 is the name of the computer&apos;s language in that language, e.g. &quot;Deutsch&quot;.</extracomment>
        <translation>Predeterminado del sistema (%1)</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>Restablecer valores predeterminados</translation>
    </message>
    <message>
        <source>Reset all settings to their defaults</source>
        <translation>Restablecer todos los ajustes a sus valores predeterminados</translation>
    </message>
</context>
<context>
    <name>SourceRefsEditor</name>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Source reference %1</source>
        <translation>Referencia a fuente %1</translation>
    </message>
    <message>
        <source>Source %1</source>
        <translation>Fuente %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Remove source reference %1</source>
        <translation>Eliminar la referencia a fuente %1</translation>
    </message>
    <message>
        <source>The article, when it is one of the case</source>
        <translation>El artículo, si es uno de los del caso</translation>
    </message>
    <message>
        <source>(not an article of the case)</source>
        <translation>(no es un artículo del caso)</translation>
    </message>
    <message>
        <source>Its exact words (optional)</source>
        <translation>Sus palabras exactas (opcional)</translation>
    </message>
    <message>
        <source>Add a source</source>
        <translation>Añadir una fuente</translation>
    </message>
    <message>
        <source>Add a reference to a source of the case</source>
        <translation>Añadir una referencia a una fuente del caso</translation>
    </message>
</context>
<context>
    <name>SpanToggle</name>
    <message>
        <source>You marked it: right</source>
        <translation>Lo marcaste: bien</translation>
    </message>
    <message>
        <source>Missed: this one fits</source>
        <translation>Se te pasó: este encaja</translation>
    </message>
    <message>
        <source>Marked, but it does not fit</source>
        <translation>Marcado, pero no encaja</translation>
    </message>
    <message>
        <source>Rightly left unmarked</source>
        <translation>Bien dejado sin marcar</translation>
    </message>
    <message>
        <source>“%1”, %2</source>
        <translation>«%1», %2</translation>
    </message>
    <message>
        <source>Key %1 marks or unmarks it</source>
        <translation>La tecla %1 lo marca o desmarca</translation>
    </message>
    <message>
        <source>%1 · %2 · marked</source>
        <translation>%1 · %2 · marcado</translation>
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
        <translation>¿Empezar de cero?</translation>
    </message>
    <message>
        <source>Your answers, scores and time on this case are forgotten, and the lesson starts again from the first step.</source>
        <translation>Tus respuestas, puntuaciones y tiempo en este caso se olvidan, y la lección vuelve a empezar desde el primer paso.</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Confirmed by the later record</source>
        <translation>Confirmada por el registro posterior</translation>
    </message>
    <message>
        <source>The public record that came later bears the claim out.</source>
        <translation>El registro público posterior confirma la afirmación.</translation>
    </message>
    <message>
        <source>Supported by later public evidence</source>
        <translation>Respaldada por pruebas públicas posteriores</translation>
    </message>
    <message>
        <source>Evidence made public after the coverage supports the claim; no court has ruled on it.</source>
        <translation>Las pruebas hechas públicas después de la cobertura respaldan la afirmación; ningún tribunal se ha pronunciado.</translation>
    </message>
    <message>
        <source>Later charged in court — charges, not a verdict</source>
        <translation>Llevada después a juicio — acusación, no sentencia</translation>
    </message>
    <message>
        <source>Prosecutors later brought criminal charges on it: an accusation to be proved, not a finding of guilt.</source>
        <translation>La fiscalía presentó después cargos penales por ello: una acusación que hay que probar, no una declaración de culpabilidad.</translation>
    </message>
    <message>
        <source>Official position; its evidence not made public</source>
        <translation>Postura oficial; sus pruebas no se han hecho públicas</translation>
    </message>
    <message>
        <source>The claimant holds to it, but the evidence behind it has not been published.</source>
        <translation>El emisor la mantiene, pero las pruebas que la sostienen no se han publicado.</translation>
    </message>
    <message>
        <source>Disputed at the time</source>
        <translation>Discutida en su momento</translation>
    </message>
    <message>
        <source>Credible voices contested the claim when it was made.</source>
        <translation>Voces fiables la cuestionaron cuando se hizo.</translation>
    </message>
    <message>
        <source>Contradicted later</source>
        <translation>Desmentida después</translation>
    </message>
    <message>
        <source>The public record that came later contradicts the claim.</source>
        <translation>El registro público posterior contradice la afirmación.</translation>
    </message>
    <message>
        <source>Still unresolved</source>
        <translation>Aún sin resolver</translation>
    </message>
    <message>
        <source>The public record does not settle the claim either way.</source>
        <translation>El registro público no zanja la afirmación en ningún sentido.</translation>
    </message>
    <message>
        <source>A judgement, not a checkable fact</source>
        <translation>Una opinión, no un hecho comprobable</translation>
    </message>
    <message>
        <source>A view, a judgement or a forecast that no record can prove or disprove.</source>
        <translation>Una opinión, un juicio o una previsión que ningún registro puede probar ni refutar.</translation>
    </message>
</context>
<context>
    <name>StoryPage</name>
    <message>
        <source>Story: %1</source>
        <translation>Historia: %1</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3 %4</source>
        <translation>Paso %1 de %2: %3 %4</translation>
    </message>
    <message>
        <source>Chapter %1 of %2 · step %3 of %4</source>
        <translation>Capítulo %1 de %2 · paso %3 de %4</translation>
    </message>
    <message>
        <source>Chapter %1: %2</source>
        <translation>Capítulo %1: %2</translation>
    </message>
    <message>
        <source>← Previous step</source>
        <translation>← Paso anterior</translation>
    </message>
    <message>
        <source>← Previous</source>
        <translation>← Anterior</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Paso anterior</translation>
    </message>
    <message>
        <source>Answer or skip this question to go on</source>
        <translation>Responde o salta esta pregunta para seguir</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Paso %1 de %2</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Revelar</translation>
    </message>
    <message>
        <source>Reveal what comes next</source>
        <translation>Revelar lo que viene</translation>
    </message>
    <message>
        <source>Next →</source>
        <translation>Siguiente →</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminar</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Paso siguiente</translation>
    </message>
    <message>
        <source>Finish the lesson</source>
        <translation>Terminar la lección</translation>
    </message>
</context>
<context>
    <name>StudentProgress</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>No se ha podido escribir %1: %2</translation>
    </message>
    <message>
        <source>The report could not be written: %1</source>
        <translation>No se ha podido escribir el informe: %1</translation>
    </message>
    <message>
        <source>Anonymous student</source>
        <translation>Estudiante anónimo</translation>
    </message>
    <message>
        <source>%1 could not be removed.</source>
        <translation>No se ha podido eliminar %1.</translation>
    </message>
    <message>
        <source>Progress could not be saved: %1</source>
        <translation>No se ha podido guardar el progreso: %1</translation>
    </message>
</context>
<context>
    <name>StudioActors</name>
    <message>
        <source>New camp</source>
        <translation>Nuevo bando</translation>
    </message>
    <message>
        <source>Actors (%1)</source>
        <translation>Actores (%1)</translation>
    </message>
    <message>
        <source>Camps (%1)</source>
        <translation>Bandos (%1)</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Actores</translation>
    </message>
    <message>
        <source>New actor</source>
        <translation>Nuevo actor</translation>
    </message>
    <message>
        <source>Actor %1</source>
        <translation>Actor %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Country (two-letter ISO code, empty when unknown)</source>
        <translation>País (código ISO de dos letras; vacío si se desconoce)</translation>
    </message>
    <message>
        <source>Camp</source>
        <translation>Bando</translation>
    </message>
    <message>
        <source>(in no camp)</source>
        <translation>(en ningún bando)</translation>
    </message>
    <message>
        <source>Camp of the actor</source>
        <translation>Bando del actor</translation>
    </message>
    <message>
        <source>Camps</source>
        <translation>Bandos</translation>
    </message>
    <message>
        <source>Camp %1</source>
        <translation>Bando %1</translation>
    </message>
    <message>
        <source>Place in the views (1 to 1000)</source>
        <translation>Posición en las vistas (de 1 a 1000)</translation>
    </message>
    <message>
        <source>Place of the camp in the views</source>
        <translation>Posición del bando en las vistas</translation>
    </message>
    <message>
        <source>Marker</source>
        <translation>Marcador</translation>
    </message>
    <message>
        <source>Actors in this camp</source>
        <translation>Actores de este bando</translation>
    </message>
</context>
<context>
    <name>StudioArticles</name>
    <message>
        <source>Import an article</source>
        <translation>Importar un artículo</translation>
    </message>
    <message>
        <source>Text or web pages (*.txt *.html *.htm)</source>
        <translation>Texto o páginas web (*.txt *.html *.htm)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <source>Articles of the case</source>
        <translation>Artículos del caso</translation>
    </message>
    <message>
        <source>Paste…</source>
        <translation>Pegar…</translation>
    </message>
    <message>
        <source>Paste an article</source>
        <translation>Pegar un artículo</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Import an article from a text or web page file</source>
        <translation>Importar un artículo desde un archivo de texto o de página web</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Remove this article</source>
        <translation>Eliminar este artículo</translation>
    </message>
    <message>
        <source>Text and marks</source>
        <translation>Texto y marcas</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>No article yet: paste one or import a file.</source>
        <translation>Aún no hay ningún artículo: pega uno o importa un archivo.</translation>
    </message>
    <message>
        <source>Article text: select words to mark them</source>
        <translation>Texto del artículo: selecciona palabras para marcarlas</translation>
    </message>
    <message>
        <source>Mark the selected words</source>
        <translation>Marcar las palabras seleccionadas</translation>
    </message>
    <message>
        <source>Select words in the text first.</source>
        <translation>Primero selecciona palabras en el texto.</translation>
    </message>
    <message>
        <source>“%1” (match %2)</source>
        <translation>«%1» (coincidencia %2)</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>Layer of the new mark</source>
        <translation>Capa de la nueva marca</translation>
    </message>
    <message>
        <source>Note: why this matters</source>
        <translation>Nota: por qué importa</translation>
    </message>
    <message>
        <source>Note of the new mark</source>
        <translation>Nota de la nueva marca</translation>
    </message>
    <message>
        <source>Correction: what is right</source>
        <translation>Corrección: lo que es correcto</translation>
    </message>
    <message>
        <source>Correction of the factual slip</source>
        <translation>Corrección del error factual</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>Marcar</translation>
    </message>
    <message>
        <source>Mark the selected words as %1</source>
        <translation>Marcar las palabras seleccionadas como %1</translation>
    </message>
    <message>
        <source>New claim from words</source>
        <translation>Nueva afirmación a partir de palabras</translation>
    </message>
    <message>
        <source>Make a new claim reported by the selected words</source>
        <translation>Crear una nueva afirmación recogida en las palabras seleccionadas</translation>
    </message>
    <message>
        <source>Marks (%1)</source>
        <translation>Marcas (%1)</translation>
    </message>
    <message>
        <source>Marks in this article</source>
        <translation>Marcas de este artículo</translation>
    </message>
    <message>
        <source>(not found in the text)</source>
        <translation>(no se encuentra en el texto)</translation>
    </message>
    <message>
        <source>Layer of the mark</source>
        <translation>Capa de la marca</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Sources of the correction</source>
        <translation>Fuentes de la corrección</translation>
    </message>
    <message>
        <source>The claim it reports</source>
        <translation>La afirmación que recoge</translation>
    </message>
    <message>
        <source>Remove this mark</source>
        <translation>Eliminar esta marca</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Titular</translation>
    </message>
    <message>
        <source>Headline of the new article</source>
        <translation>Titular del nuevo artículo</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Medio</translation>
    </message>
    <message>
        <source>Outlet of the new article</source>
        <translation>Medio del nuevo artículo</translation>
    </message>
    <message>
        <source>The article&apos;s text or HTML: blank lines between paragraphs</source>
        <translation>El texto o el HTML del artículo: líneas en blanco entre párrafos</translation>
    </message>
    <message>
        <source>Text of the new article</source>
        <translation>Texto del nuevo artículo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Add the article</source>
        <translation>Añadir el artículo</translation>
    </message>
    <message>
        <source>Mark words</source>
        <translation>Marcar palabras</translation>
    </message>
</context>
<context>
    <name>StudioCase</name>
    <message>
        <source>The case</source>
        <translation>El caso</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Id (letters, digits and dashes; names the pack)</source>
        <translation>Id (letras, cifras y guiones; da nombre al paquete)</translation>
    </message>
    <message>
        <source>Language (a code such as en, de, fr)</source>
        <translation>Idioma (un código como en, de, fr)</translation>
    </message>
    <message>
        <source>Summary (shown on the home page)</source>
        <translation>Resumen (se muestra en la página de inicio)</translation>
    </message>
    <message>
        <source>Authors (one a line)</source>
        <translation>Autores (uno por línea)</translation>
    </message>
    <message>
        <source>Authors, one a line</source>
        <translation>Autores, uno por línea</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Coverage from (YYYY-MM-DD)</source>
        <translation>Cobertura desde (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>Coverage to (YYYY-MM-DD)</source>
        <translation>Cobertura hasta (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>What is known now, as of</source>
        <translation>Lo que se sabe ahora, a fecha de</translation>
    </message>
    <message>
        <source>Content notice (shown before the case starts)</source>
        <translation>Aviso sobre el contenido (se muestra antes de empezar el caso)</translation>
    </message>
</context>
<context>
    <name>StudioChoice</name>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
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
        <translation>nadie</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Afirmaciones</translation>
    </message>
    <message>
        <source>No claim yet.</source>
        <translation>Aún no hay ninguna afirmación.</translation>
    </message>
    <message>
        <source>Who blamed whom by %1</source>
        <translation>Quién culpó a quién hasta el %1</translation>
    </message>
    <message>
        <source>The case has problems now: this shows its last valid state.</source>
        <translation>El caso tiene problemas ahora: esto muestra su último estado válido.</translation>
    </message>
    <message>
        <source>Who blamed whom</source>
        <translation>Quién culpó a quién</translation>
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
        <translation>Fecha</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Known to the day</source>
        <translation>Exacta al día</translation>
    </message>
    <message>
        <source>Approximate (≈)</source>
        <translation>Aproximada (≈)</translation>
    </message>
    <message>
        <source>%1: precision</source>
        <translation>%1: precisión</translation>
    </message>
</context>
<context>
    <name>StudioIdList</name>
    <message>
        <source>Remove %1 from %2</source>
        <translation>Quitar %1 de %2</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation>Añadir a %1</translation>
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
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>New item in %1</source>
        <translation>Nuevo elemento en %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Remove the chosen item of %1</source>
        <translation>Eliminar el elemento elegido de %1</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move the chosen item of %1 up</source>
        <translation>Subir el elemento elegido de %1</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move the chosen item of %1 down</source>
        <translation>Bajar el elemento elegido de %1</translation>
    </message>
</context>
<context>
    <name>StudioLesson</name>
    <message>
        <source>New chapter</source>
        <translation>Nuevo capítulo</translation>
    </message>
    <message>
        <source>New step</source>
        <translation>Nuevo paso</translation>
    </message>
    <message numerus="yes">
        <source>About %Ln minute(s)</source>
        <translation>
            <numerusform>Unos %Ln minuto</numerusform>
            <numerusform>Unos %Ln minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 words at %2 a minute, %Ln question(s)</source>
        <translation>
            <numerusform>%1 palabras a %2 por minuto, %Ln pregunta</numerusform>
            <numerusform>%1 palabras a %2 por minuto, %Ln preguntas</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimated length: %1</source>
        <translation>Duración estimada: %1</translation>
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
        <translation>+ Paso</translation>
    </message>
    <message>
        <source>Add a step to chapter %1</source>
        <translation>Añadir un paso al capítulo %1</translation>
    </message>
    <message>
        <source>+ Chapter</source>
        <translation>+ Capítulo</translation>
    </message>
    <message>
        <source>Add a chapter</source>
        <translation>Añadir un capítulo</translation>
    </message>
    <message>
        <source>Move %1 up</source>
        <translation>Subir %1</translation>
    </message>
    <message>
        <source>Move %1 down</source>
        <translation>Bajar %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Eliminar %1</translation>
    </message>
    <message>
        <source>Chapter title</source>
        <translation>Título del capítulo</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Step title</source>
        <translation>Título del paso</translation>
    </message>
    <message>
        <source>Kind of step</source>
        <translation>Tipo de paso</translation>
    </message>
    <message>
        <source>Text (what the class reads)</source>
        <translation>Texto (lo que lee la clase)</translation>
    </message>
    <message>
        <source>Article shown</source>
        <translation>Artículo mostrado</translation>
    </message>
    <message>
        <source>Date the view shows (YYYY-MM-DD; empty: the whole period)</source>
        <translation>Fecha que muestra la vista (AAAA-MM-DD; vacía: todo el periodo)</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Vista</translation>
    </message>
    <message>
        <source>Camps</source>
        <translation>Bandos</translation>
    </message>
    <message>
        <source>Every actor</source>
        <translation>Todos los actores</translation>
    </message>
    <message>
        <source>Who × whom matrix</source>
        <translation>Matriz quién × a quién</translation>
    </message>
    <message>
        <source>(the app&apos;s default)</source>
        <translation>(la predeterminada de la app)</translation>
    </message>
    <message>
        <source>Questions asked</source>
        <translation>Preguntas planteadas</translation>
    </message>
    <message>
        <source>Revealed when asked</source>
        <translation>Se revela al pedirlo</translation>
    </message>
    <message>
        <source>Presenter notes</source>
        <translation>Notas del presentador</translation>
    </message>
    <message>
        <source>Later developments shown under the text</source>
        <translation>Hechos posteriores mostrados bajo el texto</translation>
    </message>
    <message>
        <source>(the largest arrow)</source>
        <translation>(la flecha más gruesa)</translation>
    </message>
    <message>
        <source>A camp: its claims, made and received</source>
        <translation>Un bando: sus afirmaciones, hechas y recibidas</translation>
    </message>
    <message>
        <source>An actor: its claims, made and received</source>
        <translation>Un actor: sus afirmaciones, hechas y recibidas</translation>
    </message>
    <message>
        <source>The claims about an actor</source>
        <translation>Las afirmaciones sobre un actor</translation>
    </message>
    <message>
        <source>What the view focuses on</source>
        <translation>En qué se centra la vista</translation>
    </message>
    <message>
        <source>Camp</source>
        <translation>Bando</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Actor</translation>
    </message>
</context>
<context>
    <name>StudioPage</name>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <source>Actors and camps</source>
        <translation>Actores y bandos</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Afirmaciones</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Cuestionario</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lección</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>Sin problemas</translation>
    </message>
    <message numerus="yes">
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>%Ln error</numerusform>
            <numerusform>%Ln errores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln aviso</numerusform>
            <numerusform>%Ln avisos</numerusform>
        </translation>
    </message>
    <message>
        <source>No section of the studio edits %1 yet.</source>
        <translation>Ninguna sección del estudio edita %1 todavía.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>The case has errors: mend them before trying it (see Problems).</source>
        <translation>El caso tiene errores: corrígelos antes de probarlo (consulta Problemas).</translation>
    </message>
    <message>
        <source>Studio: %1</source>
        <translation>Estudio: %1</translation>
    </message>
    <message>
        <source>Studio</source>
        <translation>Estudio</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Sin guardar</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>Make a case or adapt one</source>
        <translation>Crea un caso o adapta uno</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation type="vanished">Abrir…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save as a copy…</source>
        <translation>Guardar como copia…</translation>
    </message>
    <message>
        <source>Export pack…</source>
        <translation>Exportar paquete…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Deshacer %1</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Rehacer %1</translation>
    </message>
    <message>
        <source>Try as a student</source>
        <translation>Probar como estudiante</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Presentar</translation>
    </message>
    <message>
        <source>Problems: %1</source>
        <translation>Problemas: %1</translation>
    </message>
    <message>
        <source>Hide the list of problems</source>
        <translation>Ocultar la lista de problemas</translation>
    </message>
    <message>
        <source>Show the list of problems</source>
        <translation>Mostrar la lista de problemas</translation>
    </message>
    <message>
        <source>The studio stopped before these cases were saved. Recover them?</source>
        <translation>El estudio se cerró antes de guardar estos casos. ¿Recuperarlos?</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %Ln file(s), written %2</source>
        <extracomment>%1 is the case&apos;s title, %2 when its recovery file was written</extracomment>
        <translation>
            <numerusform>%1 — %Ln archivo, escrito: %2</numerusform>
            <numerusform>%1 — %Ln archivos, escritos: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Recuperar</translation>
    </message>
    <message>
        <source>Recover %1</source>
        <translation>Recuperar %1</translation>
    </message>
    <message>
        <source>Recovered: save it to keep it.</source>
        <translation>Recuperado: guárdalo para conservarlo.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Discard %1</source>
        <translation>Descartar %1</translation>
    </message>
    <message>
        <source>Start a new case, open a case folder or pack, or adapt the case open in the app.</source>
        <translation>Empieza un caso nuevo, abre una carpeta o un paquete de caso, o adapta el caso abierto en la app.</translation>
    </message>
    <message>
        <source>New case…</source>
        <translation>Nuevo caso…</translation>
    </message>
    <message>
        <source>Adapt “%1”</source>
        <translation>Adaptar «%1»</translation>
    </message>
    <message>
        <source>Sections of the case</source>
        <translation>Secciones del caso</translation>
    </message>
    <message>
        <source>Problems of the case</source>
        <translation>Problemas del caso</translation>
    </message>
    <message>
        <source>%1: %2, in %3 %4</source>
        <translation>%1: %2, en %3 %4</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Nuevo caso</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Title of the new case</source>
        <translation>Título del nuevo caso</translation>
    </message>
    <message>
        <source>Id (letters, digits and dashes)</source>
        <translation>Id (letras, cifras y guiones)</translation>
    </message>
    <message>
        <source>Id of the new case</source>
        <translation>Id del nuevo caso</translation>
    </message>
    <message>
        <source>A new case: save it to a folder to keep it.</source>
        <translation>Un caso nuevo: guárdalo en una carpeta para conservarlo.</translation>
    </message>
    <message>
        <source>Open a case folder</source>
        <translation>Abrir una carpeta de caso</translation>
    </message>
    <message>
        <source>Save the case in a new or empty folder</source>
        <translation>Guardar el caso en una carpeta nueva o vacía</translation>
    </message>
    <message>
        <source>Save as a copy</source>
        <translation>Guardar como copia</translation>
    </message>
    <message>
        <source>Title of the copy</source>
        <translation>Título de la copia</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <source>Id of the copy</source>
        <translation>Id de la copia</translation>
    </message>
    <message>
        <source>A new or empty folder for the copy</source>
        <translation>Una carpeta nueva o vacía para la copia</translation>
    </message>
    <message>
        <source>Saved as a copy.</source>
        <translation>Guardado como copia.</translation>
    </message>
    <message>
        <source>Export the case as a pack</source>
        <translation>Exportar el caso como paquete</translation>
    </message>
    <message>
        <source>Case packs (*.claimscope)</source>
        <translation>Paquetes de caso (*.claimscope)</translation>
    </message>
    <message>
        <source>Exported.</source>
        <translation>Exportado.</translation>
    </message>
    <message>
        <source>The case has errors</source>
        <translation>El caso tiene errores</translation>
    </message>
    <message numerus="yes">
        <source>The case has %Ln error(s): the app will refuse the pack until they are mended. Export it anyway?</source>
        <translation>
            <numerusform>El caso tiene %Ln error: la app rechazará el paquete hasta que se corrija. ¿Exportarlo de todos modos?</numerusform>
            <numerusform>El caso tiene %Ln errores: la app rechazará el paquete hasta que se corrijan. ¿Exportarlo de todos modos?</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported, with errors.</source>
        <translation>Exportado, con errores.</translation>
    </message>
    <message>
        <source>Open folder…</source>
        <translation>Abrir carpeta…</translation>
    </message>
    <message>
        <source>Open pack…</source>
        <translation>Abrir paquete…</translation>
    </message>
    <message>
        <source>Open a case pack to adapt it; it is saved as a copy in a folder</source>
        <translation>Abre un paquete de caso para adaptarlo; se guarda como copia en una carpeta</translation>
    </message>
    <message>
        <source>Open a case pack</source>
        <translation>Abrir un paquete de caso</translation>
    </message>
    <message>
        <source>Case packs (*.claimscope *.zip *.tar.gz *.tar.xz *.7z)</source>
        <translation>Paquetes de caso (*.claimscope *.zip *.tar.gz *.tar.xz *.7z)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Opened a pack: “Save as a copy…” keeps your changes in a folder.</source>
        <translation>Paquete abierto: «Guardar como copia…» guarda tus cambios en una carpeta.</translation>
    </message>
</context>
<context>
    <name>StudioQuiz</name>
    <message>
        <source>Choice</source>
        <translation>Opción múltiple</translation>
    </message>
    <message>
        <source>True or false</source>
        <translation>Verdadero o falso</translation>
    </message>
    <message>
        <source>Highlight in an article</source>
        <translation>Resaltar en un artículo</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Ordenar</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Pruebas</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>Nueva pregunta</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>Rubric</source>
        <translation>Rúbrica</translation>
    </message>
    <message>
        <source>True or false statements: %1 true, %2 false</source>
        <extracomment>%1 and %2 count the true and the false statements among the true-or-false questions</extracomment>
        <translation>Afirmaciones de verdadero o falso: %1 verdaderas, %2 falsas</translation>
    </message>
    <message>
        <source>balance them, so that scores measure discernment, not blanket doubt</source>
        <translation>equilíbralas, para que las puntuaciones midan el discernimiento y no la duda sistemática</translation>
    </message>
    <message>
        <source>New questions: %1</source>
        <translation>Preguntas nuevas: %1</translation>
    </message>
    <message>
        <source>Type of the questions added</source>
        <translation>Tipo de las preguntas añadidas</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Criterios</translation>
    </message>
    <message>
        <source>New criterion</source>
        <translation>Nuevo criterio</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>What a student learns to look for</source>
        <translation>Lo que un estudiante aprende a buscar</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Remove %1 %2</source>
        <translation>Eliminar %1 %2</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation>Añadir a %1</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Afirmación</translation>
    </message>
    <message>
        <source>The statement is true</source>
        <translation>La afirmación es verdadera</translation>
    </message>
    <message>
        <source>Feedback to “true”</source>
        <translation>Comentario para «verdadero»</translation>
    </message>
    <message>
        <source>Feedback to “false”</source>
        <translation>Comentario para «falso»</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Afirmación</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Spans (exact words of the article)</source>
        <translation>Fragmentos (palabras exactas del artículo)</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <source>Right order, most reliable first</source>
        <translation>Orden correcto, de más a menos fiable</translation>
    </message>
    <message>
        <source>Rubric criteria it trains</source>
        <translation>Criterios de la rúbrica que entrena</translation>
    </message>
    <message>
        <source>Explanation (shown after answering)</source>
        <translation>Explicación (se muestra tras responder)</translation>
    </message>
    <message>
        <source>Kept for the later booster check</source>
        <translation>Reservada para el repaso posterior</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Correcta</translation>
    </message>
    <message>
        <source>Feedback: why it is right or wrong</source>
        <translation>Comentario: por qué es correcta o incorrecta</translation>
    </message>
    <message>
        <source>Evidence it names</source>
        <translation>Pruebas que menciona</translation>
    </message>
    <message>
        <source>Exact words</source>
        <translation>Palabras exactas</translation>
    </message>
    <message>
        <source>Which occurrence (1 when empty)</source>
        <translation>Qué aparición (1 si está vacío)</translation>
    </message>
    <message>
        <source>Right to mark</source>
        <translation>Correcto marcarlo</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Opción</translation>
    </message>
    <message>
        <source>Select words in the article, then add them as a span.</source>
        <translation>Selecciona palabras del artículo y luego añádelas como fragmento.</translation>
    </message>
    <message>
        <source>Text of the article: select the words of a span</source>
        <translation>Texto del artículo: selecciona las palabras de un fragmento</translation>
    </message>
    <message>
        <source>Add the selected words as a span</source>
        <translation>Añadir las palabras seleccionadas como fragmento</translation>
    </message>
    <message>
        <source>Added “%1”: write its feedback below.</source>
        <translation>Añadido «%1»: escribe su comentario debajo.</translation>
    </message>
</context>
<context>
    <name>StudioRecordList</name>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation>Añadir a %1</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Remove the chosen one</source>
        <translation>Eliminar el elegido</translation>
    </message>
</context>
<context>
    <name>StudioSources</name>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Source %1</source>
        <translation>Fuente %1</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Medio</translation>
    </message>
    <message>
        <source>Web address (http or https)</source>
        <translation>Dirección web (http o https)</translation>
    </message>
    <message>
        <source>Date, only when the source itself shows it</source>
        <translation>Fecha, solo si la propia fuente la indica</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Words of this source, verbatim, one per line</source>
        <translation>Palabras de esta fuente, literales, una por línea</translation>
    </message>
    <message>
        <source>Quotes recorded from this source, one per line</source>
        <translation>Citas recogidas de esta fuente, una por línea</translation>
    </message>
</context>
<context>
    <name>StudioTimeline</name>
    <message>
        <source>Phases</source>
        <translation>Fases</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Sucesos</translation>
    </message>
    <message>
        <source>Later developments</source>
        <translation>Hechos posteriores</translation>
    </message>
    <message>
        <source>New phase</source>
        <translation>Nueva fase</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Nuevo suceso</translation>
    </message>
    <message>
        <source>The preview shows the last state of the case without errors.</source>
        <translation>La vista previa muestra el último estado del caso sin errores.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>From (YYYY-MM-DD)</source>
        <translation>Desde (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>To (YYYY-MM-DD)</source>
        <translation>Hasta (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>How the coverage framed the story then</source>
        <translation>Cómo enfocó la cobertura la historia en ese momento</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Until (for a span; optional)</source>
        <translation>Hasta (para un intervalo; opcional)</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
</context>
<context>
    <name>StudioVocabulary</name>
    <message>
        <source>known to the day</source>
        <translation>exacta al día</translation>
    </message>
    <message>
        <source>approximate (inferred)</source>
        <translation>aproximada (deducida)</translation>
    </message>
</context>
<context>
    <name>TrueFalseBody</name>
    <message>
        <source>Click True or False, or press T or F.</source>
        <translation>Haz clic en Verdadero o Falso, o pulsa T o F.</translation>
    </message>
    <message>
        <source>True</source>
        <translation>Verdadero</translation>
    </message>
    <message>
        <source>Key 1 or T</source>
        <translation>Tecla 1 o T</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Falso</translation>
    </message>
    <message>
        <source>Key 2 or F</source>
        <translation>Tecla 2 o F</translation>
    </message>
</context>
<context>
    <name>VocabularyStyle</name>
    <message>
        <source>blames</source>
        <translation>culpa</translation>
    </message>
    <message>
        <source>denies</source>
        <translation>niega</translation>
    </message>
    <message>
        <source>defends</source>
        <translation>defiende</translation>
    </message>
    <message>
        <source>doubts</source>
        <translation>duda</translation>
    </message>
    <message>
        <source>threatens</source>
        <translation>amenaza</translation>
    </message>
    <message>
        <source>criticises</source>
        <translation>critica</translation>
    </message>
    <message>
        <source>urges</source>
        <translation>insta</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>neutral</translation>
    </message>
    <message>
        <source>named person</source>
        <translation>persona con nombre</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anónima</translation>
    </message>
    <message>
        <source>official statement</source>
        <translation>declaración oficial</translation>
    </message>
    <message>
        <source>state media</source>
        <translation>medios estatales</translation>
    </message>
    <message>
        <source>no evidence offered</source>
        <translation>sin pruebas aportadas</translation>
    </message>
    <message>
        <source>evidence claimed, not shown</source>
        <translation>pruebas afirmadas, no mostradas</translation>
    </message>
    <message>
        <source>technical evidence</source>
        <translation>pruebas técnicas</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>documentos</translation>
    </message>
    <message>
        <source>first-hand account</source>
        <translation>testimonio directo</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Afirmaciones</translation>
    </message>
    <message>
        <source>Named sources</source>
        <translation>Fuentes con nombre</translation>
    </message>
    <message>
        <source>Anonymous sources</source>
        <translation>Fuentes anónimas</translation>
    </message>
    <message>
        <source>Loaded language</source>
        <translation>Lenguaje cargado</translation>
    </message>
    <message>
        <source>Hedges</source>
        <translation>Matizaciones</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Pruebas</translation>
    </message>
    <message>
        <source>Factual slips</source>
        <translation>Errores factuales</translation>
    </message>
</context>
<context>
    <name>VoteChart</name>
    <message>
        <source>How the class answered: %1</source>
        <translation>Cómo respondió la clase: %1</translation>
    </message>
    <message>
        <source>The choices</source>
        <translation>Las opciones</translation>
    </message>
    <message numerus="yes">
        <source>%Ln hand(s)</source>
        <translation>
            <numerusform>%Ln mano</numerusform>
            <numerusform>%Ln manos</numerusform>
        </translation>
    </message>
    <message>
        <source>Choice %1, %2: %3, %4 percent%5</source>
        <translation>Opción %1, %2: %3, %4 por ciento%5</translation>
    </message>
    <message>
        <source>, the correct answer</source>
        <translation>, la respuesta correcta</translation>
    </message>
    <message>
        <source>Choice %1: %2</source>
        <translation>Opción %1: %2</translation>
    </message>
    <message>
        <source>%1 · %2%</source>
        <translation>%1 · %2%</translation>
    </message>
    <message>
        <source>%1 in all</source>
        <translation>%1 en total</translation>
    </message>
    <message>
        <source>No hands were counted.</source>
        <translation>No se ha contado ninguna mano.</translation>
    </message>
</context>
<context>
    <name>VoteItemView</name>
    <message>
        <source>Question %1 of %2 · show of hands</source>
        <translation>Pregunta %1 de %2 · votación a mano alzada</translation>
    </message>
    <message>
        <source>Question %1 of %2 · for discussion</source>
        <translation>Pregunta %1 de %2 · para debatir</translation>
    </message>
    <message>
        <source>In “%1” (%2)</source>
        <translation>En «%1» (%2)</translation>
    </message>
    <message>
        <source>Most reliable first</source>
        <translation>De más a menos fiable</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
</context>
<context>
    <name>VotePanel</name>
    <message>
        <source>&lt;b&gt;Question %1 of %2&lt;/b&gt; · %3</source>
        <translation>&lt;b&gt;Pregunta %1 de %2&lt;/b&gt; · %3</translation>
    </message>
    <message>
        <source>the class sees the answer</source>
        <translation>la clase ve la respuesta</translation>
    </message>
    <message>
        <source>count the hands</source>
        <translation>contar las manos</translation>
    </message>
    <message>
        <source>for discussion</source>
        <translation>para debatir</translation>
    </message>
    <message>
        <source>One hand less for choice %1</source>
        <translation>Una mano menos para la opción %1</translation>
    </message>
    <message>
        <source>One hand more for choice %1</source>
        <translation>Una mano más para la opción %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln hand(s) counted</source>
        <translation>
            <numerusform>%Ln mano contada</numerusform>
            <numerusform>%Ln manos contadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>Respuesta: %1</translation>
    </message>
</context>
<context>
    <name>WebAddressDialog</name>
    <message>
        <source>Web address</source>
        <translation>Dirección web</translation>
    </message>
    <message>
        <source>Web address of %1</source>
        <translation>Dirección web de %1</translation>
    </message>
    <message>
        <source>Open this address in your web browser? Claimscope itself never goes online.</source>
        <translation>¿Abrir esta dirección en tu navegador? Claimscope nunca se conecta a internet por sí mismo.</translation>
    </message>
    <message>
        <source>This address cannot be opened: only web pages (http and https) can.</source>
        <translation>Esta dirección no se puede abrir: solo se pueden abrir páginas web (http y https).</translation>
    </message>
    <message>
        <source>The full address</source>
        <translation>La dirección completa</translation>
    </message>
    <message>
        <source>Site: %1</source>
        <translation>Sitio: %1</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Abrir en el navegador</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
</TS>
