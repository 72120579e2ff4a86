-- Kesher seed data, version 35: the programmes and service points that the seed documents name,
-- each as a programme of the unit that runs it, with name, description and (where the seed gives
-- one) place in he, ar, en, ru and am, and the settlement Aluma under the name seed 003 gives it,
-- Aluma HaYeruka (the units named after it keep their names).
-- Units, request types and localities are found by their codes. Programme ids are fixed, 1 to 28.
-- Phones only as the seeds give them. Hebrew abbreviations use the gershayim (U+05F4).
-- Portable SQL: runs unchanged on MySQL 8, MariaDB 10.11 and H2 2.2 in MODE=MySQL.

-- ---------------------------------------------------------------------------------------------
-- Seed 004, the city: Community Work Unit (phone of seed 004), Golden Parliament with Senior Citizens.
-- ---------------------------------------------------------------------------------------------

-- 1 ETHIOPIAN_ABSORPTION_CENTRE
INSERT INTO programme (id, code, unit_id, request_type_id, locality_id, phones, active, display_order)
  SELECT 1, 'ETHIOPIAN_ABSORPTION_CENTRE', u.id, (SELECT id FROM request_type WHERE code = 'GENERAL'), NULL, '050-6896855', TRUE, 10
  FROM community_unit u WHERE u.code = 'COMMUNITY_WORK';
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (1, 'name', 'he', 'מוקד הקליטה של הקהילה האתיופית');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (1, 'name', 'ar', 'مركز الاستيعاب للجالية الإثيوبية');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (1, 'name', 'en', 'Absorption Centre of the Ethiopian Community');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (1, 'name', 'ru', 'Центр абсорбции эфиопской общины');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (1, 'name', 'am', 'የኢትዮጵያ ትውልደ እስራኤላውያን ማኅበረሰብ የውህደት ማዕከል');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (1, 'description', 'he', 'במוקד הקליטה פועלים רכז תעסוקה ורכז חברה, המסייעים לתושבים באופן פרטני. המוקד מפעיל גם תכניות ארוכות טווח ומפתח תכניות לפי צרכים שאותרו בשטח, ובהן מועדון קשישים, מרכז למידה ועזרה בשיעורי בית וקייטנת שורשים.');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (1, 'description', 'ar', 'يعمل في مركز الاستيعاب مركّز تشغيل ومركّز اجتماعي يساعدان السكان بشكل فردي. ويدير المركز أيضًا برامج طويلة الأمد ويطوّر برامج وفق احتياجات رُصدت في الميدان، ومنها نادٍ للمسنّين ومركز للتعلّم والمساعدة في الوظائف البيتية ومخيّم الجذور.');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (1, 'description', 'en', 'The absorption centre has an employment coordinator and a social coordinator who help residents one to one. The centre also runs long-term programmes and develops new ones for needs found in the community, among them a seniors'' club, a learning and homework centre and a roots camp.');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (1, 'description', 'ru', 'В центре абсорбции работают координатор по трудоустройству и координатор по социальным вопросам, которые помогают жителям индивидуально. Центр также ведёт долгосрочные программы и создаёт новые по нуждам, выявленным на месте: клуб для пожилых, центр учёбы и помощи с домашними заданиями, лагерь «Корни» и другие.');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (1, 'description', 'am', 'በውህደት ማዕከሉ ነዋሪዎችን በግል የሚረዱ የሥራ ቅጥር አስተባባሪና የማኅበራዊ ጉዳዮች አስተባባሪ ይሠራሉ። ማዕከሉ የረጅም ጊዜ ፕሮግራሞችንም ያካሂዳል፤ በማኅበረሰቡ ውስጥ በተለዩ ፍላጎቶች መሠረት አዳዲስ ፕሮግራሞችንም ያዘጋጃል፤ ከእነዚህም መካከል የአረጋውያን ክበብ፣ የጥናትና የቤት ሥራ እገዛ ማዕከል እና የሥረ መሠረት ካምፕ ይገኙበታል።');

-- 2 ETHIOPIAN_SENIORS_CLUB
INSERT INTO programme (id, code, unit_id, request_type_id, locality_id, phones, active, display_order)
  SELECT 2, 'ETHIOPIAN_SENIORS_CLUB', u.id, (SELECT id FROM request_type WHERE code = 'GENERAL'), NULL, '050-6896855', TRUE, 20
  FROM community_unit u WHERE u.code = 'COMMUNITY_WORK';
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (2, 'name', 'he', 'מועדון קשישים של הקהילה האתיופית');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (2, 'name', 'ar', 'نادي المسنّين للجالية الإثيوبية');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (2, 'name', 'en', 'Ethiopian Community Seniors'' Club');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (2, 'name', 'ru', 'Клуб для пожилых эфиопской общины');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (2, 'name', 'am', 'የኢትዮጵያ ትውልደ እስራኤላውያን ማኅበረሰብ የአረጋውያን ክበብ');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (2, 'description', 'he', 'מועדון לקשישים מהקהילה האתיופית, שמפעיל מוקד הקליטה של הקהילה.');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (2, 'description', 'ar', 'نادٍ لكبار السن من الجالية الإثيوبية، يديره مركز الاستيعاب التابع للجالية.');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (2, 'description', 'en', 'A club for older members of the Ethiopian community, run by the community''s absorption centre.');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (2, 'description', 'ru', 'Клуб для пожилых членов эфиопской общины. Его ведёт центр абсорбции общины.');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (2, 'description', 'am', 'ለኢትዮጵያ ትውልደ እስራኤላውያን ማኅበረሰብ አረጋውያን የተዘጋጀ ክበብ ነው። ክበቡን የሚያካሂደው የማኅበረሰቡ የውህደት ማዕከል ነው።');

-- 3 ETHIOPIAN_LEARNING_CENTRE
INSERT INTO programme (id, code, unit_id, request_type_id, locality_id, phones, active, display_order)
  SELECT 3, 'ETHIOPIAN_LEARNING_CENTRE', u.id, (SELECT id FROM request_type WHERE code = 'GENERAL'), NULL, '050-6896855', TRUE, 30
  FROM community_unit u WHERE u.code = 'COMMUNITY_WORK';
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (3, 'name', 'he', 'מרכז למידה ועזרה בשיעורי בית – הקהילה האתיופית');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (3, 'name', 'ar', 'مركز التعلّم والمساعدة في الوظائف البيتية – الجالية الإثيوبية');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (3, 'name', 'en', 'Learning and Homework Centre – Ethiopian Community');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (3, 'name', 'ru', 'Центр учёбы и помощи с домашними заданиями – эфиопская община');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (3, 'name', 'am', 'የጥናትና የቤት ሥራ እገዛ ማዕከል – የኢትዮጵያ ትውልደ እስራኤላውያን ማኅበረሰብ');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (3, 'description', 'he', 'מרכז למידה ועזרה בשיעורי בית לתלמידים מהקהילה האתיופית, שמפעיל מוקד הקליטה של הקהילה.');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (3, 'description', 'ar', 'مركز للتعلّم يقدّم المساعدة في الوظائف البيتية لطلاب من الجالية الإثيوبية، ويديره مركز الاستيعاب التابع للجالية.');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (3, 'description', 'en', 'A learning centre where pupils from the Ethiopian community get help with their homework, run by the community''s absorption centre.');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (3, 'description', 'ru', 'Центр учёбы, где школьникам из эфиопской общины помогают с домашними заданиями. Его ведёт центр абсорбции общины.');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (3, 'description', 'am', 'ከኢትዮጵያ ትውልደ እስራኤላውያን ማኅበረሰብ ለሆኑ ተማሪዎች የቤት ሥራ እገዛ የሚሰጥ የጥናት ማዕከል ነው። ማዕከሉን የሚያካሂደው የማኅበረሰቡ የውህደት ማዕከል ነው።');

