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

## الأرقام والفترات

percent = { $number }%
period-week = أسبوع { $start }
period-quarter = الربع { $quarter } من السنة المالية { $years } ({ $from }–{ $to } { $year })
period-fiscal-year = السنة المالية { $years }
period-custom = من { $from } إلى { $to }
footer-period = { $period } · { $timezone }

## الأزرار

button-undo = تراجع
button-apply-import = تطبيق الاستيراد
button-cancel = إلغاء
button-accept = قبول
button-decline = رفض
# The console has no buttons: what to type instead.
button-instead-apply = شغّل الأمر نفسه مع confirm:true
button-instead-cancel = لا تفعل شيئًا

## لوحات الترتيب

metric-revenue = الإيرادات المحققة
metric-deals = الصفقات الرابحة
metric-attainment = تحقيق المستهدف
metric-win_rate = نسبة الفوز
metric-activities = الأنشطة المسجلة
metric-avg_deal = متوسط قيمة الصفقة
board-of-teams = الفرق
board-heading = { $metric } — { $period }
board-heading-scoped = { $metric } · { $scope } — { $period }
board-won = رابحة: { $count }
board-closed = مغلقة: { $count }
board-of-amount = من { $amount }
activities-count =
    { $count ->
        [zero] لا أنشطة
        [one] نشاط واحد
        [two] نشاطان
        [few] { $count } أنشطة
        [many] { $count } نشاطًا
       *[other] { $count } نشاط
    }
board-movement-new = جديد
board-not-on-yet = لست على هذه اللوحة بعد.
board-footer = { $period } · { $timezone } · التغيّر منذ { $previous }
board-empty = لا أحد على اللوحة عن { $period } بعد. { $nudge }
board-empty-no-teams = لا توجد فرق بعد: استوردها بالأمر /import kind:teams، ثم اربط المندوبين بالأمر /team link.
board-empty-activities = سجّل نشاطًا: /activity log kind:call count:5
board-empty-attainment = يحدد المدير المستهدفات بالأمر /quota set.
board-empty-win-rate = يحتاج المندوب إلى { $count } صفقات مغلقة ليدخل الترتيب.
board-empty-be-first = افتتح اللوحة بأول صفقة: /win amount:… customer:…
board-attainment-private = المستهدفات هنا خاصة، لذلك لا يُنشر تحقيقها في القناة. يراه المديرون بالأمر /leaderboard metric:attainment، ويرى كل مندوب تحقيقه فقط.
board-own-attainment = المستهدفات هنا خاصة: ترى تحقيقك أنت، ويرى المديرون الجميع.
board-other-currencies = الصفقات الرابحة بعملات أخرى ({ $count }) غير مضافة إلى الإيرادات بعملة { $currency } (لا يوجد سعر صرف ليومها: /rates set).

## /quota check

quota-heading = { $name } — { $period }
quota-attainment = { $bar } { $percent } من { $quota }
quota-pace-behind = المحقق { $won }؛ بالوتيرة المنتظمة كان يجب أن يبلغ { $expected } حتى اليوم — متأخر بمقدار { $gap }.
quota-pace-ahead = المحقق { $won }؛ بالوتيرة المنتظمة كان يجب أن يبلغ { $expected } حتى اليوم — متقدم بمقدار { $gap }.
quota-pace-even = المحقق { $won }؛ بالوتيرة المنتظمة كان يجب أن يبلغ { $expected } حتى اليوم — على الوتيرة تمامًا.
quota-reached = تم تحقيق المستهدف 🎉 (بزيادة { $over }).
quota-to-go = المتبقي: { $remaining } — { $per_week } أسبوعيًا خلال أيام العمل المتبقية ({ $days }).
quota-to-go-no-days = المتبقي: { $remaining }، ولم يبق أي يوم عمل في الفترة.
quota-projected = بهذه الوتيرة: { $projected } ({ $percent }) بنهاية الفترة.
quota-too-early = من المبكر توقّع النتيجة: يلزم { $needed } أيام عمل من الفترة، ومضى منها حتى الآن: { $days }.
quota-other-currencies = الصفقات الرابحة بعملات أخرى ({ $count }) غير محسوبة ضمن هذا المستهدف بعملة { $currency } (لا يوجد سعر صرف ليومها: /rates set).
quota-chart-summary = { $percent } من { $quota } · المحقق { $won }
quota-chart-to-go = { $per_week } أسبوعيًا · أيام العمل المتبقية: { $days }
quota-chart-days-left = أيام العمل المتبقية: { $days }
quota-none = لا يوجد مستهدف محدد لـ { $name } عن { $which }.
quota-none-any = هذا الشهر أو الربع أو السنة
quota-none-hint = يستطيع المدير تحديده: /quota set amount:… period:month rep:@…
quota-choice-month = هذا الشهر
quota-choice-quarter = هذا الربع
quota-choice-year = هذه السنة المالية
quota-choice-last_month = الشهر الماضي
quota-choice-last_quarter = الربع الماضي
quota-choice-last_year = السنة المالية الماضية

## /comp estimate

comp-title = 💶 تقدير العمولة — { $name } — { $period }
comp-won-revenue = الإيرادات المحققة
comp-quota = المستهدف
comp-attainment = نسبة التحقيق
comp-estimated = العمولة المقدرة
comp-line = { $working } = { $amount }
comp-next = الخطوة التالية: { $step }.
comp-what-if = ماذا لو: إغلاق صفقة بقيمة { $amount } الآن يضيف نحو { $adds } (الإجمالي { $total }).
comp-footer = تقدير حسب الخطة المعتمدة ({ $plan }، الإصدار { $version })، وليس كشف راتب.
rate-percent = { $number }%
comp-rate-percent = { $percent } من الإيرادات
comp-rate-multiple = { $multiple } ضعف معدل العمولة المستهدف
comp-tier-range = { $from }–{ $to }
comp-tier-open = { $from } فأكثر
comp-next-tier-rest = { $amount } إضافية ويُحتسب الباقي بنسبة { $rate }
comp-next-tier-all = { $amount } إضافية ويُحتسب المبلغ كله بنسبة { $rate }
comp-own = الجزء الفردي: { $working }
comp-team = جزء الفريق: { $working }
comp-flat = { $revenue } × { $rate }
comp-flat-share = { $revenue } × { $rate } × { $share }
comp-retroactive = كامل { $revenue } × { $rate } (الشريحة المحققة: { $tier })
comp-retroactive-share = كامل { $revenue } × { $rate } (الشريحة المحققة: { $tier }) × { $share }
comp-band = { $revenue } ضمن { $tier } × { $rate }
comp-band-share = { $revenue } ضمن { $tier } × { $rate } × { $share }
comp-below-threshold = دون حد { $threshold } ({ $attainment } من مستهدفك): لا عمولة بعد
comp-below-threshold-split = دون حد { $threshold } ({ $attainment } من مستهدفك): لا عمولة بعد، ولا جزء الفريق أيضًا
comp-cap = سقف قدره { $cap }
comp-spiff = مكافأة «{ $name }»: الصفقة #{ $number }
comp-clawback = استرداد: الصفقة #{ $number } ({ $amount }) خُسرت خلال { $days } يومًا
comp-next-threshold = { $amount } إضافية لبلوغ حد { $threshold }
comp-note-nothing-won = لا يوجد مستهدف لهذه الفترة ولم يُربح فيها شيء.
comp-note-no-team-quota = لا يوجد مستهدف للفريق، لذا يُحتسب جزء الفريق بنسبة تحقيقك أنت.

## الأخطاء

error-no-deal = لا توجد صفقة #{ $number } في هذا الخادم.
error-no-deal-hint = اعرض صفقاتك بالأمر /deal list.
error-no-schedule = لا يوجد جدول #{ $number }.
error-no-schedule-hint = اعرضها بالأمر /schedule list.
error-no-activity = لا يوجد نشاط #{ $number }.
error-no-activity-hint = اعرض الأرقام بالأمر /activity list.
error-no-document = لا يوجد مستند #{ $number }.
error-no-document-hint = اعرضها بالأمر /docs list.
error-no-alert = لا يوجد تنبيه #{ $number }.
error-no-alert-hint = اعرض التنبيهات المفتوحة بالأمر /alerts list.
error-no-alert-rule = لا توجد قاعدة تنبيه باسم «{ $name }».
error-no-alert-rule-hint = اعرضها بالأمر /alerts rules.
error-no-contest = لا توجد مسابقة باسم «{ $name }».
error-no-contest-hint = اعرضها بالأمر /contest list.
error-no-team = لا يوجد فريق باسم «{ $name }».
error-no-team-hint = اعرض الفرق بالأمر /team list.
error-no-rep = لا يوجد مندوب باسم «{ $name }» هنا.
error-no-rep-hint = استخدم اسم المندوب كما يظهر في /team list، أو أشر إلى مستخدم في الدردشة (@الاسم).
error-no-crm-rep = لا يوجد مندوب باسم «{ $name }».
error-no-crm-rep-hint = اعرض مندوبي نظام CRM بالأمر /team list.
error-no-stage = لا توجد مرحلة «{ $name }».
error-no-stage-hint = المراحل: { $stages }.
error-cannot-write = تتعذر الكتابة في قاعدة البيانات: { $why ->
        [disk-full] القرص ممتلئ
        [read-only] إنها للقراءة فقط
       *[other] تعطل القرص
    }. لم يُحفظ شيء.
error-cannot-write-hint = حاول مرة أخرى بعد أن يوفر المسؤول مساحة أو يصلح القرص (المرجع { $reference }).
error-internal = حدث خطأ من جهتنا (المرجع { $reference }).
error-internal-hint = لم يُحفظ شيء بشكل ناقص. حاول مرة أخرى؛ وإذا تكرر الأمر، أعطِ المسؤول رقم المرجع.

## المراحل (الأسماء الافتراضية؛ أسماء الفريق الخاصة تظهر كما كُتبت)

stage-prospecting = البحث عن عملاء
stage-qualified = مؤهل
stage-proposal = عرض سعر
stage-negotiation = تفاوض
stage-won = رابحة
stage-lost = خاسرة

## خبر الصفقة الرابحة

win-this-month = هذا الشهر
win-in-period = في { $period }
win-standing = { $rep } { $when }: { $won } — { $place }.
win-won-amount = { $amount } محققة ({ $deals })
win-won-deals = رابحة: { $deals }
win-place = المركز { $rank } من { $of }
win-elsewhere = (+صفقات رابحة بعملات أخرى: { $count }، غير مضافة لعدم وجود سعر صرف ليومها)
win-not-counted = { $rep } { $when }: هذه الصفقة بعملة { $currency }، ولعدم وجود سعر صرف لـ { $currency } في { $day } لا تُضاف إلى الإيرادات بعملة { $team } (يحدده المدير: /rates set rate:"{ $currency } …").
win-converted = { $amount } ({ $counted } بسعر { $rate })
names-two = { $a } و{ $b }
names-three = { $a } و{ $b } و{ $c }
names-more = { $a } و{ $b } و{ $others } آخرون
race-passing = ، متجاوزًا { $names }
race-takes = يتصدر المركز { $rank }{ $passing }
race-enters = يدخل اللوحة في المركز { $rank }{ $passing }
race-moves-up = يتقدم إلى المركز { $rank }{ $passing }
race-pulls-ahead = يبتعد في المركز { $rank }{ $passing }
race-holds = يحافظ على المركز { $rank }
race-behind = بفارق { $gap } خلف { $names } على المركز { $rank }
race-level = متعادل مع { $names }
race-ahead = متقدم بفارق { $gap } على { $names }
milestone-first-win = 🌱 أول صفقة على الإطلاق!
milestone-first-of-period = أول صفقة في { $period }
milestone-quota-reached = 🎯 تحقق المستهدف (100%)
milestone-quota = 🎯 { $percent } من المستهدف
milestone-biggest = 🏆 أكبر صفقة في { $period }
milestone-team-goal = 🏁 { $team } حقق الهدف
milestone-everyone-goal = 🏁 الفريق حقق الهدف
milestone-streak =
    🔥 { $weeks ->
        [two] أسبوعان متتاليان
        [few] { $weeks } أسابيع متتالية
       *[other] { $weeks } أسبوعًا متتاليًا
    }
duel-takes-the-lead = ⚔️ { $me } يتقدم على { $them } في المبارزة{ $score }
duel-stays-ahead = ⚔️ { $me } يبقى متقدمًا على { $them } في المبارزة{ $score }
duel-draws-level = ⚔️ { $me } يتعادل مع { $them } في المبارزة{ $score }
duel-closes-in = ⚔️ { $me } يقترب من { $them } في المبارزة{ $score }
duel-score = : { $mine } مقابل { $theirs }
duel-score-each = : { $mine } لكل منهما
error-language-and-auto = اختر لغة أو الوضع التلقائي، لا الاثنين معًا.
error-language-and-auto-hint = اختر واحدًا: /language set:ar أو /language auto:true.
error-attainment-period = لوحات تحقيق المستهدف تغطي شهرًا أو ربعًا أو سنة مالية (وهي الفترات التي تُحدد لها المستهدفات).
error-attainment-period-hint = اطلب period:month أو period:quarter أو period:year.
error-team-board-metric = لوحة الفرق تقارن الإيرادات أو الصفقات أو الأنشطة.
error-team-board-metric-hint = مع by:teams اطلب metric:revenue أو metric:deals أو metric:activities.

## /help

help-title = أوامر Dealbell
help-title-one = مساعدة
help-line = { $command } — { $description }
help-line-managers = { $command } — { $description } (للمديرين)
help-option-required = {"    "}{ $option }: { $description } ({ $kind }، إلزامي)
help-option-optional = {"    "}{ $option }: { $description } ({ $kind }، اختياري)
help-option-required-managers = {"    "}{ $option }: { $description } ({ $kind }، إلزامي، للمديرين)
help-option-optional-managers = {"    "}{ $option }: { $description } ({ $kind }، اختياري، للمديرين)
help-kind-text = نص
help-kind-number = عدد صحيح
help-kind-boolean = true/false
help-kind-user = ‎@مستخدم
help-kind-rep = ‎@مستخدم أو اسم مندوب
help-kind-channel = ‎#قناة
help-kind-role = ‎@&دور
help-kind-file = ملف
help-details = تفاصيل أمر واحد: /help command:deal
help-footer = الأوامر المعلَّمة (للمديرين) تتطلب دور المدير أو صلاحية «إدارة الخادم».
help-no-command = لا يوجد أمر ‎/{ $command }.
help-no-command-hint = اكتب /help لعرض القائمة.

## تغييرات الصفقات

deal-added = أُضيفت الصفقة #{ $number } — { $customer }
deal-close-past = تاريخ الإغلاق المتوقع قد مضى؛ غيّره بالأمر /deal edit close:….
deal-moved = نُقلت الصفقة #{ $number }: { $from } ← { $to }
deal-marked-lost = عُلّمت الصفقة #{ $number } بأنها خاسرة
deal-lost-tip = نصيحة: ذكر السبب (reason:السعر، التوقيت، منافس…) يساعد الفريق على التعلّم منها.
deal-updated = عُدّلت الصفقة #{ $number }: { $fields }
deal-undone-removed = تم التراجع: حُذفت الصفقة #{ $number }
deal-undone-taken-back = { $customer } — { $amount } سُحبت.
deal-undone-taken-back-unnamed = سُحبت الصفقة.
deal-undone =
    تم التراجع عن { $action ->
        [create] إضافة
        [stage] تغيير مرحلة
        [won] ربح
        [lost] خسارة
        [forecast] فئة توقع
        [import] استيراد
        [convert] تحويل عملة
        [undo] تراجع
       *[other] تعديل
    } الصفقة #{ $number }

