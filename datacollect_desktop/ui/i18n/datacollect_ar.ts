<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About DataCollect Desktop</source>
        <translation>حول DataCollect Desktop</translation>
    </message>
    <message>
        <source>Apache License 2.0</source>
        <translation>رخصة أباتشي 2.0</translation>
    </message>
    <message>
        <source>Built with:</source>
        <translation>مبني باستخدام:</translation>
    </message>
    <message>
        <source>DataCollect Desktop {0}</source>
        <translation>DataCollect Desktop ⁨{0}⁩</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>الرخصة:</translation>
    </message>
    <message>
        <source>Log file:</source>
        <translation>ملف السجل:</translation>
    </message>
    <message>
        <source>Offline-first registration of individuals and households: encrypted on this laptop, tamper-evident, synced when a network is there.</source>
        <translation>تسجيل الأفراد والأسر دون الحاجة إلى اتصال: مشفّر على هذا الحاسوب، ويكشف أي تلاعب، ويُزامَن عند توفر الشبكة.</translation>
    </message>
    <message>
        <source>Open the log folder</source>
        <translation>فتح مجلد السجل</translation>
    </message>
    <message>
        <source>Preferences file:</source>
        <translation>ملف التفضيلات:</translation>
    </message>
    <message>
        <source>Profile folder:</source>
        <translation>مجلد الملف الشخصي:</translation>
    </message>
    <message>
        <source>Python {0}, Qt {1}</source>
        <translation>Python ⁨{0}⁩، Qt ⁨{1}⁩</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>الإصدار:</translation>
    </message>
</context>
<context>
    <name>ActivityChart</name>
    <message>
        <source>Activity chart</source>
        <translation>مخطط النشاط</translation>
    </message>
    <message>
        <source>No activity for these filters.</source>
        <translation>لا يوجد نشاط لهذه المرشّحات.</translation>
    </message>
    <message>
        <source>{0} events over {1} days by {2} users; at most {3} in a day.</source>
        <translation>‏⁨{0}⁩ حدث على مدى ⁨{1}⁩ يوم من ⁨{2}⁩ مستخدم؛ وبحد أقصى ⁨{3}⁩ في اليوم.</translation>
    </message>
</context>
<context>
    <name>AsOfPage</name>
    <message>
        <source>(no name)</source>
        <translation>(بلا اسم)</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>بتاريخ</translation>
    </message>
    <message>
        <source>Choose a date and time to see the registry as it was then. Historical views are read-only.</source>
        <translation>اختر تاريخًا ووقتًا لرؤية السجلات كما كانت آنذاك. العروض التاريخية للقراءة فقط.</translation>
    </message>
    <message>
        <source>Date and time to look back to</source>
        <translation>التاريخ والوقت المراد الرجوع إليهما</translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation>التصفية حسب الاسم</translation>
    </message>
    <message>
        <source>Historical view, read-only: no record existed on {0}.</source>
        <translation>عرض تاريخي للقراءة فقط: لم يكن هناك أي سجل في ⁨{0}⁩.</translation>
    </message>
    <message numerus="yes">
        <source>Historical view, read-only: the registry as of {0}, replaying the {1} of {2} events stamped then or earlier. %n record(s) lived then.</source>
        <translation>
            <numerusform>عرض تاريخي للقراءة فقط: السجل كما كان في ⁨{0}⁩، بإعادة تطبيق ⁨{1}⁩ من ⁨{2}⁩ حدثًا مؤرخة آنذاك أو قبله. لم يكن هناك أي سجل آنذاك.</numerusform>
            <numerusform>عرض تاريخي للقراءة فقط: السجل كما كان في ⁨{0}⁩، بإعادة تطبيق ⁨{1}⁩ من ⁨{2}⁩ حدثًا مؤرخة آنذاك أو قبله. كان هناك سجل واحد آنذاك.</numerusform>
            <numerusform>عرض تاريخي للقراءة فقط: السجل كما كان في ⁨{0}⁩، بإعادة تطبيق ⁨{1}⁩ من ⁨{2}⁩ حدثًا مؤرخة آنذاك أو قبله. كان هناك سجلان آنذاك.</numerusform>
            <numerusform>عرض تاريخي للقراءة فقط: السجل كما كان في ⁨{0}⁩، بإعادة تطبيق ⁨{1}⁩ من ⁨{2}⁩ حدثًا مؤرخة آنذاك أو قبله. كانت هناك %n سجلات آنذاك.</numerusform>
            <numerusform>عرض تاريخي للقراءة فقط: السجل كما كان في ⁨{0}⁩، بإعادة تطبيق ⁨{1}⁩ من ⁨{2}⁩ حدثًا مؤرخة آنذاك أو قبله. كان هناك %n سجلًا آنذاك.</numerusform>
            <numerusform>عرض تاريخي للقراءة فقط: السجل كما كان في ⁨{0}⁩، بإعادة تطبيق ⁨{1}⁩ من ⁨{2}⁩ حدثًا مؤرخة آنذاك أو قبله. كان هناك %n سجل آنذاك.</numerusform>
        </translation>
    </message>
    <message>
        <source>Members then:</source>
        <translation>الأفراد آنذاك:</translation>
    </message>
    <message>
        <source>Open the record as it is now</source>
        <translation>فتح السجل كما هو الآن</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>التقدّم</translation>
    </message>
    <message>
        <source>Records as they were</source>
        <translation>السجلات كما كانت</translation>
    </message>
    <message>
        <source>Registry as of a moment</source>
        <translation>السجلات كما كانت في لحظة ما</translation>
    </message>
    <message>
        <source>Select a record to see it as it was.</source>
        <translation>اختر سجلًا لرؤيته كما كان.</translation>
    </message>
    <message>
        <source>Show the registry as of that moment</source>
        <translation>عرض السجلات كما كانت في تلك اللحظة</translation>
    </message>
    <message>
        <source>Show the registry then</source>
        <translation>عرض السجلات آنذاك</translation>
    </message>
    <message>
        <source>The record then (read-only)</source>
        <translation>السجل آنذاك (للقراءة فقط)</translation>
    </message>
    <message>
        <source>Working out the registry as of {0}…</source>
        <translation>جارٍ حساب السجلات كما كانت في ⁨{0}⁩…</translation>
    </message>
    <message>
        <source>{0} · version {1} · last change {2}</source>
        <translation>‏⁨{0}⁩ · الإصدار ⁨{1}⁩ · آخر تغيير ⁨{2}⁩</translation>
    </message>
</context>
<context>
    <name>AttachmentItem</name>
    <message>
        <source>Open {0}</source>
        <translation>فتح ⁨{0}⁩</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Remove {0}</source>
        <translation>إزالة ⁨{0}⁩</translation>
    </message>
</context>
<context>
    <name>AttentionPage</name>
    <message numerus="yes">
        <source>%n change was refused by the server and waits on this laptop.</source>
        <translation>
            <numerusform>لا تغييرات رفضها الخادم تنتظر على هذا الحاسوب.</numerusform>
            <numerusform>رفض الخادم تغييرًا واحدًا، وهو ينتظر على هذا الحاسوب.</numerusform>
            <numerusform>رفض الخادم تغييرين، وهما ينتظران على هذا الحاسوب.</numerusform>
            <numerusform>رفض الخادم %n تغييرات، وهي تنتظر على هذا الحاسوب.</numerusform>
            <numerusform>رفض الخادم %n تغييرًا، وهي تنتظر على هذا الحاسوب.</numerusform>
            <numerusform>رفض الخادم %n تغيير، وهي تنتظر على هذا الحاسوب.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) kept but not applied</source>
        <translation>
            <numerusform>لا تغييرات محفوظة غير مطبقة</numerusform>
            <numerusform>تغيير واحد محفوظ غير مطبق</numerusform>
            <numerusform>تغييران محفوظان غير مطبقين</numerusform>
            <numerusform>%n تغييرات محفوظة غير مطبقة</numerusform>
            <numerusform>%n تغييرًا محفوظًا غير مطبق</numerusform>
            <numerusform>%n تغيير محفوظ غير مطبق</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changes were refused by the server and wait on this laptop.</source>
        <translation>
            <numerusform>لا تغييرات رفضها الخادم تنتظر على هذا الحاسوب.</numerusform>
            <numerusform>رفض الخادم تغييرًا واحدًا، وهو ينتظر على هذا الحاسوب.</numerusform>
            <numerusform>رفض الخادم تغييرين، وهما ينتظران على هذا الحاسوب.</numerusform>
            <numerusform>رفض الخادم %n تغييرات، وهي تنتظر على هذا الحاسوب.</numerusform>
            <numerusform>رفض الخادم %n تغييرًا، وهي تنتظر على هذا الحاسوب.</numerusform>
            <numerusform>رفض الخادم %n تغيير، وهي تنتظر على هذا الحاسوب.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>لا تعارضات</numerusform>
            <numerusform>تعارض واحد</numerusform>
            <numerusform>تعارضان</numerusform>
            <numerusform>%n تعارضات</numerusform>
            <numerusform>%n تعارضًا</numerusform>
            <numerusform>%n تعارض</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n possible duplicate(s)</source>
        <translation>
            <numerusform>لا تكرارات محتملة</numerusform>
            <numerusform>تكرار محتمل واحد</numerusform>
            <numerusform>تكراران محتملان</numerusform>
            <numerusform>%n تكرارات محتملة</numerusform>
            <numerusform>%n تكرارًا محتملًا</numerusform>
            <numerusform>%n تكرار محتمل</numerusform>
        </translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(فارغ)</translation>
    </message>
    <message>
        <source>(the whole change)</source>
        <translation>(التغيير كله)</translation>
    </message>
    <message>
        <source>Both changed it from {0}; this device&apos;s value stands because it reaches the server later. Edit the record to settle it.</source>
        <translation>غيّره كلاهما انطلاقًا من ⁨{0}⁩؛ وتبقى قيمة هذا الجهاز لأنها تصل إلى الخادم لاحقًا. عدّل السجل لحسم الأمر.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>التغيير</translation>
    </message>
    <message>
        <source>Changed here and on the server</source>
        <translation>تغيّر هنا وعلى الخادم</translation>
    </message>
    <message>
        <source>Changes that were not applied or were refused</source>
        <translation>تغييرات لم تُطبَّق أو رُفضت</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Kept but not applied: {0}</source>
        <translation>محفوظ لكن لم يُطبَّق: ⁨{0}⁩</translation>
    </message>
    <message>
        <source>May be the same as</source>
        <translation>قد يكون هو نفسه</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>يحتاج إلى انتباه</translation>
    </message>
    <message>
        <source>No field was changed both here and on the server.</source>
        <translation>لم يُغيَّر أي حقل هنا وعلى الخادم معًا.</translation>
    </message>
    <message>
        <source>No possible duplicates.</source>
        <translation>لا توجد تكرارات محتملة.</translation>
    </message>
    <message>
        <source>Nothing to look at: every change was applied and accepted.</source>
        <translation>لا شيء للمراجعة: طُبّق كل تغيير وقُبل.</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>على الخادم</translation>
    </message>
    <message>
        <source>On this device</source>
        <translation>على هذا الجهاز</translation>
    </message>
    <message>
        <source>Open the record to see its history; the change is kept.</source>
        <translation>افتح السجل لرؤية سجله التاريخي؛ يُحتفظ بالتغيير.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>الشخص</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>تكرارات محتملة</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Refused by the server: {0}</source>
        <translation>رفضه الخادم: ⁨{0}⁩</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>درجة التشابه</translation>
    </message>
    <message>
        <source>The server holds a different change under the id of this device&apos;s change; this device&apos;s change was not sent.</source>
        <translation>يحتفظ الخادم بتغيير مختلف تحت معرّف تغيير هذا الجهاز؛ لم يُرسَل تغيير هذا الجهاز.</translation>
    </message>
    <message>
        <source>What you can do</source>
        <translation>ما يمكنك فعله</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>{0}, {1} and {2}.</source>
        <translation>‏⁨{0}⁩، و⁨{1}⁩، و⁨{2}⁩.</translation>
    </message>
</context>
<context>
    <name>AuditFilterBar</name>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>كل الإجراءات</translation>
    </message>
    <message>
        <source>All forms</source>
        <translation>كل النماذج</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>كل المستخدمين</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>مسح المرشّحات</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>تصدير CSV…</translation>
    </message>
    <message>
        <source>Export the filtered entries as CSV</source>
        <translation>تصدير الإدخالات المصفّاة بصيغة CSV</translation>
    </message>
    <message>
        <source>Filter from a date</source>
        <translation>التصفية بدءًا من تاريخ</translation>
    </message>
    <message>
        <source>Filter up to a date</source>
        <translation>التصفية حتى تاريخ</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>اليوم الأول</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>النموذج</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>اليوم الأخير</translation>
    </message>
    <message>
        <source>Record id</source>
        <translation>معرّف السجل</translation>
    </message>
    <message>
        <source>Records whose name or fields hold these words</source>
        <translation>السجلات التي يحتوي اسمها أو حقولها على هذه الكلمات</translation>
    </message>
    <message>
        <source>Search records</source>
        <translation>البحث في السجلات</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>User</source>
        <translation>المستخدم</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>Changes</source>
        <translation>التغييرات</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>مَن</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>1 entry</source>
        <translation>إدخال واحد</translation>
    </message>
    <message>
        <source>After</source>
        <translation>بعد</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>إدخالات التدقيق</translation>
    </message>
    <message>
        <source>Audit history</source>
        <translation>سجل التدقيق</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>قبل</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV ‏(*.csv)</translation>
    </message>
    <message>
        <source>Changes of the selected entry</source>
        <translation>تغييرات الإدخال المحدّد</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>جارٍ العدّ…</translation>
    </message>
    <message>
        <source>Export the audit entries</source>
        <translation>تصدير إدخالات التدقيق</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>جارٍ التصدير…</translation>
    </message>
    <message>
        <source>Exporting… {0} entries written</source>
        <translation>جارٍ التصدير… كُتب ⁨{0}⁩ إدخال</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Inclusion proof</source>
        <translation>إثبات التضمين</translation>
    </message>
    <message>
        <source>Inclusion proof of the selected event</source>
        <translation>إثبات تضمين الحدث المحدّد</translation>
    </message>
    <message>
        <source>Kept but not applied: {0}</source>
        <translation>محفوظ لكن لم يُطبَّق: ⁨{0}⁩</translation>
    </message>
    <message>
        <source>Open record</source>
        <translation>فتح السجل</translation>
    </message>
    <message>
        <source>Open the record of the selected entry</source>
        <translation>فتح سجل الإدخال المحدّد</translation>
    </message>
    <message>
        <source>Reason: {0}</source>
        <translation>السبب: ⁨{0}⁩</translation>
    </message>
    <message>
        <source>Select an entry to see what it changed.</source>
        <translation>اختر إدخالًا لرؤية ما غيّره.</translation>
    </message>
    <message>
        <source>The export failed: {0}</source>
        <translation>فشل التصدير: ⁨{0}⁩</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>الخط الزمني</translation>
    </message>
    <message>
        <source>Timeline of the selected record</source>
        <translation>الخط الزمني للسجل المحدّد</translation>
    </message>
    <message>
        <source>{0} entries</source>
        <translation>‏⁨{0}⁩ إدخال</translation>
    </message>
    <message>
        <source>{0} entries exported to {1}.</source>
        <translation>صُدّر ⁨{0}⁩ إدخال إلى ⁨{1}⁩.</translation>
    </message>
    <message>
        <source>{0} · {1} · {2}</source>
        <translation>‏⁨{0}⁩ · ⁨{1}⁩ · ⁨{2}⁩</translation>
    </message>
</context>
<context>
    <name>CameraDialog</name>
    <message>
        <source>Take a photo</source>
        <translation>التقاط صورة</translation>
    </message>
    <message>
        <source>Take the photo</source>
        <translation>التقط الصورة</translation>
    </message>
</context>
<context>
    <name>ConflictPage</name>
    <message numerus="yes">
        <source>%n field(s) were changed both on this device and on the server from the same value. This device&apos;s value stands until you pick; the resolution is recorded as a new change.</source>
        <translation>
            <numerusform>لم يُغيَّر أي حقل على هذا الجهاز وعلى الخادم معًا انطلاقًا من القيمة نفسها. تبقى قيمة هذا الجهاز حتى تختار؛ ويُسجَّل القرار كتغيير جديد.</numerusform>
            <numerusform>غُيّر حقل واحد على هذا الجهاز وعلى الخادم معًا انطلاقًا من القيمة نفسها. تبقى قيمة هذا الجهاز حتى تختار؛ ويُسجَّل القرار كتغيير جديد.</numerusform>
            <numerusform>غُيّر حقلان على هذا الجهاز وعلى الخادم معًا انطلاقًا من القيمة نفسها. تبقى قيمة هذا الجهاز حتى تختار؛ ويُسجَّل القرار كتغيير جديد.</numerusform>
            <numerusform>غُيّرت %n حقول على هذا الجهاز وعلى الخادم معًا انطلاقًا من القيمة نفسها. تبقى قيمة هذا الجهاز حتى تختار؛ ويُسجَّل القرار كتغيير جديد.</numerusform>
            <numerusform>غُيّر %n حقلًا على هذا الجهاز وعلى الخادم معًا انطلاقًا من القيمة نفسها. تبقى قيمة هذا الجهاز حتى تختار؛ ويُسجَّل القرار كتغيير جديد.</numerusform>
            <numerusform>غُيّر %n حقل على هذا الجهاز وعلى الخادم معًا انطلاقًا من القيمة نفسها. تبقى قيمة هذا الجهاز حتى تختار؛ ويُسجَّل القرار كتغيير جديد.</numerusform>
        </translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(فارغ)</translation>
    </message>
    <message>
        <source>(the whole change)</source>
        <translation>(التغيير كله)</translation>
    </message>
    <message>
        <source>Both started from</source>
        <translation>القيمة التي بدأ منها كلاهما</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>التعارضات</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>No conflicts: every change agrees with the server&apos;s.</source>
        <translation>لا توجد تعارضات: كل تغيير يتوافق مع تغييرات الخادم.</translation>
    </message>
    <message>
        <source>No conflicts: no field was changed both here and on the server. They show here after a sync, for you to choose which value stays.</source>
        <translation>لا توجد تعارضات: لم يُغيَّر أي حقل هنا وعلى الخادم معًا. تظهر التعارضات هنا بعد المزامنة، لتختار القيمة التي تبقى.</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>على الخادم</translation>
    </message>
    <message>
        <source>On this device</source>
        <translation>على هذا الجهاز</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>التعارضات المعلّقة</translation>
    </message>
    <message>
        <source>Open record</source>
        <translation>فتح السجل</translation>
    </message>
    <message>
        <source>Open the record</source>
        <translation>فتح السجل</translation>
    </message>
    <message>
        <source>Pick the value to keep for each field, then record the resolution.</source>
        <translation>اختر القيمة التي تريد الإبقاء عليها لكل حقل، ثم سجّل القرار.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Record the resolution</source>
        <translation>تسجيل القرار</translation>
    </message>
    <message>
        <source>Record the values picked</source>
        <translation>تسجيل القيم المختارة</translation>
    </message>
    <message>
        <source>Select a conflict to settle it.</source>
        <translation>اختر تعارضًا لحسمه.</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>جنبًا إلى جنب</translation>
    </message>
    <message>
        <source>Side by side: {0}</source>
        <translation>جنبًا إلى جنب: ⁨{0}⁩</translation>
    </message>
    <message>
        <source>The resolution was recorded.</source>
        <translation>سُجّل القرار.</translation>
    </message>
    <message>
        <source>The server</source>
        <translation>الخادم</translation>
    </message>
    <message>
        <source>The server holds a different change under the id of this device&apos;s change, so this device&apos;s change was not sent and cannot be merged. Compare them below; re-enter this device&apos;s data as a new change if it is still needed.</source>
        <translation>يحتفظ الخادم بتغيير مختلف تحت معرّف تغيير هذا الجهاز، لذا لم يُرسَل تغيير هذا الجهاز ولا يمكن دمجه. قارن بينهما أدناه؛ وأعد إدخال بيانات هذا الجهاز كتغيير جديد إن كانت لا تزال مطلوبة.</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>هذا الجهاز</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>الخادم</translation>
    </message>
    <message>
        <source>this device</source>
        <translation>هذا الجهاز</translation>
    </message>
    <message>
        <source>{0}: keep {1}&apos;s value</source>
        <translation>‏⁨{0}⁩: الإبقاء على قيمة ⁨{1}⁩</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <source>DD/MM/YYYY</source>
        <translation>يوم/شهر/سنة</translation>
    </message>
    <message>
        <source>MM/DD/YYYY</source>
        <translation>شهر/يوم/سنة</translation>
    </message>
    <message>
        <source>Pick a date (Alt+Down)</source>
        <translation>اختر تاريخًا (Alt+Down)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>سنة-شهر-يوم</translation>
    </message>
    <message>
        <source>YYYY-MM-DD HH:MM</source>
        <translation>سنة-شهر-يوم ساعة:دقيقة</translation>
    </message>