-- 4 ETHIOPIAN_ROOTS_CAMP
INSERT INTO programme (id, code, unit_id, request_type_id, locality_id, phones, active, display_order)
  SELECT 4, 'ETHIOPIAN_ROOTS_CAMP', u.id, (SELECT id FROM request_type WHERE code = 'GENERAL'), NULL, '050-6896855', TRUE, 40
  FROM community_unit u WHERE u.code = 'COMMUNITY_WORK';
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (4, 'name', 'he', 'קייטנת שורשים – הקהילה האתיופית');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (4, 'name', 'ar', 'مخيّم الجذور – الجالية الإثيوبية');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (4, 'name', 'en', 'Roots Camp – Ethiopian Community');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (4, 'name', 'ru', 'Лагерь «Корни» – эфиопская община');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (4, 'name', 'am', 'የሥረ መሠረት ካምፕ – የኢትዮጵያ ትውልደ እስራኤላውያን ማኅበረሰብ');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (4, 'description', 'he', 'קייטנת שורשים לקהילה האתיופית, שמפעיל מוקד הקליטה של הקהילה.');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (4, 'description', 'ar', 'مخيّم «الجذور» للجالية الإثيوبية، يديره مركز الاستيعاب التابع للجالية.');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (4, 'description', 'en', 'A roots camp for the Ethiopian community, run by the community''s absorption centre.');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (4, 'description', 'ru', 'Лагерь «Корни» для эфиопской общины. Его проводит центр абсорбции общины.');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (4, 'description', 'am', 'ለኢትዮጵያ ትውልደ እስራኤላውያን ማኅበረሰብ የተዘጋጀ የሥረ መሠረት ካምፕ ነው። ካምፑን የሚያካሂደው የማኅበረሰቡ የውህደት ማዕከል ነው።');

-- 5 BUKHARAN_COMMUNITY_THEATRE
INSERT INTO programme (id, code, unit_id, request_type_id, locality_id, phones, active, display_order)
  SELECT 5, 'BUKHARAN_COMMUNITY_THEATRE', u.id, (SELECT id FROM request_type WHERE code = 'GENERAL'), NULL, '050-6896855', TRUE, 50
  FROM community_unit u WHERE u.code = 'COMMUNITY_WORK';
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (5, 'name', 'he', 'תיאטרון קהילתי – הקהילה הבוכרית');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (5, 'name', 'ar', 'المسرح المجتمعي – الجالية البخارية');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (5, 'name', 'en', 'Community Theatre – Bukharan Community');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (5, 'name', 'ru', 'Общинный театр – бухарская община');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (5, 'name', 'am', 'የማኅበረሰብ ቲያትር – የቡኻራ ማኅበረሰብ');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (5, 'description', 'he', 'תיאטרון קהילתי של הקהילה הבוכרית. התכנית פותחה יחד עם פעילים קהילתיים, לפי הצרכים שעלו בקהילה.');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (5, 'description', 'ar', 'مسرح مجتمعي للجالية البخارية، ضمن برامج طُوّرت بالشراكة مع ناشطين مجتمعيين وفق الاحتياجات التي طرحها أبناء الجالية.');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (5, 'description', 'en', 'A community theatre of the Bukharan community, developed together with community activists to meet needs raised in the community.');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (5, 'description', 'ru', 'Общинный театр бухарской общины. Программа создана вместе с общественными активистами с учётом нужд, о которых говорят сами жители.');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (5, 'description', 'am', 'የቡኻራ ማኅበረሰብ የማኅበረሰብ ቲያትር ነው። ፕሮግራሙ በማኅበረሰቡ ውስጥ በተነሱ ፍላጎቶች መሠረት ከማኅበረሰብ አንቀሳቃሾች ጋር በመተባበር ተዘጋጅቷል።');

-- 6 BUKHARAN_WOMENS_CLUB
INSERT INTO programme (id, code, unit_id, request_type_id, locality_id, phones, active, display_order)
  SELECT 6, 'BUKHARAN_WOMENS_CLUB', u.id, (SELECT id FROM request_type WHERE code = 'GENERAL'), NULL, '050-6896855', TRUE, 60
  FROM community_unit u WHERE u.code = 'COMMUNITY_WORK';
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (6, 'name', 'he', 'מועדון נשים – הקהילה הבוכרית');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (6, 'name', 'ar', 'نادي النساء – الجالية البخارية');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (6, 'name', 'en', 'Women''s Club – Bukharan Community');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (6, 'name', 'ru', 'Женский клуб – бухарская община');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (6, 'name', 'am', 'የሴቶች ክበብ – የቡኻራ ማኅበረሰብ');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (6, 'description', 'he', 'מועדון נשים של הקהילה הבוכרית. התכנית פותחה יחד עם פעילים קהילתיים, לפי הצרכים שעלו בקהילה.');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (6, 'description', 'ar', 'نادٍ للنساء من الجالية البخارية، ضمن برامج طُوّرت بالشراكة مع ناشطين مجتمعيين وفق الاحتياجات التي طرحها أبناء الجالية.');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (6, 'description', 'en', 'A women''s club of the Bukharan community, developed together with community activists to meet needs raised in the community.');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (6, 'description', 'ru', 'Женский клуб бухарской общины. Программа создана вместе с общественными активистами с учётом нужд, о которых говорят сами жители.');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (6, 'description', 'am', 'የቡኻራ ማኅበረሰብ የሴቶች ክበብ ነው። ፕሮግራሙ በማኅበረሰቡ ውስጥ በተነሱ ፍላጎቶች መሠረት ከማኅበረሰብ አንቀሳቃሾች ጋር በመተባበር ተዘጋጅቷል።');

-- 7 BUKHARAN_MENS_CLUB
INSERT INTO programme (id, code, unit_id, request_type_id, locality_id, phones, active, display_order)
  SELECT 7, 'BUKHARAN_MENS_CLUB', u.id, (SELECT id FROM request_type WHERE code = 'GENERAL'), NULL, '050-6896855', TRUE, 70
  FROM community_unit u WHERE u.code = 'COMMUNITY_WORK';
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (7, 'name', 'he', 'מועדון גברים – הקהילה הבוכרית');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (7, 'name', 'ar', 'نادي الرجال – الجالية البخارية');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (7, 'name', 'en', 'Men''s Club – Bukharan Community');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (7, 'name', 'ru', 'Мужской клуб – бухарская община');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (7, 'name', 'am', 'የወንዶች ክበብ – የቡኻራ ማኅበረሰብ');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (7, 'description', 'he', 'מועדון גברים של הקהילה הבוכרית. התכנית פותחה יחד עם פעילים קהילתיים, לפי הצרכים שעלו בקהילה.');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (7, 'description', 'ar', 'نادٍ للرجال من الجالية البخارية، ضمن برامج طُوّرت بالشراكة مع ناشطين مجتمعيين وفق الاحتياجات التي طرحها أبناء الجالية.');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (7, 'description', 'en', 'A men''s club of the Bukharan community, developed together with community activists to meet needs raised in the community.');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (7, 'description', 'ru', 'Мужской клуб бухарской общины. Программа создана вместе с общественными активистами с учётом нужд, о которых говорят сами жители.');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (7, 'description', 'am', 'የቡኻራ ማኅበረሰብ የወንዶች ክበብ ነው። ፕሮግራሙ በማኅበረሰቡ ውስጥ በተነሱ ፍላጎቶች መሠረት ከማኅበረሰብ አንቀሳቃሾች ጋር በመተባበር ተዘጋጅቷል።');

-- 8 BUKHARAN_CANTORIAL_CHOIR
INSERT INTO programme (id, code, unit_id, request_type_id, locality_id, phones, active, display_order)
  SELECT 8, 'BUKHARAN_CANTORIAL_CHOIR', u.id, (SELECT id FROM request_type WHERE code = 'GENERAL'), NULL, '050-6896855', TRUE, 80
  FROM community_unit u WHERE u.code = 'COMMUNITY_WORK';
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (8, 'name', 'he', 'להקת חזנות – הקהילה הבוכרית');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (8, 'name', 'ar', 'فرقة الحزانوت (الترتيل الديني اليهودي) – الجالية البخارية');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (8, 'name', 'en', 'Cantorial Choir – Bukharan Community');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (8, 'name', 'ru', 'Ансамбль канторского пения (хазанут) – бухарская община');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (8, 'name', 'am', 'የሃይማኖታዊ ዝማሬ (ሐዛኑት) ቡድን – የቡኻራ ማኅበረሰብ');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (8, 'description', 'he', 'להקת חזנות של הקהילה הבוכרית. התכנית פותחה יחד עם פעילים קהילתיים, לפי הצרכים שעלו בקהילה.');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (8, 'description', 'ar', 'فرقة للترتيل الديني اليهودي (الحزانوت) من الجالية البخارية، ضمن برامج طُوّرت بالشراكة مع ناشطين مجتمعيين وفق الاحتياجات التي طرحها أبناء الجالية.');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (8, 'description', 'en', 'A cantorial (hazzanut) choir of the Bukharan community, developed together with community activists to meet needs raised in the community.');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (8, 'description', 'ru', 'Ансамбль канторского пения (хазанут) бухарской общины. Программа создана вместе с общественными активистами с учётом нужд, о которых говорят сами жители.');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (8, 'description', 'am', 'የቡኻራ ማኅበረሰብ የሃይማኖታዊ ዝማሬ (ሐዛኑት) ቡድን ነው። ፕሮግራሙ በማኅበረሰቡ ውስጥ በተነሱ ፍላጎቶች መሠረት ከማኅበረሰብ አንቀሳቃሾች ጋር በመተባበር ተዘጋጅቷል።');