## الأنشطة

activity-logged = سُجّل: { $activities }
activity-today = اليوم: { $activities }.
activity-week = هذا الأسبوع: { $activities }.
activity-kind-call =
    { $count ->
        [one] مكالمة واحدة
        [two] مكالمتان
        [few] { $count } مكالمات
        [many] { $count } مكالمة
       *[other] { $count } مكالمة
    }
activity-kind-email =
    { $count ->
        [one] رسالة بريد واحدة
        [two] رسالتا بريد
        [few] { $count } رسائل بريد
        [many] { $count } رسالة بريد
       *[other] { $count } رسالة بريد
    }
activity-kind-meeting =
    { $count ->
        [one] اجتماع واحد
        [two] اجتماعان
        [few] { $count } اجتماعات
        [many] { $count } اجتماعًا
       *[other] { $count } اجتماع
    }
activity-kind-demo =
    { $count ->
        [one] عرض توضيحي واحد
        [two] عرضان توضيحيان
        [few] { $count } عروض توضيحية
        [many] { $count } عرضًا توضيحيًا
       *[other] { $count } عرض توضيحي
    }
activity-kind-proposal =
    { $count ->
        [one] عرض سعر واحد
        [two] عرضا سعر
        [few] { $count } عروض أسعار
        [many] { $count } عرض سعر
       *[other] { $count } عرض سعر
    }

## المنشورات المجدولة

scheduled-final-standings = 🏆 { $metric } — الترتيب النهائي، { $period }
scheduled-nothing-yet = لم يُربح شيء بعد في { $period }: هكذا انتهى { $previous }.
scheduled-quota-title = 🎯 تقدم المستهدفات — { $day }
scheduled-no-team-quotas = لم تُحدد مستهدفات للفرق. يستطيع المدير تحديدها: /quota set everyone:true amount:… period:month
scheduled-footer = { $timezone } · الجدول #{ $number }
scheduled-digest-title = 📬 الملخص — { $board }
progress-everyone = الجميع
progress-line = { $name } · { $period }: { $bar } { $percent } { $of } — { $standing }
progress-of-quota = من المستهدف
progress-of = من { $amount }
progress-reached = تحقق 🎉
progress-behind = دون الوتيرة
progress-on-pace = على الوتيرة أو أسرع
progress-behind-by = دون الوتيرة بمقدار { $amount }
progress-ahead-by = أسرع من الوتيرة بمقدار { $amount }
digest-level = 🏎 تعادل: { $chaser } و{ $ahead } يتقاسمان المركز { $place }
digest-within-reach = 🏎 { $chaser } على مقربة من { $ahead } على المركز { $place }
digest-behind = 🏎 { $chaser } خلف { $ahead } بفارق { $gap } على المركز { $place }
digest-moved-most = 🚀 الأكثر تقدمًا هذا الأسبوع: { $rep }، صعد { $places } مراكز إلى المركز { $rank }
digest-most-improved = 📈 الأكثر تحسنًا مقارنة بـ { $period }: { $rep }
digest-most-improved-by = 📈 الأكثر تحسنًا مقارنة بـ { $period }: { $rep } (+{ $gain } في الأيام نفسها)

## التذكيرات

nudge-inactive-title = 👋 { $rep }، هل من شيء لتسجيله؟
nudge-inactive = لم يُسجَّل شيء منذ { $days } أيام عمل (آخر مرة في { $day }).
nudge-inactive-how = ‏/win أو /deal add أو /activity log تُبقي أرقامك محدّثة.
nudge-behind-title = 📈 { $rep }، { $period } يحتاج إلى دفعة
nudge-behind = أنت دون وتيرة مستهدفك، وبقي { $days } أيام عمل. يعرض /quota check موقعك (لا يراه غيرك).
nudge-check-in = 👋 متابعة
nudge-footer = أوقفها بالأمر /nudges off، أو /away until:… أثناء غيابك.
deal-show-title = الصفقة #{ $number } — { $customer }
deal-amount-hidden = مخفية (يُظهر هذا الفريق المبالغ لصاحبها وللمديرين فقط)

## قوائم الصفقات والمستهدفات المحددة

deal-list-yours =
    { $status ->
        [open] صفقاتك المفتوحة
        [won] صفقاتك الرابحة
        [lost] صفقاتك الخاسرة
        [closed] صفقاتك المغلقة
       *[other] صفقاتك
    }
deal-list-of =
    { $status ->
        [open] الصفقات المفتوحة لـ { $rep }
        [won] الصفقات الرابحة لـ { $rep }
        [lost] الصفقات الخاسرة لـ { $rep }
        [closed] الصفقات المغلقة لـ { $rep }
       *[other] صفقات { $rep }
    }
deal-list-none = لا توجد صفقات مطابقة. أضف واحدة بالأمر /deal add customer:… amount:…
deal-list-closes = تُغلق في { $day }
deal-list-closed =
    { $outcome ->
        [won] رابحة في
       *[other] خاسرة في
    } { $day }
deal-list-more = …والمزيد. يظهر أول { $count } فقط؛ ضيّق البحث بـ status أو stage أو period.
deal-list-open-total = المسار المفتوح المعروض
quota-set = حُدد المستهدف: { $name } — { $amount } لـ { $period }
quota-set-same = كان كذلك من قبل.
quota-set-was = كان { $amount }.

## Discord's menu
discord-rep-name-option = أو مندوب مبيعات بالاسم (ومنهم مندوبو CRM)؛ بدلًا من { $option }

## Contests
contest-proration-working = نسبة من المستهدف البيعي لكل مندوب، موزعة على أيام العمل في المسابقة ({ $days })
contest-proration-calendar = نسبة من المستهدف البيعي لكل مندوب، موزعة على أيام المسابقة التقويمية ({ $days }؛ ليس فيها يوم عمل)
contest-of-quota = { $percent } من المستهدف
contest-ranks = { $metric } · { $who }
contest-ranks-of-quota = { $metric } كنسبة من المستهدف · { $who }
contest-who-teams = فريق ضد فريق
contest-who-team = مندوبو فريق { $team }
contest-who-everyone = كل المندوبين
contest-dates = { $start } – { $end }
contest-start-title = 🏁 تبدأ { $name } الآن
contest-target-said = 🎯 يفوز كل من يصل إلى { $target }.
contest-target-unsaid = 🎯 يفوز كل من يبلغ الهدف (يراه كل مندوب بالأمر /contest list).
contest-prize = 🎁 الجائزة: { $prize }
contest-start-footer = الترتيب في أي وقت: /contest standings name:{ $name }
contest-standings-title = 🏁 { $name } — الترتيب
contest-day-of = اليوم { $day } من { $days } · { $ranks }
contest-target-so-far-said = 🎯 الهدف { $target }: بلغه حتى الآن { $count }.
contest-target-so-far-unsaid = 🎯 الهدف: بلغه حتى الآن { $count }.
contest-no-scores = لا نتائج بعد: أول صفقة رابحة تتصدر.
contest-percent-private = تبقى النسب خاصة ما دام المستهدف خاصًا والمبالغ معروضة.
contest-ends = ينتهي في { $day }
contest-several-title = 🏁 المسابقات الجارية: { $count }
contest-several-footer = مسابقة واحدة كاملة: /contest standings name:…
contest-results-title = 🏆 { $name } — النتائج
contest-nobody-won = لا فائز هذه المرة.
contest-reached-said = 🎯 بلغوا الهدف ({ $target }): { $names }
contest-reached = 🎯 بلغوا الهدف: { $names }
contest-winner = 🥇 الفائز: { $name }
contest-winner-with = 🥇 الفائز: { $name } بنتيجة { $score }
contest-tied = 🥇 تعادل على المركز الأول: { $names }
contest-tied-with = 🥇 تعادل على المركز الأول بنتيجة { $score }: { $names }
contest-created = أُنشئت المسابقة «{ $name }»
contest-starts-now = تبدأ الآن: أُعلن عنها في { $channel }.
contest-starts-on = تبدأ في { $day }: يُعلن عنها في { $channel } صباح ذلك اليوم.
contest-standings-when = يُنشر الترتيب: { $schedule }.
contest-results-when = تُنشر النتائج صباح اليوم التالي لـ { $day }.
contest-list-title = المسابقات
contest-list-empty = لا شيء بعد. يبدأ المديرون مسابقة بالأمر /contest create name:… end:…
contest-when-scheduled = تبدأ في { $day }
contest-when-running = جارية، تنتهي في { $day }
contest-when-ended = انتهت في { $day }
contest-when-cancelled = أُلغيت
contest-list-line = • **{ $name }** — { $metric } · { $when }
contest-list-line-target = • **{ $name }** — { $metric } · الهدف { $target } · { $when }
contest-ended = انتهت { $name }
contest-results-posted = النتائج منشورة في { $channel }.
contest-cancelled-post = 🚫 أُلغيت { $name }
contest-cancelled-post-line = لن تُنشر نتائج. شكرًا على المشاركة!
contest-cancelled = أُلغيت { $name }
contest-name-free = أصبح اسمها متاحًا من جديد.

## Contests: refusals
error-contest-target = target: «{ $text }» ليس { $wants ->
        [percent-range] نسبة مئوية من 1 إلى 1000
        [percent] نسبة مئوية
        [amount] مبلغًا
       *[count] عددًا صحيحًا أكبر من 0
    }.
error-contest-target-hint = مثلًا { $example }
error-contest-target-unit = target: «{ $text }» يعدّ «{ $unit }»، لكن هذه المسابقة ترتّب حسب «{ $metric }».
error-contest-target-unit-hint = اجعلهما متوافقين: metric:{ $key } target:"{ $text }"، أو { $example }.
error-contest-target-currency = الهدف بعملة { $given }، لكن الفريق يحسب الإيرادات بعملة { $team }.
error-contest-target-currency-hint = اكتبه بعملة { $team }.
error-contest-name = تحتاج المسابقة إلى اسم من 1 إلى 60 حرفًا.
error-contest-name-hint = مثلًا name:"تحدي مارس".
error-contest-channel = أين يُعلن عن المسابقة؟
error-contest-channel-hint = أضف channel:#sales (أو اضبط /setup wins_channel:…).
error-contest-name-taken = توجد مسابقة باسم «{ $name }» بالفعل.
error-contest-name-taken-hint = اختر اسمًا آخر، أو اعرضها بالأمر /contest list.
error-contest-attainment = ترتّب المسابقات نسبة الإنجاز عبر طريقة احتسابها.
error-contest-attainment-hint = استعمل metric:revenue scoring:percent_of_quota.
error-contest-percent-metric = يقيس percent_of_quota إيرادات المندوبين مقابل مستهدف كل منهم.
error-contest-percent-metric-hint = استعمله مع metric:revenue ومن دون by:teams.
error-contest-percent-private = تنشر مسابقة نسبة المستهدف نسبة كل مندوب في القناة؛ ومع مبالغ صفقاته المعلنة يستطيع أي أحد أن يستنتج مستهدفه، والمستهدف هنا خاص.
error-contest-percent-private-hint = شارك المستهدف أولًا (/setup quota_visibility:team) أو أخفِ المبالغ من المنشورات العامة (/setup amounts:hidden)، أو استعمل scoring:total.
error-contest-team-metric = تجمع مسابقة الفرق نتائج مندوبيها.
error-contest-team-metric-hint = استعمل metric:revenue أو deals أو activities مع by:teams.
error-contest-over = هذه المسابقة ستكون قد انتهت بالفعل.
error-contest-over-hint = اجعل النهاية اليوم أو بعده.
error-contest-ends-before = تنتهي المسابقة قبل أن تبدأ.
error-contest-ends-before-hint = اجعل النهاية في يوم البداية أو بعده.
error-contest-too-long = تدوم المسابقة سنة على الأكثر.
error-contest-too-long-hint = اختر مدة أقصر.
error-contest-too-far-back = يمكن أن تبدأ المسابقة قبل { $days } يومًا على الأكثر.
error-contest-too-far-back-hint = اختر بداية لاحقة.
error-contest-none-running = لا توجد مسابقة جارية.
error-contest-none-running-hint = اعرضها كلها بالأمر /contest list؛ ويبدأ المديرون مسابقة بالأمر /contest create.
error-contest-not-running = { $name } ليست جارية.
error-contest-not-running-hint = لا يمكن إنهاء إلا مسابقة جارية؛ ألغِ التي لم تبدأ بالأمر /contest cancel.
error-contest-already-ended = انتهت { $name } بالفعل.
error-contest-already-ended-hint = تبقى نتائجها كما هي.

## Duels
duel-result-title = ⚔️ مبارزة: { $a } ضد { $b } — { $verdict }
duel-result-wins = 🥇 الفوز لـ { $name }!
duel-result-draw = 🤝 تعادل.
duel-result-over = { $metric }، عدد الأيام: { $days }.
duel-result-scores = { $metric }، عدد الأيام: { $days }: { $a } { $a_score } · { $b } { $b_score }
duel-challenge-title = ⚔️ { $challenger } يتحدى { $opponent } في مبارزة
duel-challenge-what = { $metric }، عدد الأيام: { $days }، ابتداءً من يوم القبول.
duel-challenge-answer = { $mention }، اقبل أو ارفض خلال { $hours } ساعة (/duel accept أو /duel decline).
duel-declined = { $b } يرفض مبارزة { $a }
duel-declined-line = ربما في المرة القادمة.
duel-on = ⚔️ بدأت المبارزة: { $a } ضد { $b }
duel-on-line = { $metric } من الآن حتى نهاية { $day } (لا يُحتسب ما رُبح قبل الآن)؛ وتُنشر النتيجة صباح اليوم التالي.
duel-status-title = ⚔️ مبارزاتك
duel-what = { $metric }، عدد الأيام: { $days }
duel-waiting-mine = ⏳ تحديت { $them } ({ $what }): بانتظار الرد، الساعات المتبقية: { $hours }.
duel-waiting-theirs = ⏳ { $them } يتحداك ({ $what }): ردّ بالأمر /duel accept أو /duel decline (الساعات المتبقية: { $hours }).
duel-you-lead = أنت متقدم
duel-they-lead = { $them } متقدم
duel-level = تعادل
duel-last-day = اليوم هو الأخير
duel-ends = تنتهي في { $day } (الأيام بعد اليوم: { $left })
duel-over = انتهت؛ تُنشر النتيجة هذا الصباح
duel-running = ⚔️ أنت ضد { $them } ({ $what }): أنت { $mine } · { $them } { $theirs }، { $verdict }؛ { $when }.
duel-none = لا مبارزة جارية أو بانتظار الرد.
duel-none-hint = تحدَّ زميلًا: /duel challenge rep:@… metric:deals days:7