</context>
<context>
    <name>DeleteDialog</name>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Delete this record?</source>
        <translation>حذف هذا السجل؟</translation>
    </message>
    <message>
        <source>For example: registered twice, moved away</source>
        <translation>مثلًا: سُجّل مرتين، انتقل إلى مكان آخر</translation>
    </message>
    <message>
        <source>Reason (kept in the history):</source>
        <translation>السبب (يُحفظ في السجل التاريخي):</translation>
    </message>
    <message>
        <source>Reason for deleting</source>
        <translation>سبب الحذف</translation>
    </message>
</context>
<context>
    <name>DetailPage</name>
    <message>
        <source>(no name)</source>
        <translation>(بلا اسم)</translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation>إضافة فرد</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Current data</source>
        <translation>البيانات الحالية</translation>
    </message>
    <message>
        <source>Delete {0}?</source>
        <translation>حذف ⁨{0}⁩؟</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <source>Edit (Ctrl+E)</source>
        <translation>تعديل (Ctrl+E)</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>النموذج</translation>
    </message>
    <message>
        <source>History</source>
        <translation>السجل التاريخي</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>الأسرة</translation>
    </message>
    <message numerus="yes">
        <source>Its %n member(s) stay registered; find them with the search.</source>
        <translation>
            <numerusform>لا أفراد لها.</numerusform>
            <numerusform>يبقى فردها مسجّلًا؛ ابحث عنه باستخدام البحث.</numerusform>
            <numerusform>يبقى فرداها مسجّلَين؛ ابحث عنهما باستخدام البحث.</numerusform>
            <numerusform>يبقى أفرادها الـ%n مسجّلين؛ ابحث عنهم باستخدام البحث.</numerusform>
            <numerusform>يبقى أفرادها الـ%n مسجّلين؛ ابحث عنهم باستخدام البحث.</numerusform>
            <numerusform>يبقى أفرادها الـ%n مسجّلين؛ ابحث عنهم باستخدام البحث.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its history is kept.</source>
        <translation>يُحتفظ بسجله التاريخي.</translation>
    </message>
    <message>
        <source>Members ({0})</source>
        <translation>الأفراد (⁨{0}⁩)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>No data.</source>
        <translation>لا توجد بيانات.</translation>
    </message>
    <message>
        <source>No members yet: &quot;Add a member&quot; above registers the first.</source>
        <translation>لا أفراد بعد: زر «إضافة فرد» في الأعلى يسجّل الفرد الأول.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Related records</source>
        <translation>السجلات المرتبطة</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>صلة القرابة</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>المزامنة</translation>
    </message>
    <message>
        <source>That record is not in this profile.</source>
        <translation>هذا السجل غير موجود في هذا الملف الشخصي.</translation>
    </message>
    <message>
        <source>The record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Timeline (Ctrl+T)</source>
        <translation>الخط الزمني (Ctrl+T)</translation>
    </message>
    <message>
        <source>Timeline of this record</source>
        <translation>الخط الزمني لهذا السجل</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>مَن</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>محذوف</translation>
    </message>
    <message>
        <source>this record</source>
        <translation>هذا السجل</translation>
    </message>
    <message>
        <source>version {0}</source>
        <translation>الإصدار ⁨{0}⁩</translation>
    </message>
    <message>
        <source>{0} was deleted.</source>
        <translation>حُذف ⁨{0}⁩.</translation>
    </message>
    <message>
        <source>{0} was saved.</source>
        <translation>تم حفظ ⁨{0}⁩.</translation>
    </message>
    <message>
        <source>{0} · {1} · last change {2}</source>
        <translation>‏⁨{0}⁩ · ⁨{1}⁩ · آخر تغيير ⁨{2}⁩</translation>
    </message>
    <message>
        <source>← Back to the list</source>
        <translation>→ العودة إلى القائمة</translation>
    </message>
</context>
<context>
    <name>DraftNotice</name>
    <message numerus="yes">
        <source>%n unfinished registration(s) from an earlier session waiting in Drafts.</source>
        <translation>
            <numerusform>لا توجد تسجيلات غير مكتملة من جلسة سابقة في «المسودات».</numerusform>
            <numerusform>ينتظر في «المسودات» تسجيل واحد غير مكتمل من جلسة سابقة.</numerusform>
            <numerusform>ينتظر في «المسودات» تسجيلان غير مكتملين من جلسة سابقة.</numerusform>
            <numerusform>تنتظر في «المسودات» %n تسجيلات غير مكتملة من جلسة سابقة.</numerusform>
            <numerusform>ينتظر في «المسودات» %n تسجيلًا غير مكتمل من جلسة سابقة.</numerusform>
            <numerusform>ينتظر في «المسودات» %n تسجيل غير مكتمل من جلسة سابقة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>ليس الآن</translation>
    </message>
    <message>
        <source>Open drafts</source>
        <translation>فتح المسودات</translation>
    </message>
    <message>
        <source>Unfinished registrations</source>
        <translation>تسجيلات غير مكتملة</translation>
    </message>
</context>
<context>
    <name>DraftsPage</name>
    <message>
        <source>Discard</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <source>Discard this draft?</source>
        <translation>تجاهل هذه المسودة؟</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>تجاهل…</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>المسودات</translation>
    </message>
    <message>
        <source>Editing {0}</source>
        <translation>تعديل ⁨{0}⁩</translation>
    </message>
    <message>
        <source>For</source>
        <translation>لـ</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>النموذج</translation>
    </message>
    <message>
        <source>Forms in progress are saved here every few seconds, encrypted like everything else.</source>
        <translation>تُحفظ النماذج قيد الإدخال هنا كل بضع ثوانٍ، مشفّرة مثل كل شيء آخر.</translation>
    </message>
    <message>
        <source>Last saved</source>
        <translation>آخر حفظ</translation>
    </message>
    <message>
        <source>Member of {0}</source>
        <translation>فرد من ⁨{0}⁩</translation>
    </message>
    <message>
        <source>New record</source>
        <translation>سجل جديد</translation>
    </message>
    <message>
        <source>No drafts: every form was saved or discarded. A form you leave unfinished on Register (Ctrl+1) waits here.</source>
        <translation>لا توجد مسودات: حُفظ كل نموذج أو تم تجاهله. النموذج الذي تتركه غير مكتمل في «التسجيل» (Ctrl+1) ينتظرك هنا.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>استئناف</translation>
    </message>
    <message>
        <source>The draft was discarded.</source>
        <translation>تم تجاهل المسودة.</translation>
    </message>
    <message>
        <source>Typed so far</source>
        <translation>ما كُتب حتى الآن</translation>
    </message>
    <message>
        <source>What was typed in this draft will be lost.</source>
        <translation>سيُفقد ما كُتب في هذه المسودة.</translation>
    </message>
</context>
<context>
    <name>DuplicateBanner</name>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt;, born {1}</source>
        <translation>&lt;b&gt;⁨{0}⁩&lt;/b&gt;، تاريخ الميلاد ⁨{1}⁩</translation>
    </message>
    <message>
        <source>It is a different person</source>
        <translation>إنه شخص آخر</translation>
    </message>
    <message>
        <source>Open the existing record</source>
        <translation>فتح السجل الموجود</translation>
    </message>
    <message>
        <source>Open the existing record, or press Ctrl+S again to save anyway.</source>
        <translation>افتح السجل الموجود، أو اضغط Ctrl+S مرة أخرى للحفظ على أي حال.</translation>
    </message>
    <message>
        <source>This person may already be registered (same birth date, similar name):</source>
        <translation>قد يكون هذا الشخص مسجّلًا بالفعل (تاريخ الميلاد نفسه، واسم مشابه):</translation>
    </message>
    <message>
        <source>and {0} more</source>
        <translation>و⁨{0}⁩ آخرون</translation>
    </message>
</context>
<context>
    <name>DuplicatePage</name>
    <message numerus="yes">
        <source>%n pair(s) of people registered on the same birth date with similar names. Compare them and decide; every decision is kept in the history.</source>
        <translation>
            <numerusform>لا أزواج من الأشخاص مسجّلون بتاريخ الميلاد نفسه وبأسماء متشابهة. قارن بينهم وقرّر؛ يُحتفظ بكل قرار في السجل التاريخي.</numerusform>
            <numerusform>زوج واحد من الأشخاص مسجّلون بتاريخ الميلاد نفسه وبأسماء متشابهة. قارن بينهم وقرّر؛ يُحتفظ بكل قرار في السجل التاريخي.</numerusform>
            <numerusform>زوجان من الأشخاص مسجّلون بتاريخ الميلاد نفسه وبأسماء متشابهة. قارن بينهم وقرّر؛ يُحتفظ بكل قرار في السجل التاريخي.</numerusform>
            <numerusform>%n أزواج من الأشخاص مسجّلون بتاريخ الميلاد نفسه وبأسماء متشابهة. قارن بينهم وقرّر؛ يُحتفظ بكل قرار في السجل التاريخي.</numerusform>
            <numerusform>%n زوجًا من الأشخاص مسجّلون بتاريخ الميلاد نفسه وبأسماء متشابهة. قارن بينهم وقرّر؛ يُحتفظ بكل قرار في السجل التاريخي.</numerusform>
            <numerusform>%n زوج من الأشخاص مسجّلون بتاريخ الميلاد نفسه وبأسماء متشابهة. قارن بينهم وقرّر؛ يُحتفظ بكل قرار في السجل التاريخي.</numerusform>
        </translation>
    </message>
    <message>
        <source>Both records were kept; the pair was settled.</source>
        <translation>أُبقي على السجلين؛ وحُسم أمر الزوج.</translation>
    </message>
    <message>
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <source>Delete the duplicate</source>
        <translation>حذف التكرار</translation>
    </message>
    <message>
        <source>Delete the duplicate?</source>
        <translation>حذف التكرار؟</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>First</source>
        <translation>الأول</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>الأسرة</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>الإبقاء على الاثنين</translation>
    </message>
    <message>
        <source>Keep both: they are different people</source>
        <translation>الإبقاء على الاثنين: إنهما شخصان مختلفان</translation>
    </message>
    <message>
        <source>Keep the first record and delete the second</source>
        <translation>الإبقاء على السجل الأول وحذف الثاني</translation>
    </message>
    <message>
        <source>Keep the first, delete the second</source>
        <translation>الإبقاء على الأول وحذف الثاني</translation>
    </message>
    <message>
        <source>Keep the second record and delete the first</source>
        <translation>الإبقاء على السجل الثاني وحذف الأول</translation>
    </message>
    <message>
        <source>Keep the second, delete the first</source>
        <translation>الإبقاء على الثاني وحذف الأول</translation>
    </message>
    <message>
        <source>Keep {0} and delete {1}?</source>
        <translation>الإبقاء على ⁨{0}⁩ وحذف ⁨{1}⁩؟</translation>
    </message>
    <message>
        <source>May be the same as</source>
        <translation>قد يكون هو نفسه</translation>
    </message>
    <message>
        <source>No possible duplicates.</source>
        <translation>لا توجد تكرارات محتملة.</translation>
    </message>
    <message>
        <source>No possible duplicates: no two people share a birth date and a similar name.</source>
        <translation>لا توجد تكرارات محتملة: لا يوجد شخصان لهما تاريخ الميلاد نفسه واسم مشابه.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>الشخص</translation>
    </message>
    <message>
        <source>Possible duplicate pairs</source>
        <translation>أزواج التكرارات المحتملة</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>تكرارات محتملة</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>تاريخ التسجيل</translation>
    </message>
    <message>
        <source>Second</source>
        <translation>الثاني</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>درجة التشابه</translation>
    </message>
    <message>
        <source>The deleted record&apos;s history is kept.</source>
        <translation>يُحتفظ بالسجل التاريخي للسجل المحذوف.</translation>
    </message>
    <message>
        <source>The duplicate was deleted; the pair was settled.</source>
        <translation>حُذف التكرار؛ وحُسم أمر الزوج.</translation>
    </message>
    <message>
        <source>The two records side by side</source>
        <translation>السجلان جنبًا إلى جنب</translation>
    </message>
</context>
<context>
    <name>EditGridEditor</name>
    <message>
        <source>Add a row</source>
        <translation>إضافة صف</translation>
    </message>
    <message>
        <source>Remove this row</source>
        <translation>إزالة هذا الصف</translation>
    </message>
    <message>
        <source>Row {0}</source>
        <translation>الصف ⁨{0}⁩</translation>
    </message>
</context>
<context>
    <name>EntityTreeModel</name>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>لا أفراد</numerusform>
            <numerusform>فرد واحد</numerusform>
            <numerusform>فردان</numerusform>
            <numerusform>%n أفراد</numerusform>
            <numerusform>%n فردًا</numerusform>
            <numerusform>%n فرد</numerusform>
        </translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(بلا اسم)</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>النموذج</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>الأسرة</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>آخر تغيير</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>المزامنة</translation>
    </message>
</context>
<context>
    <name>ErrorPresenter</name>
    <message>
        <source>Something went wrong</source>
        <translation>حدث خطأ ما</translation>
    </message>
    <message>
        <source>Something went wrong; details are in the log.</source>
        <translation>حدث خطأ ما؛ التفاصيل في السجل.</translation>
    </message>
</context>
<context>
    <name>EventTypeDialog</name>
    <message>
        <source>(no name)</source>
        <translation>(بلا اسم)</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was saved: %n field(s) need attention.</source>
        <translation>
            <numerusform>لم يُحفظ شيء: لا حقول بحاجة إلى انتباه.</numerusform>
            <numerusform>لم يُحفظ شيء: حقل واحد بحاجة إلى انتباه.</numerusform>
            <numerusform>لم يُحفظ شيء: حقلان بحاجة إلى انتباه.</numerusform>
            <numerusform>لم يُحفظ شيء: %n حقول بحاجة إلى انتباه.</numerusform>
            <numerusform>لم يُحفظ شيء: %n حقلًا بحاجة إلى انتباه.</numerusform>
            <numerusform>لم يُحفظ شيء: %n حقل بحاجة إلى انتباه.</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>‏⁨{0}⁩: ⁨{1}⁩</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>As of</source>
        <translation>حتى تاريخ</translation>
    </message>
    <message>
        <source>CSV files in a .zip, a file per form</source>
        <translation>ملفات CSV داخل ملف .zip، ملف لكل استمارة</translation>
    </message>
    <message>
        <source>Date and time to export the records as of</source>
        <translation>التاريخ والوقت اللذان تُصدَّر السجلات كما كانت فيهما</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx), a sheet per form</source>
        <translation>مصنف Excel ‏(.xlsx)، ورقة لكل استمارة</translation>
    </message>
    <message>
        <source>Export records</source>
        <translation>تصدير السجلات</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>الاستمارات</translation>
    </message>
    <message>
        <source>Labels, as the forms show them</source>
        <translation>التسميات، كما تعرضها الاستمارات</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>الآن</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>السجلات</translation>
    </message>
    <message>
        <source>Stored values and field keys</source>
        <translation>القيم المخزنة ومفاتيح الحقول</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>القيم</translation>
    </message>
</context>
<context>
    <name>FileEditor</name>
    <message>
        <source>Accepted files ({0})</source>
        <translation>الملفات المقبولة (⁨{0}⁩)</translation>
    </message>
    <message>
        <source>Add a file…</source>
        <translation>إضافة ملف…</translation>
    </message>
    <message>
        <source>Add a photo…</source>
        <translation>إضافة صورة…</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>كل الملفات (*)</translation>
    </message>
    <message>
        <source>Choose a photo or file</source>
        <translation>اختر صورة أو ملفًا</translation>
    </message>
    <message>
        <source>Choose photos or files</source>
        <translation>اختر صورًا أو ملفات</translation>
    </message>
    <message>
        <source>Replace the file…</source>
        <translation>استبدال الملف…</translation>
    </message>
    <message>
        <source>Replace the photo…</source>
        <translation>استبدال الصورة…</translation>
    </message>
    <message>
        <source>Take a photo…</source>
        <translation>التقاط صورة…</translation>
    </message>
    <message>
        <source>“{0}” could not be read: {1}</source>
        <translation>تعذّرت قراءة «⁨{0}⁩»: ⁨{1}⁩</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>Add demo households so I can try the app</source>
        <translation>أضف أسرًا تجريبية لأجرّب التطبيق</translation>
    </message>
    <message>
        <source>At least 8 characters; a few words work well.</source>
        <translation>8 أحرف على الأقل؛ بضع كلمات تفي بالغرض.</translation>
    </message>
    <message>
        <source>Create my profile</source>
        <translation>إنشاء ملفي الشخصي</translation>
    </message>
    <message>
        <source>Everything you register is kept encrypted on this laptop. Choose a passphrase: a few words are easier to remember and harder to guess than one short word.</source>
        <translation>كل ما تسجّله يُحفظ مشفّرًا على هذا الحاسوب. اختر عبارة مرور: بضع كلمات أسهل في التذكّر وأصعب في التخمين من كلمة قصيرة واحدة.</translation>
    </message>
    <message>
        <source>Fair: one more word makes it strong.</source>
        <translation>متوسطة: كلمة إضافية تجعلها قوية.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>عبارة المرور مرة أخرى</translation>
    </message>
    <message>
        <source>Passphrase again:</source>
        <translation>عبارة المرور مرة أخرى:</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>عبارة المرور:</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>قوية.</translation>
    </message>
    <message>
        <source>The passphrases differ.</source>
        <translation>عبارتا المرور مختلفتان.</translation>
    </message>
    <message>
        <source>The passphrases match.</source>
        <translation>عبارتا المرور متطابقتان.</translation>
    </message>
    <message>
        <source>Too short: use at least 8 characters.</source>
        <translation>قصيرة جدًا: استخدم 8 أحرف على الأقل.</translation>
    </message>
    <message>
        <source>Weak: add another word or two.</source>
        <translation>ضعيفة: أضف كلمة أو كلمتين.</translation>
    </message>
    <message>
        <source>Welcome to DataCollect Desktop</source>
        <translation>مرحبًا بك في DataCollect Desktop</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>اسمك</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>اسمك:</translation>
    </message>
