-- Kesher catalogue seed, version 2.
-- Localities, community units, request types with their form fields and options, and routing rules,
-- drawn from the seed documents (pages of community-work units and of the self-help network).
-- Portable SQL: runs unchanged on MySQL 8, MariaDB 10.11 and H2 2.2 in MODE=MySQL.
-- Hebrew abbreviations use the gershayim character (U+05F4), never an ASCII quote.
-- Seeded ids are explicit; the version columns take their default 0.

-- ---------------------------------------------------------------------------------------------
-- Localities: the five self-help-centre cities, the four cities added in 2015/2016 (seed 000),
-- the four settlements with protection and emergency teams (seed 003), and the two
-- neighbourhood communities of seed 004.
-- ---------------------------------------------------------------------------------------------
INSERT INTO locality (id, code, kind, parent_id, name_he, name_ar, name_en, active) VALUES
  (1,  'HAIFA',          'CITY',          NULL, 'חיפה',        'حيفا',          'Haifa',          TRUE),
  (2,  'NAZARETH',       'CITY',          NULL, 'נצרת',        'الناصرة',       'Nazareth',       TRUE),
  (3,  'JERUSALEM',      'CITY',          NULL, 'ירושלים',     'القدس',         'Jerusalem',      TRUE),
  (4,  'RAMAT_GAN',      'CITY',          NULL, 'רמת גן',      'رمات غان',      'Ramat Gan',      TRUE),
  (5,  'BEER_SHEVA',     'CITY',          NULL, 'באר שבע',     'بئر السبع',     'Beer Sheva',     TRUE),
  (6,  'ROSH_HAAYIN',    'CITY',          NULL, 'ראש העין',    'روش هعاين',     'Rosh HaAyin',    TRUE),
  (7,  'MODIIN',         'CITY',          NULL, 'מודיעין',     'موديعين',       'Modiin',         TRUE),
  (8,  'NETIVOT',        'CITY',          NULL, 'נתיבות',      'نتيفوت',        'Netivot',        TRUE),
  (9,  'HADERA',         'CITY',          NULL, 'חדרה',        'الخضيرة',       'Hadera',         TRUE),
  (10, 'EVEN_SHMUEL',    'SETTLEMENT',    NULL, 'אבן שמואל',   'إيفن شموئيل',   'Even Shmuel',    TRUE),
  (11, 'MERKAZ_SHAPIRA', 'SETTLEMENT',    NULL, 'מרכז שפירא',  'مركاز شابيرا',  'Merkaz Shapira', TRUE),
  (12, 'ALUMA',          'SETTLEMENT',    NULL, 'אלומה',       'ألوما',         'Aluma',          TRUE),
  (13, 'EIN_TZURIM',     'SETTLEMENT',    NULL, 'עין צורים',   'عين تسوريم',    'Ein Tzurim',     TRUE),
  (14, 'NEVE_RABIN',     'NEIGHBOURHOOD', NULL, 'נווה רבין',   'نفيه رابين',    'Neve Rabin',     TRUE),
  (15, 'SAHLAV',         'NEIGHBOURHOOD', NULL, 'סחל״ב',       'سحلاف',         'Sahlav',         TRUE);

-- ---------------------------------------------------------------------------------------------
-- Community units. Unit 1 is the intake desk where unrouted requests land.
-- Contacts only where a seed gives them; NULL otherwise.
-- ---------------------------------------------------------------------------------------------

-- Community Work Unit: the intake desk (seed 004, phone there).
INSERT INTO community_unit (id, code, kind, intake_desk, locality_id,
    name_he, name_ar, name_en, services_he, services_ar, services_en,
    address_he, address_ar, address_en, contact_person_he, contact_person_ar, contact_person_en,
    phones, email, assignment_policy, active, display_order) VALUES
  (1, 'COMMUNITY_WORK', 'COMMUNITY_WORK', TRUE, NULL,
    'היחידה לעבודה קהילתית',
    'وحدة العمل المجتمعي',
    'Community Work Unit',
    'גשר בין התושבים לעירייה: הכשרה וליווי של פעילים קהילתיים, פיתוח חוסן קהילתי ועזרה הדדית. כאן מתקבלת כל פנייה שאינה מיועדת ליחידה מסוימת, והיא מועברת לגורם המתאים.',
    'جسر بين السكان والبلدية: تأهيل الناشطين المجتمعيين ومرافقتهم، وتطوير المناعة المجتمعية والعون المتبادل. هنا يُستقبَل كل توجّه لا يخصّ وحدة بعينها، ويُحوَّل إلى الجهة المختصة.',
    'A bridge between residents and the municipality: training and accompanying community activists, building community resilience and mutual help. Any request not meant for a specific unit is received here and passed on to the right team.',
    NULL, NULL, NULL, NULL, NULL, NULL,
    '0506896855', NULL, 'LEAST_OPEN', TRUE, 1);

-- Social Services Department (seed 001, phone there): fallback for protection contacts.
INSERT INTO community_unit (id, code, kind, intake_desk, locality_id,
    name_he, name_ar, name_en, services_he, services_ar, services_en,
    address_he, address_ar, address_en, contact_person_he, contact_person_ar, contact_person_en,
    phones, email, assignment_policy, active, display_order) VALUES
  (2, 'SOCIAL_SERVICES', 'SOCIAL_SERVICES', FALSE, NULL,
    'המחלקה לשירותים חברתיים',
    'قسم الخدمات الاجتماعية',
    'Social Services Department',
    'עבודה סוציאלית עם תושבים ומשפחות והיערכות לשעת חירום ומצוקה. המחלקה מטפלת בפניות רגישות בשיתוף פעולה הדוק עם צוותי המוגנות והחירום ביישובים.',
    'عمل اجتماعي مع السكان والعائلات واستعداد لحالات الطوارئ والضائقة. يعالج القسم التوجّهات الحساسة بتعاون وثيق مع طواقم الحماية والطوارئ في البلدات.',
    'Social work with residents and families, and preparedness for emergencies and distress. The department handles sensitive requests in close cooperation with the settlements'' protection and emergency teams.',
    NULL, NULL, NULL, NULL, NULL, NULL,
    '09-9596506', NULL, 'UNIT_HEAD', TRUE, 2);

-- Rights and Information Center, Shil (seed 001).
INSERT INTO community_unit (id, code, kind, intake_desk, locality_id,
    name_he, name_ar, name_en, services_he, services_ar, services_en,
    address_he, address_ar, address_en, contact_person_he, contact_person_ar, contact_person_en,
    phones, email, assignment_policy, active, display_order) VALUES
  (3, 'RIGHTS_CENTER', 'RIGHTS_CENTER', FALSE, NULL,
    'מרכז מידע וזכויות (שי״ל – שירות ייעוץ לאזרח)',
    'مركز المعلومات والحقوق (شيل – خدمة الاستشارة للمواطن)',
    'Rights and Information Center (Shil – Citizens Advice Service)',
    'מידע, ייעוץ וליווי לתושבים במיצוי זכויותיהם, ובהם תכנית מיצוי זכויות לניצולי שואה בשיתוף משרד האוצר והמשרד לאזרחים ותיקים.',
    'معلومات واستشارة ومرافقة للسكان في تحصيل حقوقهم، ومنها برنامج تحصيل حقوق الناجين من المحرقة بالتعاون مع وزارة المالية ووزارة شؤون المسنّين.',
    'Information, advice and support for residents claiming their rights, including a rights programme for Holocaust survivors run with the Ministry of Finance and the Ministry for Senior Citizens.',
    NULL, NULL, NULL, NULL, NULL, NULL,
    NULL, NULL, 'LEAST_OPEN', TRUE, 3);