-- 9 BUKHARAN_CULTURAL_EVENTS
INSERT INTO programme (id, code, unit_id, request_type_id, locality_id, phones, active, display_order)
  SELECT 9, 'BUKHARAN_CULTURAL_EVENTS', u.id, (SELECT id FROM request_type WHERE code = 'GENERAL'), NULL, '050-6896855', TRUE, 90
  FROM community_unit u WHERE u.code = 'COMMUNITY_WORK';
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (9, 'name', 'he', 'אירועי תרבות – הקהילה הבוכרית');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (9, 'name', 'ar', 'فعاليات ثقافية – الجالية البخارية');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (9, 'name', 'en', 'Cultural Events – Bukharan Community');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (9, 'name', 'ru', 'Культурные мероприятия – бухарская община');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (9, 'name', 'am', 'የባህል ዝግጅቶች – የቡኻራ ማኅበረሰብ');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (9, 'description', 'he', 'אירועי תרבות של הקהילה הבוכרית. התכנית פותחה יחד עם פעילים קהילתיים, לפי הצרכים שעלו בקהילה.');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (9, 'description', 'ar', 'فعاليات ثقافية للجالية البخارية، ضمن برامج طُوّرت بالشراكة مع ناشطين مجتمعيين وفق الاحتياجات التي طرحها أبناء الجالية.');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (9, 'description', 'en', 'Cultural events of the Bukharan community, developed together with community activists to meet needs raised in the community.');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (9, 'description', 'ru', 'Культурные мероприятия бухарской общины. Программа создана вместе с общественными активистами с учётом нужд, о которых говорят сами жители.');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (9, 'description', 'am', 'የቡኻራ ማኅበረሰብ የባህል ዝግጅቶች ናቸው። ፕሮግራሙ በማኅበረሰቡ ውስጥ በተነሱ ፍላጎቶች መሠረት ከማኅበረሰብ አንቀሳቃሾች ጋር በመተባበር ተዘጋጅቷል።');

-- 10 NEIGHBOURHOOD_WATCH
INSERT INTO programme (id, code, unit_id, request_type_id, locality_id, phones, active, display_order)
  SELECT 10, 'NEIGHBOURHOOD_WATCH', u.id, (SELECT id FROM request_type WHERE code = 'GENERAL'), NULL, '050-6896855', TRUE, 100
  FROM community_unit u WHERE u.code = 'COMMUNITY_WORK';
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (10, 'name', 'he', 'משמרי שכונה – עיר ללא אלימות');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (10, 'name', 'ar', 'حرّاس الحي – مدينة بلا عنف');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (10, 'name', 'en', 'Neighbourhood Watch – City without Violence');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (10, 'name', 'ru', 'Соседский дозор – «Город без насилия»');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (10, 'name', 'am', 'የሰፈር ጠባቂዎች – ከዓመፅ ነፃ ከተማ');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (10, 'description', 'he', 'במסגרת תכנית עיר ללא אלימות פועלים משמרי שכונה לשמירה על החוק ולהגברת האכיפה בשכונות.');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (10, 'description', 'ar', 'ضمن برنامج مدينة بلا عنف، يعمل حرّاس الحي على الحفاظ على القانون وتعزيز تطبيقه في الأحياء.');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (10, 'description', 'en', 'As part of the City without Violence programme, the neighbourhood watch helps uphold the law and strengthen enforcement in the neighbourhoods.');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (10, 'description', 'ru', 'В рамках программы «Город без насилия» соседский дозор помогает соблюдать закон и усиливает контроль за порядком в районах.');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (10, 'description', 'am', 'በ«ከዓመፅ ነፃ ከተማ» ፕሮግራም አማካኝነት የሰፈር ጠባቂዎች ሕግ እንዲከበር ያግዛሉ፤ በሰፈሮችም የሕግ አፈጻጸምን ያጠናክራሉ።');

-- 11 ETHIOPIAN_PARENTS_PATROL
INSERT INTO programme (id, code, unit_id, request_type_id, locality_id, phones, active, display_order)
  SELECT 11, 'ETHIOPIAN_PARENTS_PATROL', u.id, (SELECT id FROM request_type WHERE code = 'GENERAL'), NULL, '050-6896855', TRUE, 110
  FROM community_unit u WHERE u.code = 'COMMUNITY_WORK';
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (11, 'name', 'he', 'סיירת הורים לקהילה האתיופית – עיר ללא אלימות');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (11, 'name', 'ar', 'دورية الأهالي للجالية الإثيوبية – مدينة بلا عنف');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (11, 'name', 'en', 'Parents'' Patrol for the Ethiopian Community – City without Violence');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (11, 'name', 'ru', 'Родительский патруль эфиопской общины – «Город без насилия»');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (11, 'name', 'am', 'የኢትዮጵያ ትውልደ እስራኤላውያን ማኅበረሰብ የወላጆች ቅኝት ቡድን – ከዓመፅ ነፃ ከተማ');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (11, 'description', 'he', 'סיירת הורים לקהילה האתיופית, אחת מפעולות תכנית עיר ללא אלימות.');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (11, 'description', 'ar', 'دورية أهالٍ للجالية الإثيوبية، وهي من نشاطات برنامج مدينة بلا عنف.');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (11, 'description', 'en', 'A parents'' patrol for the Ethiopian community, one of the activities of the City without Violence programme.');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (11, 'description', 'ru', 'Родительский патруль для эфиопской общины – одно из направлений программы «Город без насилия».');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (11, 'description', 'am', 'ለኢትዮጵያ ትውልደ እስራኤላውያን ማኅበረሰብ የተቋቋመ የወላጆች ቅኝት (ፓትሮል) ቡድን ነው፤ የ«ከዓመፅ ነፃ ከተማ» ፕሮግራም አንዱ እንቅስቃሴ ነው።');

-- 12 COMMUNITY_SECURITY_SERVICE
INSERT INTO programme (id, code, unit_id, request_type_id, locality_id, phones, active, display_order)
  SELECT 12, 'COMMUNITY_SECURITY_SERVICE', u.id, (SELECT id FROM request_type WHERE code = 'GENERAL'), NULL, '050-6896855', TRUE, 120
  FROM community_unit u WHERE u.code = 'COMMUNITY_WORK';
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (12, 'name', 'he', 'שירות ביטחון קהילתי (שב״ק) – עיר ללא אלימות');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (12, 'name', 'ar', 'خدمة الأمن المجتمعي – مدينة بلا عنف');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (12, 'name', 'en', 'Community Security Service – City without Violence');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (12, 'name', 'ru', 'Служба общинной безопасности – «Город без насилия»');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (12, 'name', 'am', 'የማኅበረሰብ ጸጥታ አገልግሎት – ከዓመፅ ነፃ ከተማ');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (12, 'description', 'he', 'שירות ביטחון קהילתי (שב״ק) בשכונות הוותיקות, במסגרת תכנית עיר ללא אלימות.');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (12, 'description', 'ar', 'خدمة أمن مجتمعي في الأحياء القديمة، ضمن برنامج مدينة بلا عنف.');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (12, 'description', 'en', 'A community security service in the older neighbourhoods, as part of the City without Violence programme.');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (12, 'description', 'ru', 'Служба общинной безопасности в старых районах города в рамках программы «Город без насилия».');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (12, 'description', 'am', 'በነባር ሰፈሮች የሚሠራ የማኅበረሰብ ጸጥታ አገልግሎት ነው፤ የ«ከዓመፅ ነፃ ከተማ» ፕሮግራም አካል ነው።');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (12, 'place', 'he', 'השכונות הוותיקות');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (12, 'place', 'ar', 'الأحياء القديمة');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (12, 'place', 'en', 'The older neighbourhoods');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (12, 'place', 'ru', 'Старые районы города');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (12, 'place', 'am', 'ነባር ሰፈሮች');