</context>
<context>
    <name>FormView</name>
    <message>
        <source>“{0}” is a {1} field, which this app cannot show; it is left out.</source>
        <translation>«⁨{0}⁩» حقل من نوع ⁨{1}⁩ لا يستطيع هذا التطبيق عرضه؛ لذا تم تجاوزه.</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;About DataCollect Desktop</source>
        <translation>&amp;حول DataCollect Desktop</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;مساعدة</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>ا&amp;ختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Diagnostics saved to {0}. They hold the log and counts, no names or answers.</source>
        <translation>حُفظ ملف التشخيص في ⁨{0}⁩. يحتوي على السجل والإحصاءات، دون أسماء أو إجابات.</translation>
    </message>
    <message>
        <source>Export &amp;diagnostics…</source>
        <translation>تصدير &amp;التشخيص…</translation>
    </message>
    <message>
        <source>Export diagnostics</source>
        <translation>تصدير التشخيص</translation>
    </message>
    <message>
        <source>The diagnostics were not saved: {0}</source>
        <translation>لم يُحفظ ملف التشخيص: ⁨{0}⁩</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>ملفات zip ‏(*.zip)</translation>
    </message>
</context>
<context>
    <name>IntegrityPage</name>
    <message>
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>التغيير</translation>
    </message>
    <message>
        <source>Checkpoint of {0} events</source>
        <translation>نقطة تحقّق من ⁨{0}⁩ حدث</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <source>Copy the root hash</source>
        <translation>نسخ تجزئة الجذر</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>الحدث</translation>
    </message>
    <message>
        <source>Events failing verification</source>
        <translation>الأحداث التي فشلت في التحقّق</translation>
    </message>
    <message>
        <source>Events in the log (tree size):</source>
        <translation>الأحداث في سجل الأحداث (حجم الشجرة):</translation>
    </message>
    <message>
        <source>Every change made on this laptop or received by sync is kept as a numbered event that is never rewritten. The root hash is a fingerprint of all of them together: changing any event, even by one character, changes it, and verification then names the event. An inclusion proof shows that one event is in the log exactly as it was written; the sync server&apos;s signed checkpoint shows that the server&apos;s copy of the log only ever grew.</source>
        <translation>يُحفظ كل تغيير أُجري على هذا الحاسوب أو استُقبل بالمزامنة حدثًا مرقّمًا لا تُعاد كتابته أبدًا. تجزئة الجذر بصمة لهذه الأحداث كلها معًا: تغيير أي حدث، ولو بحرف واحد، يغيّرها، ويسمّي التحقّق عندئذ ذلك الحدث. يُثبت إثبات التضمين أن حدثًا ما موجود في سجل الأحداث تمامًا كما كُتب؛ وتُثبت نقطة التحقّق الموقّعة لخادم المزامنة أن نسخة الخادم من سجل الأحداث لم تتغيّر إلا بالإضافة إليها.</translation>
    </message>
    <message>
        <source>Every event verified.</source>
        <translation>تم التحقّق من كل الأحداث.</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>السلامة</translation>
    </message>
    <message numerus="yes">
        <source>Integrity alarm: %n event(s) failed verification on {0}</source>
        <translation>
            <numerusform>إنذار السلامة: لم يفشل أي حدث في التحقق في ⁨{0}⁩</numerusform>
            <numerusform>إنذار السلامة: فشل حدث واحد في التحقق في ⁨{0}⁩</numerusform>
            <numerusform>إنذار السلامة: فشل حدثان في التحقق في ⁨{0}⁩</numerusform>
            <numerusform>إنذار السلامة: فشلت %n أحداث في التحقق في ⁨{0}⁩</numerusform>
            <numerusform>إنذار السلامة: فشل %n حدثًا في التحقق في ⁨{0}⁩</numerusform>
            <numerusform>إنذار السلامة: فشل %n حدث في التحقق في ⁨{0}⁩</numerusform>
        </translation>
    </message>
    <message>
        <source>Integrity alarm: the log failed verification on {0}</source>
        <translation>إنذار السلامة: فشل سجل الأحداث في التحقّق بتاريخ ⁨{0}⁩</translation>
    </message>
    <message>
        <source>Last full verification:</source>
        <translation>آخر تحقّق كامل:</translation>
    </message>
    <message>
        <source>Never. Press Verify now to check every event.</source>
        <translation>لم يتم قط. اضغط «تحقّق الآن» لفحص كل حدث.</translation>
    </message>
    <message>
        <source>No. {0}
{1}</source>
        <translation>رقم ⁨{0}⁩
⁨{1}⁩</translation>
    </message>
    <message>
        <source>Only the first {0} of {1} problems are listed.</source>
        <translation>لا تُعرض إلا أول ⁨{0}⁩ من أصل ⁨{1}⁩ مشكلة.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Root hash</source>
        <translation>تجزئة الجذر</translation>
    </message>
    <message>
        <source>Root hash:</source>
        <translation>تجزئة الجذر:</translation>
    </message>
    <message>
        <source>The records on this laptop no longer match their tamper-evident log: someone or something changed them behind the application&apos;s back. Nothing was repaired or deleted. Do not sync; tell your supervisor or administrator, and keep this laptop as it is.</source>
        <translation>لم تعد السجلات على هذا الحاسوب تطابق سجل أحداثها الكاشف للتلاعب: غيّرها شخص ما أو شيء ما من وراء التطبيق. لم يُصلَح أو يُحذف شيء. لا تُجرِ المزامنة؛ أبلغ المشرف أو المسؤول، واترك هذا الحاسوب على حاله.</translation>
    </message>
    <message>
        <source>The root hash was copied.</source>
        <translation>نُسخت تجزئة الجذر.</translation>
    </message>
    <message>
        <source>This laptop&apos;s log</source>
        <translation>سجل الأحداث على هذا الحاسوب</translation>
    </message>
    <message>
        <source>Tree node {0}/{1}</source>
        <translation>عقدة الشجرة ⁨{0}⁩/⁨{1}⁩</translation>
    </message>
    <message>
        <source>Verification FAILED: see Integrity.</source>
        <translation>فشل التحقّق: راجع «السلامة».</translation>
    </message>
    <message>
        <source>Verification progress</source>
        <translation>تقدّم التحقّق</translation>
    </message>
    <message>
        <source>Verify every event now</source>
        <translation>التحقّق من كل حدث الآن</translation>
    </message>
    <message>
        <source>Verify now</source>
        <translation>تحقّق الآن</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>المشكلة</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message numerus="yes">
        <source>{0}: FAILED, %n problem(s) found.</source>
        <translation>
            <numerusform>تحقق ⁨{0}⁩: فشل، لم توجد مشكلات.</numerusform>
            <numerusform>تحقق ⁨{0}⁩: فشل، وُجدت مشكلة واحدة.</numerusform>
            <numerusform>تحقق ⁨{0}⁩: فشل، وُجدت مشكلتان.</numerusform>
            <numerusform>تحقق ⁨{0}⁩: فشل، وُجدت %n مشكلات.</numerusform>
            <numerusform>تحقق ⁨{0}⁩: فشل، وُجدت %n مشكلة.</numerusform>
            <numerusform>تحقق ⁨{0}⁩: فشل، وُجدت %n مشكلة.</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}: all {1} events verified; root {2}…</source>
        <translation>‏⁨{0}⁩: تم التحقّق من كل الأحداث (⁨{1}⁩)؛ الجذر ⁨{2}⁩…</translation>
    </message>