-- Mediation Service for residents, City without Violence programme (seed 004).
INSERT INTO community_unit (id, code, kind, intake_desk, locality_id,
    name_he, name_ar, name_en, services_he, services_ar, services_en,
    address_he, address_ar, address_en, contact_person_he, contact_person_ar, contact_person_en,
    phones, email, assignment_policy, active, display_order) VALUES
  (4, 'MEDIATION', 'MEDIATION', FALSE, NULL,
    'שירות גישור לתושב (עיר ללא אלימות)',
    'خدمة الوساطة للسكان (مدينة بلا عنف)',
    'Mediation Service for Residents (City without Violence)',
    'גישור בסכסוכי שכנים על ידי מגשרים מוסמכים, במסגרת תכנית עיר ללא אלימות, לקידום שכנות טובה ויחסים טובים בין הדיירים בבניינים משותפים.',
    'وساطة في النزاعات بين الجيران يقوم بها وسطاء مؤهَّلون، ضمن برنامج مدينة بلا عنف، لتعزيز حسن الجوار والعلاقات الطيبة بين السكان في البنايات المشتركة.',
    'Certified mediators help settle disputes between neighbours, as part of the City without Violence programme, promoting good neighbourly relations between residents of shared buildings.',
    NULL, NULL, NULL, NULL, NULL, NULL,
    NULL, NULL, 'LEAST_OPEN', TRUE, 4);

-- Housing Culture Association coordinator: house committees, shared buildings (seed 004).
INSERT INTO community_unit (id, code, kind, intake_desk, locality_id,
    name_he, name_ar, name_en, services_he, services_ar, services_en,
    address_he, address_ar, address_en, contact_person_he, contact_person_ar, contact_person_en,
    phones, email, assignment_policy, active, display_order) VALUES
  (5, 'HOUSING_CULTURE', 'HOUSING_CULTURE', FALSE, NULL,
    'רכז האגודה לתרבות הדיור',
    'مركّز جمعية ثقافة السكن',
    'Housing Culture Association Coordinator',
    'תמיכה ועזרה לוועדי הבתים ועידוד הקמת ועדים חדשים, ייעוץ שוטף לשמירה על התנהלות תקינה של הבית המשותף, השכנת שלום בית ואכיפת כללי המחיה המשותפת על בעל דירה סורר.',
    'دعم لجان البنايات ومساعدتها وتشجيع إقامة لجان جديدة، واستشارة جارية للحفاظ على إدارة سليمة للبناية المشتركة، وإحلال الوفاق بين السكان، وتطبيق قواعد العيش المشترك على مالك الشقة المخالف.',
    'Support for house committees and encouragement to found new ones, ongoing advice on running a shared building properly, restoring peace between neighbours, and enforcing the building''s shared rules on a defaulting flat owner.',
    NULL, NULL, NULL, NULL, NULL, NULL,
    NULL, NULL, 'LEAST_OPEN', TRUE, 5);

-- Settlement protection teams, one per settlement (seed 003: full discretion, Haruv Institute).
INSERT INTO community_unit (id, code, kind, intake_desk, locality_id,
    name_he, name_ar, name_en, services_he, services_ar, services_en,
    address_he, address_ar, address_en, contact_person_he, contact_person_ar, contact_person_en,
    phones, email, assignment_policy, active, display_order) VALUES
  (6, 'PROTECTION_EVEN_SHMUEL', 'PROTECTION_TEAM', FALSE, 10,
    'צוות המוגנות היישובי – אבן שמואל',
    'فريق الحماية في إيفن شموئيل',
    'Even Shmuel Protection Team',
    'מודעות קהילתית ותכנית מניעה בנושא מוגנות, וכתובת לתושבים לפנייה כאשר מוגנות מופרת. הצוות פועל בדיסקרטיות מלאה ובשיתוף פעולה הדוק עם המחלקה לשירותים חברתיים, ועבר הכשרה מעמיקה מטעם מכון חרוב.',
    'توعية مجتمعية وبرنامج وقائي في مجال الحماية والأمان الشخصي، وعنوان يتوجّه إليه السكان عند تعرّض أحد للإيذاء أو المساس بأمانه. يعمل الفريق بسرّية تامة وبتعاون وثيق مع قسم الخدمات الاجتماعية، وقد اجتاز تأهيلًا معمّقًا من معهد حاروف.',
    'Community awareness and a prevention plan for personal safety, and a place for residents to turn to when someone''s safety is violated. The team acts in full discretion and in close cooperation with the Social Services Department, and was trained in depth by the Haruv Institute.',
    NULL, NULL, NULL, NULL, NULL, NULL,
    NULL, NULL, 'UNIT_HEAD', TRUE, 6),
  (7, 'PROTECTION_MERKAZ_SHAPIRA', 'PROTECTION_TEAM', FALSE, 11,
    'צוות המוגנות היישובי – מרכז שפירא',
    'فريق الحماية في مركاز شابيرا',
    'Merkaz Shapira Protection Team',
    'מודעות קהילתית ותכנית מניעה בנושא מוגנות, וכתובת לתושבים לפנייה כאשר מוגנות מופרת. הצוות פועל בדיסקרטיות מלאה ובשיתוף פעולה הדוק עם המחלקה לשירותים חברתיים, ועבר הכשרה מעמיקה מטעם מכון חרוב.',
    'توعية مجتمعية وبرنامج وقائي في مجال الحماية والأمان الشخصي، وعنوان يتوجّه إليه السكان عند تعرّض أحد للإيذاء أو المساس بأمانه. يعمل الفريق بسرّية تامة وبتعاون وثيق مع قسم الخدمات الاجتماعية، وقد اجتاز تأهيلًا معمّقًا من معهد حاروف.',
    'Community awareness and a prevention plan for personal safety, and a place for residents to turn to when someone''s safety is violated. The team acts in full discretion and in close cooperation with the Social Services Department, and was trained in depth by the Haruv Institute.',
    NULL, NULL, NULL, NULL, NULL, NULL,
    NULL, NULL, 'UNIT_HEAD', TRUE, 7),
  (8, 'PROTECTION_ALUMA', 'PROTECTION_TEAM', FALSE, 12,
    'צוות המוגנות היישובי – אלומה',
    'فريق الحماية في ألوما',
    'Aluma Protection Team',
    'מודעות קהילתית ותכנית מניעה בנושא מוגנות, וכתובת לתושבים לפנייה כאשר מוגנות מופרת. הצוות פועל בדיסקרטיות מלאה ובשיתוף פעולה הדוק עם המחלקה לשירותים חברתיים, ועבר הכשרה מעמיקה מטעם מכון חרוב.',
    'توعية مجتمعية وبرنامج وقائي في مجال الحماية والأمان الشخصي، وعنوان يتوجّه إليه السكان عند تعرّض أحد للإيذاء أو المساس بأمانه. يعمل الفريق بسرّية تامة وبتعاون وثيق مع قسم الخدمات الاجتماعية، وقد اجتاز تأهيلًا معمّقًا من معهد حاروف.',
    'Community awareness and a prevention plan for personal safety, and a place for residents to turn to when someone''s safety is violated. The team acts in full discretion and in close cooperation with the Social Services Department, and was trained in depth by the Haruv Institute.',
    NULL, NULL, NULL, NULL, NULL, NULL,
    NULL, NULL, 'UNIT_HEAD', TRUE, 8),
  (9, 'PROTECTION_EIN_TZURIM', 'PROTECTION_TEAM', FALSE, 13,
    'צוות המוגנות היישובי – עין צורים',
    'فريق الحماية في عين تسوريم',
    'Ein Tzurim Protection Team',
    'מודעות קהילתית ותכנית מניעה בנושא מוגנות, וכתובת לתושבים לפנייה כאשר מוגנות מופרת. הצוות פועל בדיסקרטיות מלאה ובשיתוף פעולה הדוק עם המחלקה לשירותים חברתיים, ועבר הכשרה מעמיקה מטעם מכון חרוב.',
    'توعية مجتمعية وبرنامج وقائي في مجال الحماية والأمان الشخصي، وعنوان يتوجّه إليه السكان عند تعرّض أحد للإيذاء أو المساس بأمانه. يعمل الفريق بسرّية تامة وبتعاون وثيق مع قسم الخدمات الاجتماعية، وقد اجتاز تأهيلًا معمّقًا من معهد حاروف.',
    'Community awareness and a prevention plan for personal safety, and a place for residents to turn to when someone''s safety is violated. The team acts in full discretion and in close cooperation with the Social Services Department, and was trained in depth by the Haruv Institute.',
    NULL, NULL, NULL, NULL, NULL, NULL,
    NULL, NULL, 'UNIT_HEAD', TRUE, 9);