## Duels: refusals
error-duel-yourself = لا يمكنك مبارزة نفسك.
error-duel-yourself-hint = تحدَّ زميلًا: rep:@…
error-duel-not-on-chat = { $name } ليس في الدردشة بعد، فلا يمكنه القبول.
error-duel-not-on-chat-hint = تحدَّ شخصًا يستعمل Dealbell هنا.
error-duel-metric = تجمع المبارزة الصفقات الرابحة أو الأنشطة.
error-duel-metric-hint = استعمل metric:revenue أو deals أو activities.
error-duel-days = تدوم المبارزة من 1 إلى { $max } يومًا.
error-duel-days-hint = مثلًا days:7.
error-duel-already = لديك بالفعل مبارزة مع { $name } بانتظار الرد أو جارية.
error-duel-already-hint = أنهِ تلك أولًا.
error-duel-channel = أين يُعلن عن المبارزة؟
error-duel-channel-hint = أرسل التحدي من قناة، أو اضبط قناة بالأمر /setup wins_channel:….
error-duel-none-waiting = لا توجد مبارزة بانتظار ردك.
error-duel-none-waiting-hint = يتحداك أحدهم بالأمر /duel challenge rep:@أنت.
error-duel-not-yours = لا يرد على هذا التحدي إلا { $name }.
error-duel-answered-or-expired = تم الرد على هذا التحدي بالفعل، أو انتهت مهلته.
error-duel-answered = تم الرد على هذا التحدي بالفعل.

## Who may do what
error-managers-only-command = لا يستعمل { $command } إلا المديرون.
error-managers-only-command-hint = { $role ->
        [set] اطلب ذلك ممن لديه دور المدير أو صلاحية «إدارة الخادم».
       *[unset] اطلب ذلك ممن لديه صلاحية «إدارة الخادم» (يُضبط دور المدير بالأمر /setup manager_role).
    }
error-managers-only-option = لا يستعمل { $option } مع { $command } إلا المديرون.
error-managers-only-option-hint = { $role ->
        [set] اطلب ذلك ممن لديه دور المدير أو صلاحية «إدارة الخادم».
       *[unset] اطلب ذلك ممن لديه صلاحية «إدارة الخادم» (يُضبط دور المدير بالأمر /setup manager_role).
    }
error-not-your-deal = الصفقة رقم { $number } تخص { $owner }؛ لا يغيّرها إلا صاحبها أو مدير.
error-not-your-deal-hint = صفقاتك: /deal list
error-list-deals-of-others = لا يعرض صفقات مندوب آخر إلا المديرون.
error-list-deals-of-others-hint = صفقات الجميع الرابحة في /leaderboard؛ وصفقاتك: /deal list
error-list-activities-of-others = لا يعرض أنشطة مندوب آخر إلا المديرون.
error-list-activities-of-others-hint = أعداد الجميع في /leaderboard metric:activities؛ وأعدادك: /activity list
error-export-of-others = لا يصدّر أرقام مندوب آخر إلا المديرون.
error-export-of-others-hint = احذف rep: لتصدير أرقامك.
error-quota-of-others = لا يرى { $what ->
        [forecast] توقعات
       *[quota] مستهدف
    } مندوب آخر إلا المديرون (وزملاء الفريق حين يتشارك الفريق المستهدف).
error-quota-of-others-hint = الخاصة بك: { $what ->
        [forecast] /forecast show
       *[quota] /quota check
    }. يستطيع المدير مشاركة المستهدف داخل الفرق بالأمر /setup quota_visibility:team.
error-team-forecasts = توقعات الفرق والخادم للمديرين.
error-team-forecasts-hint = توقعاتك: /forecast show
error-history-open-deal = الصفقة رقم { $number } من الصفقات المفتوحة لدى { $owner }؛ لا يراها إلا صاحبها والمديرون.
error-history-removed-deal = حُذفت الصفقة رقم { $number }؛ يرى المديرون سجلها.
error-undo-not-yours = لا يتراجع عن هذا التغيير إلا من أجراه.
error-import-not-yours = لا يطبّق هذا الاستيراد أو يلغيه إلا المدير الذي بدأه.
error-activity-not-yours = لا يحذف النشاط إلا المندوب الذي سجّله أو مدير.

## Commands and their options, as typed
error-wrong-kind = يجب أن يكون { $option }: { $kind }.
error-no-command = لا يوجد أمر /{ $name }.
error-no-command-hint = اكتب /help لعرض كل الأوامر.
error-needs-subcommand = يحتاج /{ $command } إلى واحد من: { $subcommands }.
error-needs-subcommand-hint = مثلًا: /{ $command } { $first }
error-no-subcommand = لا يوجد «{ $given }» في /{ $command }.
error-no-subcommand-hint = استعمل واحدًا من: { $subcommands }.
error-takes-no-options = لا يأخذ { $command } أي خيارات.
error-no-option = لا يوجد في { $command } خيار «{ $option }».
error-no-option-hint = خياراته: { $options }.
error-not-a-choice = لا يمكن أن يكون { $option } «{ $given }».
error-not-a-choice-hint = استعمل واحدًا من: { $choices }.
error-too-long = { $option } طويل جدًا ({ $length } حرفًا)؛ الحد الأقصى { $max }.
error-out-of-range = يجب أن يكون { $option } { $range ->
        [between] بين { $min } و{ $max }
        [at-least] { $min } على الأقل
       *[at-most] { $max } على الأكثر
    }.
error-missing-option = يحتاج { $command } إلى { $option }.
error-missing-option-hint = اكتبه هكذا: { $command } { $example }
error-file-too-big = حجم { $file } { $size } بايت؛ والحد الأقصى { $limit ->
        [csv] لاستيراد CSV
        [plan] لخطة العمولة
       *[document] للمستند
    } { $max }.
error-not-utf8 = { $file } ليس نصًا بترميز UTF-8.
error-cannot-read-file = تعذرت قراءة { $file }: { $why }.
error-cannot-read-file-hint = تحقق من مسار الملف ومن أن Dealbell يستطيع قراءته، ثم حاول مجددًا.
announce-busy = { $channel } مزدحمة الآن: ستُنشر صفقتك بعد قليل مع الصفقات التالية.
announce-failed = تم الحفظ، لكن تعذر الإعلان عنه في { $channel }.
storage-alarm-title = ⚠ لا يستطيع Dealbell حفظ أي شيء الآن
storage-alarm-why = { $why ->
        [disk-full] القرص ممتلئ.
        [read-only] قاعدة البيانات للقراءة فقط.
       *[other] لا يمكن الكتابة في ملف قاعدة البيانات.
    } تُرفض الصفقات والتغييرات (مع رسالة بذلك) حتى يُصلح هذا؛ ولا يضيع شيء محفوظ.
storage-alarm-fix = على المسؤول تحرير مساحة على القرص أو إصلاح ملف قاعدة البيانات؛ تُقال هذه الرسالة مرة واحدة.

## Attached files
error-file-too-big-hint = { $limit ->
        [csv] قسّم ملف التصدير (حسب السنة أو المنطقة) واستورد الأجزاء واحدًا بعد الآخر.
        [plan] هل هذا هو الملف الصحيح؟ الخطة ملف TOML قصير.
       *[document] قسّمه إلى عدة مستندات.
    }
error-not-utf8-hint = { $limit ->
        [csv] صدّر التقرير من CRM بصيغة CSV (UTF-8) وأرفق ملف ‎.csv.
        [plan] احفظ الخطة بصيغة TOML بترميز UTF-8 وأرفقها مجددًا.
       *[document] احفظه بترميز UTF-8 وأرفقه مجددًا.
    }

## Amounts, dates and rates as typed
error-in-option = { $option }: { $message }
error-amount-hint = اكتبه مثلًا: 12500 أو 12.5k أو 12.5 ألف أو 1.2m أو $12,500.00 أو 20.000,00 EUR.
error-amount-unreadable = تعذرت قراءة «{ $input }» كمبلغ.
error-amount-not-positive = يجب أن يكون المبلغ أكبر من صفر.
error-amount-too-large = «{ $input }» أكبر مما يمكن أن تكون عليه صفقة واحدة (الحد الأقصى { $most }). تحقق من وجود رقم زائد.
error-amount-shared-symbol = «{ $input }» غامض: يُستعمل { $symbol } لـ { $codes }؛ اكتب الرمز بدلًا منه، مثلًا 100 { $first }.
error-amount-leading-zero = «{ $input }» غامض: مع صفر في البداية لا يتضح إن كانت آلافًا أو كسورًا عشرية.
error-amount-thousands-or-decimals = «{ $input }» غامض: قد يعني آلافًا أو كسورًا عشرية. اكتب { $whole } أو { $decimal } بدلًا منه.
error-amount-digit-groups = «{ $input }» غامض: مجموعات الأرقام ليست ثلاثية. اكتب الرقم من دون فواصل، مثلًا 1234567.
error-amount-too-precise = لعملة { $code } { $exponent } خانات عشرية، لذا في «{ $input }» خانات أكثر من اللازم.
error-amount-two-currencies = «{ $input }» يذكر عملتين مختلفتين.
error-amount-unknown-currency = لا أعرف العملة «{ $input }». استعمل رمز ISO 4217 مثل EUR أو USD أو PLN.
error-date-unreadable = تعذرت قراءة «{ $input }» كتاريخ.
error-date-unreadable-hint = اكتب 2026-03-31 أو 31.03.2026 (أو 31.3.26) أو اليوم أو أمس أو غدا أو يوم الأسبوع (الجمعة) أو نهاية الشهر أو نهاية الربع أو نهاية السنة.
error-date-out-of-range = «{ $input }» يعني { $date }، خارج المدة { $earliest }–{ $latest }.
error-date-out-of-range-hint = تحقق من السنة.
error-rate-hint = اكتب العملة وقيمة الوحدة منها هنا: rate:"EUR 4.30" (أو EUR=4,30).
error-rate-unreadable = rate: تعذرت قراءة «{ $input }» كسعر صرف.
error-rate-unknown-currency = rate: لا أعرف العملة «{ $input }».
error-rate-same-currency = rate: سعر صرف { $code } إلى { $code } هو 1 دائمًا.
error-rate-out-of-range = rate: يجب أن يكون السعر أكبر من صفر و1,000,000 على الأكثر، وبست خانات عشرية على الأكثر.

## /setup
setup-title = إعدادات الفريق
setup-title-updated = تم تحديث إعدادات الفريق
setup-field-timezone = المنطقة الزمنية
setup-field-language = اللغة
setup-field-currency = العملة
setup-field-fiscal-year = تبدأ السنة المالية
setup-field-manager-role = دور المدير
setup-field-wins-channel = قناة الصفقات الرابحة
setup-field-managers-channel = قناة المديرين
setup-field-quota-detail = تفاصيل المستهدف
setup-field-charts = الرسوم البيانية في المنشورات المجدولة
setup-field-nudges = التذكيرات
setup-field-amounts = المبالغ في العلن
setup-field-working-days = أيام العمل
setup-field-stages = المراحل
setup-not-set = غير مضبوط
setup-role-not-set = غير مضبوط (تُعتمد صلاحية «إدارة الخادم»)
setup-quota-private = خاص: المندوب والمديرون
setup-quota-team = مشترك داخل كل فريق
setup-on = مفعّل
setup-off = معطّل
setup-amounts-hidden = مخفية (نسبة المستهدف والأعداد)
setup-amounts-shown = معروضة
setup-nudges-dm = برسالة خاصة
setup-nudges-channel = إشارة في { $channel }
setup-nudges-no-channel = إشارة في قناة التذكيرات (غير مضبوطة: /setup nudges_channel:…)
setup-changed = تم التغيير: { $setting }: { $from } ← { $to }
setup-currency-note = تحتفظ الصفقات المسجلة بعملتها؛ وتحسب لوحات الترتيب الإيرادات الآن بعملة { $currency }.
setup-change-any = غيّر أيًا منها بالأمر /setup timezone:… currency:… fiscal_year_start:… manager_role:… wins_channel:… managers_channel:… quota_visibility:… charts:… nudges:… nudges_channel:… amounts:… weekend:… country:… days_off:… language:…
setup-setting-stage = المرحلة { $key }
setup-default-name = الاسم الافتراضي
setup-no-country = لا بلد
setup-weekend-off = العطلة: { $weekend }
setup-holidays-of = العطلات الرسمية في { $country }
setup-no-holidays = لا عطلات رسمية (اضبط country:…)
setup-own-days-off = أيام عطلة خاصة بالفريق: { $count }
setup-next-days-off = القادمة: { $days }
setup-holidays-known-until = العطلات الرسمية معروفة حتى { $year }: أضف اللاحقة بـ days_off

## /setup: refusals
error-setup-timezone = لا أعرف المنطقة الزمنية «{ $name }».
error-setup-timezone-hint = استعمل اسمًا من IANA مثل Asia/Riyadh أو Europe/Berlin أو America/New_York أو Asia/Shanghai.
error-setup-currency = لا أعرف رمز العملة «{ $code }».
error-setup-currency-hint = استعمل رمز ISO 4217 مثل SAR أو EUR أو USD أو PLN أو CNY.
error-setup-fiscal-year = يجب أن يكون fiscal_year_start شهرًا من 1 إلى 12.
error-setup-country = لا أعرف العطلات الرسمية لـ «{ $code }».
error-setup-country-hint = استعمل واحدًا من { $codes } (أو country:none)، وأضف أيام العطلة الأخرى بـ days_off:….
error-setup-stage-rename = تعذرت قراءة «{ $text }» كإعادة تسمية لمرحلة.
error-setup-stage-rename-hint = اكتب المفتاح=الاسم الجديد، مثلًا stage_label:proposal=عرض. مفاتيح المراحل: { $keys }.
error-setup-stage-taken = توجد مرحلة أخرى باسم «{ $label }» بالفعل.

## The console's own words
console-posted-in = → نُشر في { $place }:
console-edited-in = → عُدّل في { $place }:
console-lang-auto = لا تحمل الأسطر لغة الآن: لغتك في /language، وإلا فلغة الفريق.
console-lang-set = تُطرح الأسطر الآن بـ{ $language }.
console-lang-unknown = لا يتحدث Dealbell «{ $tag }». استعمل واحدة من: { $tags }، أو auto.
console-lang-which = حدد اللغة: :lang ar (واحدة من { $tags }، أو auto).
console-file-note = 📎 { $what ->
        [chart] رسم بياني
       *[file] ملف
    }: { $filename } ({ $bytes } بايت؛ احفظ الرسوم والملفات بـ --charts DIR)
console-file-saved = 📊 حُفظ { $what ->
        [chart] الرسم البياني
       *[file] الملف
    }: { $path }
console-file-not-saved = 📊 تعذر حفظ { $what ->
        [chart] الرسم البياني
       *[file] الملف
    } في { $path }: { $why }
console-as-who = حدد بصفة من تعمل: :as alice (أضف 'manager' لدور المدير).
console-as-unknown-word = لا أعرف «{ $word }» بعد الاسم. الاسم المكوّن من عدة كلمات يوضع بين علامتي تنصيص: :as "{ $whole }" (الدور الوحيد هو 'manager': :as "{ $whole }" manager).
console-you-are = أنت الآن { $who }{ $role ->
        [manager] {" "}(مدير)
       *[rep] {""}
    }.