</context>
<context>
    <name>LocationEditor</name>
    <message>
        <source>Accuracy (m)</source>
        <translation>الدقة (م)</translation>
    </message>
    <message>
        <source>Asking the laptop for its position…</source>
        <translation>جارٍ طلب الموقع من الحاسوب…</translation>
    </message>
    <message>
        <source>Lat.</source>
        <translation>خط العرض</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>خط العرض</translation>
    </message>
    <message>
        <source>Lon.</source>
        <translation>خط الطول</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>خط الطول</translation>
    </message>
    <message>
        <source>The laptop could not tell its position; type the coordinates instead.</source>
        <translation>تعذّر على الحاسوب تحديد موقعه؛ اكتب الإحداثيات بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>The laptop&apos;s position was filled in; check it.</source>
        <translation>أُدخل موقع الحاسوب؛ تحقّق منه.</translation>
    </message>
    <message>
        <source>Type the coordinates in decimal degrees, or paste “lat, lon” or a geo: link.</source>
        <translation>اكتب الإحداثيات بالدرجات العشرية، أو الصق «lat, lon» أو رابط geo:.</translation>
    </message>
    <message>
        <source>Use this laptop&apos;s position</source>
        <translation>استخدام موقع هذا الحاسوب</translation>
    </message>
    <message>
        <source>e.g. -1.5197</source>
        <translation>مثلًا -1.5197</translation>
    </message>
    <message>
        <source>e.g. 12.3456</source>
        <translation>مثلًا 12.3456</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>اختياري</translation>
    </message>
    <message>
        <source>± m</source>
        <translation>± م</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;قفل</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;الملف الشخصي</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>الإ&amp;عدادات…</translation>
    </message>
    <message>
        <source>Adding demo households…</source>
        <translation>جارٍ إضافة الأسر التجريبية…</translation>
    </message>
    <message>
        <source>DataCollect Desktop {0}</source>
        <translation>DataCollect Desktop ⁨{0}⁩</translation>
    </message>
    <message>
        <source>Event types</source>
        <translation>أنواع الأحداث</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>تم حفظ الإعدادات.</translation>
    </message>
    <message>
        <source>Some event types of this installation could not be loaded; records changed by them are kept and listed under Needs attention.</source>
        <translation>تعذّر تحميل بعض أنواع الأحداث في هذا التثبيت؛ التغييرات التي تجريها محفوظة ومدرجة في «بحاجة إلى انتباه».</translation>
    </message>
    <message>
        <source>Something went wrong; details are in the log.</source>
        <translation>حدث خطأ ما؛ التفاصيل في السجل.</translation>
    </message>
    <message>
        <source>The profile is locked. Unsaved forms were kept as drafts.</source>
        <translation>الملف الشخصي مقفل. حُفظت النماذج غير المحفوظة كمسودات.</translation>
    </message>
    <message>
        <source>The profile was locked after a while without use. Unsaved forms were kept as drafts.</source>
        <translation>قُفل الملف الشخصي بعد فترة دون استخدام. حُفظت النماذج غير المحفوظة كمسودات.</translation>
    </message>
    <message>
        <source>Your new passphrase is set; use it to unlock from now on.</source>
        <translation>عُيّنت عبارة المرور الجديدة؛ استخدمها من الآن فصاعدًا لفتح القفل.</translation>
    </message>
    <message>
        <source>{0} demo households were added.</source>
        <translation>أُضيفت ⁨{0}⁩ أسرة تجريبية.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>--at-seq must be between 0 and {size}, the number of events</source>
        <translation>يجب أن تكون قيمة ‎--at-seq‎ بين 0 و⁨{size}⁩، وهو عدد الأحداث</translation>
    </message>
    <message>
        <source>1 attachment is not downloaded yet.</source>
        <translation>لم يُنزَّل مرفق واحد بعد.</translation>
    </message>
    <message>
        <source>1 attachment of the records here is not downloaded yet.</source>
        <translation>لم يُنزَّل بعد مرفق واحد من مرفقات السجلات المعروضة.</translation>
    </message>
    <message>
        <source>1 attachment stays on this laptop only: this server does not keep attachments.</source>
        <translation>يبقى مرفق واحد على هذا الحاسوب فقط: هذا الخادم لا يحفظ المرفقات.</translation>
    </message>
    <message>
        <source>1 attachment was not sent and stays on this laptop only: this server does not keep attachments (the events were sent with their references).</source>
        <translation>لم يُرسَل مرفق واحد ويبقى على هذا الحاسوب فقط: هذا الخادم لا يحفظ المرفقات (أُرسلت الأحداث مع مراجعها).</translation>
    </message>
    <message>
        <source>1 conflict to review</source>
        <translation>تعارض واحد للمراجعة</translation>
    </message>
    <message>
        <source>A profile already exists in {path}.</source>
        <translation>يوجد ملف شخصي بالفعل في ⁨{path}⁩.</translation>
    </message>
    <message>
        <source>A profile whose creation was cut short was removed; it held no records.</source>
        <translation>أُزيل ملف شخصي انقطع إنشاؤه قبل اكتماله؛ لم يكن يحتوي على أي سجلات.</translation>
    </message>
    <message>
        <source>A {form} record must belong to a {parent} record.</source>
        <translation>يجب أن ينتمي سجل ⁨{form}⁩ إلى سجل ⁨{parent}⁩.</translation>
    </message>
    <message>
        <source>App config has no &apos;entityForms&apos; list.</source>
        <translation>لا تحتوي إعدادات التطبيق على قائمة &apos;entityForms&apos;.</translation>
    </message>
    <message>
        <source>App config is not valid JSON ({reason}).</source>
        <translation>إعدادات التطبيق ليست JSON صالحًا (⁨{reason}⁩).</translation>
    </message>
    <message>
        <source>App config must be a JSON object.</source>
        <translation>يجب أن تكون إعدادات التطبيق كائن JSON.</translation>
    </message>
    <message>
        <source>App config: &apos;choiceLists&apos; must be an object of named lists.</source>
        <translation>إعدادات التطبيق: يجب أن يكون &apos;choiceLists&apos; كائنًا من قوائم مسماة.</translation>
    </message>
    <message>
        <source>App config: &apos;entityForms&apos; must be a list.</source>
        <translation>إعدادات التطبيق: يجب أن تكون &apos;entityForms&apos; قائمة.</translation>
    </message>
    <message>
        <source>App config: &apos;eventTypes&apos; must be a list.</source>
        <translation>إعدادات التطبيق: يجب أن تكون &apos;eventTypes&apos; قائمة.</translation>
    </message>
    <message>
        <source>App config: &apos;i18n&apos; has a language with no code.</source>
        <translation>إعدادات التطبيق: في &apos;i18n&apos; لغة بلا رمز.</translation>
    </message>
    <message>
        <source>App config: &apos;i18n&apos; must be an object with one set of translations per language.</source>
        <translation>إعدادات التطبيق: يجب أن تكون &apos;i18n&apos; كائنًا فيه مجموعة ترجمات واحدة لكل لغة.</translation>
    </message>
    <message>
        <source>App config: &apos;i18n&apos; names the same language twice: {first!r} and {second!r}.</source>
        <translation>إعدادات التطبيق: تذكر &apos;i18n&apos; اللغة نفسها مرتين: ⁨{first!r}⁩ و⁨{second!r}⁩.</translation>
    </message>
    <message>
        <source>App config: {where} must be an object of English texts and their translations.</source>
        <translation>إعدادات التطبيق: يجب أن يكون ⁨{where}⁩ كائنًا من نصوص إنجليزية وترجماتها.</translation>
    </message>
    <message>
        <source>App config: {where}[{text!r}] must be text.</source>
        <translation>إعدادات التطبيق: يجب أن يكون ⁨{where}⁩[⁨{text!r}⁩] نصًا.</translation>
    </message>
    <message>
        <source>Cannot reach the sync server at {url} ({reason}). Check the network; sync will try again on its own.</source>
        <translation>تعذّر الوصول إلى خادم المزامنة على ⁨{url}⁩ (⁨{reason}⁩). تحقّق من الشبكة؛ ستعيد المزامنة المحاولة تلقائيًا.</translation>
    </message>
    <message>
        <source>Cannot read the XLSForm {path}: there is no such file.</source>
        <translation>تعذّرت قراءة نموذج XLSForm ‏⁨{path}⁩: الملف غير موجود.</translation>
    </message>
    <message>
        <source>Cannot read the app config {path}: {reason}.</source>
        <translation>تعذّرت قراءة إعدادات التطبيق ⁨{path}⁩: ⁨{reason}⁩.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}.</source>
        <translation>تعذّرت قراءة ⁨{path}⁩: ⁨{reason}⁩.</translation>
    </message>
    <message>
        <source>Cannot write the app config {path}: {reason}.</source>
        <translation>تعذّرت كتابة إعدادات التطبيق ‏⁨{path}⁩: ‏⁨{reason}⁩.</translation>
    </message>
    <message>
        <source>Cannot write {path}: it is a folder.</source>
        <translation>تعذّرت كتابة ⁨{path}⁩: إنه مجلد.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}.</source>
        <translation>تعذّرت الكتابة في ⁨{path}⁩: ⁨{reason}⁩.</translation>
    </message>
    <message>
        <source>Choose the app config file to load.</source>
        <translation>اختر ملف إعدادات التطبيق المراد تحميله.</translation>
    </message>
    <message>
        <source>Connected: the server answered, the account signed in and may use the app config {config_id!r}.</source>
        <translation>تم الاتصال: ردّ الخادم، وسجّل الحساب الدخول ويُسمح له باستخدام إعدادات التطبيق ⁨{config_id!r}⁩.</translation>
    </message>
    <message>
        <source>Could not reach the server at {url}. Check the address and the network, then try again.</source>
        <translation>تعذّر الوصول إلى الخادم على ⁨{url}⁩. تحقّق من العنوان والشبكة، ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>Enter or choose the id of the app config to use.</source>
        <translation>أدخل أو اختر معرّف إعدادات التطبيق المراد استخدامها.</translation>
    </message>
    <message>
        <source>Enter the id of the app config to download.</source>
        <translation>أدخل معرّف إعدادات التطبيق المراد تنزيلها.</translation>
    </message>
    <message>
        <source>Enter your name; it is written with every record you make.</source>
        <translation>أدخل اسمك؛ فهو يُسجَّل مع كل سجل تنشئه.</translation>
    </message>
    <message>
        <source>Form name {name!r} is used by more than one form.</source>
        <translation>اسم النموذج ⁨{name!r}⁩ مستخدم في أكثر من نموذج.</translation>
    </message>
    <message>
        <source>Form {name!r} depends on {parent!r}, which is not a form of this app.</source>
        <translation>النموذج ⁨{name!r}⁩ يعتمد على ⁨{parent!r}⁩، وهو ليس من نماذج هذا التطبيق.</translation>
    </message>
    <message>
        <source>Forms depend on each other in a circle: {cycle}.</source>
        <translation>النماذج تعتمد على بعضها في حلقة دائرية: ⁨{cycle}⁩.</translation>
    </message>
    <message>
        <source>Lock after idle: enter {low} to {high} minutes ({value} is out of range).</source>
        <translation>القفل بعد الخمول: أدخل من ⁨{low}⁩ إلى ⁨{high}⁩ دقيقة (⁨{value}⁩ خارج النطاق).</translation>
    </message>
    <message>
        <source>No profile in {path}. Create one with `datacollect-desktop init`.</source>
        <translation>لا يوجد ملف شخصي في ⁨{path}⁩. أنشئ واحدًا باستخدام `datacollect-desktop init`.</translation>
    </message>
    <message>
        <source>Nothing to do for this one: it follows an earlier change of the same record that the server refused, and is sent as soon as that one is accepted.</source>
        <translation>لا شيء تفعله لهذا التغيير: إنه يتبع تغييرًا سابقًا للسجل نفسه رفضه الخادم، وسيُرسل حالما يُقبل ذلك التغيير.</translation>
    </message>
    <message>
        <source>Pick a value for at least one field.</source>
        <translation>اختر قيمة لحقل واحد على الأقل.</translation>
    </message>
    <message>
        <source>Say why this record is deleted; the reason is kept in its history.</source>
        <translation>اذكر سبب حذف هذا السجل؛ يُحفظ السبب في سجله التاريخي.</translation>
    </message>
    <message>
        <source>Sign in again: the sync server needs the password of {email}.</source>
        <translation>سجّل الدخول مجددًا: يحتاج خادم المزامنة إلى كلمة سر ⁨{email}⁩.</translation>
    </message>
    <message>
        <source>Sync every: enter {low} to {high} minutes ({value} is out of range).</source>
        <translation>المزامنة كل: أدخل من ⁨{low}⁩ إلى ⁨{high}⁩ دقيقة (⁨{value}⁩ خارج النطاق).</translation>
    </message>
    <message>
        <source>Sync is not set up.</source>
        <translation>المزامنة غير مُعدّة.</translation>
    </message>
    <message>
        <source>Sync was cancelled; what was sent and received so far is kept.</source>
        <translation>أُلغيت المزامنة؛ ويُحتفظ بما أُرسل واستُقبل حتى الآن.</translation>
    </message>
    <message>
        <source>Sync went wrong; the details are in the log. It will try again later.</source>
        <translation>حدث خطأ في المزامنة؛ التفاصيل في السجل. ستُعاد المحاولة لاحقًا.</translation>
    </message>
    <message>
        <source>Synced: {sent} sent, {received} received, {conflicts}.</source>
        <translation>تمت المزامنة: أُرسل ⁨{sent}⁩، استُقبل ⁨{received}⁩، ⁨{conflicts}⁩.</translation>
    </message>
    <message>
        <source>Synced: {sent} sent, {received} received, {refused} refused by the server, {conflicts}.</source>
        <translation>تمت المزامنة: أُرسل ⁨{sent}⁩، استُقبل ⁨{received}⁩، رفض الخادم ⁨{refused}⁩، ⁨{conflicts}⁩.</translation>
    </message>
    <message>
        <source>Synced: {sent} sent, {received} received, {refused} refused by the server.</source>
        <translation>تمت المزامنة: أُرسل ⁨{sent}⁩، استُقبل ⁨{received}⁩، رفض الخادم ⁨{refused}⁩.</translation>
    </message>
    <message>
        <source>Synced: {sent} sent, {received} received.</source>
        <translation>تمت المزامنة: أُرسل ⁨{sent}⁩، استُقبل ⁨{received}⁩.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>جارٍ المزامنة…</translation>
    </message>
    <message>
        <source>Tell your supervisor the reason. The change is kept on this laptop and sent again on its own when the app or the app config is updated.</source>
        <translation>أبلغ المشرف بالسبب. يُحتفظ بالتغيير على هذا الحاسوب ويُعاد إرساله تلقائيًا عند تحديث التطبيق أو إعدادات التطبيق.</translation>
    </message>
    <message>
        <source>That record no longer exists; the list is refreshed.</source>
        <translation>لم يعد هذا السجل موجودًا؛ تم تحديث القائمة.</translation>
    </message>
    <message>
        <source>The XLSForm {path} cannot be read: {reason}</source>
        <translation>تعذّرت قراءة نموذج XLSForm ‏⁨{path}⁩: ‏⁨{reason}⁩</translation>
    </message>
    <message>
        <source>The address answered, but not as a DataCollect sync server: {reason}</source>
        <translation>ردّ العنوان، لكن ليس كخادم مزامنة DataCollect: ⁨{reason}⁩</translation>
    </message>
    <message>
        <source>The app config already has a form {name!r}; choose another name.</source>
        <translation>إعدادات التطبيق فيها نموذج باسم ⁨{name!r}⁩ بالفعل؛ اختر اسمًا آخر.</translation>
    </message>
    <message>
        <source>The app config has no form {form!r} for {type}.</source>
        <translation>لا تحتوي إعدادات التطبيق على النموذج ⁨{form!r}⁩ لـ ⁨{type}⁩.</translation>
    </message>
    <message>
        <source>The app config has no form {form}; its forms are {forms}.</source>
        <translation>لا تحتوي إعدادات التطبيق على الاستمارة ⁨{form}⁩؛ استماراتها هي ⁨{forms}⁩.</translation>
    </message>
    <message>
        <source>The app config has no form {name!r}; its forms are: {names}.</source>
        <translation>لا تحتوي إعدادات التطبيق على النموذج ⁨{name!r}⁩؛ نماذجها هي: ⁨{names}⁩.</translation>
    </message>
    <message>
        <source>The bundle contents are damaged ({reason}).</source>
        <translation>محتوى الحزمة تالف (⁨{reason}⁩).</translation>
    </message>
    <message>
        <source>The bundle header is damaged (attachments).</source>
        <translation>ترويسة الحزمة تالفة (المرفقات).</translation>
    </message>
    <message>
        <source>The bundle header is damaged ({reason}).</source>
        <translation>ترويسة الحزمة تالفة (⁨{reason}⁩).</translation>
    </message>
    <message>
        <source>The bundle holds an invalid event ({reason}).</source>
        <translation>تحتوي الحزمة على حدث غير صالح (⁨{reason}⁩).</translation>
    </message>
    <message>
        <source>The bundle passphrase is wrong; nothing was imported.</source>
        <translation>عبارة مرور الحزمة خاطئة؛ لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>The bundle&apos;s attachments are damaged; nothing was imported.</source>
        <translation>مرفقات الحزمة تالفة؛ لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>The bundle&apos;s events do not match its signed tree root; nothing was imported.</source>
        <translation>أحداث الحزمة لا تطابق جذر الشجرة الموقّع؛ لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>The bundle&apos;s file {digest} does not match its digest; nothing was imported.</source>
        <translation>الملف ⁨{digest}⁩ في الحزمة لا يطابق بصمته؛ لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>The change is too large for the server. Tell your supervisor; it is kept on this laptop.</source>
        <translation>التغيير أكبر مما يقبله الخادم. أبلغ المشرف؛ يُحتفظ به على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>The change was kept in the history but could not be applied: {reason}. It is listed under Needs attention.</source>
        <translation>حُفظ التغيير في السجل التاريخي لكن تعذّر تطبيقه: ⁨{reason}⁩. وهو مدرج في «يحتاج إلى انتباه».</translation>
    </message>
    <message>
        <source>The connection to the sync server broke off ({reason}). Sync will try again on its own; nothing was lost.</source>
        <translation>انقطع الاتصال بخادم المزامنة (⁨{reason}⁩). ستعيد المزامنة المحاولة تلقائيًا؛ لم يُفقد شيء.</translation>
    </message>
    <message>
        <source>The decision was kept in the history but could not be applied: {reason}.</source>
        <translation>حُفظ القرار في السجل التاريخي لكن تعذّر تطبيقه: ⁨{reason}⁩.</translation>
    </message>
    <message>
        <source>The decision was not saved: {reason}</source>
        <translation>لم يُحفظ القرار: ⁨{reason}⁩</translation>
    </message>
    <message>
        <source>The disk is full, or failing: the profile could not be written. Nothing was lost: what was saved before is intact. Free some space and try again.</source>
        <translation>القرص ممتلئ أو معطّل: تعذّرت الكتابة في الملف الشخصي. لم يُفقد شيء: ما حُفظ من قبل سليم. أفرغ بعض المساحة وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was lost: what was saved before is intact. Free some space and try again.</source>
        <translation>القرص ممتلئ. لم يُفقد شيء: ما حُفظ سابقًا سليم. حرّر بعض المساحة وأعد المحاولة.</translation>
    </message>
    <message>
        <source>The export format is csv or xlsx, not {format}.</source>
        <translation>صيغة التصدير هي csv أو xlsx، وليست ⁨{format}⁩.</translation>
    </message>
    <message>
        <source>The file {digest} is not on this laptop yet; sync to download it.</source>
        <translation>الملف ⁨{digest}⁩ ليس على هذا الحاسوب بعد؛ زامِن لتنزيله.</translation>
    </message>
    <message>
        <source>The file {name} is cut short (incomplete {kind}); copy it again. Nothing was stored.</source>
        <translation>الملف ⁨{name}⁩ ناقص (⁨{kind}⁩ غير مكتمل)؛ انسخه مرة أخرى. لم يُحفظ شيء.</translation>
    </message>
    <message>
        <source>The file {name} is empty; nothing was stored.</source>
        <translation>الملف ⁨{name}⁩ فارغ؛ لم يُحفظ شيء.</translation>
    </message>
    <message>
        <source>The file {name} is not of a type this app keeps (JPEG, PNG, GIF or WebP photos, PDF documents). Nothing was stored.</source>
        <translation>الملف ⁨{name}⁩ ليس من نوع يحفظه هذا التطبيق (صور JPEG أو PNG أو GIF أو WebP، ومستندات PDF). لم يُحفظ شيء.</translation>
    </message>
    <message>
        <source>The file {name} is said to be {said} but its content is {kind}. Nothing was stored.</source>
        <translation>يُقال إن الملف ⁨{name}⁩ من نوع ⁨{said}⁩ لكن محتواه ⁨{kind}⁩. لم يُحفظ شيء.</translation>
    </message>
    <message>
        <source>The file {name} is {size}; the limit per file is {limit}. Nothing was stored.</source>
        <translation>حجم الملف ⁨{name}⁩ هو ⁨{size}⁩؛ والحد لكل ملف ⁨{limit}⁩. لم يُحفظ شيء.</translation>
    </message>
    <message>
        <source>The file&apos;s bytes do not match their digest {digest}; nothing was stored.</source>
        <translation>بايتات الملف لا تطابق بصمتها ⁨{digest}⁩؛ لم يُحفظ شيء.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>المجلد ⁨{folder}⁩ غير موجود.</translation>
    </message>
    <message>
        <source>The key file of an unfinished profile (no database beside it) was set aside as {path}.</source>
        <translation>وُضع ملف المفاتيح الخاص بملف شخصي غير مكتمل (لا توجد بجانبه قاعدة بيانات) جانبًا باسم ⁨{path}⁩.</translation>
    </message>
    <message>
        <source>The key file {path} asks for a key derivation far costlier than this app ever writes ({memory} KiB, {iterations} passes, {lanes} lanes); it was not used. It is damaged or was not made by DataCollect Desktop.</source>
        <translation>يطلب ملف المفاتيح ⁨{path}⁩ اشتقاق مفتاح أكثر كلفة بكثير مما يكتبه هذا التطبيق في أي وقت (الذاكرة ⁨{memory}⁩ KiB، التمريرات ⁨{iterations}⁩، المسارات ⁨{lanes}⁩)؛ لم يُستخدم. إنه تالف أو لم يُنشئه DataCollect Desktop.</translation>
    </message>
    <message>
        <source>The key file {path} is damaged ({reason}).</source>
        <translation>ملف المفاتيح ⁨{path}⁩ تالف (⁨{reason}⁩).</translation>
    </message>
    <message>
        <source>The key file {path} is missing.</source>
        <translation>ملف المفاتيح ⁨{path}⁩ مفقود.</translation>
    </message>
    <message>
        <source>The last saved change was lost from this laptop: the profile&apos;s files were damaged (a power cut or a disk fault). If it had reached the sync server, it comes back at the next sync.</source>
        <translation>فُقد آخر تغيير محفوظ من هذا الحاسوب: تلفت ملفات الملف الشخصي (انقطاع في الكهرباء أو عطل في القرص). إن كان قد وصل إلى خادم المزامنة، فإنه يعود في المزامنة التالية.</translation>
    </message>
    <message>
        <source>The last {count} saved changes were lost from this laptop: the profile&apos;s files were damaged (a power cut or a disk fault). Those already on the sync server come back at the next sync; the others cannot be recovered here.</source>
        <translation>فُقدت آخر التغييرات المحفوظة من هذا الحاسوب، وعددها ⁨{count}⁩: تلفت ملفات الملف الشخصي (انقطاع في الكهرباء أو عطل في القرص). ما كان منها قد وصل إلى خادم المزامنة يعود في المزامنة التالية؛ أما البقية فلا يمكن استردادها هنا.</translation>
    </message>
    <message>
        <source>The passphrase is not right for this profile. Nothing was changed; check the keyboard layout and Caps Lock, or unlock with the recovery key.</source>
        <translation>عبارة المرور غير صحيحة لهذا الملف الشخصي. لم يتغيّر شيء؛ تحقّق من لغة لوحة المفاتيح ومن زر الأحرف الكبيرة، أو افتح القفل بمفتاح الاسترداد.</translation>
    </message>
    <message>
        <source>The passphrase must be at least {count} characters long.</source>
        <translation>يجب ألا يقل طول عبارة المرور عن ⁨{count}⁩ أحرف.</translation>
    </message>
    <message>
        <source>The profile database ({path}) is damaged or is not a DataCollect database; it was not read. Restore it from a backup or an export.</source>
        <translation>قاعدة بيانات الملف الشخصي (⁨{path}⁩) تالفة أو ليست قاعدة بيانات DataCollect؛ لم تُقرأ. استعدها من نسخة احتياطية أو من ملف تصدير.</translation>
    </message>
    <message>
        <source>The profile database is damaged ({problems}). Nothing was changed; restore it from a backup or an export.</source>
        <translation>قاعدة بيانات الملف الشخصي تالفة (⁨{problems}⁩). لم يتغيّر شيء؛ استعدها من نسخة احتياطية أو من ملف تصدير.</translation>
    </message>
    <message>
        <source>The profile database is damaged or is not a DataCollect database; it was not read. Restore it from a backup or an export.</source>
        <translation>قاعدة بيانات الملف الشخصي تالفة أو ليست قاعدة بيانات DataCollect؛ لم تُقرأ. استعدها من نسخة احتياطية أو من ملف تصدير.</translation>
    </message>
    <message>
        <source>The profile database {path} is missing. If this profile was never finished, `datacollect-desktop init` makes it again (the key file is set aside).</source>
        <translation>قاعدة بيانات الملف الشخصي ⁨{path}⁩ مفقودة. إن لم يكتمل إنشاء هذا الملف الشخصي قط، فإن `datacollect-desktop init` يُنشئه من جديد (ويُوضع ملف المفاتيح جانبًا).</translation>
    </message>
    <message>
        <source>The profile is busy in another window or process; try again.</source>
        <translation>الملف الشخصي مشغول في نافذة أو عملية أخرى؛ أعد المحاولة.</translation>
    </message>
    <message>
        <source>The profile&apos;s database ({path}) is damaged: it is empty or cut short and holds none of this profile&apos;s records. It was not read or changed. Keep it as it is and restore the profile from a backup or an export.</source>
        <translation>قاعدة بيانات الملف الشخصي (⁨{path}⁩) تالفة: إنها فارغة أو مقتطعة ولا تحتوي على أي من سجلات هذا الملف الشخصي. لم تُقرأ ولم تُغيَّر. احتفظ بها كما هي واستعد الملف الشخصي من نسخة احتياطية أو من ملف تصدير.</translation>
    </message>
    <message>
        <source>The record this change is for is not on this laptop; the change is kept but not applied.</source>
        <translation>السجل الذي يخصّه هذا التغيير ليس على هذا الحاسوب؛ التغيير محفوظ لكنه لم يُطبَّق.</translation>
    </message>
    <message>
        <source>The record this draft was editing no longer exists.</source>
        <translation>السجل الذي كانت هذه المسودة تعدّله لم يعد موجودًا.</translation>
    </message>
    <message>
        <source>The record was not saved: {reason}</source>
        <translation>لم يُحفظ السجل: ⁨{reason}⁩</translation>
    </message>
    <message>
        <source>The records are being rebuilt; try again when that has finished.</source>
        <translation>يجري إعادة بناء السجلات؛ أعد المحاولة عند انتهاء ذلك.</translation>
    </message>
    <message>
        <source>The recovery key cannot be saved as {path}: {reason}.</source>
        <translation>لا يمكن حفظ مفتاح الاسترداد باسم ⁨{path}⁩: ⁨{reason}⁩.</translation>
    </message>
    <message>
        <source>The recovery key cannot be saved in the profile&apos;s own folder: whoever takes the laptop would have both. Choose a USB stick or another place you keep apart from it.</source>
        <translation>لا يمكن حفظ مفتاح الاسترداد في مجلد الملف الشخصي نفسه: فمن يأخذ الحاسوب سيحصل على الاثنين معًا. اختر ذاكرة USB أو مكانًا آخر تحتفظ به بعيدًا عن الحاسوب.</translation>
    </message>
    <message>
        <source>The recovery key cannot be saved in {folder}: {reason}.</source>
        <translation>لا يمكن حفظ مفتاح الاسترداد في ⁨{folder}⁩: ⁨{reason}⁩.</translation>
    </message>
    <message>
        <source>The saved changes on this laptop no longer match what it recorded after its last save ({recorded} changes): some were lost or altered when its files were damaged. Compare them with the sync server or a backup.</source>
        <translation>لم تعد التغييرات المحفوظة على هذا الحاسوب تطابق ما سجّله بعد آخر حفظ (عدد التغييرات: ⁨{recorded}⁩): فُقد بعضها أو تغيّر عندما تلفت ملفاته. قارنها بما على خادم المزامنة أو بنسخة احتياطية.</translation>
    </message>
    <message>
        <source>The server address must start with http:// or https://.</source>
        <translation>يجب أن يبدأ عنوان الخادم بـ http://‎ أو https://‎.</translation>
    </message>
    <message>
        <source>The server answered and the account signed in, but: {hint}</source>
        <translation>ردّ الخادم وسجّل الحساب الدخول، لكن: ⁨{hint}⁩</translation>
    </message>
    <message>
        <source>The server answered with an error ({status}); try again later.</source>
        <translation>ردّ الخادم بخطأ (⁨{status}⁩)؛ أعد المحاولة لاحقًا.</translation>
    </message>
    <message>
        <source>The server answered, but it did not accept the account {account} with this password.</source>
        <translation>ردّ الخادم، لكنه لم يقبل الحساب ⁨{account}⁩ مع كلمة السر هذه.</translation>
    </message>
    <message>
        <source>The server asked to sign in again.</source>
        <translation>طلب الخادم تسجيل الدخول مجددًا.</translation>
    </message>
    <message>
        <source>The server cannot be reached: {reason}</source>
        <translation>تعذّر الوصول إلى الخادم: ⁨{reason}⁩</translation>
    </message>
    <message>
        <source>The server did not accept this e-mail and password.</source>
        <translation>لم يقبل الخادم هذا البريد الإلكتروني وكلمة السر.</translation>
    </message>
    <message>
        <source>The server does not have a photo or file this change refers to, and this laptop does not hold it either, so it could not be sent. Tell your supervisor; the change is kept on this laptop.</source>
        <translation>لا يملك الخادم صورة أو ملفًا يشير إليه هذا التغيير، ولا يملكه هذا الحاسوب أيضًا، لذا تعذّر إرساله. أبلغ مشرفك؛ التغيير محفوظ على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>The server has no app config {config_id!r} for this account.</source>
        <translation>لا توجد على الخادم إعدادات تطبيق ⁨{config_id!r}⁩ لهذا الحساب.</translation>
    </message>
    <message>
        <source>The server holds another change under this change&apos;s id. Tell your supervisor; this change is kept on this laptop.</source>
        <translation>يحتفظ الخادم بتغيير آخر تحت معرّف هذا التغيير. أبلغ المشرف؛ يُحتفظ بهذا التغيير على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>The server sent two different events under {guid}.</source>
        <translation>أرسل الخادم حدثين مختلفين تحت المعرّف ⁨{guid}⁩.</translation>
    </message>
    <message>
        <source>The server was not asked: enter the e-mail of your account first.</source>
        <translation>لم يُسأل الخادم: أدخل البريد الإلكتروني لحسابك أولًا.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was not JSON; is this a DataCollect server?</source>
        <translation>لم يكن ردّ الخادم بصيغة JSON؛ هل هذا خادم DataCollect؟</translation>
    </message>
    <message>
        <source>The server&apos;s app config has no form for this record. Tell your supervisor; the change is kept here and sent again on its own when the app or the app config is updated.</source>
        <translation>إعدادات التطبيق على الخادم لا تحتوي على نموذج لهذا السجل. أخبر مشرفك؛ يُحفظ التغيير هنا ويُرسل من جديد تلقائيًا عند تحديث التطبيق أو إعداداته.</translation>
    </message>
    <message>
        <source>The server&apos;s forms ask for something this laptop&apos;s forms do not. Tell your supervisor the reason; the change is kept here and sent again on its own when the app or the app config is updated.</source>
        <translation>تطلب نماذج الخادم شيئًا لا تطلبه نماذج هذا الحاسوب. أبلغ المشرف بالسبب؛ يُحتفظ بالتغيير هنا ويُعاد إرساله تلقائيًا عند تحديث التطبيق أو إعدادات التطبيق.</translation>
    </message>
    <message>
        <source>The server&apos;s sign-in answer had no token; is this a DataCollect server?</source>
        <translation>لم يتضمّن ردّ تسجيل الدخول من الخادم رمزًا؛ هل هذا خادم DataCollect؟</translation>
    </message>
    <message>
        <source>The stored file {digest} is damaged: its bytes no longer match its digest. Run `datacollect-desktop verify`.</source>
        <translation>الملف المحفوظ ⁨{digest}⁩ تالف: لم تعد بايتاته تطابق بصمته. شغّل `datacollect-desktop verify`.</translation>
    </message>
    <message>
        <source>The sync server answered with an error ({status}). Sync will try again later.</source>
        <translation>ردّ خادم المزامنة بخطأ (⁨{status}⁩). ستُعاد المحاولة لاحقًا.</translation>
    </message>
    <message>
        <source>The sync server answered with an error ({status}: {reason}). Sync will try again later.</source>
        <translation>ردّ خادم المزامنة بخطأ (⁨{status}⁩: ⁨{reason}⁩). ستُعاد المحاولة لاحقًا.</translation>
    </message>
    <message>
        <source>The sync server at {url} did not answer in time. Sync will try again on its own; nothing was lost.</source>
        <translation>لم يردّ خادم المزامنة على ⁨{url}⁩ في الوقت المحدد. ستعيد المزامنة المحاولة تلقائيًا؛ لم يُفقد شيء.</translation>
    </message>
    <message>
        <source>The sync server cannot serve right now (it is overloaded or its database is out of reach). Sync will try again on its own; nothing was lost.</source>
        <translation>لا يستطيع خادم المزامنة الاستجابة الآن (إنه مثقل أو قاعدة بياناته غير متاحة). ستعيد المزامنة المحاولة تلقائيًا؛ لم يُفقد شيء.</translation>
    </message>
    <message>
        <source>The sync server did not keep a chunk of the attachment {digest}; sync will try again.</source>
        <translation>لم يحفظ خادم المزامنة جزءًا من المرفق ⁨{digest}⁩؛ ستعيد المزامنة المحاولة.</translation>
    </message>
    <message>
        <source>The sync server does not hold events it acknowledged.</source>
        <translation>لا يحتفظ خادم المزامنة بأحداث أكّد استلامها.</translation>
    </message>
    <message>
        <source>The sync server does not hold the attachment {digest} yet.</source>
        <translation>لا يملك خادم المزامنة المرفق ⁨{digest}⁩ بعد.</translation>
    </message>
    <message>
        <source>The sync server failed an integrity check: {problem}. Sync stopped; everything on this device is kept. Tell your supervisor.</source>
        <translation>فشل خادم المزامنة في فحص السلامة: ⁨{problem}⁩. توقفت المزامنة؛ ويُحتفظ بكل شيء على هذا الجهاز. أبلغ المشرف.</translation>
    </message>
    <message>
        <source>The sync server has no app {config_id!r}.</source>
        <translation>لا يوجد على خادم المزامنة تطبيق ⁨{config_id!r}⁩.</translation>
    </message>
    <message>
        <source>The sync server holds different content for event {guid} than this device: its log was changed.</source>
        <translation>يحتفظ خادم المزامنة بمحتوى للحدث ⁨{guid}⁩ مختلف عمّا على هذا الجهاز: لقد تغيّر سجله.</translation>
    </message>
    <message>
        <source>The sync server is busy (too many requests); sync will try again later.</source>
        <translation>خادم المزامنة مشغول (طلبات كثيرة جدًا)؛ ستُعاد المحاولة لاحقًا.</translation>
    </message>
    <message>
        <source>The sync server refused the attachment {digest}: {reason}</source>
        <translation>رفض خادم المزامنة المرفق ⁨{digest}⁩: ⁨{reason}⁩</translation>
    </message>
    <message>
        <source>The sync server refused the email {email} with this password. Check both in the settings.</source>
        <translation>رفض خادم المزامنة البريد الإلكتروني ⁨{email}⁩ مع كلمة السر هذه. تحقّق من كليهما في الإعدادات.</translation>
    </message>
    <message>
        <source>The sync server sent a proof that cannot be read.</source>
        <translation>أرسل خادم المزامنة إثباتًا لا يمكن قراءته.</translation>
    </message>
    <message>
        <source>The sync server sent an answer that cannot be used ({what}). It will be tried again later.</source>
        <translation>أرسل خادم المزامنة ردًّا لا يمكن استخدامه (⁨{what}⁩). ستُعاد المحاولة لاحقًا.</translation>
    </message>
    <message>
        <source>The sync server sent an answer that is not readable JSON (it may have been cut off). Sync will try again on its own; nothing was lost.</source>
        <translation>أرسل خادم المزامنة ردًّا ليس JSON مقروءًا (ربما انقطع). ستعيد المزامنة المحاولة تلقائيًا؛ لم يُفقد شيء.</translation>
    </message>
    <message>
        <source>The sync server sent an attachment whose bytes do not match its digest {digest}; nothing of it was kept. Sync will try again.</source>
        <translation>أرسل خادم المزامنة مرفقًا لا يطابق محتواه بصمته ⁨{digest}⁩؛ لم يُحفظ منه شيء. ستعيد المزامنة المحاولة.</translation>
    </message>
    <message>
        <source>The sync server sent nothing: {reason}</source>
        <translation>لم يرسل خادم المزامنة شيئًا: ⁨{reason}⁩</translation>
    </message>
    <message>
        <source>The sync server&apos;s answer was damaged on the way (it does not match its checksum) and was not used. Sync will try again on its own; nothing was lost.</source>
        <translation>تلفت إجابة خادم المزامنة في الطريق (لا تطابق مجموع التحقق الخاص بها) ولم تُستخدم. ستعيد المزامنة المحاولة من تلقاء نفسها؛ لم يُفقد شيء.</translation>
    </message>
    <message>
        <source>The sync server&apos;s log kept moving while proving events; sync will try again later.</source>
        <translation>ظل سجل خادم المزامنة يتغيّر أثناء إثبات الأحداث؛ ستُعاد المحاولة لاحقًا.</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same passphrase twice.</source>
        <translation>عبارتا المرور مختلفتان. اكتب العبارة نفسها مرتين.</translation>
    </message>
    <message>
        <source>The {form} data must be a set of named fields.</source>
        <translation>يجب أن تكون بيانات ⁨{form}⁩ مجموعة من الحقول المسمّاة.</translation>
    </message>
    <message>
        <source>This account is not assigned to any app config on the server; ask your supervisor to assign it to {config_id!r}.</source>
        <translation>هذا الحساب غير مُسنَد إلى أي إعدادات تطبيق على الخادم؛ اطلب من المشرف إسناده إلى ⁨{config_id!r}⁩.</translation>
    </message>
    <message>
        <source>This account is not assigned to the app config {config_id!r}. Choose one it may use: {ids}.</source>
        <translation>هذا الحساب غير مُسنَد إلى إعدادات التطبيق ⁨{config_id!r}⁩. اختر إعدادات يُسمح له باستخدامها: ⁨{ids}⁩.</translation>
    </message>
    <message>
        <source>This account may not sync this app: {reason}</source>
        <translation>لا يُسمح لهذا الحساب بمزامنة هذا التطبيق: ⁨{reason}⁩</translation>
    </message>
    <message>
        <source>This app config has no form for the members of this record.</source>
        <translation>لا تحتوي إعدادات التطبيق هذه على نموذج لأفراد هذا السجل.</translation>
    </message>
    <message>
        <source>This app config has no form to start a registration with.</source>
        <translation>لا تحتوي إعدادات التطبيق هذه على نموذج لبدء التسجيل.</translation>
    </message>
    <message>
        <source>This change ({type}) was made with a newer or other app config; it is kept, and applied once this laptop has a config that declares it.</source>
        <translation>أُجري هذا التغيير (⁨{type}⁩) بإعدادات تطبيق أحدث أو مختلفة؛ وهو محفوظ، وسيُطبَّق حين يحصل هذا الحاسوب على إعدادات تعرّفه.</translation>
    </message>
    <message>
        <source>This draft is for the form {form!r}, which the current app config does not have.</source>
        <translation>هذه المسودة للنموذج ⁨{form!r}⁩، وهو غير موجود في إعدادات التطبيق الحالية.</translation>
    </message>
    <message>
        <source>This profile has no device key.</source>
        <translation>لا يحتوي هذا الملف الشخصي على مفتاح الجهاز.</translation>
    </message>
    <message>
        <source>This profile is open in another DataCollect window. Close that window first, or switch to it.</source>
        <translation>هذا الملف الشخصي مفتوح في نافذة DataCollect أخرى. أغلق تلك النافذة أولًا، أو انتقل إليها.</translation>
    </message>
    <message>
        <source>This profile syncs with {url} (app {config_id}); it cannot also sync with {new_url} (app {new_config_id}). Use another profile for that server.</source>
        <translation>يُزامَن هذا الملف الشخصي مع ⁨{url}⁩ (التطبيق ⁨{config_id}⁩)؛ ولا يمكن مزامنته أيضًا مع ⁨{new_url}⁩ (التطبيق ⁨{new_config_id}⁩). استخدم ملفًا شخصيًا آخر لذلك الخادم.</translation>
    </message>
    <message>
        <source>This profile was created without a recovery key.</source>
        <translation>أُنشئ هذا الملف الشخصي دون مفتاح استرداد.</translation>
    </message>
    <message>
        <source>This profile was written by a newer version of DataCollect Desktop (schema {version}, this app knows {known}). Update the app to open it.</source>
        <translation>كُتب هذا الملف الشخصي بإصدار أحدث من DataCollect Desktop (المخطط ⁨{version}⁩، وهذا التطبيق يعرف ⁨{known}⁩). حدّث التطبيق لفتحه.</translation>
    </message>
    <message>
        <source>This record was made with a form this app config does not have, so it cannot be edited here.</source>
        <translation>أُنشئ هذا السجل بنموذج غير موجود في إعدادات التطبيق هذه، لذا لا يمكن تعديله هنا.</translation>
    </message>
    <message>
        <source>Too many wrong passwords for {email}; try again in 1 minute. Check the password in the settings.</source>
        <translation>كلمات مرور خاطئة كثيرة لـ ⁨{email}⁩؛ حاول مرة أخرى بعد دقيقة واحدة. تحقّق من كلمة المرور في الإعدادات.</translation>
    </message>
    <message>
        <source>Too many wrong passwords for {email}; try again in {count} minutes. Check the password in the settings.</source>
        <translation>كلمات مرور خاطئة كثيرة لـ ⁨{email}⁩؛ حاول مرة أخرى بعد ⁨{count}⁩ دقيقة. تحقّق من كلمة المرور في الإعدادات.</translation>
    </message>
    <message>
        <source>Type your passphrase to unlock.</source>
        <translation>اكتب عبارة المرور لفتح القفل.</translation>
    </message>
    <message>
        <source>a household</source>
        <translation>أسرة</translation>
    </message>
    <message>
        <source>a person</source>
        <translation>شخص</translation>
    </message>
    <message>
        <source>a record</source>
        <translation>سجل</translation>
    </message>
    <message>
        <source>a stored tree node does not match the events</source>
        <translation>عقدة محفوظة في الشجرة لا تطابق الأحداث</translation>
    </message>
    <message>
        <source>event {guid} is not in a tree of size {size}</source>
        <translation>الحدث ⁨{guid}⁩ ليس في شجرة حجمها ⁨{size}⁩</translation>
    </message>
    <message>
        <source>eventTypes: type {type!r} is declared more than once.</source>
        <translation>eventTypes: النوع ⁨{type!r}⁩ معرَّف أكثر من مرة.</translation>
    </message>
    <message>
        <source>events it sent or acknowledged are not in its signed log as they are on this device</source>
        <translation>أحداث أرسلها أو أكّد استلامها ليست في سجله الموقّع كما هي على هذا الجهاز</translation>
    </message>
    <message>
        <source>events {first} to {last} are missing</source>
        <translation>الأحداث من ⁨{first}⁩ إلى ⁨{last}⁩ مفقودة</translation>
    </message>
    <message>
        <source>history no longer matches a recorded checkpoint: it was rewritten</source>
        <translation>لم يعد التاريخ يطابق نقطة تحقّق مسجّلة: أُعيدت كتابته</translation>
    </message>
    <message>
        <source>it acknowledged a push without saying what happened to each event</source>
        <translation>أكّد استلام دفعة دون أن يذكر ما حدث لكل حدث</translation>
    </message>
    <message>
        <source>it no longer signs its log, although it did before</source>
        <translation>لم يعد يوقّع سجله، مع أنه كان يفعل ذلك سابقًا</translation>
    </message>
    <message>
        <source>it placed two different events at one position</source>
        <translation>وضع حدثين مختلفين في الموضع نفسه</translation>
    </message>
    <message>
        <source>it sent an event that is not valid ({reason})</source>
        <translation>أرسل حدثًا غير صالح (⁨{reason}⁩)</translation>
    </message>
    <message>
        <source>it sent no signed checkpoint</source>
        <translation>لم يرسل نقطة تحقّق موقّعة</translation>
    </message>
    <message>
        <source>its bytes no longer match its digest</source>
        <translation>لم تعد بايتاته تطابق بصمته</translation>
    </message>
    <message>
        <source>its checkpoint does not verify ({reason})</source>
        <translation>نقطة التحقّق الخاصة به لا تجتاز التحقّق (⁨{reason}⁩)</translation>
    </message>
    <message>
        <source>its checkpoint key is malformed</source>
        <translation>مفتاح نقطة التحقّق الخاص به مشوّه</translation>
    </message>
    <message>
        <source>its checkpoint key is not the one this device pinned on its first sync</source>
        <translation>مفتاح نقطة التحقّق الخاص به ليس المفتاح الذي ثبّته هذا الجهاز في أول مزامنة</translation>
    </message>
    <message>
        <source>its checkpoint names another log</source>
        <translation>نقطة التحقّق الخاصة به تشير إلى سجل آخر</translation>
    </message>
    <message>
        <source>its checkpoint says one thing and its signed note another</source>
        <translation>نقطة التحقّق تقول شيئًا وملاحظته الموقّعة تقول شيئًا آخر</translation>
    </message>
    <message>
        <source>its log of {after} events does not extend the {before} events seen before: history was rewritten</source>
        <translation>سجله المؤلف من ⁨{after}⁩ حدثًا لا يمتد من الأحداث الـ⁨{before}⁩ التي شوهدت سابقًا: أُعيدت كتابة التاريخ</translation>
    </message>
    <message>
        <source>its log shrank from {before} to {after} events</source>
        <translation>تقلّص سجله من ⁨{before}⁩ إلى ⁨{after}⁩ حدثًا</translation>
    </message>
    <message>
        <source>its log was rewritten: same size, another root</source>
        <translation>أُعيدت كتابة سجله: الحجم نفسه، وجذر مختلف</translation>
    </message>
    <message>
        <source>its pull does not follow the order of its log</source>
        <translation>ما يرسله عند السحب لا يتبع ترتيب سجله</translation>
    </message>
    <message>
        <source>its push results do not match the events pushed</source>
        <translation>نتائج الدفع لا تطابق الأحداث المدفوعة</translation>
    </message>
    <message>
        <source>its size is not the one recorded</source>
        <translation>حجمه ليس الحجم المسجَّل</translation>
    </message>
    <message>
        <source>need 0 &lt; --from &lt;= --to &lt;= {size} (the tree size)</source>
        <translation>المطلوب ‎0 &lt; --from &lt;= --to &lt;= ⁨{size}⁩‎ (حجم الشجرة)</translation>
    </message>
    <message>
        <source>no event number {seq} in this profile</source>
        <translation>لا يوجد الحدث رقم ⁨{seq}⁩ في هذا الملف الشخصي</translation>
    </message>
    <message>
        <source>no event {guid} in this profile</source>
        <translation>لا يوجد الحدث ⁨{guid}⁩ في هذا الملف الشخصي</translation>
    </message>
    <message>
        <source>the event has no leaf in the tree</source>
        <translation>ليس للحدث ورقة في الشجرة</translation>
    </message>
    <message>
        <source>the event&apos;s content does not match its leaf hash: it was altered</source>
        <translation>محتوى الحدث لا يطابق تجزئة ورقته: لقد تم التلاعب به</translation>
    </message>
    <message>
        <source>the event&apos;s indexed columns disagree with its hashed content</source>
        <translation>الأعمدة المفهرسة للحدث تخالف محتواه المُجزّأ</translation>
    </message>
    <message>
        <source>the log is shorter than a checkpoint it once had: events were removed</source>
        <translation>سجل الأحداث أقصر من نقطة تحقّق كانت له: أُزيلت أحداث</translation>
    </message>
    <message>
        <source>the stored event is not readable</source>
        <translation>الحدث المحفوظ غير مقروء</translation>
    </message>
    <message>
        <source>the stored file {digest} is damaged: {problem}</source>
        <translation>الملف المحفوظ ⁨{digest}⁩ تالف: ⁨{problem}⁩</translation>
    </message>
    <message>
        <source>this row is not a set of fields.</source>
        <translation>هذا الصف ليس مجموعة من الحقول.</translation>
    </message>
    <message>
        <source>{at} is not a UTC time such as 2024-05-01T08:30:00Z.</source>
        <translation>‏⁨{at}⁩ ليس وقتًا بالتوقيت العالمي مثل 2024-05-01T08:30:00Z.</translation>
    </message>
    <message>
        <source>{choices}, and {count} more</source>
        <translation>‏⁨{choices}⁩، و⁨{count}⁩ أخرى</translation>
    </message>
    <message>
        <source>{count} attachments are not downloaded yet.</source>
        <translation>لم تُنزَّل ⁨{count}⁩ من المرفقات بعد.</translation>
    </message>
    <message>
        <source>{count} attachments of the records here are not downloaded yet.</source>
        <translation>لم تُنزَّل بعد ⁨{count}⁩ من مرفقات السجلات المعروضة.</translation>
    </message>
    <message>
        <source>{count} attachments stay on this laptop only: this server does not keep attachments.</source>
        <translation>تبقى ⁨{count}⁩ من المرفقات على هذا الحاسوب فقط: هذا الخادم لا يحفظ المرفقات.</translation>
    </message>
    <message>
        <source>{count} attachments were not sent and stay on this laptop only: this server does not keep attachments (the events were sent with their references).</source>
        <translation>لم تُرسَل ⁨{count}⁩ من المرفقات وتبقى على هذا الحاسوب فقط: هذا الخادم لا يحفظ المرفقات (أُرسلت الأحداث مع مراجعها).</translation>
    </message>
    <message>
        <source>{count} conflicts to review</source>
        <translation>‏⁨{count}⁩ من التعارضات للمراجعة</translation>
    </message>
    <message>
        <source>{count} tree nodes are missing</source>
        <translation>‏⁨{count}⁩ عقدة مفقودة من الشجرة</translation>
    </message>
    <message>
        <source>{digest!r} is not an attachment digest (sha256:&lt;64 hex digits&gt;).</source>
        <translation>‏⁨{digest!r}⁩ ليست بصمة مرفق (sha256:&lt;64 رقمًا سداسيًا عشريًا&gt;).</translation>
    </message>
    <message>
        <source>{grid}, row {row}: {problem}</source>
        <translation>‏⁨{grid}⁩، الصف ⁨{row}⁩: ⁨{problem}⁩</translation>
    </message>
    <message>
        <source>{label} does not match the expected format.</source>
        <translation>‏⁨{label}⁩ لا يطابق الصيغة المتوقعة.</translation>
    </message>
    <message>
        <source>{label} has a choice that is not on the list: {choice!r}.</source>
        <translation>‏⁨{label}⁩ يحتوي على خيار غير موجود في القائمة: ⁨{choice!r}⁩.</translation>
    </message>
    <message>
        <source>{label} holds something that is not a stored file.</source>
        <translation>‏⁨{label}⁩ يحتوي على شيء ليس ملفًا محفوظًا.</translation>
    </message>
    <message>
        <source>{label} is in the future. Check it; you can still save.</source>
        <translation>‏⁨{label}⁩ في المستقبل. تحقّق منه؛ يمكنك الحفظ مع ذلك.</translation>
    </message>
    <message>
        <source>{label} is not a valid e-mail address.</source>
        <translation>‏⁨{label}⁩ ليس عنوان بريد إلكتروني صالحًا.</translation>
    </message>
    <message>
        <source>{label} is not valid.</source>
        <translation>‏⁨{label}⁩ غير صالح.</translation>
    </message>
    <message>
        <source>{label} is required.</source>
        <translation>‏⁨{label}⁩ مطلوب.</translation>
    </message>
    <message>
        <source>{label} makes this person {age} years old. Check it; you can still save.</source>
        <translation>بحسب ⁨{label}⁩ يكون عمر هذا الشخص ⁨{age}⁩ سنة. تحقّق منه؛ يمكنك الحفظ مع ذلك.</translation>
    </message>
    <message>
        <source>{label} must be a date and time, such as 2024-03-31T14:30:00Z.</source>
        <translation>يجب أن يكون ⁨{label}⁩ تاريخًا ووقتًا، مثل 2024-03-31T14:30:00Z.</translation>
    </message>
    <message>
        <source>{label} must be a date written as DD/MM/YYYY.</source>
        <translation>يجب أن يكون ⁨{label}⁩ تاريخًا بالصيغة DD/MM/YYYY (يوم/شهر/سنة).</translation>
    </message>
    <message>
        <source>{label} must be a date written as MM/DD/YYYY.</source>
        <translation>يجب أن يكون ⁨{label}⁩ تاريخًا بالصيغة MM/DD/YYYY (شهر/يوم/سنة).</translation>
    </message>
    <message>
        <source>{label} must be a date written as YYYY-MM-DD, such as 2024-03-31.</source>
        <translation>يجب أن يكون ⁨{label}⁩ تاريخًا بالصيغة YYYY-MM-DD (سنة-شهر-يوم)، مثل 2024-03-31.</translation>
    </message>
    <message>
        <source>{label} must be a list of choices.</source>
        <translation>يجب أن يكون ⁨{label}⁩ قائمة خيارات.</translation>
    </message>
    <message>
        <source>{label} must be a list of files.</source>
        <translation>‏⁨{label}⁩ يجب أن يكون قائمة ملفات.</translation>
    </message>
    <message>
        <source>{label} must be a list of rows.</source>
        <translation>يجب أن يكون ⁨{label}⁩ قائمة صفوف.</translation>
    </message>
    <message>
        <source>{label} must be a number.</source>
        <translation>يجب أن يكون ⁨{label}⁩ رقمًا.</translation>
    </message>
    <message>
        <source>{label} must be a place: a latitude and a longitude.</source>
        <translation>‏⁨{label}⁩ يجب أن يكون مكانًا: خط عرض وخط طول.</translation>
    </message>
    <message>
        <source>{label} must be a set of ticked and unticked choices.</source>
        <translation>يجب أن يكون ⁨{label}⁩ مجموعة من الخيارات المحدّدة وغير المحدّدة.</translation>
    </message>
    <message>
        <source>{label} must be a signature drawn on this laptop.</source>
        <translation>‏⁨{label}⁩ يجب أن يكون توقيعًا مرسومًا على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>{label} must be at least 1 character long.</source>
        <translation>يجب ألا يقل ⁨{label}⁩ عن حرف واحد.</translation>
    </message>
    <message>
        <source>{label} must be at least {count} characters long.</source>
        <translation>يجب ألا يقل طول ⁨{label}⁩ عن ⁨{count}⁩ حرفًا.</translation>
    </message>
    <message>
        <source>{label} must be at least {limit}.</source>
        <translation>يجب ألا يقل ⁨{label}⁩ عن ⁨{limit}⁩.</translation>
    </message>
    <message>
        <source>{label} must be at most 1 character long.</source>
        <translation>يجب ألا يزيد ⁨{label}⁩ على حرف واحد.</translation>
    </message>
    <message>
        <source>{label} must be at most {count} characters long.</source>
        <translation>يجب ألا يزيد طول ⁨{label}⁩ على ⁨{count}⁩ حرفًا.</translation>
    </message>
    <message>
        <source>{label} must be at most {limit}.</source>
        <translation>يجب ألا يزيد ⁨{label}⁩ على ⁨{limit}⁩.</translation>
    </message>
    <message>
        <source>{label} must be one of: {choices}.</source>
        <translation>يجب أن يكون ⁨{label}⁩ أحد الخيارات التالية: ⁨{choices}⁩.</translation>
    </message>
    <message>
        <source>{label} must be text.</source>
        <translation>يجب أن يكون ⁨{label}⁩ نصًا.</translation>
    </message>
    <message>
        <source>{label} must be ticked (true) or not ticked (false).</source>
        <translation>يجب أن يكون ⁨{label}⁩ محدّدًا (true) أو غير محدّد (false).</translation>
    </message>
    <message>
        <source>{label} must be ticked.</source>
        <translation>يجب تحديد ⁨{label}⁩.</translation>
    </message>
    <message>
        <source>{label} must have at least 1 row.</source>
        <translation>يجب أن يحتوي ⁨{label}⁩ على صف واحد على الأقل.</translation>
    </message>
    <message>
        <source>{label} must have at least {count} rows.</source>
        <translation>يجب أن يحتوي ⁨{label}⁩ على ⁨{count}⁩ صفوف على الأقل.</translation>
    </message>
    <message>
        <source>{label} must have at most 1 row.</source>
        <translation>يجب ألا يحتوي ⁨{label}⁩ على أكثر من صف واحد.</translation>
    </message>
    <message>
        <source>{label} must have at most {count} rows.</source>
        <translation>يجب ألا يحتوي ⁨{label}⁩ على أكثر من ⁨{count}⁩ صفوف.</translation>
    </message>
    <message>
        <source>{label} takes one file.</source>
        <translation>‏⁨{label}⁩ يقبل ملفًا واحدًا.</translation>
    </message>
    <message>
        <source>{label}: each choice must be ticked (true) or not ticked (false).</source>
        <translation>‏⁨{label}⁩: يجب أن يكون كل خيار محدّدًا (true) أو غير محدّد (false).</translation>
    </message>
    <message>
        <source>{label}: the accuracy must be a number of metres, 0 or more.</source>
        <translation>‏⁨{label}⁩: يجب أن تكون الدقة عددًا من الأمتار، 0 أو أكثر.</translation>
    </message>
    <message>
        <source>{label}: the latitude must be a number from -90 to 90.</source>
        <translation>‏⁨{label}⁩: يجب أن يكون خط العرض عددًا من -90 إلى 90.</translation>
    </message>
    <message>
        <source>{label}: the longitude must be a number from -180 to 180.</source>
        <translation>‏⁨{label}⁩: يجب أن يكون خط الطول عددًا من -180 إلى 180.</translation>
    </message>
    <message>
        <source>{label}: this choice does not fit the other answers.</source>
        <translation>‏⁨{label}⁩: هذا الاختيار لا يتوافق مع الإجابات الأخرى.</translation>
    </message>
    <message>
        <source>{label}: {name} is not a file of an accepted type ({pattern}).</source>
        <translation>‏⁨{label}⁩: ⁨{name}⁩ ليس ملفًا من نوع مقبول (⁨{pattern}⁩).</translation>
    </message>
    <message>
        <source>{label}: {name} is {size}; files here may be at most {limit}.</source>
        <translation>‏⁨{label}⁩: حجم ⁨{name}⁩ هو ⁨{size}⁩؛ والحد الأقصى للملفات هنا ⁨{limit}⁩.</translation>
    </message>
    <message>
        <source>{member} is not a member of {group}; the change is kept but not applied.</source>
        <translation>‏⁨{member}⁩ ليس فردًا في ⁨{group}⁩؛ التغيير محفوظ لكنه لم يُطبَّق.</translation>
    </message>
    <message>
        <source>{path} fails its signature check: it was altered or damaged.</source>
        <translation>فشل ⁨{path}⁩ في فحص التوقيع: لقد عُدّل أو تلف.</translation>
    </message>
    <message>
        <source>{path} is damaged or truncated ({reason}).</source>
        <translation>‏⁨{path}⁩ تالف أو مقتطع (⁨{reason}⁩).</translation>
    </message>
    <message>
        <source>{path} is not a DataCollect bundle.</source>
        <translation>‏⁨{path}⁩ ليس حزمة DataCollect.</translation>
    </message>
    <message>
        <source>{path} is not a DataCollect key file.</source>
        <translation>‏⁨{path}⁩ ليس ملف مفاتيح DataCollect.</translation>
    </message>
    <message>
        <source>{path} is not a regular file, so not a bundle; nothing was imported.</source>
        <translation>‏⁨{path}⁩ ليس ملفًا عاديًا، فهو إذن ليس حزمة؛ لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>{path} is not an XLSForm workbook (.xlsx or .xls).</source>
        <translation>‏⁨{path}⁩ ليس مصنّف XLSForm (‎.xlsx أو ‎.xls).</translation>
    </message>
    <message>
        <source>{path} is too large to be a bundle; nothing was imported.</source>
        <translation>‏⁨{path}⁩ أكبر من أن يكون حزمة؛ لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of the app.</source>
        <translation>كُتب ⁨{path}⁩ بإصدار أحدث من التطبيق.</translation>
    </message>
    <message>
        <source>{problem} Sync stopped; everything on this device is kept. Tell your supervisor.</source>
        <translation>‏⁨{problem}⁩ توقفت المزامنة؛ ويُحتفظ بكل شيء على هذا الجهاز. أبلغ المشرف.</translation>
    </message>
    <message>
        <source>{reason} (Choose an app config this account may use: in Settings, &quot;Test connection&quot; lists them.)</source>
        <translation>‏⁨{reason}⁩ (اختر إعدادات تطبيق يُسمح لهذا الحساب باستخدامها: في الإعدادات، يعرضها زر «اختبار الاتصال».)</translation>
    </message>
    <message>
        <source>{record} is {kind}, not {wanted}; the change is kept but not applied.</source>
        <translation>‏⁨{record}⁩ هو ⁨{kind}⁩، لا ⁨{wanted}⁩؛ التغيير محفوظ لكنه لم يُطبَّق.</translation>
    </message>
    <message>
        <source>{record} was deleted on {when}; this change is kept in its history but not applied.</source>
        <translation>حُذف ⁨{record}⁩ في ⁨{when}⁩؛ هذا التغيير محفوظ في سجله التاريخي لكنه لم يُطبَّق.</translation>
    </message>
    <message>
        <source>{server} is a stock DataCollect server: it signs no checkpoints, so only this device&apos;s own log is proven. What the server holds cannot be checked against it.</source>
        <translation>‏⁨{server}⁩ خادم DataCollect عادي: لا يوقّع أي نقاط تحقّق، لذا لا يُثبَت إلا سجل أحداث هذا الجهاز نفسه. ولا يمكن التحقّق مما يحتفظ به الخادم بالمقارنة معه.</translation>
    </message>
    <message>
        <source>{synced} {files}</source>
        <translation>‏⁨{synced}⁩ ⁨{files}⁩</translation>
    </message>
    <message>
        <source>{where} changes nothing: give &apos;sets&apos;, &apos;clears&apos; or &apos;appends&apos;.</source>
        <translation>‏⁨{where}⁩ لا يغيّر شيئًا: أعطِ &apos;sets&apos; أو &apos;clears&apos; أو &apos;appends&apos;.</translation>
    </message>
    <message>
        <source>{where} has no &apos;formio&apos; object.</source>
        <translation>لا يحتوي ⁨{where}⁩ على كائن &apos;formio&apos;.</translation>
    </message>
    <message>
        <source>{where} has no &apos;name&apos;.</source>
        <translation>لا يحتوي ⁨{where}⁩ على &apos;name&apos;.</translation>
    </message>
    <message>
        <source>{where} must be a list of names.</source>
        <translation>يجب أن يكون ⁨{where}⁩ قائمة أسماء.</translation>
    </message>
    <message>
        <source>{where} must be an object of field: source.</source>
        <translation>يجب أن يكون ⁨{where}⁩ كائنًا من الشكل حقل: مصدر.</translation>
    </message>
    <message>
        <source>{where} must be an object.</source>
        <translation>يجب أن يكون ⁨{where}⁩ كائنًا.</translation>
    </message>
    <message>
        <source>{where} needs a &apos;form&apos;: the name of one of entityForms, or a Form.io form object.</source>
        <translation>يحتاج ⁨{where}⁩ إلى &apos;form&apos;: اسم أحد entityForms، أو كائن نموذج Form.io.</translation>
    </message>
    <message>
        <source>{where}: &apos;appliesTo&apos; names {form!r}, which is not a form of this app.</source>
        <translation>‏⁨{where}⁩: يذكر &apos;appliesTo&apos; النموذج ⁨{form!r}⁩، وهو ليس من نماذج هذا التطبيق.</translation>
    </message>
    <message>
        <source>{where}: &apos;columns&apos; must be a list.</source>
        <translation>‏⁨{where}⁩: يجب أن تكون &apos;columns&apos; قائمة.</translation>
    </message>
    <message>
        <source>{where}: &apos;components&apos; must be a list.</source>
        <translation>‏⁨{where}⁩: يجب أن تكون &apos;components&apos; قائمة.</translation>
    </message>
    <message>
        <source>{where}: &apos;dependsOn&apos; must be the name of another form.</source>
        <translation>‏⁨{where}⁩: يجب أن تكون &apos;dependsOn&apos; اسم نموذج آخر.</translation>
    </message>
    <message>
        <source>{where}: &apos;form&apos; names {form!r}, which is not a form of this app.</source>
        <translation>‏⁨{where}⁩: يذكر &apos;form&apos; النموذج ⁨{form!r}⁩، وهو ليس من نماذج هذا التطبيق.</translation>
    </message>
    <message>
        <source>{where}: &apos;key&apos; must be text.</source>
        <translation>‏⁨{where}⁩: يجب أن يكون &apos;key&apos; نصًا.</translation>
    </message>
    <message>
        <source>{where}: &apos;title&apos; must be text.</source>
        <translation>‏⁨{where}⁩: يجب أن يكون &apos;title&apos; نصًا.</translation>
    </message>
    <message>
        <source>{where}: &apos;type&apos; must be a short lower-case name such as &apos;assign-case-worker&apos;.</source>
        <translation>‏⁨{where}⁩: يجب أن يكون &apos;type&apos; اسمًا قصيرًا بأحرف صغيرة مثل &apos;assign-case-worker&apos;.</translation>
    </message>
    <message>
        <source>{where}: &apos;validate&apos; must be an object.</source>
        <translation>‏⁨{where}⁩: يجب أن يكون &apos;validate&apos; كائنًا.</translation>
    </message>
    <message>
        <source>{where}: &apos;{part}&apos; may not change {field!r}; the app keeps it.</source>
        <translation>‏⁨{where}⁩: لا يجوز أن يغيّر &apos;⁨{part}⁩&apos; الحقل ⁨{field!r}⁩؛ فالتطبيق يديره.</translation>
    </message>
    <message>
        <source>{where}: &apos;{part}&apos; names field {field!r}; a field is a letter or _ then letters, digits or _.</source>
        <translation>‏⁨{where}⁩: يذكر &apos;⁨{part}⁩&apos; الحقل ⁨{field!r}⁩؛ الحقل حرف أو _ تتبعه أحرف أو أرقام أو _.</translation>
    </message>
    <message>
        <source>{where}: a column must be an object.</source>
        <translation>‏⁨{where}⁩: يجب أن يكون العمود كائنًا.</translation>
    </message>
    <message>
        <source>{where}: a component must be an object.</source>
        <translation>‏⁨{where}⁩: يجب أن يكون المكوّن كائنًا.</translation>
    </message>
    <message>
        <source>{where}: a {kind} field needs a &apos;key&apos;.</source>
        <translation>‏⁨{where}⁩: يحتاج حقل ⁨{kind}⁩ إلى &apos;key&apos;.</translation>
    </message>
    <message>
        <source>{where}: an inline &apos;form&apos; needs a &apos;components&apos; list.</source>
        <translation>‏⁨{where}⁩: يحتاج &apos;form&apos; المضمَّن إلى قائمة &apos;components&apos;.</translation>
    </message>
    <message>
        <source>{where}: choice list {name!r} is not in the config&apos;s &apos;choiceLists&apos;.</source>
        <translation>‏⁨{where}⁩: قائمة الاختيارات ⁨{name!r}⁩ ليست ضمن &apos;choiceLists&apos; في الإعدادات.</translation>
    </message>
    <message>
        <source>{where}: choice {number} must be an object.</source>
        <translation>‏⁨{where}⁩: يجب أن يكون الخيار ⁨{number}⁩ كائنًا.</translation>
    </message>
    <message>
        <source>{where}: choice {number} needs a text or number value.</source>
        <translation>‏⁨{where}⁩: يحتاج الخيار ⁨{number}⁩ إلى قيمة نصية أو رقمية.</translation>
    </message>
    <message>
        <source>{where}: components are nested more than {depth} deep.</source>
        <translation>‏⁨{where}⁩: المكوّنات متداخلة بأكثر من ⁨{depth}⁩ مستويات.</translation>
    </message>
    <message>
        <source>{where}: field {field!r} is in both &apos;{first}&apos; and &apos;{part}&apos;.</source>
        <translation>‏⁨{where}⁩: الحقل ⁨{field!r}⁩ موجود في &apos;⁨{first}⁩&apos; و&apos;⁨{part}⁩&apos; معًا.</translation>
    </message>
    <message>
        <source>{where}: fileMaxSize must be a size such as &quot;5MB&quot;, not {value}.</source>
        <translation>‏⁨{where}⁩: يجب أن يكون fileMaxSize حجمًا مثل «5MB»، لا ⁨{value}⁩.</translation>
    </message>
    <message>
        <source>{where}: the list of choices (&apos;values&apos;) must be a list.</source>
        <translation>‏⁨{where}⁩: يجب أن تكون قائمة الخيارات (&apos;values&apos;) قائمة.</translation>
    </message>
    <message>
        <source>{where}: the source of {field!r} is {source!r}; give &apos;data&apos;, &apos;data.&lt;path&gt;&apos; or one of {envelope}.</source>
        <translation>‏⁨{where}⁩: مصدر ⁨{field!r}⁩ هو ⁨{source!r}⁩؛ أعطِ &apos;data&apos; أو &apos;data.&lt;path&gt;&apos; أو أحد ⁨{envelope}⁩.</translation>
    </message>
    <message>
        <source>{where}: unknown key {key!r}; the keys are {keys}.</source>
        <translation>‏⁨{where}⁩: مفتاح غير معروف ⁨{key!r}⁩؛ المفاتيح هي ⁨{keys}⁩.</translation>
    </message>
    <message>
        <source>{where}: validate.pattern must be text.</source>
        <translation>‏⁨{where}⁩: يجب أن يكون validate.pattern نصًا.</translation>
    </message>
    <message>
        <source>{where}: validate.pattern {pattern} is not a valid pattern ({reason}).</source>
        <translation>‏⁨{where}⁩: validate.pattern ⁨{pattern}⁩ ليس نمطًا صالحًا (⁨{reason}⁩).</translation>
    </message>
    <message>
        <source>{where}: validate.{name} must be a number, not {value}.</source>
        <translation>‏⁨{where}⁩: يجب أن يكون validate.⁨{name}⁩ رقمًا، لا ⁨{value}⁩.</translation>
    </message>
    <message>
        <source>{where}: validate.{name} must be a whole number of 0 or more.</source>
        <translation>‏⁨{where}⁩: يجب أن يكون validate.⁨{name}⁩ عددًا صحيحًا يساوي 0 أو أكثر.</translation>
    </message>
    <message>
        <source>{where}: {name!r} must be text.</source>
        <translation>‏⁨{where}⁩: يجب أن يكون ⁨{name!r}⁩ نصًا.</translation>
    </message>
    <message>
        <source>{where}: {type!r} is a built-in event type; choose another name.</source>
        <translation>‏⁨{where}⁩: ⁨{type!r}⁩ نوع حدث مدمج؛ اختر اسمًا آخر.</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <source>Choose a new passphrase</source>
        <translation>اختر عبارة مرور جديدة</translation>
    </message>
    <message>
        <source>Set the passphrase and continue</source>
        <translation>تعيين عبارة المرور والمتابعة</translation>
    </message>
    <message>
        <source>You opened the profile with its recovery key. Choose a new passphrase now: you will type it to unlock from now on. The recovery key keeps working.</source>
        <translation>فتحت الملف الشخصي بمفتاح الاسترداد. اختر الآن عبارة مرور جديدة: ستكتبها لفتح القفل من الآن فصاعدًا. يبقى مفتاح الاسترداد صالحًا.</translation>
    </message>