-- 13 ETHIOPIAN_COMMUNITY_GARDEN
INSERT INTO programme (id, code, unit_id, request_type_id, locality_id, phones, active, display_order)
  SELECT 13, 'ETHIOPIAN_COMMUNITY_GARDEN', u.id, (SELECT id FROM request_type WHERE code = 'GENERAL'), NULL, '050-6896855', TRUE, 130
  FROM community_unit u WHERE u.code = 'COMMUNITY_WORK';
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (13, 'name', 'he', 'הגינה הקהילתית של הקהילה האתיופית');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (13, 'name', 'ar', 'الحديقة المجتمعية للجالية الإثيوبية');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (13, 'name', 'en', 'Ethiopian Community Garden');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (13, 'name', 'ru', 'Общинный сад эфиопской общины');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (13, 'name', 'am', 'የኢትዮጵያ ትውልደ እስራኤላውያን ማኅበረሰብ የጋራ የአትክልት ቦታ');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (13, 'description', 'he', 'גינה קהילתית עבור הקהילה האתיופית. הגינה הקהילתית היא מקום מפגש בין הדור המבוגר לצעיר ובין תרבויות, מקום לאירועים קהילתיים ולחיזוק ערכים של סביבה וקהילה.');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (13, 'description', 'ar', 'حديقة مجتمعية للجالية الإثيوبية. الحديقة المجتمعية مكان للقاء بين الجيل الأكبر والجيل الشاب وبين الثقافات، ومكان لإقامة فعاليات مجتمعية وتعزيز قيم البيئة والمجتمع.');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (13, 'description', 'en', 'A community garden for the Ethiopian community. A community garden is a place where older and younger generations, and different cultures, meet, where community events are held and where care for the environment and the community grows.');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (13, 'description', 'ru', 'Общинный сад для эфиопской общины. Общинный сад – место встречи старшего и младшего поколений и разных культур, где проходят общинные мероприятия и укрепляются ценности бережного отношения к природе и общине.');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (13, 'description', 'am', 'ለኢትዮጵያ ትውልደ እስራኤላውያን ማኅበረሰብ የተዘጋጀ የጋራ የአትክልት ቦታ ነው። የጋራ የአትክልት ቦታው አረጋውያንና ወጣቶች እንዲሁም የተለያዩ ባህሎች የሚገናኙበት፣ የማኅበረሰብ ዝግጅቶች የሚካሄዱበትና የአካባቢና የማኅበረሰብ እሴቶች የሚጠናከሩበት ቦታ ነው።');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (13, 'place', 'he', 'רחוב כצנלסון');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (13, 'place', 'ar', 'شارع كتسنلسون');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (13, 'place', 'en', 'Katznelson Street');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (13, 'place', 'ru', 'ул. Кацнельсона');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (13, 'place', 'am', 'ካትስኔልሰን መንገድ');

-- 14 SAHLAV_COMMUNITY_GARDEN
INSERT INTO programme (id, code, unit_id, request_type_id, locality_id, phones, active, display_order)
  SELECT 14, 'SAHLAV_COMMUNITY_GARDEN', u.id, (SELECT id FROM request_type WHERE code = 'GENERAL'), (SELECT id FROM locality WHERE code = 'SAHLAV'), '050-6896855', TRUE, 140
  FROM community_unit u WHERE u.code = 'COMMUNITY_WORK';
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (14, 'name', 'he', 'הגינה הקהילתית במתחם סחל״ב');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (14, 'name', 'ar', 'الحديقة المجتمعية في مجمّع سحلاف');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (14, 'name', 'en', 'Sahlav Community Garden');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (14, 'name', 'ru', 'Общинный сад в квартале Сахлав');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (14, 'name', 'am', 'በሳሕላቭ ግቢ ያለው የጋራ የአትክልት ቦታ');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (14, 'description', 'he', 'גינה קהילתית נוספת, שנמצאת בהקמה במתחם סחל״ב. הגינה הקהילתית היא מקום מפגש בין הדור המבוגר לצעיר ובין תרבויות, מקום לאירועים קהילתיים ולחיזוק ערכים של סביבה וקהילה.');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (14, 'description', 'ar', 'حديقة مجتمعية إضافية قيد الإنشاء في مجمّع سحلاف. الحديقة المجتمعية مكان للقاء بين الجيل الأكبر والجيل الشاب وبين الثقافات، ومكان لإقامة فعاليات مجتمعية وتعزيز قيم البيئة والمجتمع.');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (14, 'description', 'en', 'A further community garden, now being built in the Sahlav compound. A community garden is a place where older and younger generations, and different cultures, meet, where community events are held and where care for the environment and the community grows.');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (14, 'description', 'ru', 'Ещё один общинный сад, который сейчас создаётся в квартале Сахлав. Общинный сад – место встречи старшего и младшего поколений и разных культур, где проходят общинные мероприятия и укрепляются ценности бережного отношения к природе и общине.');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (14, 'description', 'am', 'በሳሕላቭ ግቢ በመገንባት ላይ ያለ ተጨማሪ የጋራ የአትክልት ቦታ ነው። የጋራ የአትክልት ቦታው አረጋውያንና ወጣቶች እንዲሁም የተለያዩ ባህሎች የሚገናኙበት፣ የማኅበረሰብ ዝግጅቶች የሚካሄዱበትና የአካባቢና የማኅበረሰብ እሴቶች የሚጠናከሩበት ቦታ ነው።');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (14, 'place', 'he', 'מתחם סחל״ב');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (14, 'place', 'ar', 'مجمّع سحلاف');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (14, 'place', 'en', 'The Sahlav compound');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (14, 'place', 'ru', 'Квартал Сахлав');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (14, 'place', 'am', 'የሳሕላቭ ግቢ');

-- 15 NEVE_RABIN_COMMUNITY
INSERT INTO programme (id, code, unit_id, request_type_id, locality_id, phones, active, display_order)
  SELECT 15, 'NEVE_RABIN_COMMUNITY', u.id, (SELECT id FROM request_type WHERE code = 'GENERAL'), (SELECT id FROM locality WHERE code = 'NEVE_RABIN'), '050-6896855', TRUE, 150
  FROM community_unit u WHERE u.code = 'COMMUNITY_WORK';
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (15, 'name', 'he', 'קהילת נווה רבין');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (15, 'name', 'ar', 'مجتمع نفيه رابين');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (15, 'name', 'en', 'Neve Rabin Community');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (15, 'name', 'ru', 'Община района Неве-Рабин');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (15, 'name', 'am', 'የነቬ ራቢን ማኅበረሰብ');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (15, 'description', 'he', 'יצירת מנגנוני שיתוף בין פעילים לבין העירייה במגוון תחומים, כגון שפ״ע (שיפור פני העיר), חברה וקהילה ואכיפה. יצירת קהילתיות והגברת המעורבות החברתית בשכונה.');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (15, 'description', 'ar', 'بناء آليات شراكة بين الناشطين والبلدية في مجالات متنوعة، مثل تحسين مظهر المدينة، والمجتمع والحياة الاجتماعية، وتطبيق القانون. وتعزيز روح المجتمع وزيادة المشاركة الاجتماعية في الحي.');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (15, 'description', 'en', 'Building ways for activists and the municipality to work together in many areas, such as city upkeep, social and community life, and enforcement. Building a sense of community and more social involvement in the neighbourhood.');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (15, 'description', 'ru', 'Создание механизмов сотрудничества между активистами и муниципалитетом в самых разных областях, таких как благоустройство города, общественная жизнь и контроль за соблюдением правил. Укрепление общинного духа и вовлечённости жителей района в общественную жизнь.');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (15, 'description', 'am', 'በአንቀሳቃሾችና በማዘጋጃ ቤቱ መካከል በተለያዩ ዘርፎች የትብብር አሠራሮችን መፍጠር፤ ለምሳሌ የከተማ ገጽታ ማሻሻል፣ ማኅበራዊና የማኅበረሰብ ሕይወት እንዲሁም ደንብ ማስከበር። በሰፈሩ የማኅበረሰብ መንፈስን መገንባትና የነዋሪዎችን ማኅበራዊ ተሳትፎ ማሳደግ።');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (15, 'place', 'he', 'נווה רבין');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (15, 'place', 'ar', 'نفيه رابين');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (15, 'place', 'en', 'Neve Rabin');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (15, 'place', 'ru', 'Неве-Рабин');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (15, 'place', 'am', 'ነቬ ራቢን');

