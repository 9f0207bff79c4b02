<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>ArticleCard</name>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1، %2: %3</translation>
    </message>
    <message>
        <source> (outlet inferred)</source>
        <translation> (الوسيلة مُستنتَجة)</translation>
    </message>
</context>
<context>
    <name>ArticleDetailsForm</name>
    <message>
        <source>Headline</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>الوسيلة الإعلامية</translation>
    </message>
    <message>
        <source>Kind of outlet</source>
        <translation>نوع الوسيلة الإعلامية</translation>
    </message>
    <message>
        <source>The outlet is inferred: the copy does not name it</source>
        <translation>الوسيلة الإعلامية مُستنتَجة: النسخة لا تذكر اسمها</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>اسم الكاتب</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>عنوان الويب</translation>
    </message>
    <message>
        <source>Provenance: where this copy comes from</source>
        <translation>المصدر: من أين جاءت هذه النسخة</translation>
    </message>
    <message>
        <source>An excerpt, not the whole article</source>
        <translation>مقتطف، وليس المقال كاملًا</translation>
    </message>
    <message>
        <source>Copyright and licence</source>
        <translation>حقوق النشر والترخيص</translation>
    </message>
    <message>
        <source>Standfirst</source>
        <translation>المقدمة</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>تعليق الصورة</translation>
    </message>
    <message>
        <source>Paragraphs (blank lines between them)</source>
        <translation>الفقرات (سطر فارغ بين كل فقرتين)</translation>
    </message>
    <message>
        <source>Paragraphs of the article</source>
        <translation>فقرات المقال</translation>
    </message>
    <message>
        <source>Marks whose words change are shown as not found.</source>
        <translation>العلامات التي تتغير كلماتها تظهر على أنها غير موجودة.</translation>
    </message>
    <message>
        <source>Apply the text</source>
        <translation>طبّق النص</translation>
    </message>
    <message>
        <source>Replace the article&apos;s paragraphs with this text</source>
        <translation>استبدل فقرات المقال بهذا النص</translation>
    </message>
</context>
<context>
    <name>ArticlePage</name>
    <message>
        <source>%1 · %2 · excerpt © its publisher, shown for educational commentary</source>
        <translation>%1 · %2 · مقتطف © لناشره، يُعرض للتعليق التعليمي</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Choose an article</source>
        <translation>اختر مقالًا</translation>
    </message>
</context>
<context>
    <name>ArticleReaderView</name>
    <message>
        <source>Kind: %1</source>
        <translation>النوع: %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>التاريخ: %1</translation>
    </message>
    <message>
        <source> (inferred)</source>
        <translation> (مُستنتَج)</translation>
    </message>
    <message>
        <source>Provenance: %1</source>
        <translation>المصدر: %1</translation>
    </message>
    <message>
        <source>The outlet is inferred: the stored copy does not name it.</source>
        <translation>الوسيلة الإعلامية مُستنتَجة: النسخة المحفوظة لا تذكر اسمها.</translation>
    </message>
    <message>
        <source>Highlight layers</source>
        <translation>طبقات التظليل</translation>
    </message>
    <message>
        <source>%1: %2 highlights</source>
        <translation>%1: %2 تظليلات</translation>
    </message>
    <message>
        <source>Article text: %1</source>
        <translation>نص المقال: %1</translation>
    </message>
    <message>
        <source>Web address…</source>
        <translation>عنوان الويب…</translation>
    </message>
    <message>
        <source>Show the article&apos;s web address</source>
        <translation>اعرض عنوان الويب للمقال</translation>
    </message>
    <message>
        <source>%1 highlights — Tab to one, Enter to open</source>
        <translation>%1 تظليلات — Tab للانتقال إلى أحدها، وEnter لفتحه</translation>
    </message>
    <message>
        <source>Highlights in this article</source>
        <translation>التظليلات في هذا المقال</translation>
    </message>
</context>
<context>
    <name>AudienceView</name>
    <message>
        <source>The audience screen is blank</source>
        <translation>شاشة الجمهور فارغة</translation>
    </message>
    <message>
        <source>%1 · step %2 of %3</source>
        <translation>%1 · الخطوة %2 من %3</translation>
    </message>
</context>
<context>
    <name>AudienceWindow</name>
    <message>
        <source>Audience · step %1 of %2</source>
        <translation>الجمهور · الخطوة %1 من %2</translation>
    </message>
</context>
<context>
    <name>BlameExplorer</name>
    <message>
        <source>Claims about %1</source>
        <translation>ادعاءات عن %1</translation>
    </message>
    <message>
        <source>Claims by or about %1</source>
        <translation>ادعاءات من %1 أو عنه</translation>
    </message>
    <message>
        <source>Views of who blamed whom</source>
        <translation>طرق عرض من لام من</translation>
    </message>
    <message>
        <source>Camps</source>
        <translation>المعسكرات</translation>
    </message>
    <message>
        <source>Show the camps</source>
        <translation>اعرض المعسكرات</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>المصفوفة</translation>
    </message>
    <message>
        <source>Show who blamed whom as a matrix</source>
        <translation>اعرض من لام من في مصفوفة</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>الشبكة</translation>
    </message>
    <message>
        <source>Show the network of actors</source>
        <translation>اعرض شبكة الأطراف</translation>
    </message>
    <message>
        <source>Bars</source>
        <translation>الأعمدة</translation>
    </message>
    <message>
        <source>Show the bar chart by evidence</source>
        <translation>اعرض المخطط الشريطي حسب الأدلة</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>الجدول</translation>
    </message>
    <message>
        <source>Show the table of accusations</source>
        <translation>اعرض جدول الاتهامات</translation>
    </message>
    <message>
        <source>Select a camp, an arrow&apos;s number, a matrix cell, a dot or a table row to see its claims.</source>
        <translation>اختر معسكرًا أو رقم سهم أو خانة في المصفوفة أو نقطة أو صفًّا في الجدول لترى ادعاءاته.</translation>
    </message>
    <message>
        <source>Claims by or about %1 of %2</source>
        <extracomment>%1 &quot;5 more&quot;, %2 a camp: &quot;Claims by or about 5 more of US government&quot;</extracomment>
        <translation>ادعاءات من %1 من %2 أو عنهم</translation>
    </message>
</context>
<context>
    <name>BlameHeadline</name>
    <message numerus="yes">
        <source>%Ln from named source(s)</source>
        <translation>
            <numerusform>%Ln من مصادر مسمّاة</numerusform>
            <numerusform>واحد من مصدر مسمّى</numerusform>
            <numerusform>اثنان من مصادر مسمّاة</numerusform>
            <numerusform>%Ln من مصادر مسمّاة</numerusform>
            <numerusform>%Ln من مصادر مسمّاة</numerusform>
            <numerusform>%Ln من مصادر مسمّاة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln from unnamed source(s)</source>
        <translation>
            <numerusform>%Ln من مصادر مجهولة</numerusform>
            <numerusform>واحد من مصدر مجهول</numerusform>
            <numerusform>اثنان من مصادر مجهولة</numerusform>
            <numerusform>%Ln من مصادر مجهولة</numerusform>
            <numerusform>%Ln من مصادر مجهولة</numerusform>
            <numerusform>%Ln من مصادر مجهولة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln from official statement(s)</source>
        <translation>
            <numerusform>%Ln من بيانات رسمية</numerusform>
            <numerusform>واحد من بيان رسمي</numerusform>
            <numerusform>اثنان من بيانات رسمية</numerusform>
            <numerusform>%Ln من بيانات رسمية</numerusform>
            <numerusform>%Ln من بيانات رسمية</numerusform>
            <numerusform>%Ln من بيانات رسمية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln via state media</source>
        <translation>
            <numerusform>%Ln عبر إعلام الدولة</numerusform>
            <numerusform>واحد عبر إعلام الدولة</numerusform>
            <numerusform>اثنان عبر إعلام الدولة</numerusform>
            <numerusform>%Ln عبر إعلام الدولة</numerusform>
            <numerusform>%Ln عبر إعلام الدولة</numerusform>
            <numerusform>%Ln عبر إعلام الدولة</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>separates the parts of &quot;3 from named sources, 1 from unnamed source&quot;</extracomment>
        <translation>، </translation>
    </message>
    <message>
        <source>No claim has been made.</source>
        <translation>لم يصدر أي ادعاء.</translation>
    </message>
    <message>
        <source>By %1, no claim had been made yet.</source>
        <translation>حتى %1، لم يكن قد صدر أي ادعاء بعد.</translation>
    </message>
    <message>
        <source>By %1, %2 had been made, and no claim had blamed anyone yet.</source>
        <translation>حتى %1، كان قد صدر %2، ولم يلُم أيٌّ منها أحدًا بعد.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <translation>
            <numerusform>%Ln ادعاء</numerusform>
            <numerusform>ادعاء واحد</numerusform>
            <numerusform>ادعاءان</numerusform>
            <numerusform>%Ln ادعاءات</numerusform>
            <numerusform>%Ln ادعاءً</numerusform>
            <numerusform>%Ln ادعاء</numerusform>
        </translation>
    </message>
    <message>
        <source>By %1, no claim had blamed %2.</source>
        <translation>حتى %1، لم يلُم أيُّ ادعاء %2.</translation>
    </message>
    <message>
        <source>By %1, %2 had been blamed in %3 (%4) and had not answered with a denial.</source>
        <extracomment>%1 a date, %2 a camp&apos;s or actor&apos;s name, %3 &quot;6 claims&quot;, %4 &quot;3 from named sources, 3 from unnamed sources&quot;</extracomment>
        <translation>حتى %1، كان %2 قد تعرّض للوم في %3 (%4) ولم يردّ بالنفي.</translation>
    </message>
    <message>
        <source>By %1, %2 had been blamed in %3 (%4) and had answered with %5.</source>
        <extracomment>as above, and %5 &quot;2 denials&quot;</extracomment>
        <translation>حتى %1، كان %2 قد تعرّض للوم في %3 (%4) وردّ بالنفي %5.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln denial(s)</source>
        <translation>
            <numerusform>%Ln مرة</numerusform>
            <numerusform>مرة واحدة</numerusform>
            <numerusform>مرتين</numerusform>
            <numerusform>%Ln مرات</numerusform>
            <numerusform>%Ln مرة</numerusform>
            <numerusform>%Ln مرة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BlameMatrix</name>
    <message>
        <source>Rows made the claims, columns received them. Enter on a letter opens a camp into its actors.</source>
        <translation>الصفوف أصحاب الادعاءات، والأعمدة من وُجّهت إليهم. Enter على حرف يفتح المعسكر ليُظهر أطرافه.</translation>
    </message>
    <message>
        <source>One camp is open into its actors. Escape closes it.</source>
        <translation>أحد المعسكرات مفتوح ليُظهر أطرافه. Escape يغلقه.</translation>
    </message>
    <message>
        <source>Claimant ↓  Target →</source>
        <translation>صاحب الادعاء ↓  المستهدَف →</translation>
    </message>
    <message>
        <source>Who blamed whom, as a matrix: %1 claims</source>
        <translation>من لام من، في مصفوفة: %1 ادعاء</translation>
    </message>
    <message>
        <source>Colours and markers of the stances</source>
        <translation>ألوان المواقف وعلاماتها</translation>
    </message>
</context>
<context>
    <name>BlameMatrixHeader</name>
    <message>
        <source>Press Enter to open the camp</source>
        <translation>اضغط Enter لفتح المعسكر</translation>
    </message>
    <message>
        <source>Press Enter to close the camp</source>
        <translation>اضغط Enter لإغلاق المعسكر</translation>
    </message>
</context>
<context>
    <name>BlameMatrixModel</name>
    <message>
        <source>no claims</source>
        <translation>لا ادعاءات</translation>
    </message>
    <message>
        <source>%1 → %2: %3</source>
        <translation>%1 → %2: %3</translation>
    </message>
    <message>
        <source>%1 → all targets: %2</source>
        <translation>%1 → كل المستهدَفين: %2</translation>
    </message>
    <message>
        <source>All claimants → %1: %2</source>
        <translation>كل أصحاب الادعاءات → %1: %2</translation>
    </message>
    <message>
        <source>All claimants → all targets: %1</source>
        <translation>كل أصحاب الادعاءات → كل المستهدَفين: %1</translation>
    </message>
    <message>
        <source>%1: %2, of %3</source>
        <translation>%1: %2، من %3</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s), %1</source>
        <translation>
            <numerusform>%Ln ادعاء، %1</numerusform>
            <numerusform>ادعاء واحد، %1</numerusform>
            <numerusform>ادعاءان، %1</numerusform>
            <numerusform>%Ln ادعاءات، %1</numerusform>
            <numerusform>%Ln ادعاءً، %1</numerusform>
            <numerusform>%Ln ادعاء، %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, a camp of %Ln actor(s)</source>
        <translation>
            <numerusform>%1: %2، معسكر من %Ln طرف</numerusform>
            <numerusform>%1: %2، معسكر من طرف واحد</numerusform>
            <numerusform>%1: %2، معسكر من طرفين</numerusform>
            <numerusform>%1: %2، معسكر من %Ln أطراف</numerusform>
            <numerusform>%1: %2، معسكر من %Ln طرفًا</numerusform>
            <numerusform>%1: %2، معسكر من %Ln طرف</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BlameNetwork</name>
    <message>
        <source>Who blamed whom, actor by actor</source>
        <translation>من لام من، طرفًا طرفًا</translation>
    </message>
    <message>
        <source>%1: made %2 claims, received %3</source>
        <translation>%1: أصدر %2 ادعاء، وتلقّى %3</translation>
    </message>
</context>
<context>
    <name>BlamePage</name>
    <message>
        <source>Who blamed whom</source>
        <translation>من لام من</translation>
    </message>
    <message>
        <source>Each arrow: claims by one side about another. Thicker = more claims; colour and dash = the most common stance.</source>
        <translation>كل سهم: ادعاءات طرف عن طرف آخر. الأسمك = ادعاءات أكثر؛ اللون والتقطيع = الموقف الأكثر شيوعًا.</translation>
    </message>
</context>
<context>
    <name>BlameTable</name>
    <message>
        <source>Who blamed whom, as a table</source>
        <translation>من لام من، في جدول</translation>
    </message>
    <message>
        <source>Who → whom</source>
        <translation>من → مَن</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>الادعاءات</translation>
    </message>
    <message>
        <source>Stances</source>
        <translation>المواقف</translation>
    </message>
    <message>
        <source>Evidence offered</source>
        <translation>الأدلة المقدَّمة</translation>
    </message>
    <message>
        <source>Row %1 of %2. Claims: %3. Stances: %4. Evidence offered: %5</source>
        <translation>الصف %1 من %2. الادعاءات: %3. المواقف: %4. الأدلة المقدَّمة: %5</translation>
    </message>