</context>
<context>
    <name>PastModel</name>
    <message>
        <source>(no name)</source>
        <translation>(بلا اسم)</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>النموذج</translation>
    </message>
    <message>
        <source>Last change then</source>
        <translation>آخر تغيير آنذاك</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>الأفراد</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
</context>
<context>
    <name>ProofPanel</name>
    <message numerus="yes">
        <source>Audit path (%n hash(es)):</source>
        <translation>
            <numerusform>مسار التدقيق (بلا تجزئات):</numerusform>
            <numerusform>مسار التدقيق (تجزئة واحدة):</numerusform>
            <numerusform>مسار التدقيق (تجزئتان):</numerusform>
            <numerusform>مسار التدقيق (%n تجزئات):</numerusform>
            <numerusform>مسار التدقيق (%n تجزئة):</numerusform>
            <numerusform>مسار التدقيق (%n تجزئة):</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>جارٍ الفحص…</translation>
    </message>
    <message>
        <source>Event number</source>
        <translation>رقم الحدث</translation>
    </message>
    <message>
        <source>Event number:</source>
        <translation>رقم الحدث:</translation>
    </message>
    <message>
        <source>Event: {0}</source>
        <translation>الحدث: ⁨{0}⁩</translation>
    </message>
    <message>
        <source>Inclusion proof</source>
        <translation>إثبات التضمين</translation>
    </message>
    <message>
        <source>Inclusion proof of an event</source>
        <translation>إثبات تضمين حدث</translation>
    </message>
    <message>
        <source>Leaf hash in the tree:      {0}</source>
        <translation>تجزئة الورقة في الشجرة: ⁨{0}⁩</translation>
    </message>
    <message>
        <source>Leaf hash of the event now: {0}</source>
        <translation>تجزئة ورقة الحدث الآن:  ⁨{0}⁩</translation>
    </message>
    <message>
        <source>Leaf index: {0}   Tree size: {1}</source>
        <translation>فهرس الورقة: ⁨{0}⁩   حجم الشجرة: ⁨{1}⁩</translation>
    </message>
    <message>
        <source>Proof result</source>
        <translation>نتيجة الإثبات</translation>
    </message>
    <message>
        <source>Root hash: {0}</source>
        <translation>تجزئة الجذر: ⁨{0}⁩</translation>
    </message>
    <message>
        <source>Show the inclusion proof of that event</source>
        <translation>عرض إثبات تضمين ذلك الحدث</translation>
    </message>
    <message>
        <source>Show the proof</source>
        <translation>عرض الإثبات</translation>
    </message>
    <message>
        <source>Type an event&apos;s number and press &quot;{0}&quot;: the hashes that lead from that event to the root hash appear here, checked.</source>
        <translation>اكتب رقم حدث واضغط «⁨{0}⁩»: تظهر هنا، بعد فحصها، التجزئات التي تقود من ذلك الحدث إلى تجزئة الجذر.</translation>
    </message>
    <message>
        <source>✓ Verified: event {0} is leaf {1} of the tree of {2} events, and the proof leads from its content to the root.</source>
        <translation>✓ تم التحقّق: الحدث ⁨{0}⁩ هو الورقة ⁨{1}⁩ في شجرة من ⁨{2}⁩ حدث، والإثبات يقود من محتواه إلى الجذر.</translation>
    </message>
    <message>
        <source>✗ Does not verify: the event as stored now does not lead to the root. It was altered after it was written.</source>
        <translation>✗ لا يجتاز التحقّق: الحدث كما هو محفوظ الآن لا يقود إلى الجذر. لقد تم التلاعب به بعد كتابته.</translation>
    </message>
