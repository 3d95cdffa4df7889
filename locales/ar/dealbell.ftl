# كلمات Dealbell بالعربية الفصحى المعاصرة، بخطاب المفرد المذكّر المعتاد في التطبيقات. انظر glossary.md.

## /language

language-title = لغتك
language-chosen = عندما يكون تطبيق Discord لديك مضبوطًا على لغة لا يدعمها Dealbell، يرد عليك Dealbell باللغة: { $language }.
language-automatic = يرد عليك Dealbell بلغة تطبيق Discord لديك إذا كان يدعمها، وإلا فبلغة فريقك ({ $language }).
language-current = يرد عليك Dealbell الآن باللغة: { $language }.

## Wins

# بلا فعل ماضٍ: «فاز/فازت» يتبع جنس المندوب.
win-title = 🎉 صفقة رابحة: { $rep } — { $customer }!

## بطاقة الصفقة

amount-not-set = غير محدد
deal-customer = العميل
deal-amount = المبلغ
deal-stage = المرحلة
deal-owner = المسؤول
deal-product = المنتج
deal-expected-close = الإغلاق المتوقع
deal-won-on = رُبحت في
deal-lost-on = خُسرت في
deal-lost-because = سبب الخسارة
deal-note = ملاحظة: { $note }
deal-counted-as = تُحتسب بقيمة { $counted }: { $amount } بسعر { $rate }، سعر يومها.
deal-recorded-until-closed = سُجّلت بعملة { $currency } كما أُدخلت؛ وعند إغلاقها تُحتسب بعملة { $team } بسعر يومها (/rates list).
deal-recorded-without-rate = سُجّلت بعملة { $currency } كما أُدخلت؛ ولعدم وجود سعر لعملة { $currency } في يومها، تحتسب لوحات الترتيب الصفقة دون مبلغها (يحدد المدير سعرًا: /rates set rate:"{ $currency } …").
deal-footer = الصفقة رقم { $number }

## Counts

deals-count =
    { $count ->
        [zero] لا صفقات
        [one] صفقة واحدة
        [two] صفقتان
        [few] { $count } صفقات
        [many] { $count } صفقة
       *[other] { $count } صفقة
    }