console-too-far = هذا أبعد مما يحفظه Dealbell من الوقت (حتى سنة 9999)؛ تبقى الساعة كما هي.
console-clock-now = الساعة الآن { $time } ({ $timezone }).
console-how-far = حدد المدة: :advance 30m أو :advance 2h أو :advance 3d أو :advance 1d6h (أو :down 8h).
console-scheduler-step = خطوة المجدول عند { $time } UTC.
console-now-in-team = أنت الآن في فريق { $team }.
console-which-team = حدد الفريق: :guild acme
console-now-in-channel = أنت الآن في { $channel }.
console-which-channel = حدد القناة: :channel sales
console-no-directive = لا يوجد توجيه :{ $name }. اكتب :help لعرض القائمة.
console-whole-number = يجب أن يكون { $option } عددًا صحيحًا، مثلًا { $option }:12 (وصل «{ $text }»).
console-true-or-false = يجب أن يكون { $option } true أو false.
console-a-user = يجب أن يسمّي { $option } مستخدمًا، مثلًا { $option }:@bob.
console-a-file = يأخذ { $option } ملفًا: { $option }:@path/to/file.csv
console-cannot-read = تعذرت قراءة { $path }: { $why }.
console-clock-real = تتبع الساعة الوقت الحقيقي ({ $time } UTC).
console-not-a-time = تعذرت قراءة «{ $text }» كوقت. اكتب :now 2026-03-10 09:00 (بالتوقيت المحلي للفريق) أو :now real.
console-time-out-of-range = يحفظ Dealbell الوقت من السنة 1 إلى 9999؛ اختر وقتًا ضمنها.
console-scheduler-failed = فشلت خطوة المجدول؛ راجع السجل.
console-scheduled-posts = المنشورات المجدولة: { $posts }.
console-not-utf8 = هذا السطر ليس نصًا بترميز UTF-8 (بايت غير مقروء بعد { $at } بايت)، لذا تم تخطيه.
console-not-utf8-hint = احفظ الملف بترميز UTF-8 وشغّله مجددًا.
console-help = اكتب أوامر الشرطة المائلة كما في Discord، مثلًا /win amount:12.5k customer:"Acme GmbH"
    التوجيهات:
      :as NAME [manager]   اعمل بصفة شخص (manager = دور المدير)
      :now 2026-03-10 09:00   اضبط الساعة (بالتوقيت المحلي للفريق)؛ :now real لاتباع الوقت الحقيقي
      :advance 2h|3d|30m   عِش هذه المدة: كل منشور يُنشر في وقته
      :down 8h             البوت متوقف هذه المدة: قفزة ثم خطوة واحدة (منشورات متأخرة أو متخطاة)
      :tick                انشر المستحق الآن
      :guild NAME          بدّل الفريق
      :channel NAME        بدّل القناة
      :lang ar|auto        اسأل بلغة ما، كهاتف مضبوط عليها
      :quit
    الأوامر:
console-help-attach = أرفق الملفات هكذا: file:@path/to/file.csv

## The console: lines that do not parse
console-open-quote = علامة التنصيص غير مغلقة. ضع " الختامية بعد القيمة، مثلًا customer:"Acme GmbH".
console-not-a-command = ابدأ الأمر بـ / (مثل /win) أو التوجيه بـ : (مثل :as alice). اكتب :help للمزيد.
console-empty-value = «{ $option }» بلا قيمة. اكتبه هكذا { $option }:القيمة.
console-not-an-option = «{ $word }» ليس خيارًا. تُكتب الخيارات بصيغة الاسم:القيمة، مثلًا customer:"Acme GmbH".
console-repeated-option = الخيار { $option } مذكور مرتين.
console-quote-hint = القيمة التي فيها مسافات توضع بين علامتي تنصيص: { $option }:"{ $value }"

## Forecasts
forecast-title = 🔮 التوقعات — { $name } — { $period }
forecast-everyone = الجميع
forecast-closed-won = المحقق
forecast-commit = Commit (مؤكد)
forecast-best-case = Best case (أفضل حالة)
forecast-open-pipeline = الصفقات المفتوحة
forecast-weighted = الصفقات المفتوحة المرجّحة
forecast-run-rate = معدل التشغيل
forecast-no-business-day = — (لا يوم عمل بعد)
forecast-blended = التوقع المركّب
forecast-quota = المستهدف
forecast-quota-not-set = غير مضبوط
forecast-projected-attainment = الإنجاز المتوقع
forecast-coverage = تغطية الصفقات المفتوحة
forecast-coverage-value = { $times } ضعف المتبقي
forecast-big-deal = صفقة مفتوحة كبيرة: رقم { $number } { $customer } — { $amount } · { $category } { $probability }% · الإغلاق { $day }
forecast-big-deal-of = صفقة مفتوحة كبيرة: رقم { $number } { $customer } — { $amount } · { $category } { $probability }% · الإغلاق { $day } · { $owner }
forecast-slipping = متأخرة: رقم { $number } { $customer } — { $amount } كان موعدها { $day }؛ حدّثها بالأمر /deal edit id:{ $number } close:…
forecast-undated = صفقات مفتوحة بلا تاريخ إغلاق متوقع (لا تُحتسب في أي فترة): { $count }.
forecast-left-out = غير محتسبة: صفقات مفتوحة بعملات بلا سعر صرف (/rates set): { $other }، وبلا مبلغ: { $no_amount }.
forecast-footer = { $period } · { $timezone } · الطرق في ملف README

## /ask
ask-footer = من مستندات الفريق (/docs list)؛ الكلمات المطابقة بخط عريض
ask-also-searched = بُحث أيضًا عن: { $words }
ask-not-sure = 🔎 لست متأكدًا من أن المستندات تجيب عن ذلك
ask-no-document = لا يذكر أي مستند هذه الكلمات. اعرض المتاح بالأمر /docs list.
ask-closest-passage = أقرب مقطع، لعله يفيد:
ask-other-documents = مستندات أخرى قريبة:
ask-try-other-words = جرّب كلمات أخرى، أو اطلب من مدير إضافة المستند: /docs add
ask-about-own = 🔎 عن { $topic ->
        [commission] عمولتك
       *[quota] مستهدفك
    }
ask-cannot-work-out = لا أستطيع حساب { $topic ->
        [commission] عمولتك
       *[quota] مستهدفك
    } بعد: { $why }
ask-documents-say = هذا ما تقوله المستندات:
ask-own-numbers = هذا يخص أرقامك، فإليك { $command } (لا يراه غيرك):

## Forecast accuracy
error-forecast-kept-for = تُحفظ التوقعات للأشهر والأرباع.
error-forecast-kept-for-hint = اختر شهرًا أو ربعًا: period:last_month أو period:last_quarter أو period:month.
error-forecast-none-kept = لم تُحفظ توقعات { $period } لـ { $name }.
error-forecast-none-kept-hint = يحفظ Dealbell توقعًا واحدًا يوميًا أثناء عمله؛ اسأل مجددًا حين تتوفر للفترة توقعات (period:month للفترة الحالية).
forecast-accuracy-title = 🎯 دقة التوقعات — { $name } — { $period }
forecast-closed-so-far = المحقق حتى الآن
forecast-days-forecast = أيام التوقع
forecast-nothing-closed = لم تُربح أي صفقة في الفترة، لذا لا يمكن إعطاء الأخطاء كنسبة مئوية.
forecast-method-error = خطأ { $method }
forecast-closest = الأقرب في المتوسط: { $methods } (متوسط الخطأ المطلق، عدد الأيام: { $days }).
forecast-still-running = { $period } ما زالت جارية: الأخطاء مقارنة بما رُبح حتى الآن.
forecast-accuracy-footer = { $timezone } · الطرق في ملف README

## Forecast methods
forecast-method-commit = Commit
forecast-method-best_case = Best case
forecast-method-weighted = المحقق + المرجّح
forecast-method-run_rate = معدل التشغيل
forecast-method-blended = مركّب

## /docs
error-docs-file-and-text = قدّم المستند ملفًا أو نصًا، لا الاثنين معًا.
error-docs-not-text = { $file } ليس ملف Markdown أو نص.
error-docs-not-text-hint = احفظه بصيغة ‎.md أو ‎.txt (UTF-8)؛ لا تُقرأ ملفات Word وPDF.
error-docs-needs-title = يحتاج المستند الملصق إلى عنوان.
error-docs-needs-title-hint = /docs add title:"قواعد الخصم" text:"…"
error-docs-nothing = أرفق مستندًا أو الصق واحدًا.
error-docs-nothing-hint = /docs add file:playbook.md، أو /docs add title:"…" text:"…"
docs-added = 📄 { $replaced ->
        [yes] استُبدل
       *[no] أُضيف
    } المستند رقم { $number }: { $title }
docs-added-line = المقاطع: { $passages }، اللغة { $language }. يبحث فيه /ask من الآن.
docs-list-title = 📚 المستندات ({ $count })
docs-list-empty = لا شيء بعد. يضيف المدير مستندًا: /docs add file:playbook.md
docs-list-line = رقم { $number } { $title } — المقاطع: { $passages }، { $language }{ $sample ->
        [yes] {" "}· نموذج
       *[no] {""}
    }
docs-list-footer = اسألها: /ask question:… · المديرون: /docs add، /docs remove
docs-removed = 🗑 حُذف المستند رقم { $number }: { $title }

## /rates
rates-set = ضُبط السعر: 1 { $from } = { $number } { $team } ابتداءً من { $day }
rates-was = كان { $number } لذلك اليوم.
rates-converted = تُحتسب الصفقة الرابحة بـ{ $from } من حينها بعد التحويل: { $one } تساوي { $worth }.
rates-now-count = صفقات رابحة أو خاسرة بـ{ $from } بلا سعر صرف تُحتسب الآن: { $count }.
rates-closed-keep = تحتفظ الصفقات المغلقة قبل { $day } بالأرقام التي أُغلق بها شهرها.
rates-list-title = 💱 أسعار الصرف إلى { $team }
rates-list-empty = لا شيء بعد: تُعد الصفقات بعملات أخرى صفقاتٍ ولا تُضاف إلى إيرادات { $team }. يضبط المدير سعرًا بالأمر /rates set rate:"EUR 4.30".
rates-list-line = 1 { $from } = { $number } { $team } ابتداءً من { $day }
rates-list-line-by = 1 { $from } = { $number } { $team } ابتداءً من { $day } (ضبطه { $who })
rates-list-footer = تُحتسب الصفقة بسعر يومها؛ وتغيير السعر لاحقًا لا يغيّر شهرًا انتهى.

## /privacy
error-privacy-nothing = لا يحتفظ Dealbell بأي شيء عن { $name }.
error-privacy-yourself = لا يمكنك حذف بياناتك بنفسك هنا.
error-privacy-yourself-hint = اطلب من مدير آخر أن ينفّذه لك.
privacy-preview-title = حذف بيانات { $name }؟ لم يتغير شيء بعد
privacy-preview-removed = يُحذف: الاسم ومعرّف الدردشة والاسم في CRM (يصبح «former member N»)، وملاحظات الأنشطة، وإعدادات التذكير والتذكيرات والرفع المعلّق، والاسم والإشارة في الإعلانات المحفوظة للتراجع.
privacy-preview-kept = يبقى، تحت الاسم المجهول: صفقاته (تبقى مجاميع الفريق صحيحة)، وأعداد الأنشطة، والمستهدف، وسجل التدقيق. المنشورات الموجودة في قنوات Discord تخص Discord؛ احذفها هناك.
privacy-preview-go = للمتابعة: /privacy forget user:@{ $name } confirm:true
privacy-done-title = حُذفت بيانات { $name }
privacy-done = يظهر من الآن باسم «{ $shown_as }»: صفقات محفوظة: { $deals }، ملاحظات محذوفة: { $notes }، إعلانات مجهّلة: { $posts }.
privacy-done-recorded = سُجّل ذلك باسمك والوقت. إن عاد فسيبدأ عضوًا جديدًا.

## /tv
error-tv-no-link-made = تعذر إنشاء رابط آمن الآن. حاول مجددًا بعد قليل.
tv-link-title = 📺 رابط الصفحة المباشرة رقم { $number }
tv-link-anyone = يستطيع أي شخص لديه هذا الرابط فتح الصفحة دون تسجيل دخول: اعرضها على شاشة المكتب أو شاركها مع الفريق. تعرض ما تعرضه قنوات الفريق فقط.
tv-link-once = هذه هي المرة الوحيدة التي يظهر فيها الرابط. أغلقه نهائيًا بالأمر /tv revoke link:{ $number }
tv-not-served = لا تُقدَّم الصفحة بعد: يضبط مسؤول الخادم web.listen (وweb.public_url) في إعدادات Dealbell.
tv-list-title = 📺 روابط الصفحة المباشرة
tv-list-empty = لا شيء بعد. أنشئ رابطًا: /tv link metric:revenue period:month
tv-revoked-on = أُلغي في { $day }
tv-open-since = مفتوح منذ { $day }
tv-list-footer = لا يظهر عنوان الرابط إلا عند إنشائه.
error-tv-no-link = لا يوجد رابط مفتوح للصفحة المباشرة رقم { $number }.
error-tv-no-link-hint = اعرض روابط الفريق بالأمر /tv list.
tv-revoked-title = 📺 أُلغي الرابط رقم { $number }
tv-revoked-line = تتوقف الصفحات المفتوحة به عن التحديث، ولم يعد يفتح شيئًا.

## /nudges and /away
nudges-on-title = التذكيرات مفعّلة
nudges-on-line = سيذكّرك Dealbell حين لا يُسجَّل شيء لفترة أو تتأخر عن الوتيرة، ضمن حدود الفريق.
nudges-off-title = التذكيرات معطّلة
nudges-off-line = لن يذكّرك Dealbell. تبقى الصفقات واللوحات والمسابقات كما هي؛ ويعيد /nudges on التذكيرات.
nudges-status-title = التذكيرات
nudges-yours-off = تذكيراتك معطّلة (/nudges on لإعادتها).
nudges-yours-on = تذكيراتك مفعّلة (/nudges off لإيقافها).
nudges-you-away = أنت غائب حتى { $day }.
nudges-nobody-out = لم يلغِ أحد التذكيرات ولا أحد غائب.
nudges-member-off-away = • { $name }: التذكيرات معطّلة، غائب حتى { $day }
nudges-member-off = • { $name }: التذكيرات معطّلة
nudges-member-away = • { $name }: غائب حتى { $day }
away-welcome-back = مرحبًا بعودتك
away-welcome-back-line = تُستأنف التذكيرات (إن كانت مفعّلة) من اليوم.
error-away-until = حدد حتى متى ستغيب.
error-away-until-hint = /away until:2026-03-20 (آخر يوم غياب)، أو /away back:true حين تعود مبكرًا.
error-away-passed = مضى { $day }.
error-away-passed-hint = حدد آخر يوم غياب، اليوم أو بعده.
error-away-too-far = هذا أبعد من سنة.
error-away-too-far-hint = حدد آخر يوم خلال سنة؛ ويمكنك ضبطه مجددًا عند عودتك.
away-title = غائب حتى { $day }
away-line = لا تذكيرات حتى ذلك الحين، وأسابيع الغياب لا تقطع سلسلة صفقاتك.
away-back-early = عدت مبكرًا؟ /away back:true.