</context>
<context>
    <name>RecordExport</name>
    <message numerus="yes">
        <source>%n record(s) exported to {0}.</source>
        <translation>
            <numerusform>لم يُصدَّر أي سجل إلى ⁨{0}⁩.</numerusform>
            <numerusform>صُدِّر سجل واحد إلى ⁨{0}⁩.</numerusform>
            <numerusform>صُدِّر سجلان إلى ⁨{0}⁩.</numerusform>
            <numerusform>صُدِّرت %n سجلات إلى ⁨{0}⁩.</numerusform>
            <numerusform>صُدِّر %n سجلًا إلى ⁨{0}⁩.</numerusform>
            <numerusform>صُدِّر %n سجل إلى ⁨{0}⁩.</numerusform>
        </translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>مصنفات Excel ‏(*.xlsx)</translation>
    </message>
    <message>
        <source>Export records</source>
        <translation>تصدير السجلات</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>جارٍ التصدير…</translation>
    </message>
    <message>
        <source>Exporting… {0} of {1} records</source>
        <translation>جارٍ التصدير… ⁨{0}⁩ من ⁨{1}⁩ سجل</translation>
    </message>
    <message>
        <source>The export failed: {0}</source>
        <translation>فشل التصدير: ⁨{0}⁩</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>ملفات zip ‏(*.zip)</translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>لا أفراد</numerusform>
            <numerusform>فرد واحد</numerusform>
            <numerusform>فردان</numerusform>
            <numerusform>%n أفراد</numerusform>
            <numerusform>%n فردًا</numerusform>
            <numerusform>%n فرد</numerusform>
        </translation>
    </message>
    <message>
        <source>1 record</source>
        <translation>سجل واحد</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <source>Households and people</source>
        <translation>الأسر والأشخاص</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <source>More than {0} found</source>
        <translation>عُثر على أكثر من ⁨{0}⁩</translation>
    </message>
    <message>
        <source>Name A–Z</source>
        <translation>الاسم أ–ي</translation>
    </message>
    <message>
        <source>Name Z–A</source>
        <translation>الاسم ي–أ</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>الأحدث أولًا</translation>
    </message>
    <message numerus="yes">
        <source>No living record matches; %n deleted records do — find them in the Audit history.</source>
        <translation>
            <numerusform>لا يطابق أي سجل غير محذوف، ولا أي سجل محذوف.</numerusform>
            <numerusform>لا يطابق أي سجل غير محذوف؛ يطابق سجل محذوف واحد — تجده في سجل التدقيق.</numerusform>
            <numerusform>لا يطابق أي سجل غير محذوف؛ يطابق سجلان محذوفان — تجدهما في سجل التدقيق.</numerusform>
            <numerusform>لا يطابق أي سجل غير محذوف؛ تطابق %n سجلات محذوفة — تجدها في سجل التدقيق.</numerusform>
            <numerusform>لا يطابق أي سجل غير محذوف؛ يطابق %n سجلًا محذوفًا — تجدها في سجل التدقيق.</numerusform>
            <numerusform>لا يطابق أي سجل غير محذوف؛ يطابق %n سجل محذوف — تجدها في سجل التدقيق.</numerusform>
        </translation>
    </message>
    <message>
        <source>No living record matches; 1 deleted record does — find it in the Audit history.</source>
        <translation>لا يطابق أي سجل غير محذوف؛ يطابق سجل محذوف واحد — تجده في سجل التدقيق.</translation>
    </message>
    <message>
        <source>No records yet. Register a household (Ctrl+1), or sync to receive the team&apos;s records.</source>
        <translation>لا توجد سجلات بعد. سجّل أسرة (Ctrl+1)، أو زامن لاستقبال سجلات الفريق.</translation>
    </message>
    <message>
        <source>Nothing matches. Check the spelling, or clear the search and the filter.</source>
        <translation>لا توجد نتائج مطابقة. تحقّق من الإملاء، أو امسح البحث والمرشّح.</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>الأقدم أولًا</translation>
    </message>
    <message>
        <source>Only: {0}</source>
        <translation>فقط: ⁨{0}⁩</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>السجلات</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Search names and fields (Ctrl+F)</source>
        <translation>البحث في الأسماء والحقول (Ctrl+F)</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>عرض</translation>
    </message>
    <message>
        <source>Sort</source>
        <translation>الترتيب</translation>
    </message>
    <message>
        <source>Write the records to an Excel workbook or to CSV files</source>
        <translation>كتابة السجلات في مصنف Excel أو في ملفات CSV</translation>
    </message>
    <message>
        <source>{0} found</source>
        <translation>عُثر على ⁨{0}⁩</translation>
    </message>
    <message>
        <source>{0} records</source>
        <translation>‏⁨{0}⁩ سجل</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;نسخ</translation>
    </message>
    <message>
        <source>&amp;I have stored the recovery key somewhere safe</source>
        <translation>&amp;لقد احتفظت بمفتاح الاسترداد في مكان آمن</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;طباعة…</translation>
    </message>
    <message>
        <source>&amp;Save to a file…</source>
        <translation>&amp;حفظ في ملف…</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <source>DataCollect Desktop: recovery key</source>
        <translation>DataCollect Desktop: مفتاح الاسترداد</translation>
    </message>
    <message>
        <source>If you forget your passphrase, this key is the only way to open your records. Print it, save it to a USB stick or write it down, and keep it apart from this laptop. It is shown only this once.</source>
        <translation>إذا نسيت عبارة المرور، فهذا المفتاح هو الطريقة الوحيدة لفتح سجلاتك. اطبعه أو احفظه على ذاكرة USB أو اكتبه، واحتفظ به بعيدًا عن هذا الحاسوب. لا يُعرض إلا هذه المرة.</translation>
    </message>
    <message>
        <source>Made on: {0}</source>
        <translation>تاريخ الإنشاء: ⁨{0}⁩</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>لم يُحفظ</translation>
    </message>
    <message>
        <source>Print the recovery key</source>
        <translation>طباعة مفتاح الاسترداد</translation>
    </message>
    <message>
        <source>Profile of: {0}</source>
        <translation>صاحب الملف الشخصي: ⁨{0}⁩</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>مفتاح الاسترداد</translation>
    </message>
    <message>
        <source>Save the recovery key</source>
        <translation>حفظ مفتاح الاسترداد</translation>
    </message>
    <message>
        <source>Saved as {0}. Whoever has this file can open your records with it: move it to a USB stick or a place apart from this laptop.</source>
        <translation>حُفظ باسم ⁨{0}⁩. من يملك هذا الملف يمكنه فتح سجلاتك به: انقله إلى ذاكرة USB أو إلى مكان بعيد عن هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Sent to the printer. Keep the page apart from this laptop.</source>
        <translation>أُرسل إلى الطابعة. احتفظ بالورقة بعيدًا عن هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>ملفات نصية ‏(*.txt)</translation>
    </message>
    <message>
        <source>This key opens the profile if its passphrase is forgotten: on the unlock screen choose &quot;Forgot it? Use the recovery key&quot; and type it. Whoever holds this key can open every record of the profile: keep it apart from the laptop, somewhere safe.</source>
        <translation>يفتح هذا المفتاح الملف الشخصي إذا نُسيت عبارة المرور: في شاشة فتح القفل اختر «نسيتها؟ استخدم مفتاح الاسترداد» واكتبه. من يحمل هذا المفتاح يمكنه فتح كل سجلات الملف الشخصي: احتفظ به بعيدًا عن الحاسوب، في مكان آمن.</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>مفتاح الاسترداد الخاص بك</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <source>Adding to {0}: {1} registered so far.</source>
        <translation>إضافة إلى ⁨{0}⁩: تم تسجيل ⁨{1}⁩ حتى الآن.</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>إلغاء التعديل</translation>
    </message>
    <message>
        <source>Clear the form</source>
        <translation>مسح النموذج</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <source>Discard this form?</source>
        <translation>تجاهل هذا النموذج؟</translation>
    </message>
    <message>
        <source>Edit: {0}</source>
        <translation>تعديل: ⁨{0}⁩</translation>
    </message>
    <message>
        <source>Finish {0} (Ctrl+Shift+S)</source>
        <translation>إنهاء ⁨{0}⁩ (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>النموذج</translation>
    </message>
    <message>
        <source>New {0}</source>
        <translation>جديد: ⁨{0}⁩</translation>
    </message>
    <message>
        <source>Nothing changed; nothing was recorded.</source>
        <translation>لم يتغيّر شيء؛ لم يُسجَّل شيء.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was saved: %n field(s) need attention.</source>
        <translation>
            <numerusform>لم يُحفظ شيء: لا حقول بحاجة إلى انتباه.</numerusform>
            <numerusform>لم يُحفظ شيء: حقل واحد بحاجة إلى انتباه.</numerusform>
            <numerusform>لم يُحفظ شيء: حقلان بحاجة إلى انتباه.</numerusform>
            <numerusform>لم يُحفظ شيء: %n حقول بحاجة إلى انتباه.</numerusform>
            <numerusform>لم يُحفظ شيء: %n حقلًا بحاجة إلى انتباه.</numerusform>
            <numerusform>لم يُحفظ شيء: %n حقل بحاجة إلى انتباه.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the fields you change are recorded.</source>
        <translation>تُسجَّل الحقول التي تغيّرها فقط.</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>حفظ (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save and add another (Ctrl+S)</source>
        <translation>حفظ وإضافة آخر (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save and add members (Ctrl+S)</source>
        <translation>حفظ وإضافة الأفراد (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save changes (Ctrl+S)</source>
        <translation>حفظ التغييرات (Ctrl+S)</translation>
    </message>
    <message>
        <source>Saved 1 changed field.</source>
        <translation>تم حفظ حقل واحد معدّل.</translation>
    </message>
    <message>
        <source>Saved {0} changed fields.</source>
        <translation>تم حفظ الحقول المعدّلة (⁨{0}⁩).</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>تم الحفظ.</translation>
    </message>
    <message>
        <source>This person may already be registered; nothing was saved yet.</source>
        <translation>قد يكون هذا الشخص مسجّلًا بالفعل؛ لم يُحفظ شيء بعد.</translation>
    </message>
    <message>
        <source>What you typed in this form will be discarded.</source>
        <translation>سيُتجاهل ما كتبته في هذا النموذج.</translation>
    </message>
    <message numerus="yes">
        <source>{0} is registered with %n member(s).</source>
        <translation>
            <numerusform>سُجّل ⁨{0}⁩ بلا أفراد.</numerusform>
            <numerusform>سُجّل ⁨{0}⁩ مع فرد واحد.</numerusform>
            <numerusform>سُجّل ⁨{0}⁩ مع فردين.</numerusform>
            <numerusform>سُجّل ⁨{0}⁩ مع %n أفراد.</numerusform>
            <numerusform>سُجّل ⁨{0}⁩ مع %n فردًا.</numerusform>
            <numerusform>سُجّل ⁨{0}⁩ مع %n فرد.</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} saved. Now add its members.</source>
        <translation>تم حفظ ⁨{0}⁩. أضف الآن أفرادها.</translation>
    </message>
</context>
<context>
    <name>ServerPanel</name>
    <message>
        <source>Consistency:</source>
        <translation>الاتساق:</translation>
    </message>
    <message>
        <source>Key fingerprint (SHA-256):</source>
        <translation>بصمة المفتاح (SHA-256):</translation>
    </message>
    <message>
        <source>Last checkpoint:</source>
        <translation>آخر نقطة تحقّق:</translation>
    </message>
    <message>
        <source>Last successful sync: {0}</source>
        <translation>آخر مزامنة ناجحة: ⁨{0}⁩</translation>
    </message>
    <message>
        <source>No checkpoint was received from {0} yet.</source>
        <translation>لم تُستلم أي نقطة تحقّق من ⁨{0}⁩ بعد.</translation>
    </message>
    <message>
        <source>Not checked yet: this is the first checkpoint seen; the next one will be checked against it.</source>
        <translation>لم يُفحص بعد: هذه أول نقطة تحقّق تُستلم؛ وستُفحص التالية بالمقارنة معها.</translation>
    </message>
    <message>
        <source>Pinned key:</source>
        <translation>المفتاح المثبّت:</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>الخادم:</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>التوقيع:</translation>
    </message>
    <message>
        <source>Signed checkpoint</source>
        <translation>نقطة التحقّق الموقّعة</translation>
    </message>
    <message>
        <source>Signed note:</source>
        <translation>الملاحظة الموقّعة:</translation>
    </message>
    <message>
        <source>The sync server&apos;s signed log</source>
        <translation>سجل الأحداث الموقّع لخادم المزامنة</translation>
    </message>
    <message>
        <source>This laptop has not synced yet: no server checkpoint to show.</source>
        <translation>لم يُزامَن هذا الحاسوب بعد: لا توجد نقطة تحقّق من الخادم لعرضها.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>لم تتم قط</translation>
    </message>
    <message>
        <source>{0} (key id {1})</source>
        <translation>‏⁨{0}⁩ (معرّف المفتاح ⁨{1}⁩)</translation>
    </message>
    <message>
        <source>{0} events, root {1}</source>
        <translation>‏⁨{0}⁩ حدث، الجذر ⁨{1}⁩</translation>
    </message>
    <message>
        <source>✓ Held: the log of {0} events extends the {1} seen before (checked {2}).</source>
        <translation>✓ متّسق: سجل الأحداث المؤلف من ⁨{0}⁩ حدث يمتد من الأحداث الـ⁨{1}⁩ التي شوهدت سابقًا (فُحص في ⁨{2}⁩).</translation>
    </message>
    <message>
        <source>✓ Valid, by the pinned key</source>
        <translation>✓ صالح، بالمفتاح المثبّت</translation>
    </message>
    <message>
        <source>✗ Did not hold ({0}): {1}</source>
        <translation>✗ غير متّسق (⁨{0}⁩): ⁨{1}⁩</translation>
    </message>
    <message>
        <source>✗ Does not verify with the pinned key</source>
        <translation>✗ لا يجتاز التحقّق بالمفتاح المثبّت</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <source>A file on this laptop</source>
        <translation>ملف على هذا الحاسوب</translation>
    </message>
    <message>
        <source>A new language is used from the next time the app starts.</source>
        <translation>تُستخدم اللغة الجديدة ابتداءً من التشغيل التالي للتطبيق.</translation>
    </message>
    <message>
        <source>A record&apos;s, when it is first opened</source>
        <translation>مرفقات السجل عند فتحه أول مرة</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>الحساب:</translation>
    </message>
    <message>
        <source>All, at every sync</source>
        <translation>الكل، عند كل مزامنة</translation>
    </message>
    <message>
        <source>App config file</source>
        <translation>ملف إعدادات التطبيق</translation>
    </message>
    <message>
        <source>App config on the server</source>
        <translation>إعدادات التطبيق على الخادم</translation>
    </message>
    <message>
        <source>App configs (*.json)</source>
        <translation>إعدادات التطبيق (*.json)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Download photos and files</source>
        <translation>تنزيل الصور والملفات</translation>
    </message>
    <message>
        <source>Download photos and files:</source>
        <translation>تنزيل الصور والملفات:</translation>
    </message>
    <message>
        <source>Forms (app config)</source>
        <translation>النماذج (إعدادات التطبيق)</translation>
    </message>
    <message>
        <source>Get the list from the server</source>
        <translation>جلب القائمة من الخادم</translation>
    </message>
    <message>
        <source>Import XLSForm…</source>
        <translation>استيراد XLSForm…</translation>
    </message>
    <message>
        <source>Imported {title}: {carried} of {rows} rows carried. Save to use it.</source>
        <translation>تم استيراد ⁨{title}⁩: نُقل ⁨{carried}⁩ من ⁨{rows}⁩ صفًا. احفظ لاستخدامه.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>اللغة:</translation>
    </message>
    <message>
        <source>Lock after idle:</source>
        <translation>القفل بعد الخمول:</translation>
    </message>
    <message>
        <source>Make an app config from an XLSForm workbook (.xlsx) and use it</source>
        <translation>إنشاء إعدادات للتطبيق من مصنّف XLSForm (‎.xlsx) واستخدامها</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>كلمة السر:</translation>
    </message>
    <message>
        <source>Row {row} ({name}): {reasons}</source>
        <translation>الصف ⁨{row}⁩ (⁨{name}⁩): ⁨{reasons}⁩</translation>
    </message>
    <message>
        <source>Save the app config as</source>
        <translation>حفظ إعدادات التطبيق باسم</translation>
    </message>
    <message>
        <source>Server address:</source>
        <translation>عنوان الخادم:</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Something went wrong; details are in the log.</source>
        <translation>حدث خطأ ما؛ التفاصيل في السجل.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>المزامنة</translation>
    </message>
    <message>
        <source>Sync every:</source>
        <translation>المزامنة كل:</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>اختبار الاتصال</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>جارٍ اختبار الاتصال…</translation>
    </message>
    <message>
        <source>The bundled example (household registration)</source>
        <translation>المثال المرفق (تسجيل الأسر)</translation>
    </message>
    <message>
        <source>The password is kept in the encrypted profile so that sync can run while you work.</source>
        <translation>تُحفظ كلمة السر في الملف الشخصي المشفّر حتى تعمل المزامنة أثناء عملك.</translation>
    </message>
    <message>
        <source>The sync server</source>
        <translation>خادم المزامنة</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <source>XLSForm to import</source>
        <translation>نموذج XLSForm المراد استيراده</translation>
    </message>
    <message>
        <source>XLSForms (*.xlsx *.xlsm *.xls)</source>
        <translation>نماذج XLSForm ‏(*.xlsx *.xlsm *.xls)</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>اسمك:</translation>
    </message>
    <message>
        <source>app config id, e.g. household-registration</source>
        <translation>معرّف الإعدادات، مثل household-registration</translation>
    </message>
    <message>
        <source>e-mail of your account</source>
        <translation>البريد الإلكتروني لحسابك</translation>
    </message>
    <message>
        <source>https://sync.example.org</source>
        <translation>https://sync.example.org</translation>
    </message>
    <message>
        <source>{0} to {1} minutes</source>
        <translation>من ⁨{0}⁩ إلى ⁨{1}⁩ دقيقة</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Back to the list from a record; from a timeline, back to where it was opened</source>
        <translation>العودة إلى القائمة من السجل؛ ومن الخط الزمني، العودة إلى حيث فُتح</translation>
    </message>
    <message>
        <source>Delete the record on screen (it asks first, and for a reason)</source>
        <translation>حذف السجل المعروض (يطلب التأكيد وسببًا)</translation>
    </message>
    <message>
        <source>Edit the record on screen</source>
        <translation>تعديل السجل المعروض</translation>
    </message>
    <message>
        <source>Everything can be done from the keyboard.</source>
        <translation>يمكن القيام بكل شيء من لوحة المفاتيح.</translation>
    </message>
    <message>
        <source>Finish the household, or cancel an edit</source>
        <translation>إنهاء الأسرة، أو إلغاء تعديل</translation>
    </message>
    <message>
        <source>Go to Audit history</source>
        <translation>الانتقال إلى سجل التدقيق</translation>
    </message>
    <message>
        <source>Go to Conflicts</source>
        <translation>الانتقال إلى التعارضات</translation>
    </message>
    <message>
        <source>Go to Drafts</source>
        <translation>الانتقال إلى المسودات</translation>
    </message>
    <message>
        <source>Go to Duplicates</source>
        <translation>الانتقال إلى التكرارات</translation>
    </message>
    <message>
        <source>Go to Integrity</source>
        <translation>الانتقال إلى السلامة</translation>
    </message>
    <message>
        <source>Go to Needs attention</source>
        <translation>الانتقال إلى «يحتاج إلى انتباه»</translation>
    </message>
    <message>
        <source>Go to Records</source>
        <translation>الانتقال إلى السجلات</translation>
    </message>
    <message>
        <source>Go to Register</source>
        <translation>الانتقال إلى التسجيل</translation>
    </message>
    <message>
        <source>Go to Registry as of</source>
        <translation>الانتقال إلى «السجلات كما كانت في…»</translation>
    </message>
    <message>
        <source>In the audit filters, show the entries; in the date of Registry as of, show the registry then</source>
        <translation>في مرشّحات التدقيق، عرض الإدخالات؛ وفي تاريخ «السجلات كما كانت في…»، عرض السجلات آنذاك</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
    <message>
        <source>Next field (Shift+Tab: the one before)</source>
        <translation>الحقل التالي (Shift+Tab: السابق)</translation>
    </message>
    <message>
        <source>Next field; on the last one, the Save button</source>
        <translation>الحقل التالي؛ وبعد الأخير، زر الحفظ</translation>
    </message>
    <message>
        <source>On a timeline, the first event (End: the last; the arrow keys and Page Up/Down step through the events)</source>
        <translation>في الخط الزمني، الحدث الأول (End: الأخير؛ ومفاتيح الأسهم وPage Up/Down للتنقّل بين الأحداث)</translation>
    </message>
    <message>
        <source>Open the calendar of a date field (F4 too)</source>
        <translation>فتح تقويم حقل التاريخ (أو F4)</translation>
    </message>
    <message>
        <source>Save the form; in a household, go on to the next member</source>
        <translation>حفظ النموذج؛ وفي الأسرة، الانتقال إلى الفرد التالي</translation>
    </message>
    <message>
        <source>Search the records, or the audit history on its screen</source>
        <translation>البحث في السجلات، أو في سجل التدقيق على شاشته</translation>
    </message>
    <message>
        <source>The number pad&apos;s Enter does what Return does</source>
        <translation>مفتاح Enter في لوحة الأرقام يعمل مثل Return</translation>
    </message>
    <message>
        <source>Timeline of the record on screen</source>
        <translation>الخط الزمني للسجل المعروض</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>وظيفتها</translation>
    </message>
</context>
<context>
    <name>SignatureEditor</name>
    <message>
        <source>Clear</source>
        <translation>مسح</translation>
    </message>
    <message>
        <source>Sign above with the mouse, a pen or a finger.</source>
        <translation>وقّع أعلاه بالفأرة أو بالقلم أو بإصبعك.</translation>
    </message>
    <message>
        <source>Sign here with the mouse, a pen or a finger.</source>
        <translation>وقّع هنا بالفأرة أو بالقلم أو بإصبعك.</translation>
    </message>
    <message>
        <source>The signature is not on this laptop yet.</source>
        <translation>التوقيع ليس على هذا الحاسوب بعد.</translation>
    </message>
</context>
<context>
    <name>StateModel</name>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>This event</source>
        <translation>هذا الحدث</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>تغيّر</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message numerus="yes">
        <source>%n change was refused by the server</source>
        <translation>
            <numerusform>لم يرفض الخادم أي تغيير</numerusform>
            <numerusform>رفض الخادم تغييرًا واحدًا</numerusform>
            <numerusform>رفض الخادم تغييرين</numerusform>
            <numerusform>رفض الخادم %n تغييرات</numerusform>
            <numerusform>رفض الخادم %n تغييرًا</numerusform>
            <numerusform>رفض الخادم %n تغيير</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changes were refused by the server</source>
        <translation>
            <numerusform>لم يرفض الخادم أي تغيير</numerusform>
            <numerusform>رفض الخادم تغييرًا واحدًا</numerusform>
            <numerusform>رفض الخادم تغييرين</numerusform>
            <numerusform>رفض الخادم %n تغييرات</numerusform>
            <numerusform>رفض الخادم %n تغييرًا</numerusform>
            <numerusform>رفض الخادم %n تغيير</numerusform>
        </translation>
    </message>
    <message>
        <source>Events on this laptop by how far they have travelled</source>
        <translation>الأحداث على هذا الحاسوب بحسب المدى الذي وصلت إليه</translation>
    </message>
    <message>
        <source>Last sync: {0}</source>
        <translation>آخر مزامنة: ⁨{0}⁩</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>لم تتم المزامنة قط</translation>
    </message>
    <message>
        <source>Not sent: {0} · Synced: {1} · External: {2}</source>
        <translation>غير مُرسلة: ⁨{0}⁩ · متزامنة: ⁨{1}⁩ · خارجية: ⁨{2}⁩</translation>
    </message>
    <message>
        <source>Not set up for sync — &lt;a href=&quot;settings&quot;&gt;Settings…&lt;/a&gt;</source>
        <translation>المزامنة غير مُعدّة — &lt;a href=&quot;settings&quot;&gt;الإعدادات…&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>غير متصل</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>متصل</translation>
    </message>
    <message>
        <source>Send and receive events now</source>
        <translation>إرسال الأحداث واستقبالها الآن</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>فشلت المزامنة</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>زامن الآن</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>تقدّم المزامنة</translation>
    </message>
    <message>
        <source>Sync stopped</source>
        <translation>توقفت المزامنة</translation>
    </message>
    <message>
        <source>Syncing is not available in this version.</source>
        <translation>المزامنة غير متاحة في هذا الإصدار.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>جارٍ المزامنة…</translation>
    </message>
    <message>
        <source>They are kept on this laptop. Open Needs attention to see why and what to do.</source>
        <translation>يُحتفظ بها على هذا الحاسوب. افتح «يحتاج إلى انتباه» لمعرفة السبب وما يمكنك فعله.</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>‏⁨{0}⁩ من ⁨{1}⁩</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Event {0} of {1} · {2} · {3} · {4}</source>
        <translation>الحدث ⁨{0}⁩ من ⁨{1}⁩ · ⁨{2}⁩ · ⁨{3}⁩ · ⁨{4}⁩</translation>
    </message>
    <message>
        <source>History of {0}</source>
        <translation>السجل التاريخي لـ⁨{0}⁩</translation>
    </message>
    <message>
        <source>Loading the history…</source>
        <translation>جارٍ تحميل السجل التاريخي…</translation>
    </message>
    <message>
        <source>No event concerns that record.</source>
        <translation>لا يخص أي حدث هذا السجل.</translation>
    </message>
    <message>
        <source>No history</source>
        <translation>لا يوجد سجل تاريخي</translation>
    </message>
    <message>
        <source>Open the record</source>
        <translation>فتح السجل</translation>
    </message>
    <message>
        <source>Open the record as it is now</source>
        <translation>فتح السجل كما هو الآن</translation>
    </message>
    <message>
        <source>Selected event</source>
        <translation>الحدث المحدّد</translation>
    </message>
    <message>
        <source>The record at the selected event</source>
        <translation>السجل عند الحدث المحدّد</translation>
    </message>
    <message>
        <source>entered late</source>
        <translation>أُدخل متأخرًا</translation>
    </message>
    <message>
        <source>it set {0}; a change dated earlier but received after it set that again, as shown</source>
        <translation>عيّن ⁨{0}⁩؛ وأعاد تغيير مؤرخ قبله لكنه وصل بعده تعيينه، كما هو معروض</translation>
    </message>
    <message>
        <source>kept but not applied: {0}</source>
        <translation>محفوظ لكن لم يُطبَّق: ⁨{0}⁩</translation>
    </message>
    <message>
        <source>the record did not exist yet</source>
        <translation>لم يكن السجل موجودًا بعد</translation>
    </message>
    <message>
        <source>{0} events · use the slider, the arrow keys or the buttons to move through them</source>
        <translation>‏⁨{0}⁩ حدث · تنقّل بينها بالمنزلق أو بمفاتيح الأسهم أو بالأزرار</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>→ رجوع</translation>
    </message>
</context>
<context>
    <name>TimelineSlider</name>
    <message>
        <source>First</source>
        <translation>الأول</translation>
    </message>
    <message>
        <source>First event</source>
        <translation>الحدث الأول</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>الأخير</translation>
    </message>
    <message>
        <source>Last event</source>
        <translation>الحدث الأخير</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>Next event</source>
        <translation>الحدث التالي</translation>
    </message>
    <message>
        <source>Position in the record&apos;s history</source>
        <translation>الموضع في السجل التاريخي للسجل</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>السابق</translation>
    </message>
    <message>
        <source>Previous event</source>
        <translation>الحدث السابق</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Forgot it? Use the recovery key</source>
        <translation>نسيتها؟ استخدم مفتاح الاسترداد</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>مفتاح الاسترداد</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>فتح القفل</translation>
    </message>
    <message>
        <source>Unlock your profile</source>
        <translation>افتح قفل ملفك الشخصي</translation>
    </message>
    <message>
        <source>XXXX-XXXX-…</source>
        <translation>XXXX-XXXX-…</translation>
    </message>
</context>
<context>
    <name>WorkspaceView</name>
    <message>
        <source>Ctrl+{0}</source>
        <translation>Ctrl+⁨{0}⁩</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>المسودات</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>يحتاج إلى انتباه</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>السجلات</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>التسجيل</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>الشاشات</translation>
    </message>
</context>
<context>
    <name>ask</name>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>attachment_import</name>
    <message>
        <source>“{0}” is empty.</source>
        <translation>«⁨{0}⁩» فارغ.</translation>
    </message>
    <message>
        <source>“{0}” is not a readable image: it may be damaged or cut short. Nothing was added.</source>
        <translation>«⁨{0}⁩» ليست صورة مقروءة: قد تكون تالفة أو ناقصة. لم يُضف شيء.</translation>
    </message>
</context>
<context>
    <name>attachment_view</name>
    <message>
        <source>(no name)</source>
        <translation>(بلا اسم)</translation>
    </message>
    <message>
        <source>Cannot open the attachment</source>
        <translation>تعذّر فتح المرفق</translation>
    </message>
    <message>
        <source>Cannot save the attachment</source>
        <translation>تعذّر حفظ المرفق</translation>
    </message>
    <message>
        <source>Not downloaded yet</source>
        <translation>لم يُنزَّل بعد</translation>
    </message>
    <message>
        <source>Open {0}</source>
        <translation>فتح ⁨{0}⁩</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>صورة</translation>
    </message>
    <message>
        <source>Save a copy of {0}</source>
        <translation>حفظ نسخة من ⁨{0}⁩</translation>
    </message>
    <message>
        <source>{0} KB</source>
        <translation>‏⁨{0}⁩ ك.ب</translation>
    </message>
    <message>
        <source>{0} MB</source>
        <translation>‏⁨{0}⁩ م.ب</translation>
    </message>
    <message>
        <source>{0} bytes</source>
        <translation>‏⁨{0}⁩ بايت</translation>
    </message>
    <message>
        <source>{0} could not be written: {1}</source>
        <translation>تعذّرت كتابة ⁨{0}⁩: ⁨{1}⁩</translation>
    </message>
    <message>
        <source>{0} is not on this laptop yet: it comes with the next sync.</source>
        <translation>‏⁨{0}⁩ ليس على هذا الحاسوب بعد: سيصل مع المزامنة التالية.</translation>
    </message>
    <message>
        <source>{0} is not on this laptop yet: it is being downloaded now; open it again in a moment.</source>
        <translation>‏⁨{0}⁩ ليس على هذا الحاسوب بعد: يجري تنزيله الآن؛ افتحه مرة أخرى بعد لحظة.</translation>
    </message>
</context>
<context>
    <name>audit_text</name>
    <message>
        <source>1 member</source>
        <translation>فرد واحد</translation>
    </message>
    <message>
        <source>Belongs to</source>
        <translation>ينتمي إلى</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>تغيير</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>محذوف</translation>
    </message>
    <message>
        <source>Duplicate settled</source>
        <translation>تمت تسوية التكرار</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>النموذج</translation>
    </message>
    <message>
        <source>Household changed</source>
        <translation>تم تعديل الأسرة</translation>
    </message>
    <message>
        <source>Household registered</source>
        <translation>تم تسجيل الأسرة</translation>
    </message>
    <message>
        <source>Member added</source>
        <translation>أُضيف فرد</translation>
    </message>
    <message>
        <source>Member removed</source>
        <translation>أُزيل فرد</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>الأفراد</translation>
    </message>
    <message>
        <source>Person changed</source>
        <translation>تم تعديل الشخص</translation>
    </message>
    <message>
        <source>Person registered</source>
        <translation>تم تسجيل الشخص</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>تمت المراجعة</translation>
    </message>
    <message>
        <source>{0} members</source>
        <translation>الأفراد: ⁨{0}⁩</translation>
    </message>
    <message>
        <source>{0}: {1} → {2}</source>
        <translation>‏⁨{0}⁩: ⁨{1}⁩ ← ⁨{2}⁩</translation>
    </message>
</context>
<context>
    <name>badges</name>
    <message>
        <source>Came from or went to an external system.</source>
        <translation>ورد من نظام خارجي أو أُرسل إليه.</translation>
    </message>
    <message>
        <source>External</source>
        <translation>خارجي</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>محلي</translation>
    </message>
    <message>
        <source>Only on this laptop; sent at the next sync.</source>
        <translation>على هذا الحاسوب فقط؛ يُرسل في المزامنة التالية.</translation>
    </message>
    <message>
        <source>Stored on the sync server.</source>
        <translation>محفوظ على خادم المزامنة.</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>متزامن</translation>
    </message>
</context>
<context>
    <name>event_text</name>
    <message>
        <source>(not applied)</source>
        <translation>(لم يُطبَّق)</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>تم التعديل</translation>
    </message>
    <message>
        <source>Changed: {0}</source>
        <translation>تم تعديل: ⁨{0}⁩</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>محذوف</translation>
    </message>
    <message>
        <source>Duplicate settled</source>
        <translation>تمت تسوية التكرار</translation>
    </message>
    <message>
        <source>Member added</source>
        <translation>أُضيف فرد</translation>
    </message>
    <message>
        <source>Member removed</source>
        <translation>أُزيل فرد</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>تم التسجيل</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>تمت المراجعة</translation>
    </message>
</context>
<context>
    <name>field_text</name>
    <message>
        <source>(± {0} m)</source>
        <translation>(± ⁨{0}⁩ م)</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>صف واحد</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>None</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>مرفق</translation>
    </message>
    <message>
        <source>{0} rows</source>
        <translation>الصفوف: ⁨{0}⁩</translation>
    </message>
    <message>
        <source>{0}:</source>
        <translation>‏⁨{0}⁩:</translation>
    </message>
</context>
<context>
    <name>supervision</name>
    <message>
        <source>Audit history</source>
        <translation>سجل التدقيق</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>التعارضات</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>التكرارات</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>السلامة</translation>
    </message>
    <message>
        <source>Registry as of…</source>
        <translation>السجلات كما كانت في…</translation>
    </message>
</context>
</TS>