</context>
<context>
    <name>BlameView</name>
    <message numerus="yes">
        <source>%1 → %2: %Ln claim(s), %3; %4</source>
        <translation>
            <numerusform>%1 → %2: %Ln ادعاء، %3؛ %4</numerusform>
            <numerusform>%1 → %2: ادعاء واحد، %3؛ %4</numerusform>
            <numerusform>%1 → %2: ادعاءان، %3؛ %4</numerusform>
            <numerusform>%1 → %2: %Ln ادعاءات، %3؛ %4</numerusform>
            <numerusform>%1 → %2: %Ln ادعاءً، %3؛ %4</numerusform>
            <numerusform>%1 → %2: %Ln ادعاء، %3؛ %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s) by this date</source>
        <translation>
            <numerusform>%Ln ادعاء حتى هذا التاريخ</numerusform>
            <numerusform>ادعاء واحد حتى هذا التاريخ</numerusform>
            <numerusform>ادعاءان حتى هذا التاريخ</numerusform>
            <numerusform>%Ln ادعاءات حتى هذا التاريخ</numerusform>
            <numerusform>%Ln ادعاءً حتى هذا التاريخ</numerusform>
            <numerusform>%Ln ادعاء حتى هذا التاريخ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s) selected</source>
        <translation>
            <numerusform>%Ln ادعاء محدَّد</numerusform>
            <numerusform>ادعاء واحد محدَّد</numerusform>
            <numerusform>ادعاءان محدَّدان</numerusform>
            <numerusform>%Ln ادعاءات محدَّدة</numerusform>
            <numerusform>%Ln ادعاءً محدَّدًا</numerusform>
            <numerusform>%Ln ادعاء محدَّد</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: made %2, received %3</source>
        <extracomment>%1 a camp&apos;s or actor&apos;s name, %2 &quot;3 claims&quot; made, %3 &quot;2 claims&quot; received</extracomment>
        <translation>%1: أصدر %2، وتلقّى %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <translation>
            <numerusform>%Ln ادعاء</numerusform>
            <numerusform>ادعاء واحد</numerusform>
            <numerusform>ادعاءان</numerusform>
            <numerusform>%Ln ادعاءات</numerusform>
            <numerusform>%Ln ادعاءً</numerusform>
            <numerusform>%Ln ادعاء</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, opened into its actors</source>
        <translation>%1، مفتوحًا ليُظهر أطرافه</translation>
    </message>
    <message numerus="yes">
        <source>%1 about itself: %Ln claim(s), %2</source>
        <translation>
            <numerusform>%1 عن نفسه: %Ln ادعاء، %2</numerusform>
            <numerusform>%1 عن نفسه: ادعاء واحد، %2</numerusform>
            <numerusform>%1 عن نفسه: ادعاءان، %2</numerusform>
            <numerusform>%1 عن نفسه: %Ln ادعاءات، %2</numerusform>
            <numerusform>%1 عن نفسه: %Ln ادعاءً، %2</numerusform>
            <numerusform>%1 عن نفسه: %Ln ادعاء، %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 → %2: %Ln claim(s), %3</source>
        <extracomment>an arrow between camps: &quot;Government → Experts: 5 claims, 4 blames, 1 doubts&quot;</extracomment>
        <translation>
            <numerusform>%1 → %2: %Ln ادعاء، %3</numerusform>
            <numerusform>%1 → %2: ادعاء واحد، %3</numerusform>
            <numerusform>%1 → %2: ادعاءان، %3</numerusform>
            <numerusform>%1 → %2: %Ln ادعاءات، %3</numerusform>
            <numerusform>%1 → %2: %Ln ادعاءً، %3</numerusform>
            <numerusform>%1 → %2: %Ln ادعاء، %3</numerusform>
        </translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>الجميع</translation>
    </message>
    <message numerus="yes">
        <source>%1 → %2: %Ln claim(s)</source>
        <translation>
            <numerusform>%1 → %2: %Ln ادعاء</numerusform>
            <numerusform>%1 → %2: ادعاء واحد</numerusform>
            <numerusform>%1 → %2: ادعاءان</numerusform>
            <numerusform>%1 → %2: %Ln ادعاءات</numerusform>
            <numerusform>%1 → %2: %Ln ادعاءً</numerusform>
            <numerusform>%1 → %2: %Ln ادعاء</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more</source>
        <extracomment>a card for the actors of an open camp that do not fit in the view: &quot;5 more&quot;</extracomment>
        <translation>
            <numerusform>%Ln آخرين</numerusform>
            <numerusform>%Ln آخرين</numerusform>
            <numerusform>%Ln آخرين</numerusform>
            <numerusform>%Ln آخرين</numerusform>
            <numerusform>%Ln آخرين</numerusform>
            <numerusform>%Ln آخرين</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <extracomment>the card for several actors of an open camp: %1 &quot;5 more&quot;, %2 the camp, %3 their names</extracomment>
        <translation>%1 من %2 (%3)</translation>
    </message>
</context>
<context>
    <name>CalendarButton</name>
    <message>
        <source>Calendar…</source>
        <translation>التقويم…</translation>
    </message>
    <message>
        <source>Choose %1 from a calendar</source>
        <translation>اختر %1 من التقويم</translation>
    </message>
    <message>
        <source>Previous year</source>
        <translation>السنة السابقة</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>الشهر السابق</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>الشهر التالي</translation>
    </message>
    <message>
        <source>Next year</source>
        <translation>السنة التالية</translation>
    </message>
    <message>
        <source>Calendar: %1</source>
        <translation>التقويم: %1</translation>
    </message>
    <message>
        <source>Arrow keys move a day or a week, Page Up and Page Down a month; Enter picks the day.</source>
        <translation>تنقل مفاتيح الأسهم يومًا أو أسبوعًا، ومفتاحا Page Up وPage Down شهرًا؛ ويختار مفتاح Enter اليوم.</translation>
    </message>
</context>
<context>
    <name>CampNetwork</name>
    <message>
        <source>Who blamed whom, by camp</source>
        <translation>من لام من، حسب المعسكر</translation>
    </message>
</context>
<context>
    <name>CampSet</name>
    <message>
        <source>Governments</source>
        <translation>الحكومات</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>الهيئات</translation>
    </message>
    <message>
        <source>State media</source>
        <translation>إعلام الدولة</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>الشركات</translation>
    </message>
    <message>
        <source>Experts</source>
        <translation>الخبراء</translation>
    </message>
    <message>
        <source>Politicians</source>
        <translation>السياسيون</translation>
    </message>
    <message>
        <source>Celebrities</source>
        <translation>المشاهير</translation>
    </message>
    <message>
        <source>Hacker groups</source>
        <translation>مجموعات القراصنة</translation>
    </message>
    <message>
        <source>Lawyers and courts</source>
        <translation>المحامون والمحاكم</translation>
    </message>
    <message>
        <source>News outlets</source>
        <translation>الوسائل الإعلامية</translation>
    </message>
    <message>
        <source>Other actors</source>
        <translation>أطراف أخرى</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>آخرون</translation>
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
        <translation>لا أعمدة لعرضها.</translation>
    </message>
    <message>
        <source>%1 is the largest with %2 (%3)</source>
        <translation>%1 هو الأكبر بـ %2 (%3)</translation>
    </message>
    <message>
        <source>%1 is the largest with %2</source>
        <translation>%1 هو الأكبر بـ %2</translation>
    </message>
    <message numerus="yes">
        <source>Of %Ln bar(s), %1</source>
        <translation>
            <numerusform>من بين %Ln عمود، %1</numerusform>
            <numerusform>من بين عمود واحد، %1</numerusform>
            <numerusform>من بين عمودين، %1</numerusform>
            <numerusform>من بين %Ln أعمدة، %1</numerusform>
            <numerusform>من بين %Ln عمودًا، %1</numerusform>
            <numerusform>من بين %Ln عمود، %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; then %2.</source>
        <translation>%1؛ ثم %2.</translation>
    </message>
</context>
<context>
    <name>ChoiceBody</name>
    <message>
        <source>Click an answer or press its number.</source>
        <translation>انقر إجابة أو اضغط رقمها.</translation>
    </message>
</context>
<context>
    <name>ChoiceButton</name>
    <message>
        <source>Your answer: correct</source>
        <translation>إجابتك: صحيحة</translation>
    </message>
    <message>
        <source>Your answer: wrong</source>
        <translation>إجابتك: خاطئة</translation>
    </message>
    <message>
        <source>Correct answer</source>
        <translation>الإجابة الصحيحة</translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation>المفتاح %1</translation>
    </message>
</context>
<context>
    <name>ClaimForm</name>
    <message>
        <source>Claim %1</source>
        <translation>الادعاء %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>صاحب الادعاء</translation>
    </message>
    <message>
        <source>About whom (targets)</source>
        <translation>عمّن (المستهدَفون)</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>الموقف</translation>
    </message>
    <message>
        <source>How the claimant is identified</source>
        <translation>كيف يُعرَّف صاحب الادعاء</translation>
    </message>
    <message>
        <source>Evidence offered with the claim</source>
        <translation>الأدلة المقدَّمة مع الادعاء</translation>
    </message>
    <message>
        <source>The claim in our own words</source>
        <translation>الادعاء بكلماتنا</translation>
    </message>
    <message>
        <source>Known now</source>
        <translation>المعروف الآن</translation>
    </message>
    <message>
        <source>What the later record makes of it</source>
        <translation>ما يقوله السجل اللاحق عنه</translation>
    </message>
    <message>
        <source>Note on what is known now</source>
        <translation>ملاحظة عمّا هو معروف الآن</translation>
    </message>
    <message>
        <source>Later developments that settle or change it</source>
        <translation>تطورات لاحقة تحسمه أو تغيّره</translation>
    </message>
</context>
<context>
    <name>ClaimList</name>
    <message numerus="yes">
        <source>Claims: %Ln</source>
        <translation>
            <numerusform>الادعاءات: %Ln</numerusform>
            <numerusform>الادعاءات: %Ln</numerusform>
            <numerusform>الادعاءات: %Ln</numerusform>
            <numerusform>الادعاءات: %Ln</numerusform>
            <numerusform>الادعاءات: %Ln</numerusform>
            <numerusform>الادعاءات: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 %3 %4: %5</source>
        <translation>%1، %3 من %2 إلى %4: %5</translation>
    </message>
    <message>
        <source>Claim %1 of %2</source>
        <translation>الادعاء %1 من %2</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>المصادر: %1</translation>
    </message>
    <message>
        <source>%1: web address…</source>
        <translation>%1: عنوان الويب…</translation>
    </message>
    <message>
        <source>Now: %1. %2</source>
        <translation>الآن: %1. %2</translation>
    </message>
    <message>
        <source>Show in the article</source>
        <translation>اعرض في المقال</translation>
    </message>
    <message>
        <source>Show this claim in the article</source>
        <translation>اعرض هذا الادعاء في المقال</translation>
    </message>
</context>
<context>
    <name>CoverageChart</name>
    <message>
        <source>Claims per day</source>
        <translation>الادعاءات في اليوم</translation>
    </message>
    <message>
        <source>Claims per day up to %1, by %2; at most %3 on one day</source>
        <translation>الادعاءات في اليوم حتى %1، حسب %2؛ وأقصاها %3 في يوم واحد</translation>
    </message>
    <message>
        <source>who is speaking</source>
        <translation>من المتحدث</translation>
    </message>
    <message>
        <source>stance</source>
        <translation>الموقف</translation>
    </message>
</context>
<context>
    <name>CoverageExplorer</name>
    <message>
        <source>Headline language: %1</source>
        <translation>صياغة العناوين: %1</translation>
    </message>
    <message>
        <source>Claims per day by</source>
        <translation>الادعاءات في اليوم حسب</translation>
    </message>
    <message>
        <source>stance</source>
        <translation>الموقف</translation>
    </message>
    <message>
        <source>Chart by stance</source>
        <translation>مخطط حسب الموقف</translation>
    </message>
    <message>
        <source>who is speaking</source>
        <translation>من المتحدث</translation>
    </message>
    <message>
        <source>Chart by attribution: named, anonymous, official, state media</source>
        <translation>مخطط حسب الإسناد: مسمّى، مجهول، رسمي، إعلام الدولة</translation>
    </message>
    <message>
        <source>Said then — known now</source>
        <translation>ما قيل حينها — وما نعرفه الآن</translation>
    </message>
    <message numerus="yes">
        <source>Claims of this phase, with what was established later: %Ln</source>
        <translation>
            <numerusform>ادعاءات هذه المرحلة، مع ما ثبت لاحقًا: %Ln</numerusform>
            <numerusform>ادعاءات هذه المرحلة، مع ما ثبت لاحقًا: %Ln</numerusform>
            <numerusform>ادعاءات هذه المرحلة، مع ما ثبت لاحقًا: %Ln</numerusform>
            <numerusform>ادعاءات هذه المرحلة، مع ما ثبت لاحقًا: %Ln</numerusform>
            <numerusform>ادعاءات هذه المرحلة، مع ما ثبت لاحقًا: %Ln</numerusform>
            <numerusform>ادعاءات هذه المرحلة، مع ما ثبت لاحقًا: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Then: %1</source>
        <translation>حينها: %1</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>الآن: %1</translation>
    </message>
</context>
<context>
    <name>CoveragePage</name>
    <message>
        <source>How the coverage shifted</source>
        <translation>كيف تغيّرت التغطية</translation>
    </message>
    <message>
        <source>Drag the date, or press Space to play: what was claimed then, and what is known now.</source>
        <translation>اسحب التاريخ، أو اضغط Space للتشغيل: ما ادُّعي حينها، وما نعرفه الآن.</translation>
    </message>
</context>
<context>
    <name>CoverageView</name>
    <message>
        <source>From %1 to %2</source>
        <extracomment>%1 and %2 are dates.</extracomment>
        <translation>من %1 إلى %2</translation>
    </message>
    <message>
        <source>%1: no claims yet.</source>
        <translation>%1: لا ادعاءات بعد.</translation>
    </message>
    <message>
        <source>%1: %2 %3; the busiest day was %4, with %5.</source>
        <extracomment>%1 is &quot;From &lt;date&gt; to &lt;date&gt;&quot;, %2 &quot;N claims&quot;, %3 &quot;on N days&quot;, %4 a date, %5 &quot;N claims&quot;</extracomment>
        <translation>%1: %2 %3؛ وكان أكثر الأيام ازدحامًا %4، بـ %5.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <translation>
            <numerusform>%Ln ادعاء</numerusform>
            <numerusform>ادعاء واحد</numerusform>
            <numerusform>ادعاءان</numerusform>
            <numerusform>%Ln ادعاءات</numerusform>
            <numerusform>%Ln ادعاءً</numerusform>
            <numerusform>%Ln ادعاء</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>on %Ln day(s)</source>
        <translation>
            <numerusform>في %Ln يوم</numerusform>
            <numerusform>في يوم واحد</numerusform>
            <numerusform>في يومين</numerusform>
            <numerusform>في %Ln أيام</numerusform>
            <numerusform>في %Ln يومًا</numerusform>
            <numerusform>في %Ln يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>No phase on this date</source>
        <translation>لا مرحلة في هذا التاريخ</translation>
    </message>
    <message>
        <source>Before the first phase</source>
        <translation>قبل المرحلة الأولى</translation>
    </message>
    <message>
        <source>After the last phase</source>
        <translation>بعد المرحلة الأخيرة</translation>
    </message>
    <message>
        <source>Between phases</source>
        <translation>بين المراحل</translation>
    </message>
</context>
<context>
    <name>DateScrubber</name>
    <message>
        <source>❚❚ Pause</source>
        <translation>❚❚ إيقاف مؤقت</translation>
    </message>
    <message>
        <source>To the last day</source>
        <translation>إلى اليوم الأخير</translation>
    </message>
    <message>
        <source>▶ Play</source>
        <translation>▶ تشغيل</translation>
    </message>
    <message>
        <source>Pause the timeline</source>
        <translation>أوقف الخط الزمني مؤقتًا</translation>
    </message>
    <message>
        <source>Go to the last day</source>
        <translation>انتقل إلى اليوم الأخير</translation>
    </message>
    <message>
        <source>Play the timeline</source>
        <translation>شغّل الخط الزمني</translation>
    </message>
    <message>
        <source>Date, playing</source>
        <translation>التاريخ، قيد التشغيل</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>التاريخ: %1</translation>
    </message>
    <message>
        <source>Day %1 of %2</source>
        <translation>اليوم %1 من %2</translation>
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
        <translation>لا ادعاءات ولا أحداث %1</translation>
    </message>
</context>
<context>
    <name>DemoSession</name>
    <message>
        <source>Sample student</source>
        <translation>طالب تجريبي</translation>
    </message>
    <message>
        <source>Sample: Jordan</source>
        <translation>مثال: سلمى</translation>
    </message>
</context>
<context>
    <name>EndPresentationDialog</name>
    <message>
        <source>End the presentation?</source>
        <translation>أتريد إنهاء العرض؟</translation>
    </message>
    <message>
        <source>Keep presenting</source>
        <translation>تابع العرض</translation>
    </message>
    <message>
        <source>End presentation</source>
        <translation>أنهِ العرض</translation>
    </message>