-- Settlement emergency teams (צח״י), one per settlement (seeds 001 and 003).
INSERT INTO community_unit (id, code, kind, intake_desk, locality_id,
    name_he, name_ar, name_en, services_he, services_ar, services_en,
    address_he, address_ar, address_en, contact_person_he, contact_person_ar, contact_person_en,
    phones, email, assignment_policy, active, display_order) VALUES
  (10, 'EMERGENCY_EVEN_SHMUEL', 'EMERGENCY_TEAM', FALSE, 10,
    'צוות החירום היישובי (צח״י) – אבן שמואל',
    'فريق الطوارئ المحلي – إيفن شموئيل',
    'Even Shmuel Local Emergency Team (Tzachi)',
    'מתנדבים ופעילים מתושבי היישוב שמוכשרים בשגרה לתת מענה ראשוני ומיידי לצורכי התושבים בעת חירום: מטה, ביטחון ורפואה, רווחה וחינוך, לוגיסטיקה ודוברות. הצוות ממפה גם את התושבים הזקוקים לתשומת לב מיוחדת בשעת חירום.',
    'متطوعون وناشطون من سكان البلدة يتأهّلون في الأيام العادية لتقديم استجابة أولية وفورية لاحتياجات السكان في حالات الطوارئ: القيادة، الأمن والإسعاف، الرفاه والتربية، اللوجستيات، والإعلام. ويحصر الفريق أيضًا السكان الذين يحتاجون إلى اهتمام خاص في حالات الطوارئ.',
    'Volunteers and activists from the settlement, trained in ordinary times to give residents an immediate first response in an emergency: headquarters, security and medical, welfare and education, logistics and spokesperson. The team also maps residents who need special attention in an emergency.',
    NULL, NULL, NULL, NULL, NULL, NULL,
    NULL, NULL, 'ROUND_ROBIN', TRUE, 10),
  (11, 'EMERGENCY_MERKAZ_SHAPIRA', 'EMERGENCY_TEAM', FALSE, 11,
    'צוות החירום היישובי (צח״י) – מרכז שפירא',
    'فريق الطوارئ المحلي – مركاز شابيرا',
    'Merkaz Shapira Local Emergency Team (Tzachi)',
    'מתנדבים ופעילים מתושבי היישוב שמוכשרים בשגרה לתת מענה ראשוני ומיידי לצורכי התושבים בעת חירום: מטה, ביטחון ורפואה, רווחה וחינוך, לוגיסטיקה ודוברות. הצוות ממפה גם את התושבים הזקוקים לתשומת לב מיוחדת בשעת חירום.',
    'متطوعون وناشطون من سكان البلدة يتأهّلون في الأيام العادية لتقديم استجابة أولية وفورية لاحتياجات السكان في حالات الطوارئ: القيادة، الأمن والإسعاف، الرفاه والتربية، اللوجستيات، والإعلام. ويحصر الفريق أيضًا السكان الذين يحتاجون إلى اهتمام خاص في حالات الطوارئ.',
    'Volunteers and activists from the settlement, trained in ordinary times to give residents an immediate first response in an emergency: headquarters, security and medical, welfare and education, logistics and spokesperson. The team also maps residents who need special attention in an emergency.',
    NULL, NULL, NULL, NULL, NULL, NULL,
    NULL, NULL, 'ROUND_ROBIN', TRUE, 11),
  (12, 'EMERGENCY_ALUMA', 'EMERGENCY_TEAM', FALSE, 12,
    'צוות החירום היישובי (צח״י) – אלומה',
    'فريق الطوارئ المحلي – ألوما',
    'Aluma Local Emergency Team (Tzachi)',
    'מתנדבים ופעילים מתושבי היישוב שמוכשרים בשגרה לתת מענה ראשוני ומיידי לצורכי התושבים בעת חירום: מטה, ביטחון ורפואה, רווחה וחינוך, לוגיסטיקה ודוברות. הצוות ממפה גם את התושבים הזקוקים לתשומת לב מיוחדת בשעת חירום.',
    'متطوعون وناشطون من سكان البلدة يتأهّلون في الأيام العادية لتقديم استجابة أولية وفورية لاحتياجات السكان في حالات الطوارئ: القيادة، الأمن والإسعاف، الرفاه والتربية، اللوجستيات، والإعلام. ويحصر الفريق أيضًا السكان الذين يحتاجون إلى اهتمام خاص في حالات الطوارئ.',
    'Volunteers and activists from the settlement, trained in ordinary times to give residents an immediate first response in an emergency: headquarters, security and medical, welfare and education, logistics and spokesperson. The team also maps residents who need special attention in an emergency.',
    NULL, NULL, NULL, NULL, NULL, NULL,
    NULL, NULL, 'ROUND_ROBIN', TRUE, 12),
  (13, 'EMERGENCY_EIN_TZURIM', 'EMERGENCY_TEAM', FALSE, 13,
    'צוות החירום היישובי (צח״י) – עין צורים',
    'فريق الطوارئ المحلي – عين تسوريم',
    'Ein Tzurim Local Emergency Team (Tzachi)',
    'מתנדבים ופעילים מתושבי היישוב שמוכשרים בשגרה לתת מענה ראשוני ומיידי לצורכי התושבים בעת חירום: מטה, ביטחון ורפואה, רווחה וחינוך, לוגיסטיקה ודוברות. הצוות ממפה גם את התושבים הזקוקים לתשומת לב מיוחדת בשעת חירום.',
    'متطوعون وناشطون من سكان البلدة يتأهّلون في الأيام العادية لتقديم استجابة أولية وفورية لاحتياجات السكان في حالات الطوارئ: القيادة، الأمن والإسعاف، الرفاه والتربية، اللوجستيات، والإعلام. ويحصر الفريق أيضًا السكان الذين يحتاجون إلى اهتمام خاص في حالات الطوارئ.',
    'Volunteers and activists from the settlement, trained in ordinary times to give residents an immediate first response in an emergency: headquarters, security and medical, welfare and education, logistics and spokesperson. The team also maps residents who need special attention in an emergency.',
    NULL, NULL, NULL, NULL, NULL, NULL,
    NULL, NULL, 'ROUND_ROBIN', TRUE, 13);

-- Embrace Teams: families in crisis; pilot in Even Shmuel and Merkaz Shapira (seed 003).
INSERT INTO community_unit (id, code, kind, intake_desk, locality_id,
    name_he, name_ar, name_en, services_he, services_ar, services_en,
    address_he, address_ar, address_en, contact_person_he, contact_person_ar, contact_person_en,
    phones, email, assignment_policy, active, display_order) VALUES
  (14, 'EMBRACE_TEAMS', 'EMBRACE_TEAM', FALSE, NULL,
    'צוותי חיבוק',
    'طواقم الاحتضان',
    'Embrace Teams',
    'מתנדבים שהוכשרו לנהל את עזרת הקהילה למשפחות במצבי משבר – חולי, אבל או להבדיל לידה – כך שהסיוע יימשך זמן רב יותר בפחות שחיקה. בשלב הראשון פועל פיילוט באבן שמואל ובמרכז שפירא.',
    'متطوعون مؤهَّلون لإدارة مساعدة المجتمع للعائلات التي تمرّ بأزمة – مرض أو حداد أو ولادة – بحيث يستمرّ الدعم مدة أطول بجهد وإرهاق أقل. في المرحلة الأولى يعمل مشروع تجريبي في إيفن شموئيل ومركاز شابيرا.',
    'Volunteers trained to organise the community''s help for families in crisis (illness, mourning or a new birth), so that support lasts longer with less strain on the helpers. A pilot runs first in Even Shmuel and Merkaz Shapira.',
    NULL, NULL, NULL, NULL, NULL, NULL,
    NULL, NULL, 'LEAST_OPEN', TRUE, 14);