## /team
team-list-title = الفرق
team-list-empty = لا فرق بعد. يستطيع المدير استيرادها: /import kind:teams file:sales_teams.csv
team-in-none = بلا فريق: { $names }
team-linked-legend = ✓ = مرتبط بمستخدم في الدردشة. اربط مندوبًا: /team link rep:"الاسم" user:@الشخص
error-team-already-linked = { $rep } مرتبط بالفعل بـ { $user }. تبقى الروابط كي لا ينتقل سجل أحد بالخطأ.
team-linked = رُبط { $rep } بـ { $user }
team-linked-deals = صفقات تُحتسب له الآن في كل لوحة: { $deals }.
error-team-exists = يوجد فريق باسم «{ $name }» بالفعل.
error-team-exists-hint = اعرض الفرق بالأمر /team list؛ وأضف المندوبين إلى فريق بالأمر /team add.
team-created = أُنشئ الفريق «{ $name }»
team-created-line = أضف مندوبين: /team add team:"{ $name }" rep:@…
error-team-which-rep = حدد المندوب.
error-team-which-rep-hint = أضف rep:@شخص، أو rep:"الاسم" لمندوب من CRM.
team-added = { $rep } الآن في { $team }
team-already-in = { $rep } كان في { $team } بالفعل
team-added-line = تُحتسب صفقاته في لوحات { $team } ومستهدفه ومسابقاته.
error-team-not-in = { $rep } ليس في { $team }.
error-team-not-in-hint = اعرض من في أي فريق بالأمر /team list.
team-removed = خرج { $rep } من { $team }
team-removed-line = تبقى صفقاته له؛ ولم تعد تُحتسب لهذا الفريق.
error-team-has-contest = لدى { $team } مسابقة، لذا يبقى: ترتيبها ونتائجها تذكره.
error-team-has-contest-hint = أخرج مندوبيه بالأمر /team remove بدلًا من ذلك.
team-deleted = حُذف الفريق { $team }
team-deleted-line = يبقى مندوبوه وصفقاتهم؛ هم الآن ببساطة بلا فريق (أو في فرقهم الأخرى).

## Forecast alerts
times = { $number } ضعف
alert-rule-attainment = متوقع عدم بلوغ المستهدف
alert-rule-slipped = صفقة متأخرة
alert-rule-stale = صفقة راكدة
alert-rule-coverage = صفقات مفتوحة قليلة
alert-rule-forecast-drop = هبوط التوقع
alert-rule-large-deal = صفقة كبيرة
alert-watches-attainment =
    التوقع أقل من { $threshold }% من المستهدف مع بقاء { $days ->
        [zero] لا أيام
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    } أو أقل في الفترة
alert-watches-slipped-any = صفقة مفتوحة تجاوزت تاريخ إغلاقها المتوقع
alert-watches-slipped = صفقة مفتوحة تجاوزت تاريخ إغلاقها المتوقع بأكثر من عدد الأيام: { $days }
alert-watches-stale = صفقة مفتوحة لم تتغير منذ عدد الأيام: { $days }
alert-watches-coverage = الصفقات المفتوحة أقل من { $times } المتبقي من المستهدف
alert-watches-forecast-drop = انخفض التوقع المركّب بأكثر من { $threshold }% منذ اليوم السابق
alert-watches-large-deal = صفقة بقيمة { $amount } أو أكثر انتقلت بين المراحل أو رُبحت أو خُسرت
alert-dm-nudges = تذكير برسالة خاصة لأصحاب الصفقات المتأخرة والراكدة: { $state }
alert-rules-title = 🚨 قواعد التنبيهات
alert-rules-footer = لتغيير قاعدة: /alerts set rule:stale threshold:21 · يتم الفحص عبر /schedule add kind:alerts
alert-rule-changed = 🚨 تم تغيير قاعدة التنبيه `{ $rule }`
alert-closed-with-rule = أُغلقت تنبيهاتها المفتوحة (العدد: { $count }).
alert-list-title = 🚨 التنبيهات المفتوحة ({ $count })
alert-list-empty = لا شيء مفتوح. تُفحص التنبيهات بجدول: /schedule add kind:alerts cron:"daily 08:30"
alert-list-newest = أحدث { $shown } من { $count }؛ إن كانت كثيرة فارفع حد القاعدة بالأمر /alerts set.
alert-list-snoozed = {" "}· 💤 حتى { $day }
alert-list-line = `#{ $number }` { $rule } — { $finding } · أُرسل { $times } مرة{ $snoozed }
alert-list-resolved = تنبيهات لم تعد قائمة اليوم (العدد: { $count })؛ يغلقها الفحص التالي.
alert-list-footer = الأرقام حتى اليوم · لإسكات تنبيه: /alerts snooze id:{ $number } days:7
alert-snoozed-title = 💤 التنبيه #{ $number } صامت حتى { $day }
alert-snoozed-how = يبقى صامتًا حتى ذلك الحين؛ وإن بقي بعدها وصار أسوأ مما كان عند آخر إرسال، يُرسل من جديد.
alert-who-team = فريق { $name }
alert-deal = #{ $number } { $customer } ({ $owner }) — { $amount }
alert-deal-no-amount = بلا مبلغ
alert-found-attainment = { $who }: التوقع { $percent } من المستهدف لفترة { $period } ({ $blended } من { $quota })، الأيام المتبقية: { $days }
alert-found-coverage = { $who }: الصفقات المفتوحة { $times } من المتبقي من المستهدف ({ $left }) في { $period } (القاعدة: { $rule })
alert-found-forecast-drop = { $who }: انخفض التوقع المركّب لفترة { $period } بنسبة { $percent } منذ آخر لقطة ({ $before } ← { $after })
alert-found-slipped = { $deal } كان موعدها { $due }، أيام التأخير: { $days }
alert-found-stale = { $deal }، بلا تغيير منذ عدد الأيام: { $days }
alert-found-large-deal = #{ $number } { $customer } ({ $owner }) { $what } — { $amount }
alert-large-won = 🎉 رُبحت
alert-large-lost = خُسرت
alert-large-lost-because = خُسرت ({ $reason })
alert-large-opened = فُتحت في مرحلة { $stage }
alert-large-moved = نُقلت { $from } ← { $to }
alert-post-title = 🚨 تنبيهات التوقعات — { $day }
alert-post-line =
    `#{ $number }` **{ $rule }**{ $why ->
        [worse] {" "}· أسوأ
        [back] {" "}· عاد
       *[new] {""}
    } — { $finding }
alert-post-more-of = { $count } × { $rule }
alert-post-more = …وغيرها (العدد: { $count }): { $rules }. اعرضها كلها بالأمر /alerts list.
alert-post-footer = { $period } · لإسكات تنبيه: /alerts snooze id:… days:7 · القواعد: /alerts rules
alert-nudge-title = 👋 { $rep }، الصفقة #{ $number } تحتاج إلى تحديث
alert-nudge = { $rule }: حدّثها ليبقى التوقع صحيحًا.
alert-nudge-how = /deal show id:{ $number } ثم /deal edit id:{ $number } close:… أو /deal stage أو /deal won أو /deal lost.

## Alert refusals
error-alert-dm-nudges-say = حدّد هل تُرسل التذكيرات.
error-alert-dm-nudges-say-hint = /alerts set rule:dm_nudges enabled:true
error-alert-dm-nudges-only = dm_nudges إما مفعّل أو معطّل فقط: استخدم enabled.
error-alert-nothing-to-change = لا شيء لتغييره.
error-alert-nothing-to-change-hint = أضف threshold أو days أو enabled، مثل /alerts set rule:{ $rule } threshold:…
error-alert-threshold-attainment = حد attainment نسبة مئوية من المستهدف، من { $min } إلى { $max }.
error-alert-threshold-slipped = حد slipped هو أيام السماح، من { $min } إلى { $max }.
error-alert-threshold-stale = حد stale بالأيام، من { $min } إلى { $max }.
error-alert-threshold-coverage = حد coverage بأجزاء من مئة من المتبقي من المستهدف، من { $min } إلى { $max } (200 = ضعفان).
error-alert-threshold-forecast-drop = حد forecast_drop نسبة مئوية، من { $min } إلى { $max }.
error-alert-threshold-large-deal = حد large_deal بوحدات كاملة من عملة الفريق، من { $min } إلى { $max }.
error-alert-days = أيام attainment يجب أن تكون من 0 إلى 366 (الأيام المتبقية في الفترة).
error-alert-no-days = { $rule } بلا إعداد للأيام؛ هذا لـ attainment وحدها.
error-alert-threshold-hint = معنى كل رقم في /alerts rules.

## Schedules
moment = { $day } { $time } { $zone }
post-kind-leaderboard = لوحة الترتيب
post-kind-quota = تقدم المستهدف
post-kind-digest = الملخص
post-kind-forecast = التوقعات
post-kind-alerts = التنبيهات
schedule-board-of = { $kind } ({ $metric }، { $period })
schedule-line = #{ $number } { $what } في <#{ $channel }> — { $cron }
schedule-added = تمت إضافة الجدول #{ $number }
schedule-next = التالي: { $times }
schedule-next-one = التالي { $time }
schedule-paused = متوقف مؤقتًا
schedule-last =
    آخر مرة { $time }{ $late ->
        [yes] {" "}(متأخر)
       *[no] {""}
    }: { $status }
firing-claimed = قيد النشر
firing-posted = نُشر
firing-skipped = تم تخطيه
firing-retrying = تُعاد المحاولة
firing-failed = فشل
schedule-list-title = الجداول
schedule-list-empty = لا شيء بعد. أضف جدولًا: /schedule add kind:leaderboard cron:"weekly monday 09:00" channel:#sales
schedule-preview-title = الجدول #{ $number }: المنشورات الخمسة التالية
schedule-preview-paused = الجدول متوقف؛ هذه مواعيد النشر بعد استئنافه.
schedule-paused-title = تم إيقاف الجدول #{ $number } مؤقتًا
schedule-resumed-title = تم استئناف الجدول #{ $number }
schedule-resumed-missed = لا تُرسل المنشورات التي فاتت أثناء التوقف.
schedule-removed = تم حذف الجدول #{ $number }
schedule-early =
    تقع هذه المنشورات في أول يوم من { $kind ->
        [week] الأسبوع
        [month] الشهر
        [quarter] الربع
       *[other] السنة
    } حين يكاد يبدأ: وحتى يربح أحد، يعرض كل منشور الترتيب النهائي { $kind ->
        [week] للأسبوع السابق
        [month] للشهر السابق
        [quarter] للربع السابق
       *[other] للسنة السابقة
    }. لعرض تلك اللوحة استخدم period:last_{ $kind }.
schedule-sample = لو نُشر الآن: { $title }
schedule-posted-late = ⏰ نُشر متأخرًا: كان موعده { $time } حين كان Dealbell غير متصل.
error-schedule-unreadable = تعذّر فهم "{ $typed }" كجدول.
error-schedule-unreadable-hint = اكتب daily 17:30 أو weekdays 09:00 أو weekly monday 09:00 أو monthly 1 09:00، أو خمسة حقول cron مثل "0 9 * * MON" (الدقيقة الساعة اليوم الشهر يوم_الأسبوع).
error-schedule-too-frequent = "{ $typed }" سينشر أكثر من مرة في الساعة؛ الجداول تنشر مرة في الساعة على الأكثر.
error-schedule-never = "{ $typed }" لا يحدث أبدًا.
error-schedule-where = حدّد مكان النشر.
error-schedule-where-hint = أضف channel:#sales (للتنبيهات، أو عيّن قناة المديرين بالأمر /setup managers_channel:#…).
error-schedule-options = metric للوحات الترتيب والملخصات فقط؛ وperiod لها وللتوقعات والتنبيهات.
error-schedule-alerts-period = تراقب التنبيهات الشهر أو الربع الحالي.
error-schedule-alerts-period-hint = استخدم period:month أو period:quarter.
error-schedule-already-paused = الجدول #{ $number } متوقف مؤقتًا بالفعل.
error-schedule-already-running = الجدول #{ $number } يعمل بالفعل.

## Announcements sent together, taken back, or not delivered
burst-title = 🔥 صفقات رابحة في الدقائق الأخيرة: { $count }
burst-undone = ~~{ $summary }~~ (أُلغي)
burst-footer = أُعلنت معًا: شهدت هذه القناة صفقات رابحة كثيرة خلال { $minutes } دقيقة.
win-taken-back = ↩ أُلغي: سُحب هذا الربح.
post-failed-schedule-title = تعذّر على الجدول #{ $number } النشر
post-failed-schedule = فشل منشور موعده { $time } في { $place } (المحاولات: { $attempts }): { $error }.
post-failed-schedule-how = تحقق من أن Dealbell يستطيع رؤية الرسائل وإرسالها هناك، أو انقله: /schedule remove ثم /schedule add.
post-failed-title = تعذّر نشر إعلان
post-failed = "{ $summary }" في { $place }: { $error }.
post-failed-how = تحقق من أن Dealbell يستطيع رؤية الرسائل وإرسالها هناك (/setup wins_channel:… لنقلها).
post-failed-direct = الرسائل الخاصة لـ { $user }

## Leaderboard: where one more deal takes you
error-board-to-needs-from = to يحتاج إلى from.
error-board-to-needs-from-hint = اكتب from:2026-01-01 to:2026-03-31.
board-not-on-yet-first-win = لست في هذه اللوحة بعد: أول صفقة رابحة تضعك فيها.
board-one-more-average-of = صفقة أخرى بمتوسط حجم صفقاتك ({ $amount })
board-one-more-average = صفقة أخرى بمتوسط حجم صفقاتك
board-one-more = صفقة أخرى
board-one-more-passes = { $deal } ستنقلك إلى المركز #{ $rank } متجاوزًا { $names }.
board-one-more-short = { $deal } ستبقيك في المركز #{ $rank } — ينقصك { $gap } لتلحق بـ { $names } في المركز #{ $place }.
board-one-more-keeps = { $deal } ستبقيك في المركز #{ $rank }.

## Quota refusals
error-quota-whose = حدّد لمن هذا المستهدف.
error-quota-whose-hint = أضف rep:@شخص أو team:"اسم الفريق" أو everyone:true.
error-quota-currency = المستهدفات بعملة الفريق، { $currency }.
error-quota-currency-hint = اكتب المبلغ بـ { $currency } (أو غيّر عملة الفريق بالأمر /setup).
error-quota-period-over = انتهت فترة { $period }.
error-quota-period-over-hint = عيّن المستهدفات للفترة الحالية أو لفترة قادمة (starting:2026-04-01).

## Buttons: undo and import previews
error-undo-already = أُلغي هذا التغيير من قبل.
error-undo-too-old = مضى على هذا التغيير أكثر من { $minutes } دقيقة، فلم يعد إلغاؤه بنقرة ممكنًا.
error-undo-too-old-hint = صحّحه بالأمر /deal edit أو /deal stage أو /deal lost.
error-preview-settled = طُبّق هذا الاستيراد أو أُلغي من قبل.
error-preview-too-old = هذه المعاينة قديمة جدًا لتطبيقها؛ ربما تغيّرت البيانات منذ ذلك الحين.
error-preview-too-old-hint = شغّل الاستيراد مرة أخرى.
import-cancelled = أُلغي الاستيراد
import-cancelled-nothing = لم يتغير شيء.