</context>
<context>
    <name>EvidenceBarChart</name>
    <message>
        <source>Bar chart: claims by who blamed whom, by evidence, by %1</source>
        <translation>مخطط شريطي: الادعاءات حسب من لام من، وحسب الأدلة، حتى %1</translation>
    </message>
    <message>
        <source>%1 The Table tab lists every pair.</source>
        <translation>%1 تبويب «الجدول» يسرد كل الأزواج.</translation>
    </message>
    <message>
        <source>claims</source>
        <translation>ادعاءات</translation>
    </message>
</context>
<context>
    <name>FeedbackPanel</name>
    <message>
        <source>Correct</source>
        <translation>صحيح</translation>
    </message>
    <message>
        <source>Partly right: %1% of the points</source>
        <translation>صحيح جزئيًا: %1% من النقاط</translation>
    </message>
    <message>
        <source>Not right</source>
        <translation>غير صحيح</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>لماذا يهم هذا</translation>
    </message>
</context>
<context>
    <name>HighlightBody</name>
    <message>
        <source>From %1, %2: “%3”</source>
        <translation>من %1، %2: «%3»</translation>
    </message>
    <message>
        <source>Mark every phrase that fits (click it or press its number), then press “Check my answer”.</source>
        <translation>ظلّل كل عبارة مناسبة (انقرها أو اضغط رقمها)، ثم اضغط «تحقّق من إجابتي».</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>CLAIMSCOPE · A CASE IN MEDIA LITERACY</source>
        <translation>CLAIMSCOPE · قضية في التربية الإعلامية</translation>
    </message>
    <message>
        <source>Open case pack…</source>
        <translation>افتح حزمة قضية…</translation>
    </message>
    <message>
        <source>Open another case pack</source>
        <translation>افتح حزمة قضية أخرى</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Settings: text size, colours, motion</source>
        <translation>الإعدادات: حجم النص، الألوان، الحركة</translation>
    </message>
    <message>
        <source>Present to a class</source>
        <translation>اعرض على صف</translation>
    </message>
    <message>
        <source>Full-screen steps for a projector, with presenter notes.</source>
        <translation>خطوات بملء الشاشة لجهاز العرض، مع ملاحظات المقدِّم.</translation>
    </message>
    <message>
        <source>Work through it myself</source>
        <translation>أعمل عليها بنفسي</translation>
    </message>
    <message>
        <source>Read the coverage, answer the checks, see how you did.</source>
        <translation>اقرأ التغطية، وأجب عن الأسئلة، وانظر كيف كان أداؤك.</translation>
    </message>
    <message>
        <source>Or explore:</source>
        <translation>أو استكشف:</translation>
    </message>
    <message>
        <source>Read the articles</source>
        <translation>اقرأ المقالات</translation>
    </message>
    <message>
        <source>Who blamed whom</source>
        <translation>من لام من</translation>
    </message>
    <message>
        <source>How the coverage shifted</source>
        <translation>كيف تغيّرت التغطية</translation>
    </message>
    <message>
        <source>Check yourself</source>
        <translation>اختبر نفسك</translation>
    </message>
    <message>
        <source>On paper:</source>
        <translation>على الورق:</translation>
    </message>
    <message>
        <source>Teacher&apos;s guide…</source>
        <translation>دليل المعلّم…</translation>
    </message>
    <message>
        <source>Save the teacher&apos;s guide as PDF: the lesson plan with notes and answers</source>
        <translation>احفظ دليل المعلّم بصيغة PDF: خطة الدرس مع الملاحظات والإجابات</translation>
    </message>
    <message>
        <source>Worksheet…</source>
        <translation>ورقة العمل…</translation>
    </message>
    <message>
        <source>Save a worksheet as PDF: the questions without answers, for classes without devices</source>
        <translation>احفظ ورقة عمل بصيغة PDF: الأسئلة دون إجابات، للصفوف التي لا أجهزة فيها</translation>
    </message>
    <message numerus="yes">
        <source>The coverage you will examine: %Ln article(s)</source>
        <translation>
            <numerusform>التغطية التي ستفحصها: %Ln مقال</numerusform>
            <numerusform>التغطية التي ستفحصها: مقال واحد</numerusform>
            <numerusform>التغطية التي ستفحصها: مقالان</numerusform>
            <numerusform>التغطية التي ستفحصها: %Ln مقالات</numerusform>
            <numerusform>التغطية التي ستفحصها: %Ln مقالًا</numerusform>
            <numerusform>التغطية التي ستفحصها: %Ln مقال</numerusform>
        </translation>
    </message>
    <message>
        <source>Make or adapt a case</source>
        <translation>أنشئ قضية أو عدّلها</translation>
    </message>
    <message>
        <source>Make or adapt a case in the studio</source>
        <translation>أنشئ قضية أو عدّلها في الاستوديو</translation>
    </message>
</context>
<context>
    <name>KnownNow</name>
    <message>
        <source>Known as of %1</source>
        <extracomment>%1 is the date of the case&apos;s latest check of the public record.</extracomment>
        <translation>المعروف حتى %1</translation>
    </message>
    <message>
        <source>Since then: %1</source>
        <translation>منذ ذلك الحين: %1</translation>
    </message>
</context>
<context>
    <name>LessonPrint</name>
    <message>
        <source>article</source>
        <translation>مقال</translation>
    </message>
    <message>
        <source>who blamed whom</source>
        <translation>من لام من</translation>
    </message>
    <message>
        <source>the coverage over time</source>
        <translation>التغطية عبر الزمن</translation>
    </message>
    <message>
        <source>questions</source>
        <translation>أسئلة</translation>
    </message>
    <message>
        <source>with a reveal</source>
        <translation>مع كشف</translation>
    </message>
    <message>
        <source>story</source>
        <translation>قصة</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>صح أم خطأ</translation>
    </message>
    <message>
        <source>highlight the words</source>
        <translation>ظلّل الكلمات</translation>
    </message>
    <message>
        <source>rank the sources</source>
        <translation>رتّب المصادر</translation>
    </message>
    <message>
        <source>what evidence was offered?</source>
        <translation>ما الأدلة المقدَّمة؟</translation>
    </message>
    <message>
        <source>choice</source>
        <translation>اختيار</translation>
    </message>
    <message>
        <source>The article “%1” (%2), with its marks.</source>
        <translation>المقال «%1» (%2)، مع علاماته.</translation>
    </message>
    <message>
        <source>The map of who blamed whom%1.</source>
        <translation>خريطة من لام من%1.</translation>
    </message>
    <message>
        <source>, up to %1</source>
        <translation>، حتى %1</translation>
    </message>
    <message>
        <source>The coverage day by day%1.</source>
        <translation>التغطية يومًا بيوم%1.</translation>
    </message>
    <message>
        <source>Dated cards:</source>
        <translation>بطاقات مؤرَّخة:</translation>
    </message>
    <message>
        <source>True</source>
        <translation>صح</translation>
    </message>
    <message>
        <source>False</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <source>Show of hands: key 1 counts a hand for true, 2 for false; → reveals the tally and the answer.</source>
        <translation>رفع الأيدي: المفتاح 1 يحسب يدًا لـ«صح»، و2 لـ«خطأ»؛ → يكشف العدد والإجابة.</translation>
    </message>
    <message>
        <source>Show of hands: keys 1–%1 count a hand for each choice; → reveals the tally and the answer.</source>
        <translation>رفع الأيدي: المفاتيح 1–%1 تحسب يدًا لكل خيار؛ → يكشف العدد والإجابة.</translation>
    </message>
    <message>
        <source>For discussion (no show of hands): ask for reasons, then → reveals the answer.</source>
        <translation>للنقاش (دون رفع الأيدي): اطلب الأسباب، ثم → يكشف الإجابة.</translation>
    </message>
    <message>
        <source>In “%1” (%2)</source>
        <translation>في «%1» (%2)</translation>
    </message>
    <message>
        <source>→ PgDn Space / ← PgUp</source>
        <translation>→ PgDn Space / ← PgUp</translation>
    </message>
    <message>
        <source>next / back; a step with something hidden reveals it first</source>
        <translation>التالي / السابق؛ الخطوة التي فيها شيء مخفي تكشفه أولًا</translation>
    </message>
    <message>
        <source>B or .</source>
        <translation>B أو .</translation>
    </message>
    <message>
        <source>blank the screen (black); again to show it</source>
        <translation>إخفاء الشاشة (سوداء)؛ اضغط مرة أخرى لإظهارها</translation>
    </message>
    <message>
        <source>F, Esc</source>
        <translation>F، Esc</translation>
    </message>
    <message>
        <source>full screen on and off; Esc leaves full screen, a second Esc ends after a confirmation</source>
        <translation>تشغيل ملء الشاشة وإيقافه؛ Esc يخرج من ملء الشاشة، وEsc ثانية تُنهي العرض بعد التأكيد</translation>
    </message>
    <message>
        <source>number, Enter</source>
        <translation>رقم، Enter</translation>
    </message>
    <message>
        <source>go to that step</source>
        <translation>الانتقال إلى تلك الخطوة</translation>
    </message>
    <message>
        <source>1–4 on a question</source>
        <translation>1–4 في سؤال</translation>
    </message>
    <message>
        <source>one hand for that choice (true/false: 1 true, 2 false); Backspace takes the last back; G, number, Enter goes to a step</source>
        <translation>يد واحدة لذلك الخيار (صح/خطأ: 1 صح، 2 خطأ)؛ Backspace يُلغي آخر يد؛ G ثم رقم ثم Enter ينتقل إلى خطوة</translation>
    </message>
    <message>
        <source>N (one screen)</source>
        <translation>N (شاشة واحدة)</translation>
    </message>
    <message>
        <source>the notes and the answer, after a warning: the class sees them too; N or Esc hides them, and any move does</source>
        <translation>الملاحظات والإجابة، بعد تحذير: يراها الصف أيضًا؛ N أو Esc يخفيها، وكذلك أي انتقال</translation>
    </message>
    <message>
        <source>T (one screen)</source>
        <translation>T (شاشة واحدة)</translation>
    </message>
    <message>
        <source>the teacher&apos;s strip: step, the next step&apos;s title, hands counted, time</source>
        <translation>شريط المعلّم: الخطوة، وعنوان الخطوة التالية، والأيدي المحسوبة، والوقت</translation>
    </message>
    <message>
        <source>Keys while presenting</source>
        <translation>المفاتيح أثناء العرض</translation>
    </message>
    <message>
        <source>Two screens: the console on the laptop shows the notes, the answers and the counts; the class sees the audience window. One screen (a mirrored projector): the class sees everything the laptop shows, so only the audience view is shown, with a small strip for the teacher.</source>
        <translation>شاشتان: لوحة التحكم على الحاسوب المحمول تعرض الملاحظات والإجابات والأعداد؛ ويرى الصف نافذة الجمهور. شاشة واحدة (جهاز عرض يكرّر الشاشة): يرى الصف كل ما يعرضه الحاسوب، لذلك لا يُعرض إلا عرض الجمهور، مع شريط صغير للمعلّم.</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>السؤال %1 من %2</translation>
    </message>
    <message>
        <source>Answer, most reliable first:</source>
        <translation>الإجابة، الأكثر موثوقية أولًا:</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>الإجابة:</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>السبب:</translation>
    </message>
    <message>
        <source>Class vote:</source>
        <translation>تصويت الصف:</translation>
    </message>
    <message numerus="yes">
        <source>about %Ln min</source>
        <extracomment>&quot;min&quot; abbreviates minutes, as in a lesson plan&apos;s timing.</extracomment>
        <translation>
            <numerusform>نحو %Ln دقيقة</numerusform>
            <numerusform>نحو دقيقة واحدة</numerusform>
            <numerusform>نحو دقيقتين</numerusform>
            <numerusform>نحو %Ln دقائق</numerusform>
            <numerusform>نحو %Ln دقيقة</numerusform>
            <numerusform>نحو %Ln دقيقة</numerusform>
        </translation>
    </message>
    <message>
        <source>CLAIMSCOPE · TEACHER&apos;S GUIDE</source>
        <translation>CLAIMSCOPE · دليل المعلّم</translation>
    </message>
    <message>
        <source>The lesson:</source>
        <translation>الدرس:</translation>
    </message>
    <message>
        <source>%1 chapters, %2 steps, %3 questions · %4 in class</source>
        <translation>%1 فصول، %2 خطوات، %3 أسئلة · %4 في الصف</translation>
    </message>
    <message>
        <source>Times are estimates: the step texts and the articles read at about %1 words a minute, plus %2 minute per question. Discussion takes longer; plan for it.</source>
        <translation>الأوقات تقديرية: تُقرأ نصوص الخطوات والمقالات بمعدل %1 كلمة تقريبًا في الدقيقة، مع %2 دقيقة لكل سؤال. النقاش يستغرق وقتًا أطول؛ فخطّط له.</translation>
    </message>
    <message>
        <source>Content notice:</source>
        <translation>تنبيه بشأن المحتوى:</translation>
    </message>
    <message>
        <source>The plan</source>
        <translation>الخطة</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>الفصل</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>الخطوات</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>الأسئلة</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Chapter %1 · %2</source>
        <translation>الفصل %1 · %2</translation>
    </message>
    <message>
        <source>Step %1 · %2</source>
        <translation>الخطوة %1 · %2</translation>
    </message>
    <message>
        <source>The class sees:</source>
        <translation>يرى الصف:</translation>
    </message>
    <message>
        <source>→ reveals:</source>
        <translation>→ يكشف:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>ملاحظات:</translation>
    </message>
    <message>
        <source>CLAIMSCOPE · WORKSHEET</source>
        <translation>CLAIMSCOPE · ورقة عمل</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>الاسم:</translation>
    </message>
    <message>
        <source>Class:</source>
        <translation>الصف:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>التاريخ:</translation>
    </message>
    <message>
        <source>Tick the box you choose (☐), or number the sources in order; then say why in a few words.</source>
        <translation>ضع علامة في المربع الذي تختاره (☐)، أو رقّم المصادر بالترتيب؛ ثم اذكر السبب في كلمات قليلة.</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>لماذا؟</translation>
    </message>
    <message>
        <source>Teacher&apos;s guide: %1</source>
        <translation>دليل المعلّم: %1</translation>
    </message>
    <message>
        <source>Teacher&apos;s guide · %1</source>
        <translation>دليل المعلّم · %1</translation>
    </message>
    <message>
        <source>Worksheet: %1</source>
        <translation>ورقة العمل: %1</translation>
    </message>
    <message>
        <source>Worksheet · %1</source>
        <translation>ورقة العمل · %1</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>الصفحة %1 من %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln question(s), one at a time.</source>
        <translation>
            <numerusform>%Ln سؤال، واحدًا تلو الآخر.</numerusform>
            <numerusform>سؤال واحد، واحدًا تلو الآخر.</numerusform>
            <numerusform>سؤالان، واحدًا تلو الآخر.</numerusform>
            <numerusform>%Ln أسئلة، واحدًا تلو الآخر.</numerusform>
            <numerusform>%Ln سؤالًا، واحدًا تلو الآخر.</numerusform>
            <numerusform>%Ln سؤال، واحدًا تلو الآخر.</numerusform>
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
        <translation>اختبار التعزيز</translation>
    </message>
</context>
<context>
    <name>NotePanel</name>
    <message>
        <source>Click a highlight in the text, or pick one above, to see why it matters.</source>
        <translation>انقر تظليلًا في النص، أو اختر واحدًا أعلاه، لترى لماذا يهم.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Correction:&lt;/b&gt; %1&lt;br&gt;&lt;i&gt;Sources: %2&lt;/i&gt;</source>
        <translation>&lt;b&gt;تصحيح:&lt;/b&gt; %1&lt;br&gt;&lt;i&gt;المصادر: %2&lt;/i&gt;</translation>
    </message>
    <message>
        <source>The claim (%1, %2): %3</source>
        <translation>الادعاء (%1، %2): %3</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>الآن: %1</translation>
    </message>
