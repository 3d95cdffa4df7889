# كلمات Dealbell بالعربية الفصحى المعاصرة، بخطاب المفرد المذكّر المعتاد في التطبيقات. انظر glossary.md.

## /language

language-title = لغتك
language-chosen = عندما يكون تطبيق Discord لديك مضبوطًا على لغة لا يدعمها Dealbell، يرد عليك Dealbell باللغة: { $language }.
language-automatic = يرد عليك Dealbell بلغة تطبيق Discord لديك إذا كان يدعمها، وإلا فبلغة فريقك ({ $language }).
language-current = يرد عليك Dealbell الآن باللغة: { $language }.

## Wins

# بلا فعل ماضٍ: «فاز/فازت» يتبع جنس المندوب.
win-title = 🎉 صفقة رابحة: { $rep } — { $customer }!

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