-- Self-help centres in five cities, with the addresses and contacts of seed 000.
INSERT INTO community_unit (id, code, kind, intake_desk, locality_id,
    name_he, name_ar, name_en, services_he, services_ar, services_en,
    address_he, address_ar, address_en, contact_person_he, contact_person_ar, contact_person_en,
    phones, email, assignment_policy, active, display_order) VALUES
  (15, 'SELF_HELP_HAIFA', 'SELF_HELP_CENTER', FALSE, 1,
    'מרכז עזרה עצמית – חיפה',
    'مركز المساعدة الذاتية – حيفا',
    'Self-Help Center – Haifa',
    'בית ליוזמות של תושבים המתארגנים סביב נושא או בעיה משותפים: מידע על קבוצות תמיכה קיימות, ייעוץ והדרכה ליזמים המקימים קבוצה חדשה והכשרת מפעילי קבוצות.',
    'بيت لمبادرات السكان الذين ينتظمون حول قضية أو مشكلة مشتركة: معلومات عن مجموعات الدعم القائمة، واستشارة وإرشاد للمبادرين الذين يؤسّسون مجموعة جديدة، وتأهيل مُيسّري المجموعات.',
    'A home for residents organising around a shared issue or problem: information on existing support groups, advice and guidance for people founding a new group, and training for group facilitators.',
    'המחלקה לקהילה והתנדבות, רחוב הילל 62, חיפה',
    'قسم المجتمع والتطوع، شارع هيلل 62، حيفا',
    'Community and Volunteering Department, 62 Hillel St., Haifa',
    NULL, NULL, NULL,
    '04-8552045', NULL, 'LEAST_OPEN', TRUE, 15),
  (16, 'SELF_HELP_NAZARETH', 'SELF_HELP_CENTER', FALSE, 2,
    'מרכז עזרה עצמית – נצרת',
    'مركز المساعدة الذاتية – الناصرة',
    'Self-Help Center – Nazareth',
    'בית ליוזמות של תושבים המתארגנים סביב נושא או בעיה משותפים: מידע על קבוצות תמיכה קיימות, ייעוץ והדרכה ליזמים המקימים קבוצה חדשה והכשרת מפעילי קבוצות.',
    'بيت لمبادرات السكان الذين ينتظمون حول قضية أو مشكلة مشتركة: معلومات عن مجموعات الدعم القائمة، واستشارة وإرشاد للمبادرين الذين يؤسّسون مجموعة جديدة، وتأهيل مُيسّري المجموعات.',
    'A home for residents organising around a shared issue or problem: information on existing support groups, advice and guidance for people founding a new group, and training for group facilitators.',
    'המחלקה לשירותים חברתיים, רחוב פאולוס השישי, נצרת, ת״ד 376, מיקוד 16000',
    'قسم الخدمات الاجتماعية، شارع البابا بولس السادس، الناصرة، ص.ب. 376، الرمز البريدي 16000',
    'Social Services Department, Paul VI St., Nazareth, P.O. Box 376, postcode 16000',
    'אילהם עודה ומרים חאג חורי, העובדות הסוציאליות הקהילתיות במחלקה לשירותים חברתיים',
    'إلهام عودة ومريم حاج خوري، العاملتان الاجتماعيتان المجتمعيتان في قسم الخدمات الاجتماعية',
    'Ilham Odeh and Mariam Haj Khoury, community social workers at the Social Services Department',
    '04-6562239', NULL, 'LEAST_OPEN', TRUE, 16),
  (17, 'SELF_HELP_JERUSALEM', 'SELF_HELP_CENTER', FALSE, 3,
    'מרכז עזרה עצמית – ירושלים',
    'مركز المساعدة الذاتية – القدس',
    'Self-Help Center – Jerusalem',
    'בית ליוזמות של תושבים המתארגנים סביב נושא או בעיה משותפים: מידע על קבוצות תמיכה קיימות, ייעוץ והדרכה ליזמים המקימים קבוצה חדשה והכשרת מפעילי קבוצות.',
    'بيت لمبادرات السكان الذين ينتظمون حول قضية أو مشكلة مشتركة: معلومات عن مجموعات الدعم القائمة، واستشارة وإرشاد للمبادرين الذين يؤسّسون مجموعة جديدة، وتأهيل مُيسّري المجموعات.',
    'A home for residents organising around a shared issue or problem: information on existing support groups, advice and guidance for people founding a new group, and training for group facilitators.',
    'רחוב בר כוכבא 66, ירושלים',
    'شارع بار كوخبا 66، القدس',
    '66 Bar Kokhba St., Jerusalem',
    'מנהלת היחידה העירונית לעזרה עצמית',
    'مديرة الوحدة البلدية للمساعدة الذاتية',
    'Head of the Municipal Self-Help Unit',
    '02-500-0848, 02-537-8470', NULL, 'LEAST_OPEN', TRUE, 17),
  (18, 'SELF_HELP_RAMAT_GAN', 'SELF_HELP_CENTER', FALSE, 4,
    'מרכז עזרה עצמית – רמת גן',
    'مركز المساعدة الذاتية – رمات غان',
    'Self-Help Center – Ramat Gan',
    'בית ליוזמות של תושבים המתארגנים סביב נושא או בעיה משותפים: מידע על קבוצות תמיכה קיימות, ייעוץ והדרכה ליזמים המקימים קבוצה חדשה והכשרת מפעילי קבוצות.',
    'بيت لمبادرات السكان الذين ينتظمون حول قضية أو مشكلة مشتركة: معلومات عن مجموعات الدعم القائمة، واستشارة وإرشاد للمبادرين الذين يؤسّسون مجموعة جديدة، وتأهيل مُيسّري المجموعات.',
    'A home for residents organising around a shared issue or problem: information on existing support groups, advice and guidance for people founding a new group, and training for group facilitators.',
    NULL, NULL, NULL,
    'פנינה טלמור, עו״ס קהילתית, רכזת תחום עזרה עצמית',
    'بنينا تلمور، عاملة اجتماعية مجتمعية، مركّزة مجال المساعدة الذاتية',
    'Pnina Talmor, community social worker, self-help coordinator',
    '03-671-2809', 'pnina-t@ramat-gan.muni.il', 'LEAST_OPEN', TRUE, 18),
  (19, 'SELF_HELP_BEER_SHEVA', 'SELF_HELP_CENTER', FALSE, 5,
    'מרכז עזרה עצמית – באר שבע',
    'مركز المساعدة الذاتية – بئر السبع',
    'Self-Help Center – Beer Sheva',
    'בית ליוזמות של תושבים המתארגנים סביב נושא או בעיה משותפים: מידע על קבוצות תמיכה קיימות, ייעוץ והדרכה ליזמים המקימים קבוצה חדשה והכשרת מפעילי קבוצות.',
    'بيت لمبادرات السكان الذين ينتظمون حول قضية أو مشكلة مشتركة: معلومات عن مجموعات الدعم القائمة، واستشارة وإرشاد للمبادرين الذين يؤسّسون مجموعة جديدة، وتأهيل مُيسّري المجموعات.',
    'A home for residents organising around a shared issue or problem: information on existing support groups, advice and guidance for people founding a new group, and training for group facilitators.',
    NULL, NULL, NULL,
    'שולמית שמש, רכזת',
    'شولاميت شيمش، مركّزة',
    'Shulamit Shemesh, coordinator',
    '057-795-5150, 08-628-9073, 08-684-0371', 'Selfhelp_brsh@wall.co.il, shulamits@br7.org.il', 'LEAST_OPEN', TRUE, 19);