</context>
<context>
    <name>OneScreenPage</name>
    <message>
        <source>Presenting on one screen</source>
        <translation>العرض على شاشة واحدة</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>الخطوة %1 من %2</translation>
    </message>
    <message>
        <source>Go to step %1▏ Enter</source>
        <translation>انتقل إلى الخطوة %1▏ Enter</translation>
    </message>
    <message numerus="yes">
        <source>%Ln hand(s) counted</source>
        <translation>
            <numerusform>%Ln يد محسوبة</numerusform>
            <numerusform>يد واحدة محسوبة</numerusform>
            <numerusform>يدان محسوبتان</numerusform>
            <numerusform>%Ln أيدٍ محسوبة</numerusform>
            <numerusform>%Ln يدًا محسوبة</numerusform>
            <numerusform>%Ln يد محسوبة</numerusform>
        </translation>
    </message>
    <message>
        <source>Time presenting: %1</source>
        <translation>مدة العرض: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;One screen&lt;/b&gt;: the class sees all of this · &lt;b&gt;1–4&lt;/b&gt; count a hand · &lt;b&gt;G&lt;/b&gt;, number, &lt;b&gt;Enter&lt;/b&gt; go to a step</source>
        <translation>&lt;b&gt;شاشة واحدة&lt;/b&gt;: يرى الصف كل هذا · &lt;b&gt;1–4&lt;/b&gt; لحساب يد · &lt;b&gt;G&lt;/b&gt; ثم رقم ثم &lt;b&gt;Enter&lt;/b&gt; للانتقال إلى خطوة</translation>
    </message>
    <message>
        <source>&lt;b&gt;One screen&lt;/b&gt;: the class sees all of this · &lt;b&gt;Number&lt;/b&gt;, &lt;b&gt;Enter&lt;/b&gt; go to a step</source>
        <translation>&lt;b&gt;شاشة واحدة&lt;/b&gt;: يرى الصف كل هذا · &lt;b&gt;رقم&lt;/b&gt; ثم &lt;b&gt;Enter&lt;/b&gt; للانتقال إلى خطوة</translation>
    </message>
    <message>
        <source> · &lt;b&gt;→&lt;/b&gt; next · &lt;b&gt;←&lt;/b&gt; back · &lt;b&gt;B&lt;/b&gt; blank · &lt;b&gt;N&lt;/b&gt; notes and answers, after a warning · &lt;b&gt;T&lt;/b&gt; this strip · &lt;b&gt;F&lt;/b&gt; full screen · &lt;b&gt;Esc&lt;/b&gt; leave full screen, then end</source>
        <translation> · &lt;b&gt;→&lt;/b&gt; التالي · &lt;b&gt;←&lt;/b&gt; السابق · &lt;b&gt;B&lt;/b&gt; إخفاء · &lt;b&gt;N&lt;/b&gt; الملاحظات والإجابات، بعد تحذير · &lt;b&gt;T&lt;/b&gt; هذا الشريط · &lt;b&gt;F&lt;/b&gt; ملء الشاشة · &lt;b&gt;Esc&lt;/b&gt; الخروج من ملء الشاشة، ثم الإنهاء</translation>
    </message>
    <message>
        <source>The class sees this. N or Esc hides it.</source>
        <translation>الصف يرى هذا. N أو Esc يخفيه.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Notes&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;ملاحظات&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>(none for this step)</source>
        <translation>(لا شيء لهذه الخطوة)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Why&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;السبب&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>The class will see this</source>
        <translation>سيرى الصف هذا</translation>
    </message>
    <message>
        <source>On one screen the class sees everything you see. Show the presenter notes and, on a question, its answer and the hands per choice?</source>
        <translation>على شاشة واحدة يرى الصف كل ما تراه. هل تعرض ملاحظات المقدِّم، وفي السؤال إجابته وعدد الأيدي لكل خيار؟</translation>
    </message>
    <message>
        <source>Keep them hidden</source>
        <translation>أبقِها مخفية</translation>
    </message>
    <message>
        <source>Show them to everyone</source>
        <translation>اعرضها للجميع</translation>
    </message>
    <message>
        <source>The class&apos;s votes are forgotten.</source>
        <translation>ستُنسى أصوات الصف.</translation>
    </message>
</context>
<context>
    <name>OpenPackDialog</name>
    <message>
        <source>Open a case pack</source>
        <translation>افتح حزمة قضية</translation>
    </message>
    <message>
        <source>Case packs (*.claimscope *.zip *.tar.gz *.tar.xz *.7z)</source>
        <translation>حزم القضايا (*.claimscope *.zip *.tar.gz *.tar.xz *.7z)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>كل الملفات (*)</translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <source>← Back</source>
        <translation>→ رجوع</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <source>Next: the answer</source>
        <translation>التالي: الإجابة</translation>
    </message>
    <message>
        <source>→ reveals the class&apos;s votes and the answer</source>
        <translation>→ يكشف أصوات الصف والإجابة</translation>
    </message>
    <message>
        <source>→ reveals the answer</source>
        <translation>→ يكشف الإجابة</translation>
    </message>
    <message>
        <source>Next: question %1 of %2</source>
        <translation>التالي: السؤال %1 من %2</translation>
    </message>
    <message>
        <source>→ question %1 of %2</source>
        <translation>→ السؤال %1 من %2</translation>
    </message>
    <message>
        <source>Next: the hidden part of this step</source>
        <translation>التالي: الجزء المخفي من هذه الخطوة</translation>
    </message>
    <message>
        <source>→ reveals: %1</source>
        <translation>→ يكشف: %1</translation>
    </message>
    <message>
        <source>This is the last step.</source>
        <translation>هذه هي الخطوة الأخيرة.</translation>
    </message>
    <message>
        <source>Next: step %1 · %2</source>
        <translation>التالي: الخطوة %1 · %2</translation>
    </message>
    <message>
        <source>→ step %1 · %2 (%3)</source>
        <translation>→ الخطوة %1 · %2 (%3)</translation>
    </message>
    <message>
        <source>True</source>
        <translation>صح</translation>
    </message>
    <message>
        <source>False</source>
        <translation>خطأ</translation>
    </message>
</context>
<context>
    <name>PresenterPage</name>
    <message>
        <source>Presenter view</source>
        <translation>عرض المقدِّم</translation>
    </message>
    <message>
        <source>Step %1 of %2 · %3</source>
        <translation>الخطوة %1 من %2 · %3</translation>
    </message>
    <message>
        <source>Chapter %1 of %2 · %3</source>
        <translation>الفصل %1 من %2 · %3</translation>
    </message>
    <message>
        <source>■ Screen blank (B)</source>
        <translation>■ الشاشة مخفية (B)</translation>
    </message>
    <message>
        <source>Go to step %1▏ Enter</source>
        <translation>انتقل إلى الخطوة %1▏ Enter</translation>
    </message>
    <message>
        <source>Time presenting: %1</source>
        <translation>مدة العرض: %1</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>استئناف</translation>
    </message>
    <message>
        <source>Pause the timer</source>
        <translation>أوقف المؤقّت</translation>
    </message>
    <message>
        <source>Resume the timer</source>
        <translation>استأنف المؤقّت</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>إعادة ضبط</translation>
    </message>
    <message>
        <source>Reset the timer</source>
        <translation>أعد ضبط المؤقّت</translation>
    </message>
    <message>
        <source>The time: %1</source>
        <translation>الوقت: %1</translation>
    </message>
    <message>
        <source>Guide…</source>
        <translation>الدليل…</translation>
    </message>
    <message>
        <source>Save the teacher&apos;s guide as PDF</source>
        <translation>احفظ دليل المعلّم بصيغة PDF</translation>
    </message>
    <message>
        <source>Worksheet…</source>
        <translation>ورقة العمل…</translation>
    </message>
    <message>
        <source>Save a worksheet as PDF: the questions without answers</source>
        <translation>احفظ ورقة عمل بصيغة PDF: الأسئلة دون إجابات</translation>
    </message>
    <message>
        <source>End</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <source>End the presentation</source>
        <translation>أنهِ العرض</translation>
    </message>
    <message>
        <source>Go to step %1: %2 (%3)</source>
        <translation>انتقل إلى الخطوة %1: %2 (%3)</translation>
    </message>
    <message>
        <source>The class sees a black screen</source>
        <translation>يرى الصف شاشة سوداء</translation>
    </message>
    <message>
        <source>The class sees</source>
        <translation>يرى الصف</translation>
    </message>
    <message>
        <source>&lt;b&gt;Next&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;التالي&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Notes&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;ملاحظات&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>(none for this step)</source>
        <translation>(لا شيء لهذه الخطوة)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Two screens&lt;/b&gt;: the class sees the audience window · </source>
        <translation>&lt;b&gt;شاشتان&lt;/b&gt;: يرى الصف نافذة الجمهور · </translation>
    </message>
    <message>
        <source>&lt;b&gt;1–4&lt;/b&gt; count a hand · &lt;b&gt;Backspace&lt;/b&gt; takes one back · &lt;b&gt;G&lt;/b&gt;, number, &lt;b&gt;Enter&lt;/b&gt; go to a step</source>
        <translation>&lt;b&gt;1–4&lt;/b&gt; لحساب يد · &lt;b&gt;Backspace&lt;/b&gt; لإلغاء يد · &lt;b&gt;G&lt;/b&gt; ثم رقم ثم &lt;b&gt;Enter&lt;/b&gt; للانتقال إلى خطوة</translation>
    </message>
    <message>
        <source>&lt;b&gt;Number&lt;/b&gt;, &lt;b&gt;Enter&lt;/b&gt; go to a step</source>
        <translation>&lt;b&gt;رقم&lt;/b&gt; ثم &lt;b&gt;Enter&lt;/b&gt; للانتقال إلى خطوة</translation>
    </message>
    <message>
        <source> · &lt;b&gt;→ PgDn Space&lt;/b&gt; next · &lt;b&gt;← PgUp&lt;/b&gt; back · &lt;b&gt;B&lt;/b&gt; or &lt;b&gt;.&lt;/b&gt; blank · &lt;b&gt;F&lt;/b&gt; full screen · &lt;b&gt;Esc&lt;/b&gt; leave full screen, then end</source>
        <translation> · &lt;b&gt;→ PgDn Space&lt;/b&gt; التالي · &lt;b&gt;← PgUp&lt;/b&gt; السابق · &lt;b&gt;B&lt;/b&gt; أو &lt;b&gt;.&lt;/b&gt; إخفاء · &lt;b&gt;F&lt;/b&gt; ملء الشاشة · &lt;b&gt;Esc&lt;/b&gt; الخروج من ملء الشاشة، ثم الإنهاء</translation>
    </message>
    <message>
        <source>The audience window closes. The class&apos;s votes are forgotten.</source>
        <translation>تُغلق نافذة الجمهور. وتُنسى أصوات الصف.</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <source>Save the teacher&apos;s guide as PDF</source>
        <translation>احفظ دليل المعلّم بصيغة PDF</translation>
    </message>
    <message>
        <source>Save the worksheet as PDF</source>
        <translation>احفظ ورقة العمل بصيغة PDF</translation>
    </message>
    <message>
        <source>PDF, A4 paper (*.pdf)</source>
        <translation>PDF، ورق A4 (*.pdf)</translation>
    </message>
    <message>
        <source>PDF, US Letter paper (*.pdf)</source>
        <translation>PDF، ورق US Letter (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be written</source>
        <translation>تعذّرت كتابة ملف PDF</translation>
    </message>
</context>
<context>
    <name>ProblemPanel</name>
    <message>
        <source>%1 could not be opened</source>
        <translation>تعذّر فتح %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) found.</source>
        <translation>
            <numerusform>عُثر على %Ln مشكلة.</numerusform>
            <numerusform>عُثر على مشكلة واحدة.</numerusform>
            <numerusform>عُثر على مشكلتين.</numerusform>
            <numerusform>عُثر على %Ln مشكلات.</numerusform>
            <numerusform>عُثر على %Ln مشكلةً.</numerusform>
            <numerusform>عُثر على %Ln مشكلة.</numerusform>
        </translation>
    </message>
    <message>
        <source>The case you had open is still open.</source>
        <translation>القضية التي كانت مفتوحة لا تزال مفتوحة.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>المشكلات</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>ProfilesPage</name>
    <message>
        <source>booster check open now</source>
        <translation>اختبار التعزيز مفتوح الآن</translation>
    </message>
    <message>
        <source>booster check from %1</source>
        <translation>اختبار التعزيز بدءًا من %1</translation>
    </message>
    <message>
        <source>Welcome back, %1</source>
        <translation>مرحبًا بعودتك، %1</translation>
    </message>
    <message>
        <source>Who is working?</source>
        <translation>من يعمل الآن؟</translation>
    </message>
    <message>
        <source>SAMPLE PROFILES — made up to show this page; nothing is saved</source>
        <translation>ملفات تجريبية — مختلَقة لعرض هذه الصفحة؛ لا يُحفظ شيء</translation>
    </message>
    <message>
        <source>Progress is saved on this computer only, for each name.</source>
        <translation>يُحفظ التقدّم على هذا الحاسوب فقط، لكل اسم على حدة.</translation>
    </message>
    <message>
        <source>You have finished the lesson. You can look at your results, go through it again, or start over.</source>
        <translation>لقد أنهيت الدرس. يمكنك الاطلاع على نتائجك، أو المرور عليه مجددًا، أو البدء من جديد.</translation>
    </message>
    <message>
        <source>You stopped at step %1 of %2, with %3 of %4 checks answered.</source>
        <translation>توقفت عند الخطوة %1 من %2، وأجبت عن %3 من %4 أسئلة.</translation>
    </message>
    <message>
        <source>Continue where I stopped</source>
        <translation>تابع من حيث توقفت</translation>
    </message>
    <message>
        <source>See my results</source>
        <translation>اعرض نتائجي</translation>
    </message>
    <message>
        <source>Start over…</source>
        <translation>ابدأ من جديد…</translation>
    </message>
    <message>
        <source>Start over, forgetting this progress</source>
        <translation>ابدأ من جديد، مع محو هذا التقدّم</translation>
    </message>
    <message>
        <source>Not me</source>
        <translation>لست أنا</translation>
    </message>
    <message>
        <source>Not me: back to the list of names</source>
        <translation>لست أنا: عودة إلى قائمة الأسماء</translation>
    </message>
    <message>
        <source>Booster check done.</source>
        <translation>انتهى اختبار التعزيز.</translation>
    </message>
    <message>
        <source>New here? Type a name or nickname, or go on without one.</source>
        <translation>جديد هنا؟ اكتب اسمًا أو لقبًا، أو تابع بدونه.</translation>
    </message>
    <message>
        <source>Name or nickname (optional)</source>
        <translation>الاسم أو اللقب (اختياري)</translation>
    </message>
    <message>
        <source>Name or nickname, optional</source>
        <translation>الاسم أو اللقب، اختياري</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>ابدأ</translation>
    </message>
    <message>
        <source>Start as %1</source>
        <translation>ابدأ باسم %1</translation>
    </message>
    <message>
        <source>Start: type a name first</source>
        <translation>ابدأ: اكتب اسمًا أولًا</translation>
    </message>
    <message>
        <source>Continue without a name</source>
        <translation>تابع بلا اسم</translation>
    </message>
    <message>
        <source>Already started? Pick your name.</source>
        <translation>بدأت من قبل؟ اختر اسمك.</translation>
    </message>
    <message>
        <source>Not started yet</source>
        <translation>لم يبدأ بعد</translation>
    </message>
    <message>
        <source>Lesson finished · booster check done</source>
        <translation>انتهى الدرس · انتهى اختبار التعزيز</translation>
    </message>
    <message>
        <source>Lesson finished · %1</source>
        <translation>انتهى الدرس · %1</translation>
    </message>
    <message>
        <source>Step %1 of %2 · %3 of %4 checks answered</source>
        <translation>الخطوة %1 من %2 · أُجيب عن %3 من %4 أسئلة</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <source>Results of %1</source>
        <translation>نتائج %1</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>إزالة…</translation>
    </message>
    <message>
        <source>Remove %1 and their progress</source>
        <translation>أزِل %1 وتقدّمه</translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation>أتريد إزالة %1؟</translation>
    </message>
    <message>
        <source>The name and all of its progress and results are deleted from this computer. This cannot be undone.</source>
        <translation>يُحذف الاسم وكل تقدّمه ونتائجه من هذا الحاسوب. لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>ddd d MMM, HH:mm</source>
        <comment>date format</comment>
        <extracomment>A short weekday, date and time, as in &quot;Mon 23 Nov, 14:05&quot;.</extracomment>
        <translation>ddd d MMM، HH:mm</translation>
    </message>