## Activities
error-activity-kind = "{ $kind }" ليس نشاطًا أتابعه.
error-activity-kind-hint = استخدم call أو email أو meeting أو demo أو proposal.
error-activity-already-removed = حُذف النشاط #{ $number } من قبل.
activity-list-title = أنشطة { $rep }
activity-list-empty = لا شيء بعد. سجّل نشاطًا: /activity log kind:call count:5
activity-list-footer = سجلّ خاطئ؟ /activity remove id:… (أو /deal undo بعده مباشرة)
activity-removed =
    { $how ->
        [undone] أُلغي
       *[removed] حُذف
    }: { $activities } سجّلها { $rep } في { $day }
activity-removed-counts = لم يعد يُحتسب في أي لوحة.

## Deals: fields, changes, history and refusals
deal-field-stage = المرحلة
deal-field-amount = المبلغ
deal-field-customer = العميل
deal-field-product = المنتج
deal-field-expected-close = الإغلاق المتوقع
deal-field-closed-on = تاريخ الإغلاق
deal-field-won-on = تاريخ الربح
deal-field-lost-on = تاريخ الخسارة
deal-field-lost-reason = سبب الخسارة
deal-field-note = الملاحظة
deal-field-owner = المالك
deal-field-forecast-category = فئة التوقع
deal-action-create = إضافة
deal-action-stage = تغيير المرحلة
deal-action-won = ربح
deal-action-lost = خسارة
deal-action-edit = تعديل
deal-action-forecast = فئة التوقع
deal-action-import = استيراد
deal-action-convert = تحويل العملة
deal-action-undo = تراجع
deal-change = { $field }: { $from } ← { $to }
deal-change-removed = حُذفت
deal-change-owner = تغيّر المالك
deal-history-amount-hidden = المبلغ مخفي
deal-category-follows-stage = تتبع المرحلة
deal-history-title = سجل الصفقة #{ $number }
deal-history-someone = شخص ما
deal-history-no-change = لا تغيير فيما تعرضه الصفقة
deal-history-line =
    { $day } { $time } { $actor }: { $action }{ $undone ->
        [yes] {" "}(أُلغي)
       *[no] {""}
    }: { $changes }
deal-forecast-from-stage = { $category } (حسب المرحلة)
deal-forecast-now = الصفقة #{ $number } الآن في التوقع ضمن: { $category }
error-deal-add-closed-stage = { $stage } تُغلق الصفقة؛ و/deal add للصفقات المفتوحة.
error-deal-add-closed-stage-hint = سجّل صفقة رابحة بالأمر /win amount:… customer:…
error-deal-edit-nothing = لا شيء لتغييره.
error-deal-edit-nothing-hint = حدّد ما تريد تغييره، مثل /deal edit id:{ $number } amount:15k close:eoq
error-deal-edit-same = للصفقة #{ $number } هذه التفاصيل بالفعل.
error-deal-forecast-closed = الصفقة #{ $number } مغلقة؛ التوقعات للصفقات المفتوحة.
error-deal-forecast-same = الصفقة #{ $number } هناك بالفعل.
error-deal-not-yours = الصفقة #{ $number } ضمن صفقات { $owner } المفتوحة؛ لا يراها إلا صاحبها والمديرون.
error-deal-not-yours-hint = صفقاتك: /deal list
error-undo-changed-since = تغيّرت الصفقة #{ $number } منذ تغييرك ({ $action })، فالتراجع سيمحو عمل غيرك.
error-undo-changed-since-hint = اطّلع عليها بالأمر /deal show id:{ $number } وصحّحها بالأمر /deal edit.
error-deal-conflict = غيّر شخص آخر الصفقة #{ $number } للتو، فلم يُحفظ شيء.
error-deal-conflict-hint = اطّلع عليها مجددًا بالأمر /deal show id:{ $number } ثم أعد المحاولة.
error-deal-already-won = الصفقة #{ $number } رابحة بالفعل.
error-deal-already-lost = الصفقة #{ $number } خاسرة بالفعل.
error-deal-same-stage = الصفقة #{ $number } في مرحلة { $stage } بالفعل.
error-deal-no-amount = الصفقة #{ $number } بلا مبلغ بعد، فلا يمكن ربحها.
error-deal-no-amount-hint = أضف مبلغًا: /deal won id:{ $number } amount:12500
error-deal-close-through-stage = أغلق الصفقة بالأمر /deal won أو /deal lost؛ و/deal stage تنقلها بين المراحل المفتوحة.
error-deal-close-in-future = { $date } في المستقبل؛ تُغلق الصفقة في يوم قد حلّ.
error-deal-close-too-old = { $date } قبل أكثر من { $days } يوم؛ يستطيع المدير التأريخ لما هو أبعد.
error-text-empty = لا يمكن أن يكون فارغًا.
error-text-too-long = هذا طويل جدًا (عدد الأحرف: { $count })؛ الحد { $most }.
error-period-unknown = لا أعرف الفترة "{ $typed }".
error-period-unknown-hint = استخدم week أو month أو quarter أو year، مع last_ للفترة السابقة (last_month).
error-period-backwards = تنتهي الفترة قبل أن تبدأ (من { $from } إلى { $to }).
error-period-too-long = هذه الفترة أطول من خمس سنوات؛ اختر مدى أقصر.
error-days-off-too-many = يحتفظ الفريق بـ { $most } يوم عطلة خاص به على الأكثر.

## Commission plan in words
comp-plan-period =
    تُحسب العمولة لكل { $period ->
        [month] شهر
        [quarter] ربع
       *[year] سنة
    } على الإيرادات الرابحة بعملة { $currency }.
comp-plan-on-target =
    العمولة المستهدفة: { $amount } لكل { $period ->
        [month] شهر
        [quarter] ربع
       *[year] سنة
    } عند بلوغ 100% من المستهدف؛ والمعدل المستهدف هو هذا المبلغ ÷ مستهدفك.
comp-plan-flat = كل الإيرادات الرابحة تُدفع بمعدل { $rate }.
comp-plan-tiers-retroactive = شرائح حسب بلوغ المستهدف؛ بلوغ شريحة يعيد حساب كل إيرادات الفترة بمعدلها:
comp-plan-tiers-marginal = شرائح حسب بلوغ المستهدف؛ كل جزء من الإيرادات يُدفع بمعدل شريحته:
comp-plan-tier = • { $range }: { $rate }
comp-plan-tier-above = فوق { $from }
comp-plan-tier-edge = تبدأ الشريحة فوق حدها الأدنى مباشرة: بلوغ { $edge } من المستهدف تمامًا يُدفع بمعدل شريحة { $tier }.
comp-plan-threshold = تحت { $threshold } من مستهدفك لا تُدفع عمولة؛ وتُدفع مكافآت SPIFF فوق ذلك.
comp-plan-threshold-split = تحت { $threshold } من مستهدفك لا تُدفع عمولة، لا جزؤك ولا جزء الفريق؛ وتُدفع مكافآت SPIFF فوق ذلك.
comp-plan-split = { $own }% تُدفع حسب بلوغك مستهدفك، و{ $team }% حسب بلوغ فريقك.
comp-plan-cap =
    للعمولة سقف قدره { $amount } لكل { $period ->
        [month] شهر
        [quarter] ربع
       *[year] سنة
    } (وتُدفع مكافآت SPIFF فوق ذلك).
comp-plan-spiff-product-from = كل صفقة { $product } رابحة بقيمة { $amount } أو أكثر
comp-plan-spiff-product = كل صفقة { $product } رابحة
comp-plan-spiff-from = كل صفقة رابحة بقيمة { $amount } أو أكثر
comp-plan-spiff-any = كل صفقة رابحة
comp-plan-spiff = SPIFF "{ $name }": { $bonus } عن { $what }، تُربح من { $from } إلى { $to }.
comp-plan-clawback = الصفقة الرابحة التي تُعلَّم خاسرة خلال { $days } يوم من ربحها تُسترد عمولتها (بالمعدل الذي دُفعت به).
comp-plan-rounding =
    تُقرَّب المبالغ { $rounding ->
        [half_even] إلى الزوجي عند النصف
        [down] إلى الأدنى
       *[half_up] إلى الأعلى عند النصف
    } إلى أصغر وحدة، مرة واحدة، في آخر كل سطر.
comp-plan-title = 💶 خطة العمولة — { $name } (الإصدار { $version })
comp-plan-footer = أرقامك: /comp estimate · للأسئلة: /ask
comp-plan-loaded = 💶 تم تحميل الخطة — { $name } (الإصدار { $version })
comp-plan-loaded-footer = يراها مندوبو المبيعات بالأمر /comp plan وأرقامهم بالأمر /comp estimate
error-comp-plan-on-file = تعذّرت قراءة الخطة المحفوظة: { $error }.
error-comp-plan-on-file-hint = يستطيع مدير تحميلها من جديد بعد إصلاحها: /comp plan file:…
error-comp-no-plan = لم تُحمَّل خطة عمولة بعد.
error-comp-no-plan-hint = يحمّلها المدير بالأمر /comp plan file:plan.toml (كل حقل مشروح في config/comp_plan.example.toml).
error-comp-file-and-text = قدّم الخطة عبر file أو عبر text، لا كليهما.
error-comp-plan-unusable = لا يمكن استخدام هذه الخطة: { $error }.
error-comp-plan-unusable-hint = أصلحها وحمّلها مجددًا؛ لم يتغير شيء. كل حقل مشروح في config/comp_plan.example.toml.
error-comp-plan-one-line-hint = في الخطة إعداد واحد لكل سطر: أرفق ملف .toml أو اكتب \n بين الأسطر. لم يتغير شيء.
error-comp-plan-currency = تدفع الخطة بعملة { $plan } بينما يحسب الفريق الإيرادات بعملة { $team }.
error-comp-plan-currency-hint = اكتب الخطة بعملة { $team } (أو غيّر عملة الفريق بالأمر /setup).
error-comp-no-quota = تدفع الخطة حسب بلوغ المستهدف، ولا مستهدف لـ { $rep } في { $period }.
error-comp-no-quota-hint = يعيّنه المدير: /quota set rep:@… amount:… period:quarter
error-comp-plan-period =
    تحسب الخطة العمولة لكل { $period ->
        [month] شهر
        [quarter] ربع
       *[year] سنة
    }.
error-comp-plan-period-hint = اطلب period:{ $period } أو period:last_{ $period }.
error-comp-amount-currency = تدفع الخطة بعملة { $currency }.
error-comp-amount-currency-hint = اكتب المبلغ بعملة { $currency }.

## Imports: the report, skipped rows and unreadable files
import-title = تم استيراد { $file }
import-rows-read = الصفوف المقروءة
import-created = أُنشئت
import-updated = حُدّثت
import-unchanged = دون تغيير
import-skipped = تم تخطيها
import-won-in-file = الرابحة في الملف
import-won =
    { $count ->
        [one] صفقة واحدة
        [two] صفقتان
       *[other] الصفقات: { $grouped }
    }، { $amount }
import-format-maven = الصيغة: تصدير الصفقات من CRM (opportunity_id وsales_agent وغيرها؛ تواريخ أمريكية).
import-format-dealbell = الصيغة: أعمدة Dealbell (external_id وrep وcustomer وغيرها).
import-read-as =
    قُرئ كنص { $encoding }، والأعمدة مفصولة بـ{ $separator ->
        [comma] فواصل
        [semicolon] فواصل منقوطة
        [tab] علامات جدولة
       *[other] { $separator }
    }.
import-reps-created = مندوبون جدد: { $count }؛ صفقاتهم لهم حتى يربطهم مدير: /team link rep:"الاسم" user:@الشخص
import-without-account =
    { $count ->
        [one] صف واحد بلا حساب؛ استُورد
        [two] صفان بلا حساب؛ استُوردا
       *[other] صفوف بلا حساب ({ $grouped })؛ استُوردت
    } باسم العميل "{ $customer }".
import-product-variants = أُبقيت أسماء منتجات متشابهة منفصلة: { $names }. صحّح الكتابة في CRM إن كانت منتجًا واحدًا.
import-skipped-line = تم تخطي السطر { $line }: { $why }
import-more-skipped = …وأسطر أخرى تم تخطيها: { $count }.
import-row-empty = { $column } فارغ
import-row-too-long = { $column } طويل جدًا (عدد الأحرف: { $count }؛ الحد { $most })
import-row-unknown-stage = المرحلة "{ $stage }" ليست من مراحل الفريق وليست في import.stage_map
import-row-stage-maps-nowhere = المرحلة "{ $stage }" تشير إلى "{ $key }" وهي ليست مرحلة
import-row-not-a-date = { $column } "{ $text }" ليس تاريخًا ({ $form })
import-row-not-whole = close_value "{ $text }" ليس مبلغًا صحيحًا
import-row-currency = العملة "{ $code }" ليست رمز ISO 4217
import-row-amount = amount: { $why }
import-row-closed-without-date =
    الصفقة { $outcome ->
        [won] الرابحة
       *[lost] الخاسرة
    } تحتاج إلى تاريخ إغلاقها
import-row-won-without-value = الصفقة الرابحة تحتاج إلى قيمة أكبر من الصفر
import-row-repeats-id = يكرر المعرّف { $id } من السطر { $first }
import-preview-title = سيغيّر { $file } صفقات موجودة: { $count }
import-preview-also = وسينشئ أيضًا { $created } ويُبقي { $unchanged } دون تغيير (صفوف متخطاة: { $skipped }).
import-preview-overwrites = تستبدل التغييرات ما هو محفوظ، بما فيه التصحيحات في الدردشة منذ آخر استيراد؛ ويُسجَّل كل تغيير.
import-preview-within = طبّقه أو ألغه خلال { $minutes } دقيقة.
import-teams-title = تم استيراد الفرق من { $file }
import-teams-created = الفرق المنشأة
import-people-created = الأشخاص المنشؤون
import-memberships-added = العضويات المضافة
import-teams-named-by = سُمّيت الفرق حسب العمود { $column }. { $read_as }
import-teams-how = اعرضها بالأمر /team list؛ واربط المندوبين بمستخدمي الدردشة بالأمر /team link.
error-import-not-csv = { $file } ليس ملف CSV.
error-import-not-csv-hint = صدّر التقرير من CRM بصيغة CSV (UTF-8) وأرفق ملف .csv.
error-import-currency = "{ $code }" ليس رمز عملة ISO 4217 (EUR، USD، PLN...).
error-import-not-text = الملف ليس نصًا أستطيع قراءته (ليس { $encoding } صالحًا).
error-import-not-text-hint = صدّره بصيغة CSV (UTF-8) وحاول مجددًا.
error-import-duplicate-column = العمود "{ $name }" مكرر (العمودان { $first } و{ $second })، فلا أعرف أيهما أقرأ.
error-import-duplicate-column-hint = احذف أحدهما أو أعد تسميته وحاول مجددًا.
error-import-unclosed-quote = يفتح السطر { $line } علامة اقتباس لا تُغلق، فستُقرأ الأسطر التالية (العدد: { $swallowed }) كحقل واحد (يبدو أن في الملف { $rows } صفًا).
error-import-unclosed-quote-hint = أغلق علامة الاقتباس أو احذف " الزائدة وحاول مجددًا.
error-import-empty = الملف فارغ.
error-import-unknown-columns = لا أعرف هذه الأعمدة: { $found }.
error-import-unknown-columns-hint = استخدم أعمدة تصدير CRM ({ $crm }) أو أعمدة Dealbell ({ $dealbell }؛ اختيارية: { $optional }).
error-import-no-team-column = لا يحوي الملف العمود { $column } لتسمية الفرق (أعمدته: { $found }).
error-import-no-team-column-hint = اختر عمودًا آخر بـ team_by:manager أو team_by:office أو team_by:team.
error-import-malformed = تتعذر قراءة ملف CSV قرب السطر { $line }: { $error }
error-import-unreadable = تعذرت قراءة الملف حتى نهايته ({ $error }).
error-import-unreadable-hint = تحقق من أن الملف ما زال موجودًا وقابلًا للقراءة وحاول مجددًا.