-- Volunteering Unit (seed 001).
INSERT INTO community_unit (id, code, kind, intake_desk, locality_id,
    name_he, name_ar, name_en, services_he, services_ar, services_en,
    address_he, address_ar, address_en, contact_person_he, contact_person_ar, contact_person_en,
    phones, email, assignment_policy, active, display_order) VALUES
  (20, 'VOLUNTEERING', 'VOLUNTEERING', FALSE, NULL,
    'יחידת ההתנדבות',
    'وحدة التطوع',
    'Volunteering Unit',
    'זיהוי ומיפוי של צורכי ההתנדבות בקהילה, גיוס מתנדבים מכל הגילאים ושיבוצם בפעילויות מתאימות, ובהן מערך החירום, מערך המידע והזכויות ויום המעשים הטובים.',
    'تحديد احتياجات التطوع في المجتمع وحصرها، وتجنيد متطوعين من جميع الأعمار وإلحاقهم بنشاطات ملائمة، ومنها منظومة الطوارئ ومنظومة المعلومات والحقوق ويوم الأعمال الخيّرة.',
    'Identifies and maps volunteering needs in the community, recruits volunteers of all ages and places them in suitable activities, including the emergency network, the rights and information service and Good Deeds Day.',
    NULL, NULL, NULL, NULL, NULL, NULL,
    NULL, NULL, 'LEAST_OPEN', TRUE, 20);

-- Senior Citizens: Golden Parliament (seed 004) and the Participatory Council (seed 001).
INSERT INTO community_unit (id, code, kind, intake_desk, locality_id,
    name_he, name_ar, name_en, services_he, services_ar, services_en,
    address_he, address_ar, address_en, contact_person_he, contact_person_ar, contact_person_en,
    phones, email, assignment_policy, active, display_order) VALUES
  (21, 'SENIORS', 'SENIORS', FALSE, NULL,
    'אזרחים ותיקים – פרלמנט הזהב והמועצה המשתפת',
    'كبار السن – البرلمان الذهبي والمجلس التشاركي',
    'Senior Citizens – Golden Parliament and Participatory Council',
    'פרלמנט הזהב מפתח תכניות יחד עם פעילי הגיל השלישי לקידום צורכיהם ולמיצוי זכויותיהם, והמועצה המשתפת משלבת אזרחים ותיקים במוקדי קבלת ההחלטות. לצדם פועלות קבוצות סולידריות ביישובים ותכניות בין־דוריות.',
    'يطوّر البرلمان الذهبي برامج بالشراكة مع ناشطين من كبار السن لتلبية احتياجاتهم وتحصيل حقوقهم، ويُشرك المجلس التشاركي كبار السن في مواقع اتخاذ القرار. وإلى جانبهما تعمل مجموعات تضامن في البلدات وبرامج تجمع بين الأجيال.',
    'The Golden Parliament develops programmes with senior activists to advance their needs and rights, and the Participatory Council brings senior citizens into decision-making. Alongside them run solidarity groups in the settlements and intergenerational programmes.',
    NULL, NULL, NULL, NULL, NULL, NULL,
    NULL, NULL, 'LEAST_OPEN', TRUE, 21);

-- ---------------------------------------------------------------------------------------------
-- Request types: the service catalogue (confidentiality, anonymity, SLA targets).
-- ---------------------------------------------------------------------------------------------
INSERT INTO request_type (id, code, confidentiality, anonymous_allowed, first_response_hours, resolution_days,
    name_he, name_ar, name_en, description_he, description_ar, description_en, active, display_order) VALUES
  (1, 'RIGHTS_INFO', 'STANDARD', FALSE, 16, 10,
    'מידע על זכויות והטבות',
    'معلومات عن الحقوق والامتيازات',
    'Rights and benefits information',
    'קבלו מידע וליווי במיצוי הזכויות וההטבות המגיעות לכם, למשל כניצולי שואה, כאזרחים ותיקים או כאנשים עם מוגבלות.',
    'احصلوا على معلومات ومرافقة في تحصيل الحقوق والامتيازات المستحقة لكم، مثلًا كناجين من المحرقة أو كمسنّين أو كأشخاص ذوي إعاقة.',
    'Get information and help claiming the rights and benefits you are entitled to, for example as a Holocaust survivor, a senior citizen or a person with a disability.',
    TRUE, 1),
  (2, 'MEDIATION', 'RESTRICTED', FALSE, 16, 30,
    'גישור בסכסוך שכנים',
    'وساطة في نزاع بين الجيران',
    'Neighbour dispute mediation',
    'בקשו מגשר מוסמך שיסייע לכם ולשכנים שלכם להגיע להסכמה בדרכי שלום.',
    'اطلبوا وسيطًا مؤهَّلًا يساعدكم أنتم وجيرانكم على التوصّل إلى اتفاق بالطرق السلمية.',
    'Ask for a certified mediator to help you and your neighbours reach an agreement peacefully.',
    TRUE, 2),
  (3, 'PROTECTION_CONTACT', 'SEALED', TRUE, 4, 10,
    'פנייה לצוות המוגנות',
    'التوجّه إلى فريق الحماية',
    'Contact the protection team',
    'פנו אלינו, גם בעילום שם, אם אתם חוששים לשלומו של ילד או של אדם אחר – הפנייה חסויה ומטופלת בדיסקרטיות מלאה.',
    'توجّهوا إلينا، ولو دون ذكر أسمائكم، إذا كنتم قلقين على سلامة طفل أو أي شخص آخر – التوجّه سرّي ويُعالَج بسرّية تامة.',
    'Reach out, anonymously if you wish, if you are worried about the safety of a child or anyone else – your request is confidential and handled in full discretion.',
    TRUE, 3),
  (4, 'HOUSE_COMMITTEE', 'STANDARD', FALSE, 24, 30,
    'ועד בית ובית משותף',
    'لجنة البناية والبناية المشتركة',
    'House committee and shared building',
    'קבלו ייעוץ ועזרה בהקמת ועד בית, בהתנהלות הבית המשותף או מול בעל דירה שאינו משלם או אינו שומר על הכללים.',
    'احصلوا على استشارة ومساعدة في إقامة لجنة للبناية، أو في إدارة البناية المشتركة، أو في التعامل مع مالك شقة لا يدفع أو لا يلتزم بالقواعد.',
    'Get advice and help founding a house committee, running your shared building, or dealing with an owner who does not pay or keep the rules.',
    TRUE, 4),
  (5, 'EMERGENCY_TEAM', 'RESTRICTED', FALSE, 24, 14,
    'צוות חירום יישובי (צח״י)',
    'فريق الطوارئ المحلي',
    'Local emergency team',
    'הצטרפו כמתנדבים לצוות החירום של היישוב, או רשמו בן משפחה הזקוק לתשומת לב מיוחדת בשעת חירום.',
    'انضمّوا متطوعين إلى فريق الطوارئ في بلدتكم، أو سجّلوا فردًا من العائلة يحتاج إلى اهتمام خاص في حالات الطوارئ.',
    'Join your settlement''s emergency team as a volunteer, or register a household member who needs special attention in an emergency.',
    TRUE, 5),
  (6, 'CRISIS_SUPPORT', 'RESTRICTED', FALSE, 8, 7,
    'תמיכה במשפחה במשבר',
    'دعم عائلة في أزمة',
    'Support for a family in crisis',
    'בקשו עזרה מהקהילה עבור משפחה המתמודדת עם מחלה, אבל או לידה.',
    'اطلبوا مساعدة المجتمع لعائلة تمرّ بمرض أو حداد أو ولادة.',
    'Ask for community help for a family coping with illness, mourning or a new birth.',
    TRUE, 6),
  (7, 'SELF_HELP', 'STANDARD', FALSE, 24, 21,
    'קבוצת עזרה עצמית',
    'مجموعة مساعدة ذاتية',
    'Self-help group',
    'מצאו קבוצת תמיכה של אנשים במצב דומה לשלכם, או קבלו ליווי בהקמת קבוצה חדשה.',
    'ابحثوا عن مجموعة دعم لأشخاص يمرّون بوضع مشابه لوضعكم، أو احصلوا على مرافقة في تأسيس مجموعة جديدة.',
    'Find a support group of people in a situation like yours, or get help founding a new group.',
    TRUE, 7),
  (8, 'VOLUNTEER', 'STANDARD', FALSE, 24, 21,
    'התנדבות',
    'التطوع',
    'Volunteering',
    'הציעו את זמנכם וכישוריכם, ונשבץ אתכם בפעילות התנדבותית שמתאימה לכם.',
    'اعرضوا وقتكم ومهاراتكم، وسنُلحقكم بنشاط تطوعي يناسبكم.',
    'Offer your time and skills, and we will match you with a volunteering activity that suits you.',
    TRUE, 8),
  (9, 'SENIORS', 'STANDARD', FALSE, 24, 21,
    'אזרחים ותיקים',
    'كبار السن',
    'Senior citizens',
    'הצטרפו לפרלמנט הזהב, למועצה המשתפת או לתכניות לאזרחים ותיקים, או פנו אלינו בנושא שמעסיק אתכם.',
    'انضمّوا إلى البرلمان الذهبي أو المجلس التشاركي أو برامج كبار السن، أو توجّهوا إلينا في موضوع يشغلكم.',
    'Join the Golden Parliament, the Participatory Council or other programmes for senior citizens, or raise a matter that concerns you.',
    TRUE, 9),
  (10, 'GENERAL', 'STANDARD', FALSE, 24, 14,
    'פנייה כללית',
    'توجّه عام',
    'General request',
    'פנו אלינו בכל נושא אחר, ונעביר את פנייתכם לגורם המתאים.',
    'توجّهوا إلينا في أي موضوع آخر، وسنحوّل توجّهكم إلى الجهة المختصة.',
    'Contact us about anything else, and we will pass your request on to the right team.',
    TRUE, 10);