</context>
<context>
    <name>ProgressProblems</name>
    <message>
        <source>Some saved progress could not be used. The file was kept beside it, and that student starts fresh.</source>
        <translation>تعذّر استخدام بعض التقدّم المحفوظ. احتُفظ بالملف بجانبه، وسيبدأ ذلك الطالب من جديد.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <source>Dismiss these messages</source>
        <translation>تجاهل هذه الرسائل</translation>
    </message>
</context>
<context>
    <name>ProgressReport</name>
    <message>
        <source>Score:</source>
        <translation>الدرجة:</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>أُجيب عنها</translation>
    </message>
    <message>
        <source>time spent</source>
        <translation>الوقت المستغرَق</translation>
    </message>
    <message>
        <source>Discernment:</source>
        <translation>التمييز:</translation>
    </message>
    <message>
        <source>true statements</source>
        <translation>العبارات الصحيحة</translation>
    </message>
    <message>
        <source>false statements</source>
        <translation>العبارات الخاطئة</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>المعيار</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>أُجيب عنها</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>القوة</translation>
    </message>
    <message>
        <source>Anonymous student</source>
        <translation>طالب مجهول</translation>
    </message>
    <message>
        <source>CLAIMSCOPE · STUDENT REPORT</source>
        <translation>CLAIMSCOPE · تقرير الطالب</translation>
    </message>
    <message>
        <source>Student:</source>
        <translation>الطالب:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>التاريخ:</translation>
    </message>
    <message>
        <source>Lesson started:</source>
        <translation>بدء الدرس:</translation>
    </message>
    <message>
        <source>finished:</source>
        <translation>الانتهاء:</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>ليس بعد</translation>
    </message>
    <message>
        <source>The lesson&apos;s checks</source>
        <translation>أسئلة الدرس</translation>
    </message>
    <message>
        <source>Booster check, %1</source>
        <translation>اختبار التعزيز، %1</translation>
    </message>
    <message>
        <source>Booster check</source>
        <translation>اختبار التعزيز</translation>
    </message>
    <message>
        <source>Not taken yet.</source>
        <translation>لم يُجرَ بعد.</translation>
    </message>
    <message>
        <source>Discernment reports true and false statements apart: rejecting everything scores well on false statements and badly on true ones, so both numbers matter. Strength per criterion is the share of credit earned on the checks that train it.</source>
        <translation>يعرض التمييز العبارات الصحيحة والخاطئة كلًّا على حدة: رفض كل شيء يحقق نتيجة جيدة في العبارات الخاطئة وسيئة في الصحيحة، لذلك يهم الرقمان كلاهما. القوة في كل معيار هي نسبة الرصيد المكتسب في الأسئلة التي تدرّب عليه.</translation>
    </message>
    <message>
        <source>Claimscope report: %1</source>
        <translation>تقرير Claimscope: %1</translation>
    </message>