-- 16 SAHLAV_COMMUNITY
INSERT INTO programme (id, code, unit_id, request_type_id, locality_id, phones, active, display_order)
  SELECT 16, 'SAHLAV_COMMUNITY', u.id, (SELECT id FROM request_type WHERE code = 'GENERAL'), (SELECT id FROM locality WHERE code = 'SAHLAV'), '050-6896855', TRUE, 160
  FROM community_unit u WHERE u.code = 'COMMUNITY_WORK';
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (16, 'name', 'he', 'קהילת סחל״ב');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (16, 'name', 'ar', 'مجتمع سحلاف');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (16, 'name', 'en', 'Sahlav Community');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (16, 'name', 'ru', 'Община района Сахлав');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (16, 'name', 'am', 'የሳሕላቭ ማኅበረሰብ');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (16, 'description', 'he', 'יצירת מנגנוני שיתוף בין פעילים לבין העירייה במגוון תחומים, כגון שפ״ע (שיפור פני העיר), חברה וקהילה ואכיפה. חיזוק ההון האנושי ובניית תכנית שיקום לשכונה.');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (16, 'description', 'ar', 'بناء آليات شراكة بين الناشطين والبلدية في مجالات متنوعة، مثل تحسين مظهر المدينة، والمجتمع والحياة الاجتماعية، وتطبيق القانون. وتعزيز رأس المال البشري وبناء خطة لإعادة تأهيل الحي.');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (16, 'description', 'en', 'Building ways for activists and the municipality to work together in many areas, such as city upkeep, social and community life, and enforcement. Strengthening residents'' skills and abilities (human capital) and building a rehabilitation plan for the neighbourhood.');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (16, 'description', 'ru', 'Создание механизмов сотрудничества между активистами и муниципалитетом в самых разных областях, таких как благоустройство города, общественная жизнь и контроль за соблюдением правил. Развитие человеческого потенциала и разработка программы обновления района.');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (16, 'description', 'am', 'በአንቀሳቃሾችና በማዘጋጃ ቤቱ መካከል በተለያዩ ዘርፎች የትብብር አሠራሮችን መፍጠር፤ ለምሳሌ የከተማ ገጽታ ማሻሻል፣ ማኅበራዊና የማኅበረሰብ ሕይወት እንዲሁም ደንብ ማስከበር። የሰፈሩን የሰው ኃይል አቅም ማጠናከርና ለሰፈሩ የመልሶ ማቋቋም ዕቅድ ማዘጋጀት።');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (16, 'place', 'he', 'סחל״ב');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (16, 'place', 'ar', 'سحلاف');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (16, 'place', 'en', 'Sahlav');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (16, 'place', 'ru', 'Сахлав');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (16, 'place', 'am', 'ሳሕላቭ');

-- 17 GOLDEN_PARLIAMENT
INSERT INTO programme (id, code, unit_id, request_type_id, locality_id, phones, active, display_order)
  SELECT 17, 'GOLDEN_PARLIAMENT', u.id, (SELECT id FROM request_type WHERE code = 'SENIORS'), NULL, '050-6896855', TRUE, 10
  FROM community_unit u WHERE u.code = 'SENIORS';
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (17, 'name', 'he', 'פרלמנט הזהב');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (17, 'name', 'ar', 'البرلمان الذهبي');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (17, 'name', 'en', 'Golden Parliament');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (17, 'name', 'ru', '«Золотой парламент»');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (17, 'name', 'am', 'የወርቅ ፓርላማ');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (17, 'description', 'he', 'פיתוח תכניות בשיתוף פעילים בני הגיל השלישי, בהתמקדות בקידום צורכיהם ובמיצוי זכויותיהם.');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (17, 'description', 'ar', 'تطوير برامج بالشراكة مع ناشطين من كبار السن، مع التركيز على تلبية احتياجاتهم وتحصيل حقوقهم.');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (17, 'description', 'en', 'Programmes developed together with senior activists, focusing on advancing their needs and claiming their rights.');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (17, 'description', 'ru', 'Разработка программ вместе с активистами старшего возраста с упором на их нужды и реализацию их прав.');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (17, 'description', 'am', 'ከአረጋውያን አንቀሳቃሾች ጋር በመተባበር ፕሮግራሞችን ማዘጋጀት፤ ትኩረቱም ፍላጎቶቻቸውን ማሟላትና መብቶቻቸውን ማስከበር ነው።');

-- ---------------------------------------------------------------------------------------------
-- Seed 003, the regional council: Community Work Unit, embrace-team pilots with Embrace Teams (no phone).
-- ---------------------------------------------------------------------------------------------

-- 18 SUSTAINABILITY_CENTRE
INSERT INTO programme (id, code, unit_id, request_type_id, locality_id, phones, active, display_order)
  SELECT 18, 'SUSTAINABILITY_CENTRE', u.id, (SELECT id FROM request_type WHERE code = 'GENERAL'), (SELECT id FROM locality WHERE code = 'EIN_TZURIM'), NULL, TRUE, 170
  FROM community_unit u WHERE u.code = 'COMMUNITY_WORK';
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (18, 'name', 'he', 'מרכז קיימות');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (18, 'name', 'ar', 'مركز الاستدامة');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (18, 'name', 'en', 'Sustainability Centre');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (18, 'name', 'ru', 'Центр экологической устойчивости');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (18, 'name', 'am', 'የዘላቂነት ማዕከል');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (18, 'description', 'he', 'מרכז קיימות שמוקם בימים אלה ויתן מענה לכל תושבי המועצה בתחומי הקיימות ואיכות הסביבה. המרכז יושב בעין צורים, אך נותן מענה גם ביישובים. המענה יכלול סדנאות, ירידי יד 2, פעילות לחינוך הפורמלי והבלתי פורמלי ועוד.');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (18, 'description', 'ar', 'مركز للاستدامة يُقام هذه الأيام ليخدم جميع سكان المجلس في مجالَي الاستدامة وجودة البيئة. مقرّه في عين تسوريم، لكنه يعمل في البلدات أيضًا. وسيشمل ورشات عمل، وأسواقًا للأغراض المستعملة، ونشاطات للتربية الرسمية وغير الرسمية، وغير ذلك.');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (18, 'description', 'en', 'A sustainability centre now being set up to serve all the council''s residents on sustainability and the environment. It is based in Ein Tzurim but also works in the settlements. It will offer workshops, second-hand fairs, activities for formal and informal education and more.');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (18, 'description', 'ru', 'Центр экологической устойчивости, который сейчас создаётся. Он будет помогать всем жителям регионального совета в вопросах устойчивого развития и охраны окружающей среды. Центр находится в Эйн-Цурим, но работает и в посёлках. В программе – мастер-классы, ярмарки подержанных вещей, занятия для формального и неформального образования и многое другое.');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (18, 'description', 'am', 'በዘላቂነትና በአካባቢ ጥበቃ ዘርፎች ለሁሉም የምክር ቤቱ ነዋሪዎች አገልግሎት ለመስጠት በአሁኑ ጊዜ በመቋቋም ላይ ያለ ማዕከል ነው። ማዕከሉ የሚገኘው በዔን ጹሪም ቢሆንም በመንደሮቹም አገልግሎት ይሰጣል። አገልግሎቱ ዐውደ ጥናቶችን፣ ያገለገሉ ዕቃዎች ባዛሮችን፣ ለመደበኛና መደበኛ ላልሆነ ትምህርት የሚሆኑ እንቅስቃሴዎችን እና ሌሎችንም ያካትታል።');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (18, 'place', 'he', 'עין צורים');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (18, 'place', 'ar', 'عين تسوريم');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (18, 'place', 'en', 'Ein Tzurim');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (18, 'place', 'ru', 'Эйн-Цурим');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (18, 'place', 'am', 'ዔን ጹሪም');

-- 19 COUNCIL_WOMENS_FORUM
INSERT INTO programme (id, code, unit_id, request_type_id, locality_id, phones, active, display_order)
  SELECT 19, 'COUNCIL_WOMENS_FORUM', u.id, (SELECT id FROM request_type WHERE code = 'GENERAL'), NULL, NULL, TRUE, 180
  FROM community_unit u WHERE u.code = 'COMMUNITY_WORK';
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (19, 'name', 'he', 'פורום הנשים המועצתי');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (19, 'name', 'ar', 'منتدى النساء في المجلس');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (19, 'name', 'en', 'Council Women''s Forum');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (19, 'name', 'ru', 'Женский форум регионального совета');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (19, 'name', 'am', 'የምክር ቤቱ የሴቶች መድረክ');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (19, 'description', 'he', 'פורום נשים מועצתי לחיזוק ולהעצמת המנהיגות הנשית, שמלווה היחידה לעבודה קהילתית במסגרת פיתוח המנהיגות הקהילתית.');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (19, 'description', 'ar', 'منتدى نسائي على مستوى المجلس لتعزيز القيادة النسائية وتمكينها، ترافقه وحدة العمل المجتمعي ضمن تطوير القيادة المجتمعية.');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (19, 'description', 'en', 'A council-wide women''s forum that strengthens and empowers women''s leadership, accompanied by the Community Work Unit as part of developing community leadership.');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (19, 'description', 'ru', 'Женский форум регионального совета для укрепления и развития женского лидерства. Его сопровождает Отдел общинной работы в рамках развития общинного лидерства.');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (19, 'description', 'am', 'የሴቶችን አመራር ለማጠናከርና ለማብቃት የተቋቋመ የምክር ቤቱ የሴቶች መድረክ ነው። የማኅበረሰብ አመራርን ለማሳደግ በሚሠራው ሥራ አካል የማኅበረሰብ ሥራ ክፍል ይደግፈዋል።');