-- ---------------------------------------------------------------------------------------------
-- Request fields: each type's own form fields (id = type * 100 + n).
-- Common fields (locality, name, phone, email, language, consent) belong to every form and are
-- not listed here.
-- ---------------------------------------------------------------------------------------------

-- 1 RIGHTS_INFO
INSERT INTO request_field (id, request_type_id, code, datatype, required, max_length, display_order,
    label_he, label_ar, label_en, hint_he, hint_ar, hint_en) VALUES
  (101, 1, 'topic', 'CHOICE', TRUE, NULL, 1,
    'נושא', 'الموضوع', 'Topic',
    NULL, NULL, NULL),
  (102, 1, 'description', 'TEXTAREA', TRUE, 4000, 2,
    'במה נוכל לעזור?', 'كيف يمكننا مساعدتكم؟', 'How can we help?',
    'תארו בקצרה את מצבכם ואת הזכות או ההטבה שעליה תרצו לשמוע.',
    'صِفوا باختصار وضعكم والحق أو الامتياز الذي تودّون الاستفسار عنه.',
    'Briefly describe your situation and the right or benefit you would like to know about.');

-- 2 MEDIATION
INSERT INTO request_field (id, request_type_id, code, datatype, required, max_length, display_order,
    label_he, label_ar, label_en, hint_he, hint_ar, hint_en) VALUES
  (201, 2, 'other_party_name', 'TEXT', TRUE, 200, 1,
    'שם הצד השני', 'اسم الطرف الآخر', 'Name of the other party',
    'השכן או השכנים שעמם הסכסוך.',
    'الجار أو الجيران الذين بينكم وبينهم النزاع.',
    'The neighbour or neighbours the dispute is with.'),
  (202, 2, 'other_party_address', 'TEXT', FALSE, 200, 2,
    'כתובת הצד השני', 'عنوان الطرف الآخر', 'Address of the other party',
    NULL, NULL, NULL),
  (203, 2, 'relationship', 'CHOICE', TRUE, NULL, 3,
    'היכן גר הצד השני?', 'أين يسكن الطرف الآخر؟', 'Where does the other party live?',
    NULL, NULL, NULL),
  (204, 2, 'dispute_description', 'TEXTAREA', TRUE, 4000, 4,
    'תיאור הסכסוך', 'وصف النزاع', 'Description of the dispute',
    'מה קרה, ממתי זה נמשך ומה כבר ניסיתם.',
    'ماذا حدث، ومنذ متى يستمر، وماذا جرّبتم حتى الآن.',
    'What happened, how long it has been going on and what you have already tried.'),
  (205, 2, 'other_party_aware', 'BOOLEAN', FALSE, NULL, 5,
    'האם הצד השני יודע שאתם מבקשים גישור?', 'هل يعلم الطرف الآخر أنكم تطلبون الوساطة؟', 'Does the other party know you are asking for mediation?',
    NULL, NULL, NULL);

-- 3 PROTECTION_CONTACT
INSERT INTO request_field (id, request_type_id, code, datatype, required, max_length, display_order,
    label_he, label_ar, label_en, hint_he, hint_ar, hint_en) VALUES
  (301, 3, 'description', 'TEXTAREA', TRUE, 4000, 1,
    'מה תרצו לספר לנו?', 'ماذا تودّون أن تخبرونا؟', 'What would you like to tell us?',
    'כתבו רק את מה שנוח לכם. הפנייה חסויה ותיקרא רק בידי הצוות.',
    'اكتبوا ما ترتاحون لكتابته فقط. التوجّه سرّي ولن يطّلع عليه إلا الفريق.',
    'Write only what you are comfortable sharing. Your request is confidential and read only by the team.'),
  (302, 3, 'concerns_child', 'BOOLEAN', FALSE, NULL, 2,
    'הפנייה נוגעת לילד או לילדה', 'التوجّه يتعلّق بطفل أو طفلة', 'This concerns a child',
    NULL, NULL, NULL),
  (303, 3, 'safe_contact_time', 'TEXT', FALSE, 200, 3,
    'מתי ואיך בטוח ליצור איתכם קשר?', 'متى وكيف يكون التواصل معكم آمنًا؟', 'When and how is it safe to contact you?',
    'למשל: רק בטלפון, בימי חול אחרי 16:00.',
    'مثلًا: بالهاتف فقط، في أيام الأسبوع بعد الساعة 16:00.',
    'For example: by phone only, on weekdays after 4 pm.');

-- 4 HOUSE_COMMITTEE
INSERT INTO request_field (id, request_type_id, code, datatype, required, max_length, display_order,
    label_he, label_ar, label_en, hint_he, hint_ar, hint_en) VALUES
  (401, 4, 'building_address', 'TEXT', TRUE, 200, 1,
    'כתובת הבניין', 'عنوان البناية', 'Building address',
    NULL, NULL, NULL),
  (402, 4, 'issue', 'CHOICE', TRUE, NULL, 2,
    'נושא הפנייה', 'موضوع التوجّه', 'What is it about?',
    NULL, NULL, NULL),
  (403, 4, 'description', 'TEXTAREA', TRUE, 4000, 3,
    'פרטים', 'التفاصيل', 'Details',
    NULL, NULL, NULL);

-- 5 EMERGENCY_TEAM
INSERT INTO request_field (id, request_type_id, code, datatype, required, max_length, display_order,
    label_he, label_ar, label_en, hint_he, hint_ar, hint_en) VALUES
  (501, 5, 'registration_kind', 'CHOICE', TRUE, NULL, 1,
    'מה תרצו לעשות?', 'ماذا تودّون أن تفعلوا؟', 'What would you like to do?',
    NULL, NULL, NULL),
  (502, 5, 'team_area', 'CHOICE', FALSE, NULL, 2,
    'תחום בצוות', 'المجال في الفريق', 'Team area',
    'למצטרפים לצוות: באיזה תחום תרצו לפעול.',
    'للمنضمّين إلى الفريق: في أي مجال تودّون العمل.',
    'If you are joining the team: the area you would like to work in.'),
  (503, 5, 'special_needs', 'TEXTAREA', FALSE, 4000, 3,
    'צרכים מיוחדים בשעת חירום', 'احتياجات خاصة في حالات الطوارئ', 'Special needs in an emergency',
    'מי במשק הבית זקוק לתשומת לב מיוחדת בשעת חירום, ולמה. למשל: ניידות מוגבלת, מכשור רפואי, אדם שגר לבדו.',
    'من في الأسرة يحتاج إلى اهتمام خاص في حالات الطوارئ، وما الذي يحتاجه. مثلًا: محدودية الحركة، أو جهاز طبي، أو شخص يسكن وحده.',
    'Who in your household needs special attention in an emergency, and what they need. For example: limited mobility, medical equipment, someone living alone.'),
  (504, 5, 'household_size', 'NUMBER', FALSE, NULL, 4,
    'מספר הנפשות במשק הבית', 'عدد أفراد الأسرة', 'Number of people in the household',
    NULL, NULL, NULL);