</context>
<context>
    <name>QuickAddButton</name>
    <message>
        <source>New actor…</source>
        <translation>طرف جديد…</translation>
    </message>
    <message>
        <source>New source…</source>
        <translation>مصدر جديد…</translation>
    </message>
    <message>
        <source>Add a new actor to the case</source>
        <translation>أضف طرفًا جديدًا إلى القضية</translation>
    </message>
    <message>
        <source>Add a new source to the case</source>
        <translation>أضف مصدرًا جديدًا إلى القضية</translation>
    </message>
    <message>
        <source>New actor</source>
        <translation>طرف جديد</translation>
    </message>
    <message>
        <source>New source</source>
        <translation>مصدر جديد</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>الوسيلة الإعلامية</translation>
    </message>
    <message>
        <source>Kind of actor</source>
        <translation>نوع الطرف</translation>
    </message>
    <message>
        <source>Web address (https://…)</source>
        <translation>عنوان الويب (https://…)</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>عنوان الويب</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
</context>
<context>
    <name>QuizActions</name>
    <message>
        <source>← Back to the questions</source>
        <translation>→ عودة إلى الأسئلة</translation>
    </message>
    <message>
        <source>← Previous question</source>
        <translation>→ السؤال السابق</translation>
    </message>
    <message>
        <source>Back to the questions</source>
        <translation>عودة إلى الأسئلة</translation>
    </message>
    <message>
        <source>Previous question</source>
        <translation>السؤال السابق</translation>
    </message>
    <message>
        <source>Skip to the results →</source>
        <translation>تخطَّ إلى النتائج ←</translation>
    </message>
    <message>
        <source>Skip this question →</source>
        <translation>تخطَّ هذا السؤال ←</translation>
    </message>
    <message>
        <source>Skip to the results</source>
        <translation>تخطَّ إلى النتائج</translation>
    </message>
    <message>
        <source>Skip this question</source>
        <translation>تخطَّ هذا السؤال</translation>
    </message>
    <message>
        <source>Check my answer</source>
        <translation>تحقّق من إجابتي</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>See my results →</source>
        <translation>اعرض نتائجي ←</translation>
    </message>
    <message>
        <source>Next question →</source>
        <translation>السؤال التالي ←</translation>
    </message>
    <message>
        <source>See my results</source>
        <translation>اعرض نتائجي</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>السؤال التالي</translation>
    </message>
</context>
<context>
    <name>QuizItemView</name>
    <message>
        <source>Skill: %1</source>
        <translation>المهارة: %1</translation>
    </message>
    <message>
        <source>Check my answer</source>
        <translation>تحقّق من إجابتي</translation>
    </message>
</context>
<context>
    <name>QuizPage</name>
    <message>
        <source>Check yourself</source>
        <translation>اختبر نفسك</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>السؤال %1 من %2</translation>
    </message>
    <message>
        <source>%1 answered</source>
        <translation>أُجيب عن %1</translation>
    </message>
</context>
<context>
    <name>QuizProgressBar</name>
    <message>
        <source>%1 of %2 questions answered</source>
        <translation>أُجيب عن %1 من %2 أسئلة</translation>
    </message>
</context>
<context>
    <name>QuizSession</name>
    <message>
        <source>Headline</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Standfirst</source>
        <translation>المقدمة</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>تعليق الصورة</translation>
    </message>
    <message>
        <source>Paragraph %1</source>
        <translation>الفقرة %1</translation>
    </message>
</context>
<context>
    <name>QuizSummary</name>
    <message>
        <source>Your results</source>
        <translation>نتائجك</translation>
    </message>
    <message>
        <source>Telling true from false</source>
        <translation>التمييز بين الصحيح والخاطئ</translation>
    </message>
    <message>
        <source>True statements you accepted</source>
        <translation>عبارات صحيحة قبلتها</translation>
    </message>
    <message>
        <source>False statements you rejected</source>
        <translation>عبارات خاطئة رفضتها</translation>
    </message>
    <message>
        <source>Both numbers matter. Calling everything false would reject every false statement, but every true one too: that is blanket doubt, not judgement. A careful reader accepts what is well supported and doubts what is not.</source>
        <translation>الرقمان كلاهما مهمان. لو قلت إن كل شيء خاطئ لرفضت كل عبارة خاطئة، ولكن كل عبارة صحيحة أيضًا: هذا شكّ شامل، لا حُكم. القارئ المتأنّي يقبل ما تدعمه الأدلة جيدًا ويشكّ فيما لا تدعمه.</translation>
    </message>
    <message>
        <source>By skill</source>
        <translation>حسب المهارة</translation>
    </message>
</context>
<context>
    <name>RankBody</name>
    <message>
        <source>Moved up: %1, now %2 of %3</source>
        <translation>نُقل إلى أعلى: %1، الآن %2 من %3</translation>
    </message>
    <message>
        <source>Moved down: %1, now %2 of %3</source>
        <translation>نُقل إلى أسفل: %1، الآن %2 من %3</translation>
    </message>
    <message>
        <source>Most reliable at the top. Move the options with the Up and Down buttons, then press “Check my answer”.</source>
        <translation>الأكثر موثوقية في الأعلى. حرّك الخيارات بزرَّي «أعلى» و«أسفل»، ثم اضغط «تحقّق من إجابتي».</translation>
    </message>
    <message>
        <source>▲ Most reliable</source>
        <translation>▲ الأكثر موثوقية</translation>
    </message>
    <message>
        <source>▼ Least reliable</source>
        <translation>▼ الأقل موثوقية</translation>
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
        <translation>↑ أعلى</translation>
    </message>
    <message>
        <source>Move up: %1</source>
        <translation>انقل إلى أعلى: %1</translation>
    </message>
    <message>
        <source>↓ Down</source>
        <translation>↓ أسفل</translation>
    </message>
    <message>
        <source>Move down: %1</source>
        <translation>انقل إلى أسفل: %1</translation>
    </message>
    <message>
        <source>Right place</source>
        <translation>في المكان الصحيح</translation>
    </message>
    <message>
        <source>Belongs at %1</source>
        <translation>مكانه الصحيح: %1</translation>
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
        <translation>%1 من %2 نقاط</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 من %2</translation>
    </message>
    <message>
        <source>under a minute</source>
        <translation>أقل من دقيقة</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 د</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 س %2 د</translation>
    </message>
    <message>
        <source>You answered all %1 questions; %2 fully right.</source>
        <translation>أجبت عن الأسئلة كلها (%1)؛ %2 منها صحيحة تمامًا.</translation>
    </message>
    <message>
        <source>You answered %1 of %2 questions; %3 fully right.</source>
        <translation>أجبت عن %1 من %2 أسئلة؛ %3 منها صحيحة تمامًا.</translation>
    </message>
    <message>
        <source>You judged %1 of %2 true statements correctly and %3 of %4 false ones.</source>
        <translation>حكمت حكمًا صحيحًا على %1 من %2 عبارات صحيحة، وعلى %3 من %4 عبارات خاطئة.</translation>
    </message>
    <message>
        <source>You judged %1 of %2 true statements correctly.</source>
        <translation>حكمت حكمًا صحيحًا على %1 من %2 عبارات صحيحة.</translation>
    </message>
    <message>
        <source>This quiz had no false statements.</source>
        <translation>لم يكن في هذا الاختبار عبارات خاطئة.</translation>
    </message>
    <message>
        <source>You did not answer the false ones.</source>
        <translation>لم تُجب عن العبارات الخاطئة.</translation>
    </message>
    <message>
        <source>You judged %1 of %2 false statements correctly.</source>
        <translation>حكمت حكمًا صحيحًا على %1 من %2 عبارات خاطئة.</translation>
    </message>
    <message>
        <source>This quiz had no true statements.</source>
        <translation>لم يكن في هذا الاختبار عبارات صحيحة.</translation>
    </message>
    <message>
        <source>You did not answer the true ones.</source>
        <translation>لم تُجب عن العبارات الصحيحة.</translation>
    </message>
    <message>
        <source>You did not answer any of the true-or-false statements.</source>
        <translation>لم تُجب عن أيٍّ من عبارات «صح أم خطأ».</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%1 من %2 (%3)</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>لم يُجَب عنه</translation>
    </message>
    <message>
        <source>%1 of 1 point (%2)</source>
        <translation>%1 من نقطة واحدة (%2)</translation>
    </message>
    <message>
        <source>%1 of %2 points (%3)</source>
        <translation>%1 من %2 نقاط (%3)</translation>
    </message>
    <message>
        <source>%1 of %2 answered · %3 fully right · time spent %4</source>
        <translation>أُجيب عن %1 من %2 · %3 صحيحة تمامًا · الوقت المستغرَق %4</translation>
    </message>
    <message>
        <source>&lt;b&gt;True statements:&lt;/b&gt; %1 (%2 of %3)&lt;br/&gt;&lt;b&gt;False statements:&lt;/b&gt; %4 (%5 of %6)</source>
        <translation>&lt;b&gt;العبارات الصحيحة:&lt;/b&gt; %1 (%2 من %3)&lt;br/&gt;&lt;b&gt;العبارات الخاطئة:&lt;/b&gt; %4 (%5 من %6)</translation>
    </message>
    <message>
        <source>%1 (%2 answered)</source>
        <translation>%1 (أُجيب عن %2)</translation>
    </message>
    <message>
        <source>none answered</source>
        <translation>لم يُجَب عن شيء</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Results · %1</source>
        <translation>النتائج · %1</translation>
    </message>
    <message>
        <source>SAMPLE — made-up answers showing what this page looks like. No real student&apos;s data.</source>
        <translation>مثال — إجابات مختلَقة تُظهر شكل هذه الصفحة. لا بيانات لطالب حقيقي.</translation>
    </message>
    <message>
        <source>THE LESSON · FINISHED %1</source>
        <translation>الدرس · انتهى %1</translation>
    </message>
    <message>
        <source>THE LESSON · NOT FINISHED YET</source>
        <translation>الدرس · لم ينتهِ بعد</translation>
    </message>
    <message>
        <source>BOOSTER CHECK · %1</source>
        <translation>اختبار التعزيز · %1</translation>
    </message>
    <message>
        <source>BOOSTER CHECK</source>
        <translation>اختبار التعزيز</translation>
    </message>
    <message>
        <source>Opens %1 days after you finish the lesson.</source>
        <translation type="vanished">يُفتح بعد %1 أيام من إنهائك الدرس.</translation>
    </message>
    <message>
        <source>Open now: %1 fresh questions to see what stayed with you.</source>
        <translation type="vanished">مفتوح الآن: %1 أسئلة جديدة لترى ما بقي في ذهنك.</translation>
    </message>
    <message>
        <source>Opens %1.</source>
        <extracomment>%1 is a weekday, date and time.</extracomment>
        <translation>يُفتح في %1.</translation>
    </message>
    <message>
        <source>Its result will be kept beside the lesson&apos;s.</source>
        <translation>ستُحفظ نتيجته بجانب نتيجة الدرس.</translation>
    </message>
    <message>
        <source>Why two numbers? Rejecting everything gets every false statement right and every true one wrong: good judgement shows in both.</source>
        <translation>لماذا رقمان؟ رفض كل شيء يجعل كل عبارة خاطئة صحيحة الإجابة وكل عبارة صحيحة خاطئة الإجابة: الحُكم السليم يظهر في الاثنين.</translation>
    </message>
    <message>
        <source>Strengths, by what the checks train</source>
        <translation>نقاط القوة، حسب ما تدرّب عليه الأسئلة</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>المعيار</translation>
    </message>
    <message>
        <source>Lesson: share of credit</source>
        <translation>الدرس: نسبة الرصيد</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>أُجيب عنها</translation>
    </message>
    <message>
        <source>Booster</source>
        <translation>التعزيز</translation>
    </message>
    <message>
        <source>%1, lesson: %2 of the credit</source>
        <translation>%1، الدرس: %2 من الرصيد</translation>
    </message>
    <message>
        <source>%1, answered: %2</source>
        <translation>%1، أُجيب عنها: %2</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>لم يُطرح</translation>
    </message>
    <message>
        <source>%1, booster: %2</source>
        <translation>%1، التعزيز: %2</translation>
    </message>
    <message>
        <source>Start over…</source>
        <translation>ابدأ من جديد…</translation>
    </message>
    <message>
        <source>Start over, forgetting this progress</source>
        <translation>ابدأ من جديد، مع محو هذا التقدّم</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>تصدير CSV…</translation>
    </message>
    <message>
        <source>Export the answers as a CSV file</source>
        <translation>صدّر الإجابات في ملف CSV</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>تصدير PDF…</translation>
    </message>
    <message>
        <source>Export a one-page PDF report for the teacher</source>
        <translation>صدّر تقرير PDF من صفحة واحدة للمعلّم</translation>
    </message>
    <message>
        <source>Continue the booster check →</source>
        <translation>تابع اختبار التعزيز ←</translation>
    </message>
    <message>
        <source>Start the booster check →</source>
        <translation>ابدأ اختبار التعزيز ←</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>احفظ التقرير بصيغة PDF</translation>
    </message>
    <message>
        <source>Save the answers as CSV</source>
        <translation>احفظ الإجابات بصيغة CSV</translation>
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
            <numerusform>يُفتح فور إنهائك الدرس.</numerusform>
            <numerusform>يُفتح بعد يوم واحد من إنهائك الدرس.</numerusform>
            <numerusform>يُفتح بعد يومين من إنهائك الدرس.</numerusform>
            <numerusform>يُفتح بعد %Ln أيام من إنهائك الدرس.</numerusform>
            <numerusform>يُفتح بعد %Ln يومًا من إنهائك الدرس.</numerusform>
            <numerusform>يُفتح بعد %Ln يوم من إنهائك الدرس.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Open now: %Ln fresh question(s) to see what stayed with you.</source>
        <extracomment>%Ln is a number of questions.</extracomment>
        <translation>
            <numerusform>مفتوح الآن: لا أسئلة جديدة.</numerusform>
            <numerusform>مفتوح الآن: سؤال جديد واحد لترى ما بقي في ذهنك.</numerusform>
            <numerusform>مفتوح الآن: سؤالان جديدان لترى ما بقي في ذهنك.</numerusform>
            <numerusform>مفتوح الآن: %Ln أسئلة جديدة لترى ما بقي في ذهنك.</numerusform>
            <numerusform>مفتوح الآن: %Ln سؤالًا جديدًا لترى ما بقي في ذهنك.</numerusform>
            <numerusform>مفتوح الآن: %Ln سؤال جديد لترى ما بقي في ذهنك.</numerusform>
        </translation>
    </message>
    <message>
        <source>dddd d MMMM, HH:mm</source>
        <comment>date format</comment>
        <extracomment>A weekday, date and time, as in &quot;Monday 23 November, 14:05&quot;.</extracomment>
        <translation>dddd d MMMM، HH:mm</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Changes apply at once and are remembered on this computer.</source>
        <translation>تُطبَّق التغييرات فورًا وتُحفظ على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>حجم النص</translation>
    </message>
    <message>
        <source>A</source>
        <translation>أ</translation>
    </message>
    <message>
        <source>Text size: %1 percent</source>
        <translation>حجم النص: %1 بالمئة</translation>
    </message>
    <message>
        <source>Arrow keys change the size in steps of 5 percent. For a large room, try 150 percent.</source>
        <translation>مفاتيح الأسهم تغيّر الحجم بخطوات قدرها 5 بالمئة. لقاعة كبيرة، جرّب 150 بالمئة.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>معاينة</translation>
    </message>
    <message>
        <source>Who said it, when, and on what evidence? Ask these three questions of every claim you read.</source>
        <translation>من قاله، ومتى، وبأي دليل؟ اطرح هذه الأسئلة الثلاثة على كل ادعاء تقرؤه.</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>الألوان</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>فاتح</translation>
    </message>
    <message>
        <source>Dark text on warm paper.</source>
        <translation>نص داكن على ورق دافئ.</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>داكن</translation>
    </message>
    <message>
        <source>Light text on a dark background, for dim rooms.</source>
        <translation>نص فاتح على خلفية داكنة، للقاعات الخافتة الإضاءة.</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>تباين عالٍ</translation>
    </message>
    <message>
        <source>Black on white, thick outlines: for projectors and low vision.</source>
        <translation>أسود على أبيض، وحدود سميكة: لأجهزة العرض ولضعاف البصر.</translation>
    </message>
    <message>
        <source>%1 colours</source>
        <translation>الألوان: %1</translation>
    </message>
    <message>
        <source>Aa</source>
        <translation>أب</translation>
    </message>
    <message>
        <source>Motion</source>
        <translation>الحركة</translation>
    </message>
    <message>
        <source>Booster check</source>
        <translation>اختبار التعزيز</translation>
    </message>
    <message>
        <source>Reduce motion: pages do not slide, timelines jump instead of playing</source>
        <translation>تقليل الحركة: الصفحات لا تنزلق، والخطوط الزمنية تقفز بدل أن تُعرض متحركة</translation>
    </message>
    <message>
        <source>Reduce motion</source>
        <translation>تقليل الحركة</translation>
    </message>
    <message>
        <source>Days before the booster check: %1</source>
        <translation>الأيام قبل اختبار التعزيز: %1</translation>
    </message>
    <message>
        <source>A short check of fresh items, offered this many days after finishing the case; 0 offers it straight away.</source>
        <translation>اختبار قصير بأسئلة جديدة، يُعرض بعد هذا العدد من الأيام من إنهاء القضية؛ 0 يعرضه فورًا.</translation>
    </message>
    <message numerus="yes">
        <source>day(s) after finishing the case, a short check of fresh items</source>
        <extracomment>After a number box holding the count; %Ln is that count, not shown in this text.</extracomment>
        <translation>
            <numerusform>يوم بعد إنهاء القضية، اختبار قصير بأسئلة جديدة</numerusform>
            <numerusform>يوم بعد إنهاء القضية، اختبار قصير بأسئلة جديدة</numerusform>
            <numerusform>يومين بعد إنهاء القضية، اختبار قصير بأسئلة جديدة</numerusform>
            <numerusform>أيام بعد إنهاء القضية، اختبار قصير بأسئلة جديدة</numerusform>
            <numerusform>يومًا بعد إنهاء القضية، اختبار قصير بأسئلة جديدة</numerusform>
            <numerusform>يوم بعد إنهاء القضية، اختبار قصير بأسئلة جديدة</numerusform>
        </translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <extracomment>The language setting&apos;s first choice; %1 is the name of the computer&apos;s language in that language, e.g. &quot;Deutsch&quot;.</extracomment>
        <translation>لغة النظام (%1)</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>استعادة الإعدادات الافتراضية</translation>
    </message>
    <message>
        <source>Reset all settings to their defaults</source>
        <translation>أعِد كل الإعدادات إلى قيمها الافتراضية</translation>
    </message>
</context>
<context>
    <name>SourceRefsEditor</name>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>Source reference %1</source>
        <translation>مرجع المصدر %1</translation>
    </message>
    <message>
        <source>Source %1</source>
        <translation>المصدر %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Remove source reference %1</source>
        <translation>أزِل مرجع المصدر %1</translation>
    </message>
    <message>
        <source>The article, when it is one of the case</source>
        <translation>المقال، إن كان من مقالات القضية</translation>
    </message>
    <message>
        <source>(not an article of the case)</source>
        <translation>(ليس من مقالات القضية)</translation>
    </message>
    <message>
        <source>Its exact words (optional)</source>
        <translation>كلماته بالضبط (اختياري)</translation>
    </message>
    <message>
        <source>Add a source</source>
        <translation>أضف مصدرًا</translation>
    </message>
    <message>
        <source>Add a reference to a source of the case</source>
        <translation>أضف مرجعًا إلى أحد مصادر القضية</translation>
    </message>
</context>
<context>
    <name>SpanToggle</name>
    <message>
        <source>You marked it: right</source>
        <translation>ظلّلتها: صحيح</translation>
    </message>
    <message>
        <source>Missed: this one fits</source>
        <translation>فاتتك: هذه مناسبة</translation>
    </message>
    <message>
        <source>Marked, but it does not fit</source>
        <translation>مظلَّلة، لكنها غير مناسبة</translation>
    </message>
    <message>
        <source>Rightly left unmarked</source>
        <translation>تُركت دون تظليل عن حق</translation>
    </message>
    <message>
        <source>“%1”, %2</source>
        <translation>«%1»، %2</translation>
    </message>
    <message>
        <source>Key %1 marks or unmarks it</source>
        <translation>المفتاح %1 يظلّلها أو يزيل تظليلها</translation>
    </message>
    <message>
        <source>%1 · %2 · marked</source>
        <translation>%1 · %2 · مظلَّلة</translation>
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
        <translation>أتريد البدء من جديد؟</translation>
    </message>
    <message>
        <source>Your answers, scores and time on this case are forgotten, and the lesson starts again from the first step.</source>
        <translation>ستُنسى إجاباتك ودرجاتك ووقتك في هذه القضية، ويبدأ الدرس مجددًا من الخطوة الأولى.</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Confirmed by the later record</source>
        <translation>أكّده السجل اللاحق</translation>
    </message>
    <message>
        <source>The public record that came later bears the claim out.</source>
        <translation>السجل العام الذي ظهر لاحقًا يؤيد الادعاء.</translation>
    </message>
    <message>
        <source>Supported by later public evidence</source>
        <translation>تدعمه أدلة عامة لاحقة</translation>
    </message>
    <message>
        <source>Evidence made public after the coverage supports the claim; no court has ruled on it.</source>
        <translation>أدلة نُشرت بعد التغطية تدعم الادعاء؛ ولم تحكم فيه أي محكمة.</translation>
    </message>
    <message>
        <source>Later charged in court — charges, not a verdict</source>
        <translation>وُجّهت بشأنه تهم لاحقًا — تهم، لا حكم</translation>
    </message>
    <message>
        <source>Prosecutors later brought criminal charges on it: an accusation to be proved, not a finding of guilt.</source>
        <translation>وجّه المدّعون العامّون لاحقًا تهمًا جنائية بشأنه: اتهام يحتاج إلى إثبات، لا إدانة.</translation>
    </message>
    <message>
        <source>Official position; its evidence not made public</source>
        <translation>موقف رسمي؛ أدلته لم تُنشر</translation>
    </message>
    <message>
        <source>The claimant holds to it, but the evidence behind it has not been published.</source>
        <translation>صاحب الادعاء متمسّك به، لكن الأدلة التي يستند إليها لم تُنشر.</translation>
    </message>
    <message>
        <source>Disputed at the time</source>
        <translation>مُتنازَع عليه حينها</translation>
    </message>
    <message>
        <source>Credible voices contested the claim when it was made.</source>
        <translation>أصوات موثوقة اعترضت على الادعاء حين صدر.</translation>
    </message>
    <message>
        <source>Contradicted later</source>
        <translation>ناقضه السجل لاحقًا</translation>
    </message>
    <message>
        <source>The public record that came later contradicts the claim.</source>
        <translation>السجل العام الذي ظهر لاحقًا يناقض الادعاء.</translation>
    </message>
    <message>
        <source>Still unresolved</source>
        <translation>لم يُحسم بعد</translation>
    </message>
    <message>
        <source>The public record does not settle the claim either way.</source>
        <translation>السجل العام لا يحسم الادعاء في أي اتجاه.</translation>
    </message>
    <message>
        <source>A judgement, not a checkable fact</source>
        <translation>حُكم، لا حقيقة يمكن التحقق منها</translation>
    </message>
    <message>
        <source>A view, a judgement or a forecast that no record can prove or disprove.</source>
        <translation>رأي أو حُكم أو توقّع لا يستطيع أي سجل إثباته أو نفيه.</translation>
    </message>
</context>
<context>
    <name>StoryPage</name>
    <message>
        <source>Story: %1</source>
        <translation>القصة: %1</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3 %4</source>
        <translation>الخطوة %1 من %2: %3 %4</translation>
    </message>
    <message>
        <source>Chapter %1 of %2 · step %3 of %4</source>
        <translation>الفصل %1 من %2 · الخطوة %3 من %4</translation>
    </message>
    <message>
        <source>Chapter %1: %2</source>
        <translation>الفصل %1: %2</translation>
    </message>
    <message>
        <source>← Previous step</source>
        <translation>→ الخطوة السابقة</translation>
    </message>
    <message>
        <source>← Previous</source>
        <translation>→ السابق</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>الخطوة السابقة</translation>
    </message>
    <message>
        <source>Answer or skip this question to go on</source>
        <translation>أجب عن هذا السؤال أو تخطَّه للمتابعة</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>الخطوة %1 من %2</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>اكشف</translation>
    </message>
    <message>
        <source>Reveal what comes next</source>
        <translation>اكشف ما يلي</translation>
    </message>
    <message>
        <source>Next →</source>
        <translation>التالي ←</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>الخطوة التالية</translation>
    </message>
    <message>
        <source>Finish the lesson</source>
        <translation>أنهِ الدرس</translation>
    </message>
</context>
<context>
    <name>StudentProgress</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
    <message>
        <source>The report could not be written: %1</source>
        <translation>تعذّرت كتابة التقرير: %1</translation>
    </message>
    <message>
        <source>Anonymous student</source>
        <translation>طالب مجهول</translation>
    </message>
    <message>
        <source>%1 could not be removed.</source>
        <translation>تعذّرت إزالة %1.</translation>
    </message>
    <message>
        <source>Progress could not be saved: %1</source>
        <translation>تعذّر حفظ التقدّم: %1</translation>
    </message>
</context>
<context>
    <name>StudioActors</name>
    <message>
        <source>New camp</source>
        <translation>معسكر جديد</translation>
    </message>
    <message>
        <source>Actors (%1)</source>
        <translation>الأطراف (%1)</translation>
    </message>
    <message>
        <source>Camps (%1)</source>
        <translation>المعسكرات (%1)</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>الأطراف</translation>
    </message>
    <message>
        <source>New actor</source>
        <translation>طرف جديد</translation>
    </message>
    <message>
        <source>Actor %1</source>
        <translation>الطرف %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Country (two-letter ISO code, empty when unknown)</source>
        <translation>البلد (رمز ISO من حرفين، فارغ إن كان مجهولًا)</translation>
    </message>
    <message>
        <source>Camp</source>
        <translation>المعسكر</translation>
    </message>
    <message>
        <source>(in no camp)</source>
        <translation>(خارج أي معسكر)</translation>
    </message>
    <message>
        <source>Camp of the actor</source>
        <translation>معسكر الطرف</translation>
    </message>
    <message>
        <source>Camps</source>
        <translation>المعسكرات</translation>
    </message>
    <message>
        <source>Camp %1</source>
        <translation>المعسكر %1</translation>
    </message>
    <message>
        <source>Place in the views (1 to 1000)</source>
        <translation>الترتيب في طرق العرض (من 1 إلى 1000)</translation>
    </message>
    <message>
        <source>Place of the camp in the views</source>
        <translation>ترتيب المعسكر في طرق العرض</translation>
    </message>
    <message>
        <source>Marker</source>
        <translation>العلامة</translation>
    </message>
    <message>
        <source>Actors in this camp</source>
        <translation>الأطراف في هذا المعسكر</translation>
    </message>
</context>
<context>
    <name>StudioArticles</name>
    <message>
        <source>Import an article</source>
        <translation>استورد مقالًا</translation>
    </message>
    <message>
        <source>Text or web pages (*.txt *.html *.htm)</source>
        <translation>ملفات نصية أو صفحات ويب (*.txt *.html *.htm)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>كل الملفات (*)</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>المقالات</translation>
    </message>
    <message>
        <source>Articles of the case</source>
        <translation>مقالات القضية</translation>
    </message>
    <message>
        <source>Paste…</source>
        <translation>لصق…</translation>
    </message>
    <message>
        <source>Paste an article</source>
        <translation>الصق مقالًا</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>استيراد…</translation>
    </message>
    <message>
        <source>Import an article from a text or web page file</source>
        <translation>استورد مقالًا من ملف نصي أو صفحة ويب</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Remove this article</source>
        <translation>أزِل هذا المقال</translation>
    </message>
    <message>
        <source>Text and marks</source>
        <translation>النص والعلامات</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>No article yet: paste one or import a file.</source>
        <translation>لا مقال بعد: الصق واحدًا أو استورد ملفًا.</translation>
    </message>
    <message>
        <source>Article text: select words to mark them</source>
        <translation>نص المقال: حدّد كلمات لتضع عليها علامة</translation>
    </message>
    <message>
        <source>Mark the selected words</source>
        <translation>ضع علامة على الكلمات المحدَّدة</translation>
    </message>
    <message>
        <source>Select words in the text first.</source>
        <translation>حدّد كلمات في النص أولًا.</translation>
    </message>
    <message>
        <source>“%1” (match %2)</source>
        <translation>«%1» (التطابق %2)</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>Layer of the new mark</source>
        <translation>طبقة العلامة الجديدة</translation>
    </message>
    <message>
        <source>Note: why this matters</source>
        <translation>ملاحظة: لماذا يهم هذا</translation>
    </message>
    <message>
        <source>Note of the new mark</source>
        <translation>ملاحظة العلامة الجديدة</translation>
    </message>
    <message>
        <source>Correction: what is right</source>
        <translation>التصحيح: ما هو الصحيح</translation>
    </message>
    <message>
        <source>Correction of the factual slip</source>
        <translation>تصحيح الخطأ في الوقائع</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>ضع علامة</translation>
    </message>
    <message>
        <source>Mark the selected words as %1</source>
        <translation>ضع على الكلمات المحدَّدة علامة %1</translation>
    </message>
    <message>
        <source>New claim from words</source>
        <translation>ادعاء جديد من الكلمات</translation>
    </message>
    <message>
        <source>Make a new claim reported by the selected words</source>
        <translation>أنشئ ادعاءً جديدًا تنقله الكلمات المحدَّدة</translation>
    </message>
    <message>
        <source>Marks (%1)</source>
        <translation>العلامات (%1)</translation>
    </message>
    <message>
        <source>Marks in this article</source>
        <translation>العلامات في هذا المقال</translation>
    </message>
    <message>
        <source>(not found in the text)</source>
        <translation>(غير موجودة في النص)</translation>
    </message>
    <message>
        <source>Layer of the mark</source>
        <translation>طبقة العلامة</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Sources of the correction</source>
        <translation>مصادر التصحيح</translation>
    </message>
    <message>
        <source>The claim it reports</source>
        <translation>الادعاء الذي تنقله</translation>
    </message>
    <message>
        <source>Remove this mark</source>
        <translation>أزِل هذه العلامة</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Headline of the new article</source>
        <translation>عنوان المقال الجديد</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>الوسيلة الإعلامية</translation>
    </message>
    <message>
        <source>Outlet of the new article</source>
        <translation>الوسيلة الإعلامية للمقال الجديد</translation>
    </message>
    <message>
        <source>The article&apos;s text or HTML: blank lines between paragraphs</source>
        <translation>نص المقال أو HTML: سطر فارغ بين الفقرات</translation>
    </message>
    <message>
        <source>Text of the new article</source>
        <translation>نص المقال الجديد</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Add the article</source>
        <translation>أضف المقال</translation>
    </message>
    <message>
        <source>Mark words</source>
        <translation>تمييز الكلمات</translation>
    </message>
</context>
<context>
    <name>StudioCase</name>
    <message>
        <source>The case</source>
        <translation>القضية</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Id (letters, digits and dashes; names the pack)</source>
        <translation>المعرّف (حروف وأرقام وشرطات؛ يُسمّي الحزمة)</translation>
    </message>
    <message>
        <source>Language (a code such as en, de, fr)</source>
        <translation>اللغة (رمز مثل en، de، fr)</translation>
    </message>
    <message>
        <source>Summary (shown on the home page)</source>
        <translation>الملخّص (يظهر في الصفحة الرئيسية)</translation>
    </message>
    <message>
        <source>Authors (one a line)</source>
        <translation>المؤلفون (واحد في كل سطر)</translation>
    </message>
    <message>
        <source>Authors, one a line</source>
        <translation>المؤلفون، واحد في كل سطر</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>الترخيص</translation>
    </message>
    <message>
        <source>Coverage from (YYYY-MM-DD)</source>
        <translation>التغطية من (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Coverage to (YYYY-MM-DD)</source>
        <translation>التغطية إلى (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>What is known now, as of</source>
        <translation>ما هو معروف الآن، حتى تاريخ</translation>
    </message>
    <message>
        <source>Content notice (shown before the case starts)</source>
        <translation>تنبيه بشأن المحتوى (يظهر قبل بدء القضية)</translation>
    </message>
</context>
<context>
    <name>StudioChoice</name>
    <message>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
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
        <translation>لا أحد</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>الادعاءات</translation>
    </message>
    <message>
        <source>No claim yet.</source>
        <translation>لا ادعاء بعد.</translation>
    </message>
    <message>
        <source>Who blamed whom by %1</source>
        <translation>من لام من حتى %1</translation>
    </message>
    <message>
        <source>The case has problems now: this shows its last valid state.</source>
        <translation>في القضية مشكلات الآن: هذا آخر حالة صالحة لها.</translation>
    </message>
    <message>
        <source>Who blamed whom</source>
        <translation>من لام من</translation>
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
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Known to the day</source>
        <translation>معروف باليوم</translation>
    </message>
    <message>
        <source>Approximate (≈)</source>
        <translation>تقريبي (≈)</translation>
    </message>
    <message>
        <source>%1: precision</source>
        <translation>%1: الدقة</translation>
    </message>
</context>
<context>
    <name>StudioIdList</name>
    <message>
        <source>Remove %1 from %2</source>
        <translation>أزِل %1 من %2</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>إضافة…</translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation>أضف إلى %1</translation>
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
        <translation>جديد</translation>
    </message>
    <message>
        <source>New item in %1</source>
        <translation>عنصر جديد في %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Remove the chosen item of %1</source>
        <translation>أزِل العنصر المختار من %1</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>أعلى</translation>
    </message>
    <message>
        <source>Move the chosen item of %1 up</source>
        <translation>انقل العنصر المختار من %1 إلى أعلى</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>أسفل</translation>
    </message>
    <message>
        <source>Move the chosen item of %1 down</source>
        <translation>انقل العنصر المختار من %1 إلى أسفل</translation>
    </message>
</context>
<context>
    <name>StudioLesson</name>
    <message>
        <source>New chapter</source>
        <translation>فصل جديد</translation>
    </message>
    <message>
        <source>New step</source>
        <translation>خطوة جديدة</translation>
    </message>
    <message numerus="yes">
        <source>About %Ln minute(s)</source>
        <translation>
            <numerusform>نحو %Ln دقيقة</numerusform>
            <numerusform>نحو دقيقة واحدة</numerusform>
            <numerusform>نحو دقيقتين</numerusform>
            <numerusform>نحو %Ln دقائق</numerusform>
            <numerusform>نحو %Ln دقيقة</numerusform>
            <numerusform>نحو %Ln دقيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 words at %2 a minute, %Ln question(s)</source>
        <translation>
            <numerusform>%1 كلمة بمعدل %2 في الدقيقة، %Ln سؤال</numerusform>
            <numerusform>%1 كلمة بمعدل %2 في الدقيقة، سؤال واحد</numerusform>
            <numerusform>%1 كلمة بمعدل %2 في الدقيقة، سؤالان</numerusform>
            <numerusform>%1 كلمة بمعدل %2 في الدقيقة، %Ln أسئلة</numerusform>
            <numerusform>%1 كلمة بمعدل %2 في الدقيقة، %Ln سؤالًا</numerusform>
            <numerusform>%1 كلمة بمعدل %2 في الدقيقة، %Ln سؤال</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimated length: %1</source>
        <translation>المدة التقديرية: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln min</source>
        <translation>
            <numerusform>%Ln د</numerusform>
            <numerusform>%Ln د</numerusform>
            <numerusform>%Ln د</numerusform>
            <numerusform>%Ln د</numerusform>
            <numerusform>%Ln د</numerusform>
            <numerusform>%Ln د</numerusform>
        </translation>
    </message>
    <message>
        <source>+ Step</source>
        <translation>+ خطوة</translation>
    </message>
    <message>
        <source>Add a step to chapter %1</source>
        <translation>أضف خطوة إلى الفصل %1</translation>
    </message>
    <message>
        <source>+ Chapter</source>
        <translation>+ فصل</translation>
    </message>
    <message>
        <source>Add a chapter</source>
        <translation>أضف فصلًا</translation>
    </message>
    <message>
        <source>Move %1 up</source>
        <translation>انقل %1 إلى أعلى</translation>
    </message>
    <message>
        <source>Move %1 down</source>
        <translation>انقل %1 إلى أسفل</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>أزِل %1</translation>
    </message>
    <message>
        <source>Chapter title</source>
        <translation>عنوان الفصل</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>الملخّص</translation>
    </message>
    <message>
        <source>Step title</source>
        <translation>عنوان الخطوة</translation>
    </message>
    <message>
        <source>Kind of step</source>
        <translation>نوع الخطوة</translation>
    </message>
    <message>
        <source>Text (what the class reads)</source>
        <translation>النص (ما يقرؤه الصف)</translation>
    </message>
    <message>
        <source>Article shown</source>
        <translation>المقال المعروض</translation>
    </message>
    <message>
        <source>Date the view shows (YYYY-MM-DD; empty: the whole period)</source>
        <translation>التاريخ الذي يعرضه العرض (YYYY-MM-DD؛ فارغ: الفترة كلها)</translation>
    </message>
    <message>
        <source>View</source>
        <translation>العرض</translation>
    </message>
    <message>
        <source>Camps</source>
        <translation>المعسكرات</translation>
    </message>
    <message>
        <source>Every actor</source>
        <translation>كل الأطراف</translation>
    </message>
    <message>
        <source>Who × whom matrix</source>
        <translation>مصفوفة من × مَن</translation>
    </message>
    <message>
        <source>(the app&apos;s default)</source>
        <translation>(الإعداد الافتراضي للتطبيق)</translation>
    </message>
    <message>
        <source>Questions asked</source>
        <translation>الأسئلة المطروحة</translation>
    </message>
    <message>
        <source>Revealed when asked</source>
        <translation>ما يُكشف عند الطلب</translation>
    </message>
    <message>
        <source>Presenter notes</source>
        <translation>ملاحظات المقدِّم</translation>
    </message>
    <message>
        <source>Later developments shown under the text</source>
        <translation>تطورات لاحقة تظهر تحت النص</translation>
    </message>
    <message>
        <source>(the largest arrow)</source>
        <translation>(السهم الأكبر)</translation>
    </message>
    <message>
        <source>A camp: its claims, made and received</source>
        <translation>معسكر: ادعاءاته، الصادرة والمتلقّاة</translation>
    </message>
    <message>
        <source>An actor: its claims, made and received</source>
        <translation>طرف: ادعاءاته، الصادرة والمتلقّاة</translation>
    </message>
    <message>
        <source>The claims about an actor</source>
        <translation>الادعاءات عن طرف</translation>
    </message>
    <message>
        <source>What the view focuses on</source>
        <translation>ما يركّز عليه العرض</translation>
    </message>
    <message>
        <source>Camp</source>
        <translation>المعسكر</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>الطرف</translation>
    </message>
</context>
<context>
    <name>StudioPage</name>
    <message>
        <source>Case</source>
        <translation>القضية</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>المقالات</translation>
    </message>
    <message>
        <source>Actors and camps</source>
        <translation>الأطراف والمعسكرات</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>الادعاءات</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>الخط الزمني</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>الاختبار</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>الدرس</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>جارٍ الفحص…</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>لا مشكلات</translation>
    </message>
    <message numerus="yes">
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>%Ln خطأ</numerusform>
            <numerusform>خطأ واحد</numerusform>
            <numerusform>خطآن</numerusform>
            <numerusform>%Ln أخطاء</numerusform>
            <numerusform>%Ln خطأً</numerusform>
            <numerusform>%Ln خطأ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln تحذير</numerusform>
            <numerusform>تحذير واحد</numerusform>
            <numerusform>تحذيران</numerusform>
            <numerusform>%Ln تحذيرات</numerusform>
            <numerusform>%Ln تحذيرًا</numerusform>
            <numerusform>%Ln تحذير</numerusform>
        </translation>
    </message>
    <message>
        <source>No section of the studio edits %1 yet.</source>
        <translation>لا يوجد قسم في الاستوديو يحرّر %1 بعد.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>حُفظ.</translation>
    </message>
    <message>
        <source>The case has errors: mend them before trying it (see Problems).</source>
        <translation>في القضية أخطاء: أصلحها قبل تجربتها (انظر «المشكلات»).</translation>
    </message>
    <message>
        <source>Studio: %1</source>
        <translation>الاستوديو: %1</translation>
    </message>
    <message>
        <source>Studio</source>
        <translation>الاستوديو</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>غير محفوظ</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>محفوظ</translation>
    </message>
    <message>
        <source>Make a case or adapt one</source>
        <translation>أنشئ قضية أو عدّل واحدة</translation>
    </message>
    <message>
        <source>New</source>
        <translation>جديد</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation type="vanished">فتح…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Save as a copy…</source>
        <translation>حفظ نسخة…</translation>
    </message>
    <message>
        <source>Export pack…</source>
        <translation>تصدير الحزمة…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>تراجع عن %1</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>أعِد %1</translation>
    </message>
    <message>
        <source>Try as a student</source>
        <translation>جرّب كطالب</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>ابدأ العرض</translation>
    </message>
    <message>
        <source>Problems: %1</source>
        <translation>المشكلات: %1</translation>
    </message>
    <message>
        <source>Hide the list of problems</source>
        <translation>أخفِ قائمة المشكلات</translation>
    </message>
    <message>
        <source>Show the list of problems</source>
        <translation>اعرض قائمة المشكلات</translation>
    </message>
    <message>
        <source>The studio stopped before these cases were saved. Recover them?</source>
        <translation>توقّف الاستوديو قبل حفظ هذه القضايا. أتريد استعادتها؟</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %Ln file(s), written %2</source>
        <extracomment>%1 is the case&apos;s title, %2 when its recovery file was written</extracomment>
        <translation>
            <numerusform>%1 — %Ln ملف، كُتب %2</numerusform>
            <numerusform>%1 — ملف واحد، كُتب %2</numerusform>
            <numerusform>%1 — ملفان، كُتبا %2</numerusform>
            <numerusform>%1 — %Ln ملفات، كُتبت %2</numerusform>
            <numerusform>%1 — %Ln ملفًا، كُتبت %2</numerusform>
            <numerusform>%1 — %Ln ملف، كُتب %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <source>Recover %1</source>
        <translation>استعِد %1</translation>
    </message>
    <message>
        <source>Recovered: save it to keep it.</source>
        <translation>استُعيدت: احفظها للاحتفاظ بها.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <source>Discard %1</source>
        <translation>تجاهل %1</translation>
    </message>
    <message>
        <source>Start a new case, open a case folder or pack, or adapt the case open in the app.</source>
        <translation>ابدأ قضية جديدة، أو افتح مجلد قضية أو حزمة، أو عدّل القضية المفتوحة في التطبيق.</translation>
    </message>
    <message>
        <source>New case…</source>
        <translation>قضية جديدة…</translation>
    </message>
    <message>
        <source>Adapt “%1”</source>
        <translation>عدّل «%1»</translation>
    </message>
    <message>
        <source>Sections of the case</source>
        <translation>أقسام القضية</translation>
    </message>
    <message>
        <source>Problems of the case</source>
        <translation>مشكلات القضية</translation>
    </message>
    <message>
        <source>%1: %2, in %3 %4</source>
        <translation>%1: %2، في %3 %4</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>قضية جديدة</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Title of the new case</source>
        <translation>عنوان القضية الجديدة</translation>
    </message>
    <message>
        <source>Id (letters, digits and dashes)</source>
        <translation>المعرّف (حروف وأرقام وشرطات)</translation>
    </message>
    <message>
        <source>Id of the new case</source>
        <translation>معرّف القضية الجديدة</translation>
    </message>
    <message>
        <source>A new case: save it to a folder to keep it.</source>
        <translation>قضية جديدة: احفظها في مجلد للاحتفاظ بها.</translation>
    </message>
    <message>
        <source>Open a case folder</source>
        <translation>افتح مجلد قضية</translation>
    </message>
    <message>
        <source>Save the case in a new or empty folder</source>
        <translation>احفظ القضية في مجلد جديد أو فارغ</translation>
    </message>
    <message>
        <source>Save as a copy</source>
        <translation>حفظ نسخة</translation>
    </message>
    <message>
        <source>Title of the copy</source>
        <translation>عنوان النسخة</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (نسخة)</translation>
    </message>
    <message>
        <source>Id of the copy</source>
        <translation>معرّف النسخة</translation>
    </message>
    <message>
        <source>A new or empty folder for the copy</source>
        <translation>مجلد جديد أو فارغ للنسخة</translation>
    </message>
    <message>
        <source>Saved as a copy.</source>
        <translation>حُفظت نسخة.</translation>
    </message>
    <message>
        <source>Export the case as a pack</source>
        <translation>صدّر القضية كحزمة</translation>
    </message>
    <message>
        <source>Case packs (*.claimscope)</source>
        <translation>حزم القضايا (*.claimscope)</translation>
    </message>
    <message>
        <source>Exported.</source>
        <translation>صُدّرت.</translation>
    </message>
    <message>
        <source>The case has errors</source>
        <translation>في القضية أخطاء</translation>
    </message>
    <message numerus="yes">
        <source>The case has %Ln error(s): the app will refuse the pack until they are mended. Export it anyway?</source>
        <translation>
            <numerusform>في القضية %Ln خطأ: سيرفض التطبيق الحزمة حتى تُصلَح. أتريد تصديرها رغم ذلك؟</numerusform>
            <numerusform>في القضية خطأ واحد: سيرفض التطبيق الحزمة حتى يُصلَح. أتريد تصديرها رغم ذلك؟</numerusform>
            <numerusform>في القضية خطآن: سيرفض التطبيق الحزمة حتى يُصلَحا. أتريد تصديرها رغم ذلك؟</numerusform>
            <numerusform>في القضية %Ln أخطاء: سيرفض التطبيق الحزمة حتى تُصلَح. أتريد تصديرها رغم ذلك؟</numerusform>
            <numerusform>في القضية %Ln خطأً: سيرفض التطبيق الحزمة حتى تُصلَح. أتريد تصديرها رغم ذلك؟</numerusform>
            <numerusform>في القضية %Ln خطأ: سيرفض التطبيق الحزمة حتى تُصلَح. أتريد تصديرها رغم ذلك؟</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported, with errors.</source>
        <translation>صُدّرت، مع أخطاء.</translation>
    </message>
    <message>
        <source>Open folder…</source>
        <translation>فتح مجلد…</translation>
    </message>
    <message>
        <source>Open pack…</source>
        <translation>فتح حزمة…</translation>
    </message>
    <message>
        <source>Open a case pack to adapt it; it is saved as a copy in a folder</source>
        <translation>افتح حزمة قضية لتعدّلها؛ تُحفظ كنسخة في مجلد</translation>
    </message>
    <message>
        <source>Open a case pack</source>
        <translation>افتح حزمة قضية</translation>
    </message>
    <message>
        <source>Case packs (*.claimscope *.zip *.tar.gz *.tar.xz *.7z)</source>
        <translation>حزم القضايا (*.claimscope *.zip *.tar.gz *.tar.xz *.7z)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>كل الملفات (*)</translation>
    </message>
    <message>
        <source>Opened a pack: “Save as a copy…” keeps your changes in a folder.</source>
        <translation>فُتحت حزمة: «حفظ نسخة…» يحفظ تغييراتك في مجلد.</translation>
    </message>
</context>
<context>
    <name>StudioQuiz</name>
    <message>
        <source>Choice</source>
        <translation>اختيار</translation>
    </message>
    <message>
        <source>True or false</source>
        <translation>صح أم خطأ</translation>
    </message>
    <message>
        <source>Highlight in an article</source>
        <translation>تظليل في مقال</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>ترتيب</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>الأدلة</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>سؤال جديد</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>الأسئلة</translation>
    </message>
    <message>
        <source>Rubric</source>
        <translation>سُلَّم التقييم</translation>
    </message>
    <message>
        <source>True or false statements: %1 true, %2 false</source>
        <extracomment>%1 and %2 count the true and the false statements among the true-or-false questions</extracomment>
        <translation>عبارات «صح أم خطأ»: %1 صحيحة، %2 خاطئة</translation>
    </message>
    <message>
        <source>balance them, so that scores measure discernment, not blanket doubt</source>
        <translation>وازن بينها، كي تقيس الدرجات التمييز لا الشكّ الشامل</translation>
    </message>
    <message>
        <source>New questions: %1</source>
        <translation>الأسئلة الجديدة: %1</translation>
    </message>
    <message>
        <source>Type of the questions added</source>
        <translation>نوع الأسئلة المضافة</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>المعايير</translation>
    </message>
    <message>
        <source>New criterion</source>
        <translation>معيار جديد</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <source>What a student learns to look for</source>
        <translation>ما يتعلّم الطالب البحث عنه</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>انقل إلى أعلى</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>انقل إلى أسفل</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Remove %1 %2</source>
        <translation>أزِل %1 %2</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation>أضف إلى %1</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>السؤال</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>العبارة</translation>
    </message>
    <message>
        <source>The statement is true</source>
        <translation>العبارة صحيحة</translation>
    </message>
    <message>
        <source>Feedback to “true”</source>
        <translation>التعقيب على «صح»</translation>
    </message>
    <message>
        <source>Feedback to “false”</source>
        <translation>التعقيب على «خطأ»</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>الادعاء</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>المقال</translation>
    </message>
    <message>
        <source>Spans (exact words of the article)</source>
        <translation>المقاطع (كلمات المقال بالضبط)</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>الخيارات</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>البدائل</translation>
    </message>
    <message>
        <source>Right order, most reliable first</source>
        <translation>الترتيب الصحيح، الأكثر موثوقية أولًا</translation>
    </message>
    <message>
        <source>Rubric criteria it trains</source>
        <translation>معايير سُلَّم التقييم التي يدرّب عليها</translation>
    </message>
    <message>
        <source>Explanation (shown after answering)</source>
        <translation>الشرح (يظهر بعد الإجابة)</translation>
    </message>
    <message>
        <source>Kept for the later booster check</source>
        <translation>محفوظ لاختبار التعزيز لاحقًا</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>صحيح</translation>
    </message>
    <message>
        <source>Feedback: why it is right or wrong</source>
        <translation>التعقيب: لماذا هو صحيح أو خاطئ</translation>
    </message>
    <message>
        <source>Evidence it names</source>
        <translation>الأدلة التي يذكرها</translation>
    </message>
    <message>
        <source>Exact words</source>
        <translation>الكلمات بالضبط</translation>
    </message>
    <message>
        <source>Which occurrence (1 when empty)</source>
        <translation>أيّ ورود (1 إن كان فارغًا)</translation>
    </message>
    <message>
        <source>Right to mark</source>
        <translation>يصحّ تظليله</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>التعقيب</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>البديل</translation>
    </message>
    <message>
        <source>Select words in the article, then add them as a span.</source>
        <translation>حدّد كلمات في المقال، ثم أضفها كمقطع.</translation>
    </message>
    <message>
        <source>Text of the article: select the words of a span</source>
        <translation>نص المقال: حدّد كلمات المقطع</translation>
    </message>
    <message>
        <source>Add the selected words as a span</source>
        <translation>أضف الكلمات المحدَّدة كمقطع</translation>
    </message>
    <message>
        <source>Added “%1”: write its feedback below.</source>
        <translation>أُضيف «%1»: اكتب تعقيبه أدناه.</translation>
    </message>
</context>
<context>
    <name>StudioRecordList</name>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation>أضف إلى %1</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>انقل إلى أعلى</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>انقل إلى أسفل</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Remove the chosen one</source>
        <translation>أزِل المختار</translation>
    </message>
</context>
<context>
    <name>StudioSources</name>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>Source %1</source>
        <translation>المصدر %1</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>الوسيلة الإعلامية</translation>
    </message>
    <message>
        <source>Web address (http or https)</source>
        <translation>عنوان الويب (http أو https)</translation>
    </message>
    <message>
        <source>Date, only when the source itself shows it</source>
        <translation>التاريخ، فقط إن كان المصدر نفسه يذكره</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Words of this source, verbatim, one per line</source>
        <translation>كلمات هذا المصدر حرفيًا، واحدة في كل سطر</translation>
    </message>
    <message>
        <source>Quotes recorded from this source, one per line</source>
        <translation>الاقتباسات المسجّلة من هذا المصدر، واحد في كل سطر</translation>
    </message>
</context>
<context>
    <name>StudioTimeline</name>
    <message>
        <source>Phases</source>
        <translation>المراحل</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>الأحداث</translation>
    </message>
    <message>
        <source>Later developments</source>
        <translation>تطورات لاحقة</translation>
    </message>
    <message>
        <source>New phase</source>
        <translation>مرحلة جديدة</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>حدث جديد</translation>
    </message>
    <message>
        <source>The preview shows the last state of the case without errors.</source>
        <translation>تعرض المعاينة آخر حالة للقضية خالية من الأخطاء.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <source>From (YYYY-MM-DD)</source>
        <translation>من (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>To (YYYY-MM-DD)</source>
        <translation>إلى (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>How the coverage framed the story then</source>
        <translation>كيف أطّرت التغطية القصة حينها</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Until (for a span; optional)</source>
        <translation>حتى (لفترة؛ اختياري)</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
</context>
<context>
    <name>StudioVocabulary</name>
    <message>
        <source>known to the day</source>
        <translation>معروف باليوم</translation>
    </message>
    <message>
        <source>approximate (inferred)</source>
        <translation>تقريبي (مُستنتَج)</translation>
    </message>
</context>
<context>
    <name>TrueFalseBody</name>
    <message>
        <source>Click True or False, or press T or F.</source>
        <translation>انقر «صح» أو «خطأ»، أو اضغط T أو F.</translation>
    </message>
    <message>
        <source>True</source>
        <translation>صح</translation>
    </message>
    <message>
        <source>Key 1 or T</source>
        <translation>المفتاح 1 أو T</translation>
    </message>
    <message>
        <source>False</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <source>Key 2 or F</source>
        <translation>المفتاح 2 أو F</translation>
    </message>
</context>
<context>
    <name>VocabularyStyle</name>
    <message>
        <source>blames</source>
        <translation>لوم</translation>
    </message>
    <message>
        <source>denies</source>
        <translation>نفي</translation>
    </message>
    <message>
        <source>defends</source>
        <translation>دفاع</translation>
    </message>
    <message>
        <source>doubts</source>
        <translation>تشكيك</translation>
    </message>
    <message>
        <source>threatens</source>
        <translation>تهديد</translation>
    </message>
    <message>
        <source>criticises</source>
        <translation>انتقاد</translation>
    </message>
    <message>
        <source>urges</source>
        <translation>حثّ</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>محايد</translation>
    </message>
    <message>
        <source>named person</source>
        <translation>شخص مسمّى</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>مجهول</translation>
    </message>
    <message>
        <source>official statement</source>
        <translation>بيان رسمي</translation>
    </message>
    <message>
        <source>state media</source>
        <translation>إعلام الدولة</translation>
    </message>
    <message>
        <source>no evidence offered</source>
        <translation>بلا أدلة</translation>
    </message>
    <message>
        <source>evidence claimed, not shown</source>
        <translation>أدلة مزعومة، غير معروضة</translation>
    </message>
    <message>
        <source>technical evidence</source>
        <translation>أدلة تقنية</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>وثائق</translation>
    </message>
    <message>
        <source>first-hand account</source>
        <translation>رواية شاهد عيان</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>الادعاءات</translation>
    </message>
    <message>
        <source>Named sources</source>
        <translation>مصادر مسمّاة</translation>
    </message>
    <message>
        <source>Anonymous sources</source>
        <translation>مصادر مجهولة</translation>
    </message>
    <message>
        <source>Loaded language</source>
        <translation>لغة مشحونة</translation>
    </message>
    <message>
        <source>Hedges</source>
        <translation>عبارات تحوّط</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>الأدلة</translation>
    </message>
    <message>
        <source>Factual slips</source>
        <translation>أخطاء في الوقائع</translation>
    </message>
</context>
<context>
    <name>VoteChart</name>
    <message>
        <source>How the class answered: %1</source>
        <translation>كيف أجاب الصف: %1</translation>
    </message>
    <message>
        <source>The choices</source>
        <translation>الخيارات</translation>
    </message>
    <message numerus="yes">
        <source>%Ln hand(s)</source>
        <translation>
            <numerusform>%Ln يد</numerusform>
            <numerusform>يد واحدة</numerusform>
            <numerusform>يدان</numerusform>
            <numerusform>%Ln أيدٍ</numerusform>
            <numerusform>%Ln يدًا</numerusform>
            <numerusform>%Ln يد</numerusform>
        </translation>
    </message>
    <message>
        <source>Choice %1, %2: %3, %4 percent%5</source>
        <translation>الخيار %1، %2: %3، %4 بالمئة%5</translation>
    </message>
    <message>
        <source>, the correct answer</source>
        <translation>، الإجابة الصحيحة</translation>
    </message>
    <message>
        <source>Choice %1: %2</source>
        <translation>الخيار %1: %2</translation>
    </message>
    <message>
        <source>%1 · %2%</source>
        <translation>%1 · %2%</translation>
    </message>
    <message>
        <source>%1 in all</source>
        <translation>%1 إجمالًا</translation>
    </message>
    <message>
        <source>No hands were counted.</source>
        <translation>لم تُحسب أي أيدٍ.</translation>
    </message>
</context>
<context>
    <name>VoteItemView</name>
    <message>
        <source>Question %1 of %2 · show of hands</source>
        <translation>السؤال %1 من %2 · رفع الأيدي</translation>
    </message>
    <message>
        <source>Question %1 of %2 · for discussion</source>
        <translation>السؤال %1 من %2 · للنقاش</translation>
    </message>
    <message>
        <source>In “%1” (%2)</source>
        <translation>في «%1» (%2)</translation>
    </message>
    <message>
        <source>Most reliable first</source>
        <translation>الأكثر موثوقية أولًا</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>الإجابة</translation>
    </message>
</context>
<context>
    <name>VotePanel</name>
    <message>
        <source>&lt;b&gt;Question %1 of %2&lt;/b&gt; · %3</source>
        <translation>&lt;b&gt;السؤال %1 من %2&lt;/b&gt; · %3</translation>
    </message>
    <message>
        <source>the class sees the answer</source>
        <translation>يرى الصف الإجابة</translation>
    </message>
    <message>
        <source>count the hands</source>
        <translation>احسب الأيدي</translation>
    </message>
    <message>
        <source>for discussion</source>
        <translation>للنقاش</translation>
    </message>
    <message>
        <source>One hand less for choice %1</source>
        <translation>يد أقل للخيار %1</translation>
    </message>
    <message>
        <source>One hand more for choice %1</source>
        <translation>يد أكثر للخيار %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln hand(s) counted</source>
        <translation>
            <numerusform>%Ln يد محسوبة</numerusform>
            <numerusform>يد واحدة محسوبة</numerusform>
            <numerusform>يدان محسوبتان</numerusform>
            <numerusform>%Ln أيدٍ محسوبة</numerusform>
            <numerusform>%Ln يدًا محسوبة</numerusform>
            <numerusform>%Ln يد محسوبة</numerusform>
        </translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>الإجابة: %1</translation>
    </message>
</context>
<context>
    <name>WebAddressDialog</name>
    <message>
        <source>Web address</source>
        <translation>عنوان الويب</translation>
    </message>
    <message>
        <source>Web address of %1</source>
        <translation>عنوان الويب لـ %1</translation>
    </message>
    <message>
        <source>Open this address in your web browser? Claimscope itself never goes online.</source>
        <translation>أتريد فتح هذا العنوان في متصفحك؟ Claimscope نفسه لا يتصل بالإنترنت أبدًا.</translation>
    </message>
    <message>
        <source>This address cannot be opened: only web pages (http and https) can.</source>
        <translation>لا يمكن فتح هذا العنوان: يمكن فتح صفحات الويب فقط (http وhttps).</translation>
    </message>
    <message>
        <source>The full address</source>
        <translation>العنوان الكامل</translation>
    </message>
    <message>
        <source>Site: %1</source>
        <translation>الموقع: %1</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>فتح في المتصفح</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
</TS>