-- 20 COMMITTEES_AND_SECRETARIES_FORUM
INSERT INTO programme (id, code, unit_id, request_type_id, locality_id, phones, active, display_order)
  SELECT 20, 'COMMITTEES_AND_SECRETARIES_FORUM', u.id, (SELECT id FROM request_type WHERE code = 'GENERAL'), NULL, NULL, TRUE, 190
  FROM community_unit u WHERE u.code = 'COMMUNITY_WORK';
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (20, 'name', 'he', 'פורום חברי ועדים ומזכירי יישובים');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (20, 'name', 'ar', 'منتدى أعضاء اللجان وسكرتيري البلدات');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (20, 'name', 'en', 'Forum of Committee Members and Settlement Secretaries');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (20, 'name', 'ru', 'Форум членов комитетов и секретарей посёлков');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (20, 'name', 'am', 'የኮሚቴ አባላትና የመንደር ጸሐፊዎች መድረክ');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (20, 'description', 'he', 'פורום מועצתי לחברי ועדים ולמזכירי היישובים, שמלווה היחידה לעבודה קהילתית לפיתוח ולהעצמת המנהיגות המקומית.');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (20, 'description', 'ar', 'منتدى على مستوى المجلس لأعضاء اللجان وسكرتيري البلدات، ترافقه وحدة العمل المجتمعي لتطوير القيادة المحلية وتمكينها.');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (20, 'description', 'en', 'A council forum for committee members and settlement secretaries, accompanied by the Community Work Unit to develop and empower local leadership.');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (20, 'description', 'ru', 'Форум регионального совета для членов комитетов и секретарей посёлков. Его сопровождает Отдел общинной работы, чтобы развивать и укреплять местное лидерство.');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (20, 'description', 'am', 'ለኮሚቴ አባላትና ለመንደሮቹ ጸሐፊዎች የተቋቋመ የምክር ቤቱ መድረክ ነው። የአካባቢውን አመራር ለማሳደግና ለማብቃት የማኅበረሰብ ሥራ ክፍል ይደግፈዋል።');

-- 21 DEMOGRAPHIC_GROWTH
INSERT INTO programme (id, code, unit_id, request_type_id, locality_id, phones, active, display_order)
  SELECT 21, 'DEMOGRAPHIC_GROWTH', u.id, (SELECT id FROM request_type WHERE code = 'GENERAL'), NULL, NULL, TRUE, 200
  FROM community_unit u WHERE u.code = 'COMMUNITY_WORK';
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (21, 'name', 'he', 'ליווי צמיחה דמוגרפית');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (21, 'name', 'ar', 'مرافقة النمو الديموغرافي');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (21, 'name', 'en', 'Support for Demographic Growth');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (21, 'name', 'ru', 'Сопровождение демографического роста');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (21, 'name', 'am', 'የሕዝብ ቁጥር ዕድገት ድጋፍ');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (21, 'description', 'he', 'מושבים רבים נמצאים בשלבי הרחבה וצמיחה דמוגרפית. עו״ס קהילתית, בשיתוף עו״ס המושב, מלווה את התהליך ומסייעת בחיבור ובגישור בין תושבים ותיקים לחדשים, ליצירת מארג חברתי וקהילתי מלוכד. התהליך נעשה יחד עם רכז הצמיחה הדמוגרפית ברשות, המוביל את התחום.');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (21, 'description', 'ar', 'كثير من الموشافيم في مراحل توسّع ونمو سكاني. ترافق عاملة اجتماعية مجتمعية، بالتعاون مع العامل الاجتماعي في الموشاف، هذه العملية وتساعد في التواصل والتقريب بين السكان القدامى والجدد، لبناء نسيج اجتماعي ومجتمعي متماسك. وتجري العملية بالتعاون مع مركّز النمو الديموغرافي في المجلس، الذي يقود هذا المجال.');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (21, 'description', 'en', 'Many moshavim are expanding and growing. A community social worker, together with the moshav''s social worker, accompanies the process and helps connect long-time and new residents and bridge between them, to build a close-knit social and community fabric. This is done together with the council''s demographic growth coordinator, who leads the field.');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (21, 'description', 'ru', 'Многие мошавы расширяются, и число их жителей растёт. Общинный социальный работник вместе с социальным работником мошава сопровождает этот процесс и помогает старожилам и новым жителям найти общий язык и сблизиться, чтобы сложилась сплочённая община. Работа ведётся вместе с координатором демографического роста регионального совета, который руководит этим направлением.');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (21, 'description', 'am', 'ብዙ ሞሻቮች (የእርሻ መንደሮች) በመስፋፋትና በሕዝብ ቁጥር ዕድገት ላይ ናቸው። የማኅበረሰብ ማኅበራዊ ሠራተኛ ከሞሻቩ ማኅበራዊ ሠራተኛ ጋር በመሆን ሂደቱን ትደግፋለች፤ ነባርና አዲስ ነዋሪዎችን በማገናኘትና በማቀራረብ የተሳሰረ ማኅበራዊና የማኅበረሰብ ትስስር እንዲፈጠር ትረዳለች። ሂደቱ የሚካሄደው ዘርፉን ከሚመራው የምክር ቤቱ የሕዝብ ቁጥር ዕድገት አስተባባሪ ጋር በመተባበር ነው።');

-- 22 EMBRACE_PILOT_EVEN_SHMUEL
INSERT INTO programme (id, code, unit_id, request_type_id, locality_id, phones, active, display_order)
  SELECT 22, 'EMBRACE_PILOT_EVEN_SHMUEL', u.id, (SELECT id FROM request_type WHERE code = 'CRISIS_SUPPORT'), (SELECT id FROM locality WHERE code = 'EVEN_SHMUEL'), NULL, TRUE, 10
  FROM community_unit u WHERE u.code = 'EMBRACE_TEAMS';
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (22, 'name', 'he', 'צוות חיבוק – פיילוט באבן שמואל');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (22, 'name', 'ar', 'طاقم الاحتضان – مشروع تجريبي في إيفن شموئيل');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (22, 'name', 'en', 'Embrace Team – Even Shmuel Pilot');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (22, 'name', 'ru', 'Команда поддержки «Объятие» – пилотный проект, Эвен-Шмуэль');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (22, 'name', 'am', 'የእቅፍ ቡድን – የኤቨን ሽሙኤል የሙከራ ፕሮግራም');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (22, 'description', 'he', 'מתנדבים פעילים מאבן שמואל הוכשרו לנהל את הסיוע של הקהילה למשפחות ביישוב הנמצאות במצבי משבר – בשל חולי, אבל או להבדיל לידה. הצוות לומד לנהל את עזרת הקהילה כך שהסיוע יימשך זמן רב יותר, בפחות מאמץ ושחיקה של המסייעים. אבן שמואל הוא אחד משני היישובים שבהם מתחיל הפיילוט.');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (22, 'description', 'ar', 'تأهّل متطوعون ناشطون من إيفن شموئيل لإدارة مساعدة المجتمع للعائلات في البلدة التي تمرّ بأزمة – بسبب مرض أو حداد أو ولادة. ويتعلّم الطاقم إدارة مساعدة المجتمع بحيث يستمرّ الدعم مدة أطول بجهد أقل ودون إرهاق المساعدين. إيفن شموئيل هي إحدى البلدتين اللتين يبدأ فيهما المشروع التجريبي.');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (22, 'description', 'en', 'Active volunteers from Even Shmuel have been trained to organise the community''s help for local families in crisis, whether through illness, mourning or a new birth. The team learns to manage the community''s help so that support lasts longer, with less effort and less strain on the helpers. Even Shmuel is one of the two settlements where the pilot starts.');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (22, 'description', 'ru', 'Активные волонтёры из посёлка Эвен-Шмуэль прошли подготовку, чтобы организовывать помощь общины семьям посёлка в трудной ситуации – при болезни, трауре или рождении ребёнка. Команда учится направлять помощь общины так, чтобы поддержка длилась дольше, а помощники меньше уставали. Эвен-Шмуэль – один из двух посёлков, где начинается пилотный проект.');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (22, 'description', 'am', 'ከኤቨን ሽሙኤል የተውጣጡ ንቁ በጎ ፈቃደኞች በሕመም፣ በሐዘን ወይም በአዲስ ልደት ምክንያት ችግር ላይ ላሉ የመንደሩ ቤተሰቦች የማኅበረሰቡን እርዳታ እንዲያደራጁ ሠልጥነዋል። ቡድኑ ድጋፉ ረዘም ላለ ጊዜ እንዲቀጥልና ረዳቶቹ እንዳይደክሙ የማኅበረሰቡን እርዳታ ማስተዳደር ይማራል። ኤቨን ሽሙኤል የሙከራ ፕሮግራሙ ከሚጀመርባቸው ሁለት መንደሮች አንዱ ነው።');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (22, 'place', 'he', 'אבן שמואל');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (22, 'place', 'ar', 'إيفن شموئيل');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (22, 'place', 'en', 'Even Shmuel');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (22, 'place', 'ru', 'Эвен-Шмуэль');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (22, 'place', 'am', 'ኤቨን ሽሙኤል');