## Scheduled posts in the console, exports, documents, Discord's own notes
firing-outcome-posted = نُشر
firing-outcome-queued = في الانتظار
firing-outcome-late = متأخر
firing-outcome-quiet = لا جديد
firing-outcome-skipped = تم تخطيه
firing-outcome-retrying = تُعاد المحاولة
firing-outcome-failed = فشل
export-title = 📎 تصدير: الصفوف: { $count }
export-deals-format = CSV بترميز UTF-8 بصيغة الاستيراد نفسها: يعيد `dealbell import deals` قراءته.
export-values-format = CSV بترميز UTF-8: القيم بأصغر وحدة أو أعداد أو نقاط أساس، والنص بجانبها.
error-export-quota-period = تُحدَّد المستهدفات لشهر أو ربع أو سنة مالية.
error-export-quota-period-hint = استخدم period:month أو period:quarter أو period:year.
error-document-empty = المستند فارغ.
discord-could-not-post =
    تعذّر عليّ النشر في { $channel }: { $error }.{ $retry ->
        [yes] {" "}سأحاول مجددًا بعد دقائق.
       *[no] {""}
    } تحقق من أنني أستطيع رؤية الرسائل وإرسالها هناك.
discord-restarting = يُعاد تشغيل Dealbell
discord-restarting-how = حاول مجددًا بعد دقيقة.

## The live page's own words
tv-page-leaderboard = لوحة الترتيب
tv-page-empty = لا أحد في اللوحة بعد: أول صفقة رابحة تتصدر.
tv-page-duels = المبارزات
tv-page-latest-wins = أحدث الصفقات الرابحة
tv-page-new-win = صفقة رابحة جديدة
tv-page-live = مباشر

## Why a commission plan cannot be used
plan-problem-at-line = السطر { $line }: { $problem }
plan-problem-toml = { $text }
plan-problem-currency = العملة "{ $code }" ليست رمز ISO 4217 مثل EUR أو USD
plan-problem-name-empty = لا يجوز أن يكون name فارغًا
plan-problem-version-empty = لا يجوز أن يكون version فارغًا (تذكره التقديرات)
plan-problem-not-one-of = { $field } "{ $typed }" يجب أن يكون أحد هذه: { $choices }
plan-problem-not-positive = يجب أن يكون { $field } مبلغًا موجبًا بعملة { $currency }
plan-problem-on-target = يجب أن يكون on_target_commission مبلغًا موجبًا بعملة { $currency }، مثل 20000
plan-problem-spiff-bonus = يجب أن تكون قيمة bonus في SPIFF مبلغًا موجبًا بعملة { $currency }
plan-problem-multiple-needs-on-target = المعدل المكتوب كمضاعف (1.5x) يحتاج إلى on_target_commission
plan-problem-threshold = يجب أن يكون threshold نسبة من المستهدف فوق 0% ("50%")
plan-problem-clawback-days = يجب أن تكون days في clawback بين 1 و730
plan-problem-base-rate-and-tiers = استخدم base_rate أو tiers، لا كليهما
plan-problem-base-rate = يجب أن يكون base_rate نسبة بين 0% و100%
plan-problem-pays-nothing = الخطة لا تدفع شيئًا: أضف base_rate أو tiers أو on_target_commission
plan-problem-tier-from = يجب أن تكون from في الشريحة نسبة من المستهدف، 0 أو أكثر ("50%")
plan-problem-tier-to-below-from = يجب أن تكون to في الشريحة فوق from
plan-problem-tier-to = يجب أن تكون to في الشريحة نسبة من المستهدف ("100%")
plan-problem-tier-rate-negative = لا يجوز أن يكون rate في الشريحة سالبًا
plan-problem-tier-rate-over-100 = يجب ألا يتجاوز rate في الشريحة 100% من الإيرادات
plan-problem-tier-rate = يجب أن يكون rate في الشريحة نسبة ("8%") أو مضاعفًا ("1.5x")
plan-problem-first-tier-not-at-zero = يجب أن تبدأ الشريحة الأولى من 0%
plan-problem-only-last-tier-open = الشريحة الأخيرة وحدها يجوز أن تُغفل to
plan-problem-tiers-overlap = الشرائح متداخلة: تبدأ هذه عند { $starts } لكن السابقة تنتهي عند { $ends }
plan-problem-tiers-gap = بين الشرائح فجوة من { $from } إلى { $to }
plan-problem-last-tier-closed = يجب أن تُغفل الشريحة الأخيرة to (تمتد بلا حد)
plan-problem-split = يجب أن تكون individual وteam في split نسبًا صحيحة مجموعها 100% (75% و25%)
plan-problem-spiff-dates = يحتاج SPIFF إلى تاريخي from وto (2026-03-01)
plan-problem-spiff-dates-backwards = تاريخ to في SPIFF يسبق تاريخ from
plan-problem-spiff-target = يحتاج SPIFF إلى product أو min_amount أو كليهما (وإلا كان مكافأة على كل صفقة)

## The terminal: start-up, the console's banner and the shell's commands
shell-line = السطر { $line }: { $text }
shell-lines-failed = { $count ->
        [zero] لم يفشل أي سطر.
        [one] فشل سطر واحد.
        [two] فشل سطران.
        [few] فشلت { $count } أسطر.
        [many] فشل { $count } سطرًا.
       *[other] فشل { $count } سطر.
    }
shell-console-banner = وحدة تحكم Dealbell — اكتب /help للأوامر، و:help لتوجيهات وحدة التحكم، و:quit للخروج.
shell-no-token-console = لم يُضبط رمز Discord، لذا تعمل وحدة التحكم المحلية. لتوصيل Discord اضبط DISCORD_TOKEN وشغّل `dealbell run` (انظر README).
shell-no-token-help = يحتاج Dealbell إلى رمز بوت Discord ليعمل على Discord.
      1. أنشئ تطبيقًا في https://discord.com/developers/applications وأضف إليه بوتًا وانسخ رمزه.
      2. export DISCORD_TOKEN=... (أو اضبط discord.token_file في ملف الإعدادات)
      3. ادعُ البوت: { $invite }
      4. dealbell run
    حتى ذلك الحين يشغّل `dealbell console` كل أمر محليًا.
shell-live-page = الصفحة الحية تعمل على { $address } — أنشئ رابطًا بـ /tv link
shell-demo-ready = فريق العرض جاهز: أُعيد تشغيل { $commands } أمرًا ({ $wins } صفقة رابحة) في { $seconds } ث. جرّب /leaderboard أو /leaderboard metric:deals period:quarter
shell-no-runtime = تعذّر تشغيل بيئة التنفيذ غير المتزامنة: { $why }
shell-not-a-time = "{ $text }" ليس وقتًا؛ اكتب 2026-03-10 09:00 (UTC) أو 2026-03-10T09:00:00+01:00
shell-time-out-of-range = "{ $text }" خارج السنوات من 1 إلى 9999 التي يحفظها Dealbell
shell-loading-settings = تحميل الإعدادات
shell-opening-database = فتح قاعدة البيانات
shell-opening = فتح { $what }
shell-reading = قراءة { $path }
shell-writing = كتابة { $path }
shell-settings-valid = الإعدادات صالحة
shell-indexed = فُهرس { $file } في { $ms } مللي ثانية
shell-import-took = استغرق الاستيراد { $ms } مللي ثانية
shell-cause = السبب: { $cause }
shell-export-no-file = ردّ /export دون ملف
shell-rows-written = { $rows ->
        [zero] لم يُكتب أي صف
        [one] كُتب صف واحد
        [two] كُتب صفّان
        [few] كُتبت { $rows } صفوف
        [many] كُتب { $rows } صفًا
       *[other] كُتب { $rows } صف
    } في { $path }.
shell-not-a-currency = "{ $code }" ليس رمز عملة ISO 4217 (مثل EUR أو USD أو PLN)
shell-backtest-read = الصفقات المقروءة: { $deals }؛ أسعار المنتجات: { $prices } (من { $path })؛ احتمال الصفقة قيد المتابعة: { $probability } %؛ الأشهر المستبعدة لقلة التاريخ: { $skipped }.
shell-none = لا شيء
shell-invite-replace = استبدل YOUR_APPLICATION_ID بمعرّف تطبيقك (أو اضبط DISCORD_TOKEN، أو مرّر --app-id).
shell-progress-reading = قراءة الملف
shell-progress = { $done }/{ $total } صف · { $rate } · متبقٍ { $left }
shell-backing-up = النسخ الاحتياطي
shell-backed-up = نُسخ احتياطيًا إلى { $path } في { $ms } مللي ثانية.
shell-restore-not-a-file = يضع restore ملف النسخة الاحتياطية مكان ملف قاعدة بيانات SQLite (--db المسار)؛ أما قاعدة PostgreSQL فتُستعاد بأدوات خادمها (pg_restore).
shell-restoring = الاستعادة
shell-restored = استُعيدت { $database } من { $backup }.
shell-restore-kept = قاعدة البيانات التي كانت هناك محفوظة باسم { $path }.
shell-from-not-sqlite = يحدد --from قاعدة بيانات SQLite التي تُنسخ: مسار أو sqlite://path
shell-to-not-postgres = يحدد --to قاعدة بيانات PostgreSQL التي تُملأ: postgres://user@host/database
shell-no-database-at = لا توجد قاعدة بيانات في { $path }
shell-copied = نُسخت الفرق ({ $teams }) إلى { $target }:
shell-copied-rows = { $rows ->
        [one] صف
        [two] صفّان
        [few] صفوف
        [many] صفًا
       *[other] صف
    }
shell-copy-checked = فُحصت أعداد الصفوف ومجاميع المبالغ لكل فريق وجدول ({ $checks }): كلها متطابقة.
shell-use-postgres-now = من الآن شغّل Dealbell مع ضبط DEALBELL_DATABASE_URL على عنوان PostgreSQL.

## When Discord will not take the bot (printed at start)
shell-discord-bad-token = رفض Discord رمز البوت (401 Unauthorized). انسخ الرمز من جديد من صفحة Bot في تطبيقك واضبط DISCORD_TOKEN.
shell-discord-unreachable = تعذّر الوصول إلى واجهة Discord البرمجية في { $origin }: { $reason }. تحقّق من DEALBELL_DISCORD_API_URL ومن الشبكة؛ لن يُجرَّب عنوان آخر.
shell-discord-closed = أغلق Discord الاتصال: { $why }
shell-refusal-token = رفضت بوابة Discord رمز البوت (رمز الإغلاق 4004). انسخ الرمز من جديد من صفحة Bot في تطبيقك واضبط DISCORD_TOKEN.
shell-refusal-invalid-shard = رفضت بوابة Discord الجزء { $shard } من { $total } (رمز الإغلاق 4010، جزء غير صالح). تحقّق من --shards و--shard-total (discord.shards وdiscord.shard_total): يجب أن يكون كل جزء أقل من المجموع، وأن تستعمل كل العمليات المجموع نفسه.
shell-refusal-sharding-required = يريد Discord توزيع هذا البوت على أجزاء أكثر (رمز الإغلاق 4011، التجزئة مطلوبة): فهو في خوادم أكثر مما يتسع له { $total }. ارفع --shard-total (يوصي Discord بعدد في GET /gateway/bot) ووزّع الأجزاء على عملياتك.
shell-refusal-api-version = لم تعد بوابة Discord تدعم إصدار الواجهة البرمجية الذي يستعمله هذا الإصدار من Dealbell (رمز الإغلاق 4012). حدّث Dealbell.
shell-refusal-invalid-intents = لا تعرف بوابة Discord النوايا (intents) التي طلبها Dealbell (رمز الإغلاق 4013). هذا خلل في Dealbell: أبلغ عنه من فضلك.
shell-refusal-disallowed-intents = رفض Discord نيّة (intent) مميزة (رمز الإغلاق 4014). يحتاج Dealbell إلى نيّة Guilds فقط؛ إن غيّرت ذلك ففعّل النيّة في صفحة Bot في Developer Portal.

## Settings that cannot be used (config/dealbell.toml and the environment)
config-read = تعذّرت قراءة ملف الإعدادات { $path }: { $why }
config-syntax = ملف الإعدادات { $path } ليس TOML صالحًا: { $why }
config-timezone = team.timezone "{ $value }" ليست منطقة زمنية من IANA مثل Asia/Riyadh
config-currency = team.currency "{ $value }" ليست رمز ISO 4217 مثل SAR
config-fiscal-year = يجب أن يكون team.fiscal_year_start شهرًا، من 1 إلى 12
config-between = يجب أن يكون { $key } بين { $min } و{ $max }{ $upper ->
        [week] {" "}(أسبوع)
        [two-weeks] {" "}(أسبوعان)
        [ten-years] {" "}(عشر سنوات)
       *[none] {""}
    }