-- 6 CRISIS_SUPPORT
INSERT INTO request_field (id, request_type_id, code, datatype, required, max_length, display_order,
    label_he, label_ar, label_en, hint_he, hint_ar, hint_en) VALUES
  (601, 6, 'crisis_kind', 'CHOICE', TRUE, NULL, 1,
    'סוג המצב', 'نوع الوضع', 'What is the family going through?',
    NULL, NULL, NULL),
  (602, 6, 'family_size', 'NUMBER', FALSE, NULL, 2,
    'מספר בני המשפחה', 'عدد أفراد العائلة', 'Number of family members',
    NULL, NULL, NULL),
  (603, 6, 'description', 'TEXTAREA', TRUE, 4000, 3,
    'איזו עזרה נדרשת?', 'ما المساعدة المطلوبة؟', 'What help is needed?',
    'למשל: ארוחות, הסעות, עזרה עם הילדים או ביקורים.',
    'مثلًا: وجبات طعام، أو توصيلات، أو مساعدة في رعاية الأطفال، أو زيارات.',
    'For example: meals, lifts, help with the children, or visits.');

-- 7 SELF_HELP
INSERT INTO request_field (id, request_type_id, code, datatype, required, max_length, display_order,
    label_he, label_ar, label_en, hint_he, hint_ar, hint_en) VALUES
  (701, 7, 'wish', 'CHOICE', TRUE, NULL, 1,
    'מה תרצו?', 'ماذا تريدون؟', 'What would you like?',
    NULL, NULL, NULL),
  (702, 7, 'topic', 'TEXT', TRUE, 200, 2,
    'נושא הקבוצה', 'موضوع المجموعة', 'Group topic',
    'הנושא או הקושי המשותף, למשל: הורים לילדים עם צרכים מיוחדים.',
    'القضية أو الصعوبة المشتركة، مثلًا: أهالي أطفال ذوي احتياجات خاصة.',
    'The shared issue or difficulty, for example: parents of children with special needs.'),
  (703, 7, 'description', 'TEXTAREA', FALSE, 4000, 3,
    'פרטים נוספים', 'تفاصيل إضافية', 'More details',
    NULL, NULL, NULL);

-- 8 VOLUNTEER
INSERT INTO request_field (id, request_type_id, code, datatype, required, max_length, display_order,
    label_he, label_ar, label_en, hint_he, hint_ar, hint_en) VALUES
  (801, 8, 'skills', 'TEXTAREA', TRUE, 4000, 1,
    'מה תרצו ותוכלו לתרום?', 'ماذا تودّون وتستطيعون أن تقدّموا؟', 'What would you like to and can contribute?',
    'כישורים, ניסיון ותחומי עניין.',
    'المهارات والخبرة ومجالات الاهتمام.',
    'Skills, experience and interests.'),
  (802, 8, 'availability', 'MULTI_CHOICE', TRUE, NULL, 2,
    'מתי אתם זמינים?', 'متى تكونون متاحين؟', 'When are you available?',
    NULL, NULL, NULL),
  (803, 8, 'areas', 'MULTI_CHOICE', FALSE, NULL, 3,
    'תחומי התנדבות', 'مجالات التطوع', 'Volunteering areas',
    NULL, NULL, NULL),
  (804, 8, 'professional_background', 'TEXT', FALSE, 200, 4,
    'רקע מקצועי', 'الخلفية المهنية', 'Professional background',
    'אנשי מקצוע, בעבר או בהווה, מוזמנים לציין את תחומם.',
    'ندعو أصحاب المهن، حاليًا أو سابقًا، إلى ذكر مجال اختصاصهم.',
    'Professionals, past or present, are welcome to name their field.');

-- 9 SENIORS
INSERT INTO request_field (id, request_type_id, code, datatype, required, max_length, display_order,
    label_he, label_ar, label_en, hint_he, hint_ar, hint_en) VALUES
  (901, 9, 'programme', 'CHOICE', TRUE, NULL, 1,
    'תכנית או נושא', 'البرنامج أو الموضوع', 'Programme or topic',
    NULL, NULL, NULL),
  (902, 9, 'description', 'TEXTAREA', FALSE, 4000, 2,
    'פרטים נוספים', 'تفاصيل إضافية', 'More details',
    NULL, NULL, NULL);

-- 10 GENERAL
INSERT INTO request_field (id, request_type_id, code, datatype, required, max_length, display_order,
    label_he, label_ar, label_en, hint_he, hint_ar, hint_en) VALUES
  (1001, 10, 'subject', 'TEXT', TRUE, 200, 1,
    'נושא', 'الموضوع', 'Subject',
    NULL, NULL, NULL),
  (1002, 10, 'description', 'TEXTAREA', TRUE, 4000, 2,
    'תיאור הפנייה', 'وصف التوجّه', 'Description',
    NULL, NULL, NULL);

-- ---------------------------------------------------------------------------------------------
-- Options of the CHOICE and MULTI_CHOICE fields (id = field id * 10 + n).
-- ---------------------------------------------------------------------------------------------

-- 101 RIGHTS_INFO.topic
INSERT INTO request_field_option (id, field_id, code, display_order, label_he, label_ar, label_en) VALUES
  (1011, 101, 'HOLOCAUST_SURVIVOR', 1, 'זכויות ניצולי שואה',     'حقوق الناجين من المحرقة',   'Holocaust survivors'' rights'),
  (1012, 101, 'SENIOR_CITIZEN',     2, 'זכויות אזרחים ותיקים',   'حقوق كبار السن',            'Senior citizens'' rights'),
  (1013, 101, 'DISABILITY',         3, 'מוגבלות',                'الإعاقة',                   'Disability'),
  (1014, 101, 'HOUSING',            4, 'דיור',                   'السكن',                     'Housing'),
  (1015, 101, 'INCOME_SUPPORT',     5, 'הבטחת הכנסה וקצבאות',    'ضمان الدخل والمخصّصات',     'Income support and allowances'),
  (1016, 101, 'OTHER',              6, 'אחר',                    'غير ذلك',                   'Other');

-- 203 MEDIATION.relationship
INSERT INTO request_field_option (id, field_id, code, display_order, label_he, label_ar, label_en) VALUES
  (2031, 203, 'SAME_BUILDING',         1, 'באותו בניין',       'في البناية نفسها',     'In the same building'),
  (2032, 203, 'NEIGHBOURING_BUILDING', 2, 'בבניין סמוך',       'في بناية مجاورة',      'In a neighbouring building'),
  (2033, 203, 'SAME_STREET',           3, 'באותו רחוב',        'في الشارع نفسه',       'In the same street'),
  (2034, 203, 'OTHER',                 4, 'אחר',               'غير ذلك',              'Other');

-- 402 HOUSE_COMMITTEE.issue
INSERT INTO request_field_option (id, field_id, code, display_order, label_he, label_ar, label_en) VALUES
  (4021, 402, 'FOUND_COMMITTEE',   1, 'הקמת ועד בית',                  'إقامة لجنة للبناية',               'Founding a house committee'),
  (4022, 402, 'COMMITTEE_SUPPORT', 2, 'ייעוץ וליווי לוועד קיים',       'استشارة ومرافقة للجنة قائمة',      'Advice and support for an existing committee'),
  (4023, 402, 'DEFAULTING_OWNER',  3, 'בעל דירה שאינו משלם או מפר כללים', 'مالك شقة لا يدفع أو يخالف القواعد', 'An owner who does not pay or breaks the rules'),
  (4024, 402, 'NEIGHBOUR_CONDUCT', 4, 'התנהלות שכנים בבית המשותף',     'سلوك الجيران في البناية المشتركة', 'Neighbours'' conduct in the building'),
  (4025, 402, 'OTHER',             5, 'אחר',                           'غير ذلك',                          'Other');