-- 23 EMBRACE_PILOT_MERKAZ_SHAPIRA
INSERT INTO programme (id, code, unit_id, request_type_id, locality_id, phones, active, display_order)
  SELECT 23, 'EMBRACE_PILOT_MERKAZ_SHAPIRA', u.id, (SELECT id FROM request_type WHERE code = 'CRISIS_SUPPORT'), (SELECT id FROM locality WHERE code = 'MERKAZ_SHAPIRA'), NULL, TRUE, 20
  FROM community_unit u WHERE u.code = 'EMBRACE_TEAMS';
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (23, 'name', 'he', 'צוות חיבוק – פיילוט במרכז שפירא');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (23, 'name', 'ar', 'طاقم الاحتضان – مشروع تجريبي في مركاز شابيرا');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (23, 'name', 'en', 'Embrace Team – Merkaz Shapira Pilot');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (23, 'name', 'ru', 'Команда поддержки «Объятие» – пилотный проект, Мерказ-Шапира');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (23, 'name', 'am', 'የእቅፍ ቡድን – የመርካዝ ሻፒራ የሙከራ ፕሮግራም');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (23, 'description', 'he', 'מתנדבים פעילים ממרכז שפירא הוכשרו לנהל את הסיוע של הקהילה למשפחות ביישוב הנמצאות במצבי משבר – בשל חולי, אבל או להבדיל לידה. הצוות לומד לנהל את עזרת הקהילה כך שהסיוע יימשך זמן רב יותר, בפחות מאמץ ושחיקה של המסייעים. מרכז שפירא הוא אחד משני היישובים שבהם מתחיל הפיילוט.');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (23, 'description', 'ar', 'تأهّل متطوعون ناشطون من مركاز شابيرا لإدارة مساعدة المجتمع للعائلات في البلدة التي تمرّ بأزمة – بسبب مرض أو حداد أو ولادة. ويتعلّم الطاقم إدارة مساعدة المجتمع بحيث يستمرّ الدعم مدة أطول بجهد أقل ودون إرهاق المساعدين. مركاز شابيرا هي إحدى البلدتين اللتين يبدأ فيهما المشروع التجريبي.');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (23, 'description', 'en', 'Active volunteers from Merkaz Shapira have been trained to organise the community''s help for local families in crisis, whether through illness, mourning or a new birth. The team learns to manage the community''s help so that support lasts longer, with less effort and less strain on the helpers. Merkaz Shapira is one of the two settlements where the pilot starts.');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (23, 'description', 'ru', 'Активные волонтёры из посёлка Мерказ-Шапира прошли подготовку, чтобы организовывать помощь общины семьям посёлка в трудной ситуации – при болезни, трауре или рождении ребёнка. Команда учится направлять помощь общины так, чтобы поддержка длилась дольше, а помощники меньше уставали. Мерказ-Шапира – один из двух посёлков, где начинается пилотный проект.');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (23, 'description', 'am', 'ከመርካዝ ሻፒራ የተውጣጡ ንቁ በጎ ፈቃደኞች በሕመም፣ በሐዘን ወይም በአዲስ ልደት ምክንያት ችግር ላይ ላሉ የመንደሩ ቤተሰቦች የማኅበረሰቡን እርዳታ እንዲያደራጁ ሠልጥነዋል። ቡድኑ ድጋፉ ረዘም ላለ ጊዜ እንዲቀጥልና ረዳቶቹ እንዳይደክሙ የማኅበረሰቡን እርዳታ ማስተዳደር ይማራል። መርካዝ ሻፒራ የሙከራ ፕሮግራሙ ከሚጀመርባቸው ሁለት መንደሮች አንዱ ነው።');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (23, 'place', 'he', 'מרכז שפירא');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (23, 'place', 'ar', 'مركاز شابيرا');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (23, 'place', 'en', 'Merkaz Shapira');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (23, 'place', 'ru', 'Мерказ-Шапира');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (23, 'place', 'am', 'መርካዝ ሻፒራ');

-- ---------------------------------------------------------------------------------------------
-- Seed 001, the social services department of the council (phone of seed 001).
-- ---------------------------------------------------------------------------------------------

-- 24 HOLOCAUST_SURVIVORS_RIGHTS
INSERT INTO programme (id, code, unit_id, request_type_id, locality_id, phones, active, display_order)
  SELECT 24, 'HOLOCAUST_SURVIVORS_RIGHTS', u.id, (SELECT id FROM request_type WHERE code = 'RIGHTS_INFO'), NULL, '09-9596506', TRUE, 10
  FROM community_unit u WHERE u.code = 'RIGHTS_CENTER';
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (24, 'name', 'he', 'תכנית מיצוי זכויות לניצולי שואה');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (24, 'name', 'ar', 'برنامج تحصيل حقوق الناجين من المحرقة');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (24, 'name', 'en', 'Holocaust Survivors'' Rights Programme');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (24, 'name', 'ru', 'Программа реализации прав переживших Холокост');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (24, 'name', 'am', 'ከሆሎኮስት ለተረፉ ሰዎች የመብቶች ፕሮግራም');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (24, 'description', 'he', 'תכנית של מרכז המידע והזכויות (שי״ל) המסייעת לניצולי שואה במיצוי זכויותיהם, בשיתוף משרד האוצר והמשרד לאזרחים ותיקים.');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (24, 'description', 'ar', 'برنامج لمركز المعلومات والحقوق (شيل) يساعد الناجين من المحرقة على تحصيل حقوقهم، بالتعاون مع وزارة المالية ووزارة شؤون المسنّين.');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (24, 'description', 'en', 'A programme of the Rights and Information Center (Shil) that helps Holocaust survivors claim their rights, run with the Ministry of Finance and the Ministry for Senior Citizens.');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (24, 'description', 'ru', 'Программа Центра информации и прав (Шиль), которая помогает пережившим Холокост получить положенные им права. Проводится совместно с Министерством финансов и Министерством по делам пожилых граждан.');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (24, 'description', 'am', 'ከሆሎኮስት የተረፉ ሰዎች መብቶቻቸውን እንዲያስከብሩ የሚረዳ የመረጃና የመብቶች ማዕከል (ሺል) ፕሮግራም ነው፤ ከገንዘብ ሚኒስቴርና ከአረጋውያን ዜጎች ሚኒስቴር ጋር በመተባበር ይካሄዳል።');

-- 25 INTERGENERATIONAL_PROGRAMMES
INSERT INTO programme (id, code, unit_id, request_type_id, locality_id, phones, active, display_order)
  SELECT 25, 'INTERGENERATIONAL_PROGRAMMES', u.id, (SELECT id FROM request_type WHERE code = 'SENIORS'), NULL, '09-9596506', TRUE, 20
  FROM community_unit u WHERE u.code = 'SENIORS';
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (25, 'name', 'he', 'תכניות בין־דוריות');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (25, 'name', 'ar', 'برامج بين الأجيال');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (25, 'name', 'en', 'Intergenerational Programmes');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (25, 'name', 'ru', 'Межпоколенческие программы');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (25, 'name', 'am', 'ትውልዶችን የሚያገናኙ ፕሮግራሞች');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (25, 'description', 'he', 'פיתוח תכניות בין־דוריות, המפגישות בין אזרחים ותיקים לבני הדורות הצעירים בקהילה.');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (25, 'description', 'ar', 'تطوير برامج تجمع بين كبار السن والأجيال الأصغر في المجتمع.');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (25, 'description', 'en', 'Developing programmes that bring senior citizens and younger generations in the community together.');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (25, 'description', 'ru', 'Разработка программ, которые объединяют пожилых граждан и молодые поколения общины.');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (25, 'description', 'am', 'አረጋውያን ዜጎችንና በማኅበረሰቡ ያሉ ወጣት ትውልዶችን የሚያገናኙ ፕሮግራሞችን ማዘጋጀት።');