config-competition = competition: يجب أن يكون burst_posts من 1 إلى 1000، وburst_minutes من 1 إلى 1440، وburst_hold_minutes من 0 إلى 1440
config-forecast = forecast: لا يجوز أن يزيد best_case_at على commit_at، وكلاهما 100 على الأكثر
config-alert-threshold = alerts: يجب أن يكون حدّ { $rule } من { $min } إلى { $max }
config-alert-days = alerts: يجب أن يكون attainment_days_left من 0 إلى 366
config-alert-no-days = alerts: ليس لـ { $rule } إعداد أيام
config-alerts-period = يجب أن يكون alerts.period إما month أو quarter
config-stages-incomplete = stages: يحتاج مسار المبيعات إلى مرحلة مفتوحة واحدة على الأقل ومرحلة رابحة ومرحلة خاسرة
config-stage-twice = stages: المرحلة "{ $stage }" مذكورة مرتين
config-stage-probability = stages: احتمال المرحلة "{ $stage }" هو { $probability }؛ ويجب أن يكون من 0 إلى 100
config-stage-key = stages: يجب أن يتكوّن مفتاح المرحلة "{ $stage }" من أحرف لاتينية صغيرة أو أرقام أو _
config-stage-map = يربط import.stage_map "{ $crm }" بـ "{ $key }"، وهذا ليس مفتاح مرحلة
config-posts-per-second = قيمة discord.posts_per_second هي { $value }: أعطِ عددًا من 1 إلى 50 (يسمح Discord للبوت بخمسين طلبًا في الثانية عبر كل عملياته)
config-web-listen = web.listen "{ $value }" ليس عنوانًا ومنفذًا مثل 127.0.0.1:8080
config-web-public-url = يجب أن يبدأ web.public_url "{ $value }" بـ https:// (أو http://)
config-web-requests = يجب أن يكون web.requests_per_minute واحدًا على الأقل
config-nudge-time = nudges: { $name } "{ $value }" ليس وقتًا مكتوبًا HH:MM
config-weekend = يجب أن يكون team.weekend "{ $value }" واحدًا من: { $choices }
config-country = team.country "{ $value }": لدى Dealbell العطل الرسمية لـ { $codes }
config-day-off = team.days_off: "{ $value }" ليس تاريخًا مكتوبًا YYYY-MM-DD
config-shards = الأجزاء "{ $range }" من { $total }: { $why } (اكتبها بالشكل 0-3 مع مجموع مثل 8)
config-shards-not-numbers = ليست أرقام أجزاء
config-shards-no-total = العدد الكلي للأجزاء مفقود
config-shards-backwards = النطاق معكوس
config-shards-beyond-total = تُرقَّم الأجزاء من 0 إلى المجموع ناقص واحد
config-database-scheme = لا يقرأ Dealbell مخطط قاعدة البيانات { $scheme }://؛ استعمل ملف SQLite مكتوبًا كمسار (data/dealbell.db) أو sqlite://data/dealbell.db، أو خادم PostgreSQL مكتوبًا postgres://user@host/database
config-dev-guild = يجب أن يكون dev guild "{ $value }" معرّف خادم (رقمًا)
config-api-origin = يجب أن يكون أصل واجهة Discord البرمجية "{ $value }" بالشكل https://host أو http://127.0.0.1:7777 (دون مسار)

## The settings as check-config prints them
summary-read-from = مصدرها
summary-built-in = القيم الافتراضية المدمجة
summary-database = قاعدة البيانات
summary-backup = النسخ الاحتياطي الليلي
summary-backup-off = متوقف (schedules.backup_folder)
summary-backup-postgres = مضبوط لكنه لا يُنفَّذ: قاعدة البيانات PostgreSQL، ولا يستطيع Dealbell نسخ بياناتها كملف. انسخها احتياطيًا بـ pg_dump (وأزل schedules.backup_folder)
summary-backup-on = إلى { $folder } من الساعة { $hour } UTC، وتُحفظ آخر { $keep } نسخ
summary-team-defaults = افتراضيات الفريق
summary-team-defaults-value = المنطقة الزمنية { $timezone }، العملة { $currency }، تبدأ السنة المالية في الشهر { $month }، عطلة نهاية الأسبوع { $weekend }، العطل الرسمية لـ { $country }، أيام عطلة أخرى: { $days }
summary-no-country = لا بلد
summary-undo = مهلة التراجع
summary-minutes = { $minutes ->
        [zero] { $minutes } دقيقة
        [one] دقيقة واحدة
        [two] دقيقتان
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقة
       *[other] { $minutes } دقيقة
    }
summary-board-rows = صفوف لوحة الترتيب
summary-live-page = الصفحة الحية
summary-live-on = تعمل على { $address }، وتبدأ الروابط بـ { $origin }
summary-live-off = متوقفة (web.listen)
summary-bursts = دفعات الصفقات الرابحة
summary-bursts-value = أكثر من { $posts } خلال { $minutes } دقيقة تنتظر { $hold } دقيقة وتُنشر معًا
summary-nudges = التذكيرات
summary-nudges-value = على الأكثر { $day } في اليوم و{ $week } في الأسبوع لكل مندوب، هدوء { $from }–{ $until }{ $weekends ->
        [yes] {" "}وفي عطلة نهاية الأسبوع
       *[no] {""}
    }، بعد { $days } أيام عمل هادئة
summary-stages = المراحل
summary-token = رمز Discord
summary-token-unset = غير مضبوط (تعمل وحدة التحكم بدلًا منه)
summary-token-set = مضبوط (مخفي)
summary-dev-guild = خادم التطوير
summary-api-origin = أصل واجهة Discord البرمجية

## A chart with nobody on it, and a subject chosen twice
chart-board-empty = لا أحد على لوحة الترتيب بعد
error-subject-one = اختر واحدًا فقط: rep أو team أو everyone.

## The database, as the shell reports it (opening, backups, restores, migrate-db)
shell-store-not-dealbell = { $database } ليست قاعدة بيانات Dealbell: { $why ->
        [other-tables] فيها جداول أخرى ({ $detail })
       *[not-sqlite] ليست قاعدة بيانات SQLite ({ $detail })
    }. لم يتغير شيء؛ وجّه --db (أو DEALBELL_DATABASE_URL) إلى قاعدة بيانات Dealbell أو إلى قاعدة جديدة فارغة.
shell-store-newer = كُتبت { $database } بإصدار أحدث من Dealbell (إصدار المخطط { $version })؛ ولا يستطيع هذا الإصدار قراءتها بأمان. لم يتغير شيء؛ شغّل الإصدار الأحدث من Dealbell أو استعد نسخة احتياطية.
shell-store-cannot-write = لا يمكن الكتابة في قاعدة البيانات: { $why ->
        [disk-full] القرص ممتلئ
       *[read-only] إنها للقراءة فقط
    }. لم يُحفظ شيء.
shell-store-folder = تعذّر إنشاء مجلد قاعدة البيانات { $path }: { $why }
shell-store-lock = تعذّر قفل { $path } أثناء فحص قاعدة البيانات: { $why }
shell-backup-postgres = تُنسخ قاعدة بيانات PostgreSQL احتياطيًا بأدوات الخادم نفسه (pg_dump أو لقطات المضيف)، لا بـ Dealbell
shell-backup-exists = { $path } موجود من قبل؛ سمِّ ملفًا جديدًا
shell-backup-not-a-file = { $path } ليس ملفًا
shell-backup-empty = { $path } فارغ
shell-backup-failed = { $step ->
        [sync] عند كتابة النسخة الاحتياطية على القرص
        [keep-current] عند الإبقاء على قاعدة البيانات الحالية
       *[copy-in] عند نسخ النسخة الاحتياطية إلى مكانها
    }: { $why }
shell-copy-wrong-way = ينسخ migrate-db من قاعدة بيانات SQLite إلى قاعدة PostgreSQL
shell-copy-not-empty = قاعدة البيانات الهدف ليست فارغة (في { $table } { $rows } صف)؛ لا يملأ migrate-db إلا قاعدة فارغة كي لا يُكتب فوق شيء فيها أو يختلط به. وجّه --to إلى قاعدة بيانات جديدة
shell-copy-mismatch = النسخة لا تطابق الأصل ({ $detail })؛ لم يُكتب شيء في الهدف

## The live page's plain answers (in the browser's language), and serving it
web-not-found = غير موجود
web-too-many-requests = طلبات كثيرة جدًا من هذا العنوان؛ حاول مرة أخرى بعد دقيقة.
shell-live-page-cannot-serve = تعذّر تشغيل الصفحة الحية على { $address } (web.listen): { $why }

## The backtest's table (dealbell backtest)
backtest-month = الشهر
backtest-won = الرابح ({ $currency })
backtest-weighted = المسار المرجَّح
backtest-error = الخطأ
backtest-win-rate = المسار × نسبة الفوز
backtest-last-month = الشهر الماضي
backtest-expected = الصفقات المتوقعة
backtest-cycle = الدورة الوسيطة (أيام)
backtest-mean-absolute = متوسط الخطأ المطلق
backtest-mean-signed = متوسط الخطأ بإشارته (الانحياز)

## Discord's interaction that cannot be read as a command
discord-not-in-server = يعمل Dealbell في الخوادم، لا في الرسائل المباشرة.
discord-file-too-large = حجم { $file } هو { $size } بايت؛ والحد { $limit }. قسّم الملف وأرسل الأجزاء.
discord-download-failed = تعذّر عليّ تنزيل { $file }: { $why }
discord-download-missing = لم يرسل Discord الملف { $file }؛ أرفقه مرة أخرى.
discord-rep-twice = سمِّ المندوب مرة واحدة: { $option } (مستخدم دردشة) أو { $option }_name (اسم)، لا كليهما.

## Nothing to undo
error-nothing-to-undo = ليس لديك تغيير في آخر { $minutes } دقيقة يمكن التراجع عنه.
error-nothing-to-undo-hint = يمكن تصحيح التغييرات الأقدم بـ /deal edit أو /deal stage أو /deal lost أو /activity remove.

## Why a post could not be delivered
post-error-bad-destination = { $place } ليس مكانًا أستطيع النشر فيه
post-error-refused = رفض Discord المنشور: { $why }

## Names Dealbell gives data: a forgotten member, a CRM deal without an account
privacy-former-member = عضو سابق { $number }
crm-no-account = (بلا عميل)
shell-discord-wrong-gateway = اختار serenity البوابة { $chosen } بدلًا من { $expected }

## The command line's help (dealbell --help): each command and option
cli = بوت دردشة لفرق المبيعات: تسجيل الصفقات الرابحة ولوحات الترتيب والمستهدفات البيعية وغير ذلك.
cli--config = ملف الإعدادات (الافتراضي: config/dealbell.toml إن وُجد)
cli--db = قاعدة البيانات: ملف SQLite أو postgres://user@host/db (الافتراضي: data/dealbell.db أو DEALBELL_DATABASE_URL)
cli--memory = استعمل قاعدة بيانات مؤقتة تُحذف عند الخروج
cli--now = ثبّت الساعة على هذا الوقت بتوقيت UTC ("2026-03-10 09:00" أو RFC 3339) بدل الوقت الحقيقي: للاختبارات والعروض وإعادة التشغيل
cli--lang = لغة ما يطبعه Dealbell هنا (الافتراضي: لغة الطرفية، LC_ALL أو LANG)؛ وتسأل وحدة التحكم بها كما يفعل هاتف مضبوط عليها
cli-run = شغّل بوت Discord (يحتاج إلى DISCORD_TOKEN)
cli-run--shards = شغّل أجزاء البوابة هذه فقط، بالشكل 0-3 (مع --shard-total)؛ وتتشارك عدة عمليات بنطاقاتها قاعدة البيانات
cli-run--shard_total = عدد الأجزاء كلها عبر كل العمليات
cli-console = قناة فريق محلية في الطرفية: كل الأوامر، دون حاجة إلى Discord
cli-console--script = نفّذ أسطر FILE بدل القراءة من لوحة المفاتيح
cli-console--format = اطبع الردود نصًا أو كائن JSON واحدًا في كل سطر
cli-console--demo = املأ أولًا فريقًا مؤقتًا بربع سنة من سجل العرض
cli-console--guild = الفريق (خادم قناة وحدة التحكم) المستعمل
cli-console--charts = احفظ المخططات (chart:true، المنشورات المجدولة) ملفات PNG في DIR
cli-import = استورد ملف تصدير من CRM إلى فريق
cli-import--kind = ما يحويه الملف: deals أو teams
cli-import--file = ملف CSV
cli-import--guild = الفريق المستورَد إليه: معرّف خادم Discord أو اسم فريق في وحدة التحكم
cli-import--currency = عملة المبالغ التي لا تذكر عملة (الافتراضي: عملة الفريق)
cli-import--team_by = الفرق: العمود الذي يسمّي كل فريق (manager أو office أو team)
cli-docs = أضف مستندات Markdown أو نصية إلى مكتبة /ask لفريق (الملف الذي يحمل العنوان نفسه يحل محل الموجود)
cli-docs-add = أضف مستندات (أو استبدلها): dealbell docs add FILE... [--guild NAME]
cli-docs-add--files = المستندات (.md أو .txt)
cli-docs-add--guild = الفريق: معرّف خادم Discord أو اسم فريق في وحدة التحكم
cli-backtest = أعد تشغيل تصدير CRM شهرًا بشهر وبيّن أداء كل طريقة توقع
cli-backtest--file = ملف تصدير الصفقات من CRM (CSV)
cli-backtest--products = أسعار قائمة المنتجات (product وseries وsales_price)؛ الافتراضي: products.csv بجانب FILE
cli-backtest--currency = عملة المبالغ في ملف التصدير
cli-eval-ask = مدى جودة إجابة /ask عن مجموعة أسئلة، لكل لغة (لمطوري Dealbell): يحوي DIR المجلد docs/ والملف questions.json أو questions.tsv
cli-eval-ask--dir = مجلد مجموعة الأسئلة (الافتراضي: مجلد المشروع tests/ask_eval)
cli-eval-ask--explain = لكل إخفاق، اطبع أوزان كلمات السؤال وما جاء في المرتبة الأولى
cli-check-config = افحص الإعدادات واطبعها (الرمز فقط كمضبوط أو لا)
cli-export = اكتب ملف CSV كما يفعل /export (UTF-8 مع BOM): الصفقات (بالصيغة التي يقرؤها `import deals`) أو لوحة ترتيب أو مستهدفات بيعية أو أنشطة
cli-export--kind = ما يُصدَّر: deals أو leaderboard أو quota أو activities
cli-export--guild = الفريق: معرّف خادم Discord أو اسم فريق في وحدة التحكم
cli-export--period = للوحة الترتيب أو المستهدفات البيعية أو الأنشطة: أي فترة، كما في الدردشة (month، last_quarter، year، 2026-03، ...؛ الافتراضي هذا الشهر)
cli-export--metric = للوحة الترتيب: ما الذي ترتّب به (revenue، deals، ...؛ الافتراضي revenue)
cli-export--output = اكتب إلى FILE بدل المخرج القياسي
cli-backup = اكتب نسخة متسقة من قاعدة البيانات إلى FILE (آمن أثناء عمل البوت)
cli-backup--file = ملف النسخة الاحتياطية الجديد (يجب ألا يكون موجودًا)
cli-restore = ضع النسخة الاحتياطية FILE مكان قاعدة البيانات (أوقف Dealbell أولًا)؛ وتبقى القاعدة السابقة بجانبها
cli-restore--file = النسخة الاحتياطية المراد استعادتها
cli-migrate-db = انسخ تاريخ كل فريق كاملًا من قاعدة SQLite إلى قاعدة PostgreSQL فارغة، وافحص أعداد الصفوف ومجاميع المبالغ لكل فريق (أوقف Dealbell أولًا)
cli-migrate-db--from = قاعدة بيانات SQLite: مسار أو sqlite://path
cli-migrate-db--to = قاعدة بيانات PostgreSQL: postgres://user@host/database
cli-invite-url = اطبع الرابط الذي يدعو البوت إلى خادم، مع الأذونات التي يحتاجها
cli-invite-url--app_id = معرّف التطبيق (الافتراضي: يُطلب من Discord بالرمز المضبوط)

## A backup into a folder that is not there
shell-backup-no-folder = المجلد { $path } غير موجود؛ أنشئه أولًا أو سمِّ مجلدًا آخر

## Examples of a contest's target, as typed in each language
contest-example-percent-of-quota = target:120%
contest-example-amount = target:50k
contest-example-win-rate = target:40%
contest-example-deals = target:"10 صفقات"
contest-example-activities = target:"25 نشاطًا"

## A combined post lists so many wins, then counts the rest
burst-more = …وصفقات رابحة أخرى: { $count }