-- 501 EMERGENCY_TEAM.registration_kind
INSERT INTO request_field_option (id, field_id, code, display_order, label_he, label_ar, label_en) VALUES
  (5011, 501, 'JOIN_TEAM',              1, 'להצטרף לצוות החירום כמתנדב/ת',          'الانضمام إلى فريق الطوارئ متطوعًا أو متطوعة', 'Join the emergency team as a volunteer'),
  (5012, 501, 'REGISTER_SPECIAL_NEEDS', 2, 'לרשום צרכים מיוחדים לשעת חירום',         'تسجيل احتياجات خاصة لحالات الطوارئ',          'Register special needs for emergencies');

-- 502 EMERGENCY_TEAM.team_area (the team areas of seed 003)
INSERT INTO request_field_option (id, field_id, code, display_order, label_he, label_ar, label_en) VALUES
  (5021, 502, 'HEADQUARTERS',      1, 'צוות מטה',         'طاقم القيادة',          'Headquarters'),
  (5022, 502, 'SECURITY_MEDICAL',  2, 'ביטחון ורפואה',    'الأمن والإسعاف',        'Security and medical'),
  (5023, 502, 'WELFARE_EDUCATION', 3, 'רווחה וחינוך',     'الرفاه والتربية',       'Welfare and education'),
  (5024, 502, 'LOGISTICS',         4, 'לוגיסטיקה',        'اللوجستيات',            'Logistics'),
  (5025, 502, 'SPOKESPERSON',      5, 'דוברות',           'الإعلام والتواصل',      'Spokesperson');

-- 601 CRISIS_SUPPORT.crisis_kind
INSERT INTO request_field_option (id, field_id, code, display_order, label_he, label_ar, label_en) VALUES
  (6011, 601, 'ILLNESS',  1, 'מחלה',   'مرض',    'Illness'),
  (6012, 601, 'MOURNING', 2, 'אבל',    'حداد',   'Mourning'),
  (6013, 601, 'BIRTH',    3, 'לידה',   'ولادة',  'Birth'),
  (6014, 601, 'OTHER',    4, 'אחר',    'غير ذلك', 'Other');

-- 701 SELF_HELP.wish
INSERT INTO request_field_option (id, field_id, code, display_order, label_he, label_ar, label_en) VALUES
  (7011, 701, 'FIND_GROUP',  1, 'למצוא קבוצת תמיכה קיימת', 'إيجاد مجموعة دعم قائمة', 'Find an existing support group'),
  (7012, 701, 'FOUND_GROUP', 2, 'להקים קבוצה חדשה',        'تأسيس مجموعة جديدة',     'Found a new group');

-- 802 VOLUNTEER.availability
INSERT INTO request_field_option (id, field_id, code, display_order, label_he, label_ar, label_en) VALUES
  (8021, 802, 'WEEKDAY_MORNINGS', 1, 'בקרים באמצע השבוע', 'الصباح في أيام الأسبوع', 'Weekday mornings'),
  (8022, 802, 'WEEKDAY_EVENINGS', 2, 'ערבים באמצע השבוע', 'المساء في أيام الأسبوع', 'Weekday evenings'),
  (8023, 802, 'WEEKENDS',         3, 'סופי שבוע',         'نهايات الأسبوع',         'Weekends'),
  (8024, 802, 'EMERGENCIES',      4, 'בשעת חירום',        'في حالات الطوارئ',       'In emergencies');

-- 803 VOLUNTEER.areas
INSERT INTO request_field_option (id, field_id, code, display_order, label_he, label_ar, label_en) VALUES
  (8031, 803, 'EMERGENCY',          1, 'מערך החירום',           'منظومة الطوارئ',            'Emergency network'),
  (8032, 803, 'RIGHTS_INFORMATION', 2, 'מערך המידע והזכויות',   'منظومة المعلومات والحقوق',  'Rights and information'),
  (8033, 803, 'GOOD_DEEDS_DAY',     3, 'יום המעשים הטובים',     'يوم الأعمال الخيّرة',        'Good Deeds Day'),
  (8034, 803, 'SENIORS',            4, 'אזרחים ותיקים',         'كبار السن',                 'Senior citizens'),
  (8035, 803, 'INTERGENERATIONAL',  5, 'תכניות בין־דוריות',     'برامج بين الأجيال',         'Intergenerational programmes'),
  (8036, 803, 'OTHER',              6, 'אחר',                   'غير ذلك',                   'Other');

-- 901 SENIORS.programme
INSERT INTO request_field_option (id, field_id, code, display_order, label_he, label_ar, label_en) VALUES
  (9011, 901, 'GOLDEN_PARLIAMENT',     1, 'פרלמנט הזהב',                    'البرلمان الذهبي',                 'Golden Parliament'),
  (9012, 901, 'PARTICIPATORY_COUNCIL', 2, 'המועצה המשתפת לאזרחים ותיקים',   'المجلس التشاركي لكبار السن',      'Senior Citizens'' Participatory Council'),
  (9013, 901, 'INTERGENERATIONAL',     3, 'תכניות בין־דוריות',              'برامج بين الأجيال',               'Intergenerational programmes'),
  (9014, 901, 'RIGHTS',                4, 'מיצוי זכויות',                   'تحصيل الحقوق',                    'Claiming rights'),
  (9015, 901, 'SOLIDARITY_GROUPS',     5, 'קבוצות סולידריות ביישובים',      'مجموعات التضامن في البلدات',      'Solidarity groups in the settlements'),
  (9016, 901, 'OTHER',                 6, 'אחר',                            'غير ذلك',                         'Other');

-- ---------------------------------------------------------------------------------------------
-- Routing rules: (request type, locality) -> unit; locality NULL means any locality.
-- No rule for GENERAL, and no fallback for EMERGENCY_TEAM or SELF_HELP: those land at the
-- intake desk (unit 1).
-- ---------------------------------------------------------------------------------------------
INSERT INTO routing_rule (id, request_type_id, locality_id, unit_id, priority, active) VALUES
  -- RIGHTS_INFO -> Rights and Information Center
  (1,  1, NULL, 3,  100, TRUE),
  -- MEDIATION -> Mediation Service
  (2,  2, NULL, 4,  100, TRUE),
  -- PROTECTION_CONTACT -> the settlement's protection team, else Social Services
  (3,  3, 10,   6,  100, TRUE),
  (4,  3, 11,   7,  100, TRUE),
  (5,  3, 12,   8,  100, TRUE),
  (6,  3, 13,   9,  100, TRUE),
  (7,  3, NULL, 2,  100, TRUE),
  -- HOUSE_COMMITTEE -> Housing Culture coordinator
  (8,  4, NULL, 5,  100, TRUE),
  -- EMERGENCY_TEAM -> the settlement's emergency team
  (9,  5, 10,   10, 100, TRUE),
  (10, 5, 11,   11, 100, TRUE),
  (11, 5, 12,   12, 100, TRUE),
  (12, 5, 13,   13, 100, TRUE),
  -- CRISIS_SUPPORT -> Embrace Teams
  (13, 6, NULL, 14, 100, TRUE),
  -- SELF_HELP -> the city's self-help centre
  (14, 7, 1,    15, 100, TRUE),
  (15, 7, 2,    16, 100, TRUE),
  (16, 7, 3,    17, 100, TRUE),
  (17, 7, 4,    18, 100, TRUE),
  (18, 7, 5,    19, 100, TRUE),
  -- VOLUNTEER -> Volunteering Unit
  (19, 8, NULL, 20, 100, TRUE),
  -- SENIORS -> Senior Citizens
  (20, 9, NULL, 21, 100, TRUE);