-- 26 GOOD_DEEDS_DAY
INSERT INTO programme (id, code, unit_id, request_type_id, locality_id, phones, active, display_order)
  SELECT 26, 'GOOD_DEEDS_DAY', u.id, (SELECT id FROM request_type WHERE code = 'VOLUNTEER'), NULL, '09-9596506', TRUE, 10
  FROM community_unit u WHERE u.code = 'VOLUNTEERING';
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (26, 'name', 'he', 'יום המעשים הטובים');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (26, 'name', 'ar', 'يوم الأعمال الخيّرة');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (26, 'name', 'en', 'Good Deeds Day');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (26, 'name', 'ru', 'День добрых дел');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (26, 'name', 'am', 'የመልካም ሥራዎች ቀን');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (26, 'description', 'he', 'הפקת יום המעשים הטובים בסימן הקהילה הבין־דורית. המחלקה מזמינה גם אנשי מקצוע, בעבר ובהווה, להתנדב ולהשתתף בהפקת היום.');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (26, 'description', 'ar', 'تنظيم يوم الأعمال الخيّرة تحت شعار المجتمع الذي يجمع بين الأجيال. ويدعو القسم أيضًا أصحاب المهن، حاليًا أو سابقًا، إلى التطوع والمشاركة في تنظيم هذا اليوم.');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (26, 'description', 'en', 'Producing Good Deeds Day, with the intergenerational community as its theme. The department also invites professionals, past and present, to volunteer and help produce the day.');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (26, 'description', 'ru', 'Проведение Дня добрых дел под знаком общины, объединяющей поколения. Отдел также приглашает специалистов, работающих и бывших, стать волонтёрами и помочь в подготовке этого дня.');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (26, 'description', 'am', 'ትውልዶችን በሚያገናኝ ማኅበረሰብ መሪ ሐሳብ የመልካም ሥራዎች ቀንን ማዘጋጀት። መምሪያው አሁን በሙያቸው የሚሠሩም ሆኑ ቀድሞ የሠሩ ባለሙያዎች በበጎ ፈቃደኝነት ቀኑን በማዘጋጀት እንዲሳተፉ ይጋብዛል።');

-- 27 VOLUNTEER_RECRUITMENT
INSERT INTO programme (id, code, unit_id, request_type_id, locality_id, phones, active, display_order)
  SELECT 27, 'VOLUNTEER_RECRUITMENT', u.id, (SELECT id FROM request_type WHERE code = 'VOLUNTEER'), NULL, '09-9596506', TRUE, 20
  FROM community_unit u WHERE u.code = 'VOLUNTEERING';
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (27, 'name', 'he', 'גיוס ושיבוץ מתנדבים');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (27, 'name', 'ar', 'تجنيد المتطوعين وإلحاقهم');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (27, 'name', 'en', 'Volunteer Recruitment and Placement');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (27, 'name', 'ru', 'Привлечение и распределение волонтёров');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (27, 'name', 'am', 'የበጎ ፈቃደኞች ምልመላና ምደባ');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (27, 'description', 'he', 'יחידת ההתנדבות מזהה וממפה את הצרכים והתפקידים לפעולה ולהתנדבות, מגייסת מתנדבים ומשבצת אותם בפעילויות מתאימות בקהילה. היחידה בונה מערך התנדבות במועצה עם פרויקטים לכל הגילאים, ומקימה פרויקטים התנדבותיים לפי הרצונות, היוזמות והצרכים הקיימים במועצה ומחוצה לה.');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (27, 'description', 'ar', 'تحدّد وحدة التطوع الاحتياجات والأدوار للعمل والتطوع وتحصرها، وتجنّد متطوعين وتُلحقهم بنشاطات ملائمة في المجتمع. وتبني الوحدة منظومة تطوع في المجلس تضمّ مشاريع لجميع الأعمار، وتقيم مشاريع تطوعية وفق الرغبات والمبادرات والاحتياجات القائمة داخل المجلس وخارجه.');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (27, 'description', 'en', 'The Volunteering Unit identifies and maps the needs and roles for action and volunteering, recruits volunteers and places them in suitable activities in the community. It is building a volunteering network in the council with projects for all ages, and sets up volunteering projects to match the wishes, initiatives and needs in the council and beyond.');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (27, 'description', 'ru', 'Отдел волонтёрства выявляет потребности и задачи, для которых нужны активисты и волонтёры, привлекает волонтёров и направляет их на подходящие виды деятельности в общине. Отдел создаёт в совете систему волонтёрства с проектами для всех возрастов и запускает волонтёрские проекты в соответствии с желаниями, инициативами и нуждами жителей – на территории совета и за её пределами.');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (27, 'description', 'am', 'የበጎ ፈቃድ ክፍሉ ለሥራና ለበጎ ፈቃድ የሚያስፈልጉ ፍላጎቶችንና ሚናዎችን ይለያል፣ በጎ ፈቃደኞችን ይመለምላል፣ በማኅበረሰቡ ውስጥ ተስማሚ በሆኑ እንቅስቃሴዎችም ይመድባቸዋል። ክፍሉ በምክር ቤቱ ውስጥ ለሁሉም ዕድሜ የሚሆኑ ፕሮጀክቶችን ያካተተ የበጎ ፈቃድ መረብ ይገነባል፤ በምክር ቤቱ ውስጥና ከዚያም ውጪ ባሉ ምኞቶች፣ ተነሳሽነቶችና ፍላጎቶች መሠረት የበጎ ፈቃድ ፕሮጀክቶችን ያቋቁማል።');

-- 28 SENIORS_PARTICIPATORY_COUNCIL
INSERT INTO programme (id, code, unit_id, request_type_id, locality_id, phones, active, display_order)
  SELECT 28, 'SENIORS_PARTICIPATORY_COUNCIL', u.id, (SELECT id FROM request_type WHERE code = 'SENIORS'), NULL, '09-9596506', TRUE, 30
  FROM community_unit u WHERE u.code = 'SENIORS';
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (28, 'name', 'he', 'מועצה משתפת אזרחים ותיקים');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (28, 'name', 'ar', 'المجلس التشاركي لكبار السن');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (28, 'name', 'en', 'Senior Citizens'' Participatory Council');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (28, 'name', 'ru', 'Совет участия пожилых граждан');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (28, 'name', 'am', 'የአረጋውያን ዜጎች አሳታፊ ምክር ቤት');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (28, 'description', 'he', 'שילוב אזרחים ותיקים במוקדי קבלת ההחלטות במרחב המועצה.');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (28, 'description', 'ar', 'إشراك كبار السن في مواقع اتخاذ القرار في نطاق المجلس.');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (28, 'description', 'en', 'Brings senior citizens into the places where decisions are made across the council.');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (28, 'description', 'ru', 'Вовлечение пожилых граждан в принятие решений на территории совета.');
INSERT INTO programme_text (owner_id, field, lang, content) VALUES (28, 'description', 'am', 'አረጋውያን ዜጎችን በምክር ቤቱ ክልል ውስጥ በሚደረጉ የውሳኔ አሰጣጥ ሂደቶች ማሳተፍ።');

-- ---------------------------------------------------------------------------------------------
-- The settlement Aluma is Aluma HaYeruka (seed 003).
-- ---------------------------------------------------------------------------------------------
UPDATE locality_text SET content = 'אלומה הירוקה' WHERE field = 'name' AND lang = 'he'
  AND owner_id = (SELECT id FROM locality WHERE code = 'ALUMA');
UPDATE locality_text SET content = 'ألوما هيروكا' WHERE field = 'name' AND lang = 'ar'
  AND owner_id = (SELECT id FROM locality WHERE code = 'ALUMA');
UPDATE locality_text SET content = 'Aluma HaYeruka' WHERE field = 'name' AND lang = 'en'
  AND owner_id = (SELECT id FROM locality WHERE code = 'ALUMA');
UPDATE locality_text SET content = 'Алума-ха-Ерука' WHERE field = 'name' AND lang = 'ru'
  AND owner_id = (SELECT id FROM locality WHERE code = 'ALUMA');
UPDATE locality_text SET content = 'አሉማ ሃየሩካ' WHERE field = 'name' AND lang = 'am'
  AND owner_id = (SELECT id FROM locality WHERE code = 'ALUMA');
