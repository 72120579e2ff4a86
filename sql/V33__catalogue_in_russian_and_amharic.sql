-- Kesher catalogue in Russian and Amharic, version 33.
-- Adds the 'ru' and 'am' (Ethiopic script) translation rows of every seeded catalogue text of V2
-- that has an English value, into the text tables of V32. Owners are found by their codes,
-- never by id, so this runs on any set of ids.
-- Portable SQL: runs unchanged on MySQL 8, MariaDB 10.11 and H2 2.2 in MODE=MySQL.

-- ---------------------------------------------------------------------------------------------
-- Localities
-- ---------------------------------------------------------------------------------------------
INSERT INTO locality_text (owner_id, field, lang, content)
  SELECT id, 'name', 'ru', 'Хайфа' FROM locality WHERE code = 'HAIFA';
INSERT INTO locality_text (owner_id, field, lang, content)
  SELECT id, 'name', 'am', 'ሃይፋ' FROM locality WHERE code = 'HAIFA';
INSERT INTO locality_text (owner_id, field, lang, content)
  SELECT id, 'name', 'ru', 'Назарет' FROM locality WHERE code = 'NAZARETH';
INSERT INTO locality_text (owner_id, field, lang, content)
  SELECT id, 'name', 'am', 'ናዝሬት' FROM locality WHERE code = 'NAZARETH';
INSERT INTO locality_text (owner_id, field, lang, content)
  SELECT id, 'name', 'ru', 'Иерусалим' FROM locality WHERE code = 'JERUSALEM';
INSERT INTO locality_text (owner_id, field, lang, content)
  SELECT id, 'name', 'am', 'እየሩሳሌም' FROM locality WHERE code = 'JERUSALEM';
INSERT INTO locality_text (owner_id, field, lang, content)
  SELECT id, 'name', 'ru', 'Рамат-Ган' FROM locality WHERE code = 'RAMAT_GAN';
INSERT INTO locality_text (owner_id, field, lang, content)
  SELECT id, 'name', 'am', 'ራማት ጋን' FROM locality WHERE code = 'RAMAT_GAN';
INSERT INTO locality_text (owner_id, field, lang, content)
  SELECT id, 'name', 'ru', 'Беэр-Шева' FROM locality WHERE code = 'BEER_SHEVA';
INSERT INTO locality_text (owner_id, field, lang, content)
  SELECT id, 'name', 'am', 'ቤርሳቤህ' FROM locality WHERE code = 'BEER_SHEVA';
INSERT INTO locality_text (owner_id, field, lang, content)
  SELECT id, 'name', 'ru', 'Рош-ха-Аин' FROM locality WHERE code = 'ROSH_HAAYIN';
INSERT INTO locality_text (owner_id, field, lang, content)
  SELECT id, 'name', 'am', 'ሮሽ ሃዓይን' FROM locality WHERE code = 'ROSH_HAAYIN';
INSERT INTO locality_text (owner_id, field, lang, content)
  SELECT id, 'name', 'ru', 'Модиин' FROM locality WHERE code = 'MODIIN';
INSERT INTO locality_text (owner_id, field, lang, content)
  SELECT id, 'name', 'am', 'ሞዲዒን' FROM locality WHERE code = 'MODIIN';
INSERT INTO locality_text (owner_id, field, lang, content)
  SELECT id, 'name', 'ru', 'Нетивот' FROM locality WHERE code = 'NETIVOT';
INSERT INTO locality_text (owner_id, field, lang, content)
  SELECT id, 'name', 'am', 'ነቲቮት' FROM locality WHERE code = 'NETIVOT';
INSERT INTO locality_text (owner_id, field, lang, content)
  SELECT id, 'name', 'ru', 'Хадера' FROM locality WHERE code = 'HADERA';
INSERT INTO locality_text (owner_id, field, lang, content)
  SELECT id, 'name', 'am', 'ሐደራ' FROM locality WHERE code = 'HADERA';
INSERT INTO locality_text (owner_id, field, lang, content)
  SELECT id, 'name', 'ru', 'Эвен-Шмуэль' FROM locality WHERE code = 'EVEN_SHMUEL';
INSERT INTO locality_text (owner_id, field, lang, content)
  SELECT id, 'name', 'am', 'ኤቨን ሽሙኤል' FROM locality WHERE code = 'EVEN_SHMUEL';
INSERT INTO locality_text (owner_id, field, lang, content)
  SELECT id, 'name', 'ru', 'Мерказ-Шапира' FROM locality WHERE code = 'MERKAZ_SHAPIRA';
INSERT INTO locality_text (owner_id, field, lang, content)
  SELECT id, 'name', 'am', 'መርካዝ ሻፒራ' FROM locality WHERE code = 'MERKAZ_SHAPIRA';
INSERT INTO locality_text (owner_id, field, lang, content)
  SELECT id, 'name', 'ru', 'Алума' FROM locality WHERE code = 'ALUMA';
INSERT INTO locality_text (owner_id, field, lang, content)
  SELECT id, 'name', 'am', 'አሉማ' FROM locality WHERE code = 'ALUMA';
INSERT INTO locality_text (owner_id, field, lang, content)
  SELECT id, 'name', 'ru', 'Эйн-Цурим' FROM locality WHERE code = 'EIN_TZURIM';
INSERT INTO locality_text (owner_id, field, lang, content)
  SELECT id, 'name', 'am', 'ዔን ጹሪም' FROM locality WHERE code = 'EIN_TZURIM';
INSERT INTO locality_text (owner_id, field, lang, content)
  SELECT id, 'name', 'ru', 'Неве-Рабин' FROM locality WHERE code = 'NEVE_RABIN';
INSERT INTO locality_text (owner_id, field, lang, content)
  SELECT id, 'name', 'am', 'ነቬ ራቢን' FROM locality WHERE code = 'NEVE_RABIN';
INSERT INTO locality_text (owner_id, field, lang, content)
  SELECT id, 'name', 'ru', 'Сахлав' FROM locality WHERE code = 'SAHLAV';
INSERT INTO locality_text (owner_id, field, lang, content)
  SELECT id, 'name', 'am', 'ሳሕላቭ' FROM locality WHERE code = 'SAHLAV';

-- ---------------------------------------------------------------------------------------------
-- Community units
-- ---------------------------------------------------------------------------------------------
-- COMMUNITY_WORK
INSERT INTO community_unit_text (owner_id, field, lang, content)
  SELECT id, 'name', 'ru', 'Отдел общинной работы' FROM community_unit WHERE code = 'COMMUNITY_WORK';
INSERT INTO community_unit_text (owner_id, field, lang, content)
  SELECT id, 'name', 'am', 'የማኅበረሰብ ሥራ ክፍል' FROM community_unit WHERE code = 'COMMUNITY_WORK';
INSERT INTO community_unit_text (owner_id, field, lang, content)
  SELECT id, 'services', 'ru', 'Связующее звено между жителями и муниципалитетом: обучение и сопровождение общественных активистов, укрепление устойчивости общины и взаимопомощь. Сюда поступает любое обращение, не предназначенное конкретному подразделению, и отсюда его передают в нужную службу.' FROM community_unit WHERE code = 'COMMUNITY_WORK';
INSERT INTO community_unit_text (owner_id, field, lang, content)
  SELECT id, 'services', 'am', 'በነዋሪዎችና በማዘጋጃ ቤቱ መካከል ያለ ድልድይ፦ የማኅበረሰብ አንቀሳቃሾችን ማሠልጠንና መደገፍ፣ የማኅበረሰቡን ጥንካሬና የእርስ በርስ መረዳዳትን ማሳደግ። ለአንድ የተወሰነ ክፍል ያልተላከ ማንኛውም ጥያቄ እዚህ ይቀበላል፤ ከዚያም ለሚመለከተው ቡድን ይተላለፋል።' FROM community_unit WHERE code = 'COMMUNITY_WORK';
-- SOCIAL_SERVICES
INSERT INTO community_unit_text (owner_id, field, lang, content)
  SELECT id, 'name', 'ru', 'Отдел социальных служб' FROM community_unit WHERE code = 'SOCIAL_SERVICES';
INSERT INTO community_unit_text (owner_id, field, lang, content)
  SELECT id, 'name', 'am', 'የማኅበራዊ አገልግሎቶች መምሪያ' FROM community_unit WHERE code = 'SOCIAL_SERVICES';
INSERT INTO community_unit_text (owner_id, field, lang, content)
  SELECT id, 'services', 'ru', 'Социальная работа с жителями и семьями, подготовка к чрезвычайным и кризисным ситуациям. Отдел рассматривает деликатные обращения в тесном сотрудничестве с командами защиты детей и командами экстренного реагирования в посёлках.' FROM community_unit WHERE code = 'SOCIAL_SERVICES';
INSERT INTO community_unit_text (owner_id, field, lang, content)
  SELECT id, 'services', 'am', 'ከነዋሪዎችና ከቤተሰቦች ጋር የሚሠራ ማኅበራዊ ሥራ እንዲሁም ለአደጋና ለችግር ጊዜ ዝግጁነት። መምሪያው ጥንቃቄ የሚሹ ጥያቄዎችን በመንደሮቹ ከሚገኙ የደኅንነት ጥበቃ ቡድኖችና የአደጋ ጊዜ ቡድኖች ጋር በቅርበት በመተባበር ያስተናግዳል።' FROM community_unit WHERE code = 'SOCIAL_SERVICES';
-- RIGHTS_CENTER
INSERT INTO community_unit_text (owner_id, field, lang, content)
  SELECT id, 'name', 'ru', 'Центр информации и прав (Шиль – служба консультаций для граждан)' FROM community_unit WHERE code = 'RIGHTS_CENTER';
INSERT INTO community_unit_text (owner_id, field, lang, content)
  SELECT id, 'name', 'am', 'የመረጃና የመብቶች ማዕከል (ሺል – የዜጎች ምክር አገልግሎት)' FROM community_unit WHERE code = 'RIGHTS_CENTER';
INSERT INTO community_unit_text (owner_id, field, lang, content)
  SELECT id, 'services', 'ru', 'Информация, консультации и сопровождение жителей в реализации их прав, в том числе программа реализации прав для переживших Холокост, которую проводят совместно с Министерством финансов и Министерством по делам пожилых граждан.' FROM community_unit WHERE code = 'RIGHTS_CENTER';
INSERT INTO community_unit_text (owner_id, field, lang, content)
  SELECT id, 'services', 'am', 'ነዋሪዎች መብቶቻቸውን እንዲያስከብሩ መረጃ፣ ምክርና ድጋፍ፤ ከእነዚህም መካከል ከገንዘብ ሚኒስቴርና ከአረጋውያን ዜጎች ሚኒስቴር ጋር በመተባበር የሚካሄደው ከሆሎኮስት ለተረፉ ሰዎች የመብቶች ፕሮግራም ይገኝበታል።' FROM community_unit WHERE code = 'RIGHTS_CENTER';
-- MEDIATION
INSERT INTO community_unit_text (owner_id, field, lang, content)
  SELECT id, 'name', 'ru', 'Служба медиации для жителей («Город без насилия»)' FROM community_unit WHERE code = 'MEDIATION';
INSERT INTO community_unit_text (owner_id, field, lang, content)
  SELECT id, 'name', 'am', 'ለነዋሪዎች የሽምግልና አገልግሎት (ከዓመፅ ነፃ ከተማ)' FROM community_unit WHERE code = 'MEDIATION';
INSERT INTO community_unit_text (owner_id, field, lang, content)
  SELECT id, 'services', 'ru', 'Сертифицированные медиаторы помогают урегулировать споры между соседями в рамках программы «Город без насилия» и содействуют добрососедским отношениям между жильцами многоквартирных домов.' FROM community_unit WHERE code = 'MEDIATION';
INSERT INTO community_unit_text (owner_id, field, lang, content)
  SELECT id, 'services', 'am', 'የተመሰከረላቸው ሸምጋዮች በ«ከዓመፅ ነፃ ከተማ» ፕሮግራም አማካኝነት በጎረቤቶች መካከል የሚነሱ አለመግባባቶችን ለመፍታት ይረዳሉ፤ በጋራ ሕንፃዎች በሚኖሩ ነዋሪዎች መካከል መልካም የጉርብትና ግንኙነትንም ያበረታታሉ።' FROM community_unit WHERE code = 'MEDIATION';
-- HOUSING_CULTURE
INSERT INTO community_unit_text (owner_id, field, lang, content)
  SELECT id, 'name', 'ru', 'Координатор Ассоциации культуры жилья' FROM community_unit WHERE code = 'HOUSING_CULTURE';
INSERT INTO community_unit_text (owner_id, field, lang, content)
  SELECT id, 'name', 'am', 'የመኖሪያ ቤት ባህል ማኅበር አስተባባሪ' FROM community_unit WHERE code = 'HOUSING_CULTURE';
INSERT INTO community_unit_text (owner_id, field, lang, content)
  SELECT id, 'services', 'ru', 'Поддержка домовых комитетов и помощь в создании новых, постоянные консультации по правильному управлению многоквартирным домом, восстановление мира между соседями и применение общих правил дома к владельцу квартиры, который их не соблюдает.' FROM community_unit WHERE code = 'HOUSING_CULTURE';
INSERT INTO community_unit_text (owner_id, field, lang, content)
  SELECT id, 'services', 'am', 'ለቤት ኮሚቴዎች ድጋፍና እገዛ እንዲሁም አዳዲስ ኮሚቴዎች እንዲቋቋሙ ማበረታታት፣ የጋራ ሕንፃን በአግባቡ ለማስተዳደር ቀጣይ ምክር፣ በጎረቤቶች መካከል ሰላምን መመለስ፣ እንዲሁም የሕንፃውን የጋራ ደንቦች በማያከብር የአፓርትመንት ባለቤት ላይ ማስፈጸም።' FROM community_unit WHERE code = 'HOUSING_CULTURE';
-- PROTECTION_EVEN_SHMUEL
INSERT INTO community_unit_text (owner_id, field, lang, content)
  SELECT id, 'name', 'ru', 'Команда защиты детей – Эвен-Шмуэль' FROM community_unit WHERE code = 'PROTECTION_EVEN_SHMUEL';
INSERT INTO community_unit_text (owner_id, field, lang, content)
  SELECT id, 'name', 'am', 'የኤቨን ሽሙኤል የደኅንነት ጥበቃ ቡድን' FROM community_unit WHERE code = 'PROTECTION_EVEN_SHMUEL';
INSERT INTO community_unit_text (owner_id, field, lang, content)
  SELECT id, 'services', 'ru', 'Повышение осведомлённости общины и программа профилактики в области личной безопасности, а также место, куда жители могут обратиться, если чья-то безопасность нарушена. Команда работает в условиях полной конфиденциальности, в тесном сотрудничестве с Отделом социальных служб, и прошла углублённое обучение в Институте Харув.' FROM community_unit WHERE code = 'PROTECTION_EVEN_SHMUEL';
INSERT INTO community_unit_text (owner_id, field, lang, content)
  SELECT id, 'services', 'am', 'የማኅበረሰብ ግንዛቤ ማስጨበጫና ለግል ደኅንነት የመከላከል ዕቅድ፣ እንዲሁም የአንድ ሰው ደኅንነት ሲጣስ ነዋሪዎች የሚያመለክቱበት ቦታ። ቡድኑ ሙሉ በሙሉ በሚስጥር እና ከማኅበራዊ አገልግሎቶች መምሪያ ጋር በቅርበት በመተባበር ይሠራል፤ ከሐሩቭ ተቋምም ጥልቅ ሥልጠና ወስዷል።' FROM community_unit WHERE code = 'PROTECTION_EVEN_SHMUEL';
-- PROTECTION_MERKAZ_SHAPIRA
INSERT INTO community_unit_text (owner_id, field, lang, content)
  SELECT id, 'name', 'ru', 'Команда защиты детей – Мерказ-Шапира' FROM community_unit WHERE code = 'PROTECTION_MERKAZ_SHAPIRA';
INSERT INTO community_unit_text (owner_id, field, lang, content)
  SELECT id, 'name', 'am', 'የመርካዝ ሻፒራ የደኅንነት ጥበቃ ቡድን' FROM community_unit WHERE code = 'PROTECTION_MERKAZ_SHAPIRA';
INSERT INTO community_unit_text (owner_id, field, lang, content)
  SELECT id, 'services', 'ru', 'Повышение осведомлённости общины и программа профилактики в области личной безопасности, а также место, куда жители могут обратиться, если чья-то безопасность нарушена. Команда работает в условиях полной конфиденциальности, в тесном сотрудничестве с Отделом социальных служб, и прошла углублённое обучение в Институте Харув.' FROM community_unit WHERE code = 'PROTECTION_MERKAZ_SHAPIRA';
INSERT INTO community_unit_text (owner_id, field, lang, content)
  SELECT id, 'services', 'am', 'የማኅበረሰብ ግንዛቤ ማስጨበጫና ለግል ደኅንነት የመከላከል ዕቅድ፣ እንዲሁም የአንድ ሰው ደኅንነት ሲጣስ ነዋሪዎች የሚያመለክቱበት ቦታ። ቡድኑ ሙሉ በሙሉ በሚስጥር እና ከማኅበራዊ አገልግሎቶች መምሪያ ጋር በቅርበት በመተባበር ይሠራል፤ ከሐሩቭ ተቋምም ጥልቅ ሥልጠና ወስዷል።' FROM community_unit WHERE code = 'PROTECTION_MERKAZ_SHAPIRA';
-- PROTECTION_ALUMA
INSERT INTO community_unit_text (owner_id, field, lang, content)
  SELECT id, 'name', 'ru', 'Команда защиты детей – Алума' FROM community_unit WHERE code = 'PROTECTION_ALUMA';
INSERT INTO community_unit_text (owner_id, field, lang, content)
  SELECT id, 'name', 'am', 'የአሉማ የደኅንነት ጥበቃ ቡድን' FROM community_unit WHERE code = 'PROTECTION_ALUMA';
INSERT INTO community_unit_text (owner_id, field, lang, content)
  SELECT id, 'services', 'ru', 'Повышение осведомлённости общины и программа профилактики в области личной безопасности, а также место, куда жители могут обратиться, если чья-то безопасность нарушена. Команда работает в условиях полной конфиденциальности, в тесном сотрудничестве с Отделом социальных служб, и прошла углублённое обучение в Институте Харув.' FROM community_unit WHERE code = 'PROTECTION_ALUMA';
INSERT INTO community_unit_text (owner_id, field, lang, content)
  SELECT id, 'services', 'am', 'የማኅበረሰብ ግንዛቤ ማስጨበጫና ለግል ደኅንነት የመከላከል ዕቅድ፣ እንዲሁም የአንድ ሰው ደኅንነት ሲጣስ ነዋሪዎች የሚያመለክቱበት ቦታ። ቡድኑ ሙሉ በሙሉ በሚስጥር እና ከማኅበራዊ አገልግሎቶች መምሪያ ጋር በቅርበት በመተባበር ይሠራል፤ ከሐሩቭ ተቋምም ጥልቅ ሥልጠና ወስዷል።' FROM community_unit WHERE code = 'PROTECTION_ALUMA';
-- PROTECTION_EIN_TZURIM
INSERT INTO community_unit_text (owner_id, field, lang, content)
  SELECT id, 'name', 'ru', 'Команда защиты детей – Эйн-Цурим' FROM community_unit WHERE code = 'PROTECTION_EIN_TZURIM';
INSERT INTO community_unit_text (owner_id, field, lang, content)
  SELECT id, 'name', 'am', 'የዔን ጹሪም የደኅንነት ጥበቃ ቡድን' FROM community_unit WHERE code = 'PROTECTION_EIN_TZURIM';
INSERT INTO community_unit_text (owner_id, field, lang, content)
  SELECT id, 'services', 'ru', 'Повышение осведомлённости общины и программа профилактики в области личной безопасности, а также место, куда жители могут обратиться, если чья-то безопасность нарушена. Команда работает в условиях полной конфиденциальности, в тесном сотрудничестве с Отделом социальных служб, и прошла углублённое обучение в Институте Харув.' FROM community_unit WHERE code = 'PROTECTION_EIN_TZURIM';
INSERT INTO community_unit_text (owner_id, field, lang, content)
  SELECT id, 'services', 'am', 'የማኅበረሰብ ግንዛቤ ማስጨበጫና ለግል ደኅንነት የመከላከል ዕቅድ፣ እንዲሁም የአንድ ሰው ደኅንነት ሲጣስ ነዋሪዎች የሚያመለክቱበት ቦታ። ቡድኑ ሙሉ በሙሉ በሚስጥር እና ከማኅበራዊ አገልግሎቶች መምሪያ ጋር በቅርበት በመተባበር ይሠራል፤ ከሐሩቭ ተቋምም ጥልቅ ሥልጠና ወስዷል።' FROM community_unit WHERE code = 'PROTECTION_EIN_TZURIM';
-- EMERGENCY_EVEN_SHMUEL
INSERT INTO community_unit_text (owner_id, field, lang, content)
  SELECT id, 'name', 'ru', 'Местная команда экстренного реагирования (Цахи) – Эвен-Шмуэль' FROM community_unit WHERE code = 'EMERGENCY_EVEN_SHMUEL';
INSERT INTO community_unit_text (owner_id, field, lang, content)
  SELECT id, 'name', 'am', 'የኤቨን ሽሙኤል የአካባቢ የአደጋ ጊዜ ቡድን (ጻሒ)' FROM community_unit WHERE code = 'EMERGENCY_EVEN_SHMUEL';
INSERT INTO community_unit_text (owner_id, field, lang, content)
  SELECT id, 'services', 'ru', 'Волонтёры и активисты из числа жителей посёлка, которые в обычное время проходят подготовку, чтобы в чрезвычайной ситуации сразу откликнуться на первые нужды жителей: штаб, безопасность и медицина, социальная помощь и образование, логистика и пресс-служба. Команда также составляет список жителей, которым в чрезвычайной ситуации нужно особое внимание.' FROM community_unit WHERE code = 'EMERGENCY_EVEN_SHMUEL';
INSERT INTO community_unit_text (owner_id, field, lang, content)
  SELECT id, 'services', 'am', 'በተለመደው ጊዜ ሥልጠና የሚወስዱ ከመንደሩ ነዋሪዎች የተውጣጡ በጎ ፈቃደኞችና አንቀሳቃሾች፤ በአደጋ ጊዜ ለነዋሪዎች ፍላጎት አፋጣኝ የመጀመሪያ ምላሽ ይሰጣሉ፦ የማዘዣ ማዕከል፣ ጸጥታና ሕክምና፣ ማኅበራዊ ደኅንነትና ትምህርት፣ ሎጂስቲክስ እና ቃል አቀባይነት። ቡድኑ በአደጋ ጊዜ ልዩ ትኩረት የሚያስፈልጋቸውን ነዋሪዎችም ይለያል።' FROM community_unit WHERE code = 'EMERGENCY_EVEN_SHMUEL';
-- EMERGENCY_MERKAZ_SHAPIRA
INSERT INTO community_unit_text (owner_id, field, lang, content)
  SELECT id, 'name', 'ru', 'Местная команда экстренного реагирования (Цахи) – Мерказ-Шапира' FROM community_unit WHERE code = 'EMERGENCY_MERKAZ_SHAPIRA';
INSERT INTO community_unit_text (owner_id, field, lang, content)
  SELECT id, 'name', 'am', 'የመርካዝ ሻፒራ የአካባቢ የአደጋ ጊዜ ቡድን (ጻሒ)' FROM community_unit WHERE code = 'EMERGENCY_MERKAZ_SHAPIRA';
INSERT INTO community_unit_text (owner_id, field, lang, content)
  SELECT id, 'services', 'ru', 'Волонтёры и активисты из числа жителей посёлка, которые в обычное время проходят подготовку, чтобы в чрезвычайной ситуации сразу откликнуться на первые нужды жителей: штаб, безопасность и медицина, социальная помощь и образование, логистика и пресс-служба. Команда также составляет список жителей, которым в чрезвычайной ситуации нужно особое внимание.' FROM community_unit WHERE code = 'EMERGENCY_MERKAZ_SHAPIRA';
INSERT INTO community_unit_text (owner_id, field, lang, content)
  SELECT id, 'services', 'am', 'በተለመደው ጊዜ ሥልጠና የሚወስዱ ከመንደሩ ነዋሪዎች የተውጣጡ በጎ ፈቃደኞችና አንቀሳቃሾች፤ በአደጋ ጊዜ ለነዋሪዎች ፍላጎት አፋጣኝ የመጀመሪያ ምላሽ ይሰጣሉ፦ የማዘዣ ማዕከል፣ ጸጥታና ሕክምና፣ ማኅበራዊ ደኅንነትና ትምህርት፣ ሎጂስቲክስ እና ቃል አቀባይነት። ቡድኑ በአደጋ ጊዜ ልዩ ትኩረት የሚያስፈልጋቸውን ነዋሪዎችም ይለያል።' FROM community_unit WHERE code = 'EMERGENCY_MERKAZ_SHAPIRA';
-- EMERGENCY_ALUMA
INSERT INTO community_unit_text (owner_id, field, lang, content)
  SELECT id, 'name', 'ru', 'Местная команда экстренного реагирования (Цахи) – Алума' FROM community_unit WHERE code = 'EMERGENCY_ALUMA';
INSERT INTO community_unit_text (owner_id, field, lang, content)
  SELECT id, 'name', 'am', 'የአሉማ የአካባቢ የአደጋ ጊዜ ቡድን (ጻሒ)' FROM community_unit WHERE code = 'EMERGENCY_ALUMA';
INSERT INTO community_unit_text (owner_id, field, lang, content)
  SELECT id, 'services', 'ru', 'Волонтёры и активисты из числа жителей посёлка, которые в обычное время проходят подготовку, чтобы в чрезвычайной ситуации сразу откликнуться на первые нужды жителей: штаб, безопасность и медицина, социальная помощь и образование, логистика и пресс-служба. Команда также составляет список жителей, которым в чрезвычайной ситуации нужно особое внимание.' FROM community_unit WHERE code = 'EMERGENCY_ALUMA';
INSERT INTO community_unit_text (owner_id, field, lang, content)
  SELECT id, 'services', 'am', 'በተለመደው ጊዜ ሥልጠና የሚወስዱ ከመንደሩ ነዋሪዎች የተውጣጡ በጎ ፈቃደኞችና አንቀሳቃሾች፤ በአደጋ ጊዜ ለነዋሪዎች ፍላጎት አፋጣኝ የመጀመሪያ ምላሽ ይሰጣሉ፦ የማዘዣ ማዕከል፣ ጸጥታና ሕክምና፣ ማኅበራዊ ደኅንነትና ትምህርት፣ ሎጂስቲክስ እና ቃል አቀባይነት። ቡድኑ በአደጋ ጊዜ ልዩ ትኩረት የሚያስፈልጋቸውን ነዋሪዎችም ይለያል።' FROM community_unit WHERE code = 'EMERGENCY_ALUMA';
-- EMERGENCY_EIN_TZURIM
INSERT INTO community_unit_text (owner_id, field, lang, content)
  SELECT id, 'name', 'ru', 'Местная команда экстренного реагирования (Цахи) – Эйн-Цурим' FROM community_unit WHERE code = 'EMERGENCY_EIN_TZURIM';
INSERT INTO community_unit_text (owner_id, field, lang, content)
  SELECT id, 'name', 'am', 'የዔን ጹሪም የአካባቢ የአደጋ ጊዜ ቡድን (ጻሒ)' FROM community_unit WHERE code = 'EMERGENCY_EIN_TZURIM';
INSERT INTO community_unit_text (owner_id, field, lang, content)
  SELECT id, 'services', 'ru', 'Волонтёры и активисты из числа жителей посёлка, которые в обычное время проходят подготовку, чтобы в чрезвычайной ситуации сразу откликнуться на первые нужды жителей: штаб, безопасность и медицина, социальная помощь и образование, логистика и пресс-служба. Команда также составляет список жителей, которым в чрезвычайной ситуации нужно особое внимание.' FROM community_unit WHERE code = 'EMERGENCY_EIN_TZURIM';
INSERT INTO community_unit_text (owner_id, field, lang, content)
  SELECT id, 'services', 'am', 'በተለመደው ጊዜ ሥልጠና የሚወስዱ ከመንደሩ ነዋሪዎች የተውጣጡ በጎ ፈቃደኞችና አንቀሳቃሾች፤ በአደጋ ጊዜ ለነዋሪዎች ፍላጎት አፋጣኝ የመጀመሪያ ምላሽ ይሰጣሉ፦ የማዘዣ ማዕከል፣ ጸጥታና ሕክምና፣ ማኅበራዊ ደኅንነትና ትምህርት፣ ሎጂስቲክስ እና ቃል አቀባይነት። ቡድኑ በአደጋ ጊዜ ልዩ ትኩረት የሚያስፈልጋቸውን ነዋሪዎችም ይለያል።' FROM community_unit WHERE code = 'EMERGENCY_EIN_TZURIM';
-- EMBRACE_TEAMS
INSERT INTO community_unit_text (owner_id, field, lang, content)
  SELECT id, 'name', 'ru', 'Команды поддержки «Объятие»' FROM community_unit WHERE code = 'EMBRACE_TEAMS';
INSERT INTO community_unit_text (owner_id, field, lang, content)
  SELECT id, 'name', 'am', 'የእቅፍ ቡድኖች' FROM community_unit WHERE code = 'EMBRACE_TEAMS';
INSERT INTO community_unit_text (owner_id, field, lang, content)
  SELECT id, 'services', 'ru', 'Волонтёры, обученные организовывать помощь общины семьям в трудной ситуации (болезнь, траур или рождение ребёнка), чтобы поддержка длилась дольше, а помощники меньше уставали. Сначала пилотный проект работает в Эвен-Шмуэле и Мерказ-Шапире.' FROM community_unit WHERE code = 'EMBRACE_TEAMS';
INSERT INTO community_unit_text (owner_id, field, lang, content)
  SELECT id, 'services', 'am', 'ችግር ላይ ላሉ ቤተሰቦች (ሕመም፣ ሐዘን ወይም አዲስ ልደት) የማኅበረሰቡን እርዳታ ለማደራጀት የሠለጠኑ በጎ ፈቃደኞች፤ ይህም ድጋፉ ረዘም ላለ ጊዜ እንዲቀጥልና ረዳቶቹ እንዳይደክሙ ያደርጋል። በመጀመሪያ የሙከራ ፕሮግራሙ በኤቨን ሽሙኤልና በመርካዝ ሻፒራ ይካሄዳል።' FROM community_unit WHERE code = 'EMBRACE_TEAMS';
-- SELF_HELP_HAIFA
INSERT INTO community_unit_text (owner_id, field, lang, content)
  SELECT id, 'name', 'ru', 'Центр самопомощи – Хайфа' FROM community_unit WHERE code = 'SELF_HELP_HAIFA';
INSERT INTO community_unit_text (owner_id, field, lang, content)
  SELECT id, 'name', 'am', 'የራስ አገዝ ማዕከል – ሃይፋ' FROM community_unit WHERE code = 'SELF_HELP_HAIFA';
INSERT INTO community_unit_text (owner_id, field, lang, content)
  SELECT id, 'services', 'ru', 'Дом для инициатив жителей, которые объединяются вокруг общей темы или проблемы: информация о существующих группах поддержки, консультации и сопровождение для тех, кто создаёт новую группу, и обучение ведущих групп.' FROM community_unit WHERE code = 'SELF_HELP_HAIFA';
INSERT INTO community_unit_text (owner_id, field, lang, content)
  SELECT id, 'services', 'am', 'በጋራ ጉዳይ ወይም ችግር ዙሪያ ለሚደራጁ ነዋሪዎች የተዘጋጀ ቤት፦ ስላሉት የድጋፍ ቡድኖች መረጃ፣ አዲስ ቡድን ለሚያቋቁሙ ሰዎች ምክርና መመሪያ፣ እንዲሁም ለቡድን አመቻቾች ሥልጠና።' FROM community_unit WHERE code = 'SELF_HELP_HAIFA';
INSERT INTO community_unit_text (owner_id, field, lang, content)
  SELECT id, 'address', 'ru', 'Отдел общины и волонтёрства, ул. Хилель, 62, Хайфа' FROM community_unit WHERE code = 'SELF_HELP_HAIFA';
INSERT INTO community_unit_text (owner_id, field, lang, content)
  SELECT id, 'address', 'am', 'የማኅበረሰብና የበጎ ፈቃድ መምሪያ፣ ሂሌል መንገድ 62፣ ሃይፋ' FROM community_unit WHERE code = 'SELF_HELP_HAIFA';
-- SELF_HELP_NAZARETH
INSERT INTO community_unit_text (owner_id, field, lang, content)
  SELECT id, 'name', 'ru', 'Центр самопомощи – Назарет' FROM community_unit WHERE code = 'SELF_HELP_NAZARETH';
INSERT INTO community_unit_text (owner_id, field, lang, content)
  SELECT id, 'name', 'am', 'የራስ አገዝ ማዕከል – ናዝሬት' FROM community_unit WHERE code = 'SELF_HELP_NAZARETH';
INSERT INTO community_unit_text (owner_id, field, lang, content)
  SELECT id, 'services', 'ru', 'Дом для инициатив жителей, которые объединяются вокруг общей темы или проблемы: информация о существующих группах поддержки, консультации и сопровождение для тех, кто создаёт новую группу, и обучение ведущих групп.' FROM community_unit WHERE code = 'SELF_HELP_NAZARETH';
INSERT INTO community_unit_text (owner_id, field, lang, content)
  SELECT id, 'services', 'am', 'በጋራ ጉዳይ ወይም ችግር ዙሪያ ለሚደራጁ ነዋሪዎች የተዘጋጀ ቤት፦ ስላሉት የድጋፍ ቡድኖች መረጃ፣ አዲስ ቡድን ለሚያቋቁሙ ሰዎች ምክርና መመሪያ፣ እንዲሁም ለቡድን አመቻቾች ሥልጠና።' FROM community_unit WHERE code = 'SELF_HELP_NAZARETH';
INSERT INTO community_unit_text (owner_id, field, lang, content)
  SELECT id, 'address', 'ru', 'Отдел социальных служб, ул. Папы Павла VI, Назарет, а/я 376, индекс 16000' FROM community_unit WHERE code = 'SELF_HELP_NAZARETH';
INSERT INTO community_unit_text (owner_id, field, lang, content)
  SELECT id, 'address', 'am', 'የማኅበራዊ አገልግሎቶች መምሪያ፣ ጳውሎስ ስድስተኛ መንገድ፣ ናዝሬት፣ ፖ.ሣ.ቁ. 376፣ የፖስታ ኮድ 16000' FROM community_unit WHERE code = 'SELF_HELP_NAZARETH';
INSERT INTO community_unit_text (owner_id, field, lang, content)
  SELECT id, 'contact_person', 'ru', 'Ильхам Оде и Марьям Хадж Хури, общинные социальные работники Отдела социальных служб' FROM community_unit WHERE code = 'SELF_HELP_NAZARETH';
INSERT INTO community_unit_text (owner_id, field, lang, content)
  SELECT id, 'contact_person', 'am', 'ኢልሃም ኦዴህ እና መርየም ሓጅ ኹሪ፣ የማኅበራዊ አገልግሎቶች መምሪያ የማኅበረሰብ ማኅበራዊ ሠራተኞች' FROM community_unit WHERE code = 'SELF_HELP_NAZARETH';
-- SELF_HELP_JERUSALEM
INSERT INTO community_unit_text (owner_id, field, lang, content)
  SELECT id, 'name', 'ru', 'Центр самопомощи – Иерусалим' FROM community_unit WHERE code = 'SELF_HELP_JERUSALEM';
INSERT INTO community_unit_text (owner_id, field, lang, content)
  SELECT id, 'name', 'am', 'የራስ አገዝ ማዕከል – እየሩሳሌም' FROM community_unit WHERE code = 'SELF_HELP_JERUSALEM';
INSERT INTO community_unit_text (owner_id, field, lang, content)
  SELECT id, 'services', 'ru', 'Дом для инициатив жителей, которые объединяются вокруг общей темы или проблемы: информация о существующих группах поддержки, консультации и сопровождение для тех, кто создаёт новую группу, и обучение ведущих групп.' FROM community_unit WHERE code = 'SELF_HELP_JERUSALEM';
INSERT INTO community_unit_text (owner_id, field, lang, content)
  SELECT id, 'services', 'am', 'በጋራ ጉዳይ ወይም ችግር ዙሪያ ለሚደራጁ ነዋሪዎች የተዘጋጀ ቤት፦ ስላሉት የድጋፍ ቡድኖች መረጃ፣ አዲስ ቡድን ለሚያቋቁሙ ሰዎች ምክርና መመሪያ፣ እንዲሁም ለቡድን አመቻቾች ሥልጠና።' FROM community_unit WHERE code = 'SELF_HELP_JERUSALEM';
INSERT INTO community_unit_text (owner_id, field, lang, content)
  SELECT id, 'address', 'ru', 'ул. Бар-Кохба, 66, Иерусалим' FROM community_unit WHERE code = 'SELF_HELP_JERUSALEM';
INSERT INTO community_unit_text (owner_id, field, lang, content)
  SELECT id, 'address', 'am', 'ባር ኮኽባ መንገድ 66፣ እየሩሳሌም' FROM community_unit WHERE code = 'SELF_HELP_JERUSALEM';
INSERT INTO community_unit_text (owner_id, field, lang, content)
  SELECT id, 'contact_person', 'ru', 'Руководитель муниципального подразделения самопомощи' FROM community_unit WHERE code = 'SELF_HELP_JERUSALEM';
INSERT INTO community_unit_text (owner_id, field, lang, content)
  SELECT id, 'contact_person', 'am', 'የማዘጋጃ ቤቱ የራስ አገዝ ክፍል ኃላፊ' FROM community_unit WHERE code = 'SELF_HELP_JERUSALEM';
-- SELF_HELP_RAMAT_GAN
INSERT INTO community_unit_text (owner_id, field, lang, content)
  SELECT id, 'name', 'ru', 'Центр самопомощи – Рамат-Ган' FROM community_unit WHERE code = 'SELF_HELP_RAMAT_GAN';
INSERT INTO community_unit_text (owner_id, field, lang, content)
  SELECT id, 'name', 'am', 'የራስ አገዝ ማዕከል – ራማት ጋን' FROM community_unit WHERE code = 'SELF_HELP_RAMAT_GAN';
INSERT INTO community_unit_text (owner_id, field, lang, content)
  SELECT id, 'services', 'ru', 'Дом для инициатив жителей, которые объединяются вокруг общей темы или проблемы: информация о существующих группах поддержки, консультации и сопровождение для тех, кто создаёт новую группу, и обучение ведущих групп.' FROM community_unit WHERE code = 'SELF_HELP_RAMAT_GAN';
INSERT INTO community_unit_text (owner_id, field, lang, content)
  SELECT id, 'services', 'am', 'በጋራ ጉዳይ ወይም ችግር ዙሪያ ለሚደራጁ ነዋሪዎች የተዘጋጀ ቤት፦ ስላሉት የድጋፍ ቡድኖች መረጃ፣ አዲስ ቡድን ለሚያቋቁሙ ሰዎች ምክርና መመሪያ፣ እንዲሁም ለቡድን አመቻቾች ሥልጠና።' FROM community_unit WHERE code = 'SELF_HELP_RAMAT_GAN';
INSERT INTO community_unit_text (owner_id, field, lang, content)
  SELECT id, 'contact_person', 'ru', 'Пнина Талмор, общинный социальный работник, координатор направления самопомощи' FROM community_unit WHERE code = 'SELF_HELP_RAMAT_GAN';
INSERT INTO community_unit_text (owner_id, field, lang, content)
  SELECT id, 'contact_person', 'am', 'ፕኒና ታልሞር፣ የማኅበረሰብ ማኅበራዊ ሠራተኛ፣ የራስ አገዝ አስተባባሪ' FROM community_unit WHERE code = 'SELF_HELP_RAMAT_GAN';
-- SELF_HELP_BEER_SHEVA
INSERT INTO community_unit_text (owner_id, field, lang, content)
  SELECT id, 'name', 'ru', 'Центр самопомощи – Беэр-Шева' FROM community_unit WHERE code = 'SELF_HELP_BEER_SHEVA';
INSERT INTO community_unit_text (owner_id, field, lang, content)
  SELECT id, 'name', 'am', 'የራስ አገዝ ማዕከል – ቤርሳቤህ' FROM community_unit WHERE code = 'SELF_HELP_BEER_SHEVA';
INSERT INTO community_unit_text (owner_id, field, lang, content)
  SELECT id, 'services', 'ru', 'Дом для инициатив жителей, которые объединяются вокруг общей темы или проблемы: информация о существующих группах поддержки, консультации и сопровождение для тех, кто создаёт новую группу, и обучение ведущих групп.' FROM community_unit WHERE code = 'SELF_HELP_BEER_SHEVA';
INSERT INTO community_unit_text (owner_id, field, lang, content)
  SELECT id, 'services', 'am', 'በጋራ ጉዳይ ወይም ችግር ዙሪያ ለሚደራጁ ነዋሪዎች የተዘጋጀ ቤት፦ ስላሉት የድጋፍ ቡድኖች መረጃ፣ አዲስ ቡድን ለሚያቋቁሙ ሰዎች ምክርና መመሪያ፣ እንዲሁም ለቡድን አመቻቾች ሥልጠና።' FROM community_unit WHERE code = 'SELF_HELP_BEER_SHEVA';
INSERT INTO community_unit_text (owner_id, field, lang, content)
  SELECT id, 'contact_person', 'ru', 'Шуламит Шемеш, координатор' FROM community_unit WHERE code = 'SELF_HELP_BEER_SHEVA';
INSERT INTO community_unit_text (owner_id, field, lang, content)
  SELECT id, 'contact_person', 'am', 'ሹላሚት ሸመሽ፣ አስተባባሪ' FROM community_unit WHERE code = 'SELF_HELP_BEER_SHEVA';
-- VOLUNTEERING
INSERT INTO community_unit_text (owner_id, field, lang, content)
  SELECT id, 'name', 'ru', 'Отдел волонтёрства' FROM community_unit WHERE code = 'VOLUNTEERING';
INSERT INTO community_unit_text (owner_id, field, lang, content)
  SELECT id, 'name', 'am', 'የበጎ ፈቃድ ክፍል' FROM community_unit WHERE code = 'VOLUNTEERING';
INSERT INTO community_unit_text (owner_id, field, lang, content)
  SELECT id, 'services', 'ru', 'Выявляет потребности общины в волонтёрах, привлекает волонтёров всех возрастов и направляет их на подходящие виды деятельности, в том числе в систему экстренного реагирования, службу информации и прав и на День добрых дел.' FROM community_unit WHERE code = 'VOLUNTEERING';
INSERT INTO community_unit_text (owner_id, field, lang, content)
  SELECT id, 'services', 'am', 'በማኅበረሰቡ ውስጥ የበጎ ፈቃድ ፍላጎቶችን ይለያል፣ በሁሉም ዕድሜ ያሉ በጎ ፈቃደኞችን ይመለምላል፣ ተስማሚ በሆኑ እንቅስቃሴዎችም ይመድባቸዋል፤ ከእነዚህም መካከል የአደጋ ጊዜ መረብ፣ የመረጃና የመብቶች አገልግሎት እና የመልካም ሥራዎች ቀን ይገኙበታል።' FROM community_unit WHERE code = 'VOLUNTEERING';
-- SENIORS
INSERT INTO community_unit_text (owner_id, field, lang, content)
  SELECT id, 'name', 'ru', 'Пожилые граждане – «Золотой парламент» и Совет участия' FROM community_unit WHERE code = 'SENIORS';
INSERT INTO community_unit_text (owner_id, field, lang, content)
  SELECT id, 'name', 'am', 'አረጋውያን ዜጎች – የወርቅ ፓርላማ እና አሳታፊ ምክር ቤት' FROM community_unit WHERE code = 'SENIORS';
INSERT INTO community_unit_text (owner_id, field, lang, content)
  SELECT id, 'services', 'ru', '«Золотой парламент» вместе с активистами старшего возраста разрабатывает программы, которые отвечают их потребностям и помогают реализовать их права, а Совет участия вовлекает пожилых граждан в принятие решений. Наряду с ними в посёлках действуют группы солидарности и межпоколенческие программы.' FROM community_unit WHERE code = 'SENIORS';
INSERT INTO community_unit_text (owner_id, field, lang, content)
  SELECT id, 'services', 'am', 'የወርቅ ፓርላማ ፍላጎቶቻቸውንና መብቶቻቸውን ለማሳደግ ከአረጋውያን አንቀሳቃሾች ጋር ፕሮግራሞችን ያዘጋጃል፤ አሳታፊው ምክር ቤት ደግሞ አረጋውያን ዜጎችን በውሳኔ አሰጣጥ ውስጥ ያሳትፋል። ከእነዚህ ጎን ለጎን በመንደሮቹ የአብሮነት ቡድኖችና ትውልዶችን የሚያገናኙ ፕሮግራሞች ይካሄዳሉ።' FROM community_unit WHERE code = 'SENIORS';

-- ---------------------------------------------------------------------------------------------
-- Request types
-- ---------------------------------------------------------------------------------------------
-- RIGHTS_INFO
INSERT INTO request_type_text (owner_id, field, lang, content)
  SELECT id, 'name', 'ru', 'Информация о правах и льготах' FROM request_type WHERE code = 'RIGHTS_INFO';
INSERT INTO request_type_text (owner_id, field, lang, content)
  SELECT id, 'name', 'am', 'ስለ መብቶችና ጥቅማ ጥቅሞች መረጃ' FROM request_type WHERE code = 'RIGHTS_INFO';
INSERT INTO request_type_text (owner_id, field, lang, content)
  SELECT id, 'description', 'ru', 'Получите информацию и помощь в реализации прав и льгот, которые вам положены, например как пережившему Холокост, пожилому гражданину или человеку с инвалидностью.' FROM request_type WHERE code = 'RIGHTS_INFO';
INSERT INTO request_type_text (owner_id, field, lang, content)
  SELECT id, 'description', 'am', 'የሚገባዎትን መብቶችና ጥቅማ ጥቅሞች ለማግኘት መረጃና እገዛ ያግኙ፤ ለምሳሌ ከሆሎኮስት የተረፉ፣ አረጋዊ ዜጋ ወይም አካል ጉዳተኛ ከሆኑ።' FROM request_type WHERE code = 'RIGHTS_INFO';
-- MEDIATION
INSERT INTO request_type_text (owner_id, field, lang, content)
  SELECT id, 'name', 'ru', 'Медиация в споре с соседями' FROM request_type WHERE code = 'MEDIATION';
INSERT INTO request_type_text (owner_id, field, lang, content)
  SELECT id, 'name', 'am', 'የጎረቤቶች አለመግባባት ሽምግልና' FROM request_type WHERE code = 'MEDIATION';
INSERT INTO request_type_text (owner_id, field, lang, content)
  SELECT id, 'description', 'ru', 'Попросите сертифицированного медиатора помочь вам и вашим соседям мирно прийти к соглашению.' FROM request_type WHERE code = 'MEDIATION';
INSERT INTO request_type_text (owner_id, field, lang, content)
  SELECT id, 'description', 'am', 'እርስዎና ጎረቤቶችዎ በሰላማዊ መንገድ ስምምነት ላይ እንድትደርሱ የሚረዳ የተመሰከረለት ሸምጋይ ይጠይቁ።' FROM request_type WHERE code = 'MEDIATION';
-- PROTECTION_CONTACT
INSERT INTO request_type_text (owner_id, field, lang, content)
  SELECT id, 'name', 'ru', 'Обращение в команду защиты детей' FROM request_type WHERE code = 'PROTECTION_CONTACT';
INSERT INTO request_type_text (owner_id, field, lang, content)
  SELECT id, 'name', 'am', 'የደኅንነት ጥበቃ ቡድኑን ያግኙ' FROM request_type WHERE code = 'PROTECTION_CONTACT';
INSERT INTO request_type_text (owner_id, field, lang, content)
  SELECT id, 'description', 'ru', 'Обратитесь к нам, при желании анонимно, если вы беспокоитесь за безопасность ребёнка или любого другого человека – ваше обращение конфиденциально и рассматривается со всей деликатностью.' FROM request_type WHERE code = 'PROTECTION_CONTACT';
INSERT INTO request_type_text (owner_id, field, lang, content)
  SELECT id, 'description', 'am', 'ስለ አንድ ልጅ ወይም ስለ ሌላ ማንኛውም ሰው ደኅንነት የሚያሳስብዎት ከሆነ ያግኙን፤ ከፈለጉ ስምዎን መግለጽ አያስፈልግዎትም – ጥያቄዎ ሚስጥራዊ ነው፤ ሙሉ በሙሉ በሚስጥር ይያዛል።' FROM request_type WHERE code = 'PROTECTION_CONTACT';
-- HOUSE_COMMITTEE
INSERT INTO request_type_text (owner_id, field, lang, content)
  SELECT id, 'name', 'ru', 'Домовой комитет и многоквартирный дом' FROM request_type WHERE code = 'HOUSE_COMMITTEE';
INSERT INTO request_type_text (owner_id, field, lang, content)
  SELECT id, 'name', 'am', 'የቤት ኮሚቴ እና የጋራ ሕንፃ' FROM request_type WHERE code = 'HOUSE_COMMITTEE';
INSERT INTO request_type_text (owner_id, field, lang, content)
  SELECT id, 'description', 'ru', 'Получите консультацию и помощь в создании домового комитета, в управлении вашим многоквартирным домом или в решении вопроса с владельцем квартиры, который не платит или не соблюдает правила.' FROM request_type WHERE code = 'HOUSE_COMMITTEE';
INSERT INTO request_type_text (owner_id, field, lang, content)
  SELECT id, 'description', 'am', 'የቤት ኮሚቴ ለማቋቋም፣ የጋራ ሕንፃዎን ለማስተዳደር ወይም ከማይከፍል ወይም ደንቦችን ከማያከብር የአፓርትመንት ባለቤት ጋር ያለውን ጉዳይ ለመፍታት ምክርና እገዛ ያግኙ።' FROM request_type WHERE code = 'HOUSE_COMMITTEE';
-- EMERGENCY_TEAM
INSERT INTO request_type_text (owner_id, field, lang, content)
  SELECT id, 'name', 'ru', 'Местная команда экстренного реагирования' FROM request_type WHERE code = 'EMERGENCY_TEAM';
INSERT INTO request_type_text (owner_id, field, lang, content)
  SELECT id, 'name', 'am', 'የአካባቢ የአደጋ ጊዜ ቡድን' FROM request_type WHERE code = 'EMERGENCY_TEAM';
INSERT INTO request_type_text (owner_id, field, lang, content)
  SELECT id, 'description', 'ru', 'Вступите волонтёром в команду экстренного реагирования вашего посёлка или зарегистрируйте члена семьи, которому в чрезвычайной ситуации нужно особое внимание.' FROM request_type WHERE code = 'EMERGENCY_TEAM';
INSERT INTO request_type_text (owner_id, field, lang, content)
  SELECT id, 'description', 'am', 'የመንደርዎን የአደጋ ጊዜ ቡድን በበጎ ፈቃደኝነት ይቀላቀሉ፣ ወይም በአደጋ ጊዜ ልዩ ትኩረት የሚያስፈልገውን የቤተሰብ አባል ያስመዝግቡ።' FROM request_type WHERE code = 'EMERGENCY_TEAM';
-- CRISIS_SUPPORT
INSERT INTO request_type_text (owner_id, field, lang, content)
  SELECT id, 'name', 'ru', 'Поддержка семьи в кризисной ситуации' FROM request_type WHERE code = 'CRISIS_SUPPORT';
INSERT INTO request_type_text (owner_id, field, lang, content)
  SELECT id, 'name', 'am', 'ችግር ላይ ላለ ቤተሰብ ድጋፍ' FROM request_type WHERE code = 'CRISIS_SUPPORT';
INSERT INTO request_type_text (owner_id, field, lang, content)
  SELECT id, 'description', 'ru', 'Попросите общину помочь семье, которая столкнулась с болезнью, трауром или рождением ребёнка.' FROM request_type WHERE code = 'CRISIS_SUPPORT';
INSERT INTO request_type_text (owner_id, field, lang, content)
  SELECT id, 'description', 'am', 'በሕመም፣ በሐዘን ወይም በአዲስ ልደት ላይ ላለ ቤተሰብ የማኅበረሰቡን እርዳታ ይጠይቁ።' FROM request_type WHERE code = 'CRISIS_SUPPORT';
-- SELF_HELP
INSERT INTO request_type_text (owner_id, field, lang, content)
  SELECT id, 'name', 'ru', 'Группа самопомощи' FROM request_type WHERE code = 'SELF_HELP';
INSERT INTO request_type_text (owner_id, field, lang, content)
  SELECT id, 'name', 'am', 'የራስ አገዝ ቡድን' FROM request_type WHERE code = 'SELF_HELP';
INSERT INTO request_type_text (owner_id, field, lang, content)
  SELECT id, 'description', 'ru', 'Найдите группу поддержки людей, которые находятся в похожей ситуации, или получите помощь в создании новой группы.' FROM request_type WHERE code = 'SELF_HELP';
INSERT INTO request_type_text (owner_id, field, lang, content)
  SELECT id, 'description', 'am', 'እንደ እርስዎ ዓይነት ሁኔታ ውስጥ ያሉ ሰዎች የድጋፍ ቡድን ያግኙ፣ ወይም አዲስ ቡድን ለማቋቋም እገዛ ያግኙ።' FROM request_type WHERE code = 'SELF_HELP';
-- VOLUNTEER
INSERT INTO request_type_text (owner_id, field, lang, content)
  SELECT id, 'name', 'ru', 'Волонтёрство' FROM request_type WHERE code = 'VOLUNTEER';
INSERT INTO request_type_text (owner_id, field, lang, content)
  SELECT id, 'name', 'am', 'በጎ ፈቃደኝነት' FROM request_type WHERE code = 'VOLUNTEER';
INSERT INTO request_type_text (owner_id, field, lang, content)
  SELECT id, 'description', 'ru', 'Предложите своё время и навыки, и мы подберём вам подходящую волонтёрскую деятельность.' FROM request_type WHERE code = 'VOLUNTEER';
INSERT INTO request_type_text (owner_id, field, lang, content)
  SELECT id, 'description', 'am', 'ጊዜዎንና ችሎታዎን ያቅርቡ፤ እኛም ከሚስማማዎት የበጎ ፈቃድ እንቅስቃሴ ጋር እናገናኝዎታለን።' FROM request_type WHERE code = 'VOLUNTEER';
-- SENIORS
INSERT INTO request_type_text (owner_id, field, lang, content)
  SELECT id, 'name', 'ru', 'Пожилые граждане' FROM request_type WHERE code = 'SENIORS';
INSERT INTO request_type_text (owner_id, field, lang, content)
  SELECT id, 'name', 'am', 'አረጋውያን ዜጎች' FROM request_type WHERE code = 'SENIORS';
INSERT INTO request_type_text (owner_id, field, lang, content)
  SELECT id, 'description', 'ru', 'Присоединяйтесь к «Золотому парламенту», Совету участия или другим программам для пожилых граждан либо обратитесь к нам по волнующему вас вопросу.' FROM request_type WHERE code = 'SENIORS';
INSERT INTO request_type_text (owner_id, field, lang, content)
  SELECT id, 'description', 'am', 'የወርቅ ፓርላማን፣ አሳታፊውን ምክር ቤት ወይም ሌሎች የአረጋውያን ዜጎች ፕሮግራሞችን ይቀላቀሉ፣ ወይም የሚያሳስብዎትን ጉዳይ ያንሱልን።' FROM request_type WHERE code = 'SENIORS';
-- GENERAL
INSERT INTO request_type_text (owner_id, field, lang, content)
  SELECT id, 'name', 'ru', 'Общее обращение' FROM request_type WHERE code = 'GENERAL';
INSERT INTO request_type_text (owner_id, field, lang, content)
  SELECT id, 'name', 'am', 'አጠቃላይ ጥያቄ' FROM request_type WHERE code = 'GENERAL';
INSERT INTO request_type_text (owner_id, field, lang, content)
  SELECT id, 'description', 'ru', 'Обратитесь к нам по любому другому вопросу, и мы передадим ваше обращение в нужную службу.' FROM request_type WHERE code = 'GENERAL';
INSERT INTO request_type_text (owner_id, field, lang, content)
  SELECT id, 'description', 'am', 'በማንኛውም ሌላ ጉዳይ ያግኙን፤ ጥያቄዎን ለሚመለከተው ቡድን እናስተላልፋለን።' FROM request_type WHERE code = 'GENERAL';

-- ---------------------------------------------------------------------------------------------
-- Request fields
-- ---------------------------------------------------------------------------------------------
-- RIGHTS_INFO.topic
INSERT INTO request_field_text (owner_id, field, lang, content)
  SELECT f.id, 'label', 'ru', 'Тема' FROM request_field f JOIN request_type t ON t.id = f.request_type_id
  WHERE t.code = 'RIGHTS_INFO' AND f.code = 'topic';
INSERT INTO request_field_text (owner_id, field, lang, content)
  SELECT f.id, 'label', 'am', 'ርዕስ' FROM request_field f JOIN request_type t ON t.id = f.request_type_id
  WHERE t.code = 'RIGHTS_INFO' AND f.code = 'topic';
-- RIGHTS_INFO.description
INSERT INTO request_field_text (owner_id, field, lang, content)
  SELECT f.id, 'label', 'ru', 'Чем мы можем помочь?' FROM request_field f JOIN request_type t ON t.id = f.request_type_id
  WHERE t.code = 'RIGHTS_INFO' AND f.code = 'description';
INSERT INTO request_field_text (owner_id, field, lang, content)
  SELECT f.id, 'label', 'am', 'እንዴት ልንረዳዎ እንችላለን?' FROM request_field f JOIN request_type t ON t.id = f.request_type_id
  WHERE t.code = 'RIGHTS_INFO' AND f.code = 'description';
INSERT INTO request_field_text (owner_id, field, lang, content)
  SELECT f.id, 'hint', 'ru', 'Кратко опишите свою ситуацию и право или льготу, о которых хотите узнать.' FROM request_field f JOIN request_type t ON t.id = f.request_type_id
  WHERE t.code = 'RIGHTS_INFO' AND f.code = 'description';
INSERT INTO request_field_text (owner_id, field, lang, content)
  SELECT f.id, 'hint', 'am', 'ሁኔታዎን እና ማወቅ የሚፈልጉትን መብት ወይም ጥቅም በአጭሩ ይግለጹ።' FROM request_field f JOIN request_type t ON t.id = f.request_type_id
  WHERE t.code = 'RIGHTS_INFO' AND f.code = 'description';
-- MEDIATION.other_party_name
INSERT INTO request_field_text (owner_id, field, lang, content)
  SELECT f.id, 'label', 'ru', 'Имя другой стороны' FROM request_field f JOIN request_type t ON t.id = f.request_type_id
  WHERE t.code = 'MEDIATION' AND f.code = 'other_party_name';
INSERT INTO request_field_text (owner_id, field, lang, content)
  SELECT f.id, 'label', 'am', 'የሌላኛው ወገን ስም' FROM request_field f JOIN request_type t ON t.id = f.request_type_id
  WHERE t.code = 'MEDIATION' AND f.code = 'other_party_name';
INSERT INTO request_field_text (owner_id, field, lang, content)
  SELECT f.id, 'hint', 'ru', 'Сосед или соседи, с которыми у вас спор.' FROM request_field f JOIN request_type t ON t.id = f.request_type_id
  WHERE t.code = 'MEDIATION' AND f.code = 'other_party_name';
INSERT INTO request_field_text (owner_id, field, lang, content)
  SELECT f.id, 'hint', 'am', 'አለመግባባት ያለዎት ጎረቤት ወይም ጎረቤቶች።' FROM request_field f JOIN request_type t ON t.id = f.request_type_id
  WHERE t.code = 'MEDIATION' AND f.code = 'other_party_name';
-- MEDIATION.other_party_address
INSERT INTO request_field_text (owner_id, field, lang, content)
  SELECT f.id, 'label', 'ru', 'Адрес другой стороны' FROM request_field f JOIN request_type t ON t.id = f.request_type_id
  WHERE t.code = 'MEDIATION' AND f.code = 'other_party_address';
INSERT INTO request_field_text (owner_id, field, lang, content)
  SELECT f.id, 'label', 'am', 'የሌላኛው ወገን አድራሻ' FROM request_field f JOIN request_type t ON t.id = f.request_type_id
  WHERE t.code = 'MEDIATION' AND f.code = 'other_party_address';
-- MEDIATION.relationship
INSERT INTO request_field_text (owner_id, field, lang, content)
  SELECT f.id, 'label', 'ru', 'Где живёт другая сторона?' FROM request_field f JOIN request_type t ON t.id = f.request_type_id
  WHERE t.code = 'MEDIATION' AND f.code = 'relationship';
INSERT INTO request_field_text (owner_id, field, lang, content)
  SELECT f.id, 'label', 'am', 'ሌላኛው ወገን የሚኖረው የት ነው?' FROM request_field f JOIN request_type t ON t.id = f.request_type_id
  WHERE t.code = 'MEDIATION' AND f.code = 'relationship';
-- MEDIATION.dispute_description
INSERT INTO request_field_text (owner_id, field, lang, content)
  SELECT f.id, 'label', 'ru', 'Описание спора' FROM request_field f JOIN request_type t ON t.id = f.request_type_id
  WHERE t.code = 'MEDIATION' AND f.code = 'dispute_description';
INSERT INTO request_field_text (owner_id, field, lang, content)
  SELECT f.id, 'label', 'am', 'የአለመግባባቱ መግለጫ' FROM request_field f JOIN request_type t ON t.id = f.request_type_id
  WHERE t.code = 'MEDIATION' AND f.code = 'dispute_description';
INSERT INTO request_field_text (owner_id, field, lang, content)
  SELECT f.id, 'hint', 'ru', 'Что произошло, как долго это продолжается и что вы уже пробовали сделать.' FROM request_field f JOIN request_type t ON t.id = f.request_type_id
  WHERE t.code = 'MEDIATION' AND f.code = 'dispute_description';
INSERT INTO request_field_text (owner_id, field, lang, content)
  SELECT f.id, 'hint', 'am', 'ምን እንደተከሰተ፣ ምን ያህል ጊዜ እንደቆየ እና እስካሁን ምን እንደሞከሩ።' FROM request_field f JOIN request_type t ON t.id = f.request_type_id
  WHERE t.code = 'MEDIATION' AND f.code = 'dispute_description';
-- MEDIATION.other_party_aware
INSERT INTO request_field_text (owner_id, field, lang, content)
  SELECT f.id, 'label', 'ru', 'Знает ли другая сторона, что вы обращаетесь за медиацией?' FROM request_field f JOIN request_type t ON t.id = f.request_type_id
  WHERE t.code = 'MEDIATION' AND f.code = 'other_party_aware';
INSERT INTO request_field_text (owner_id, field, lang, content)
  SELECT f.id, 'label', 'am', 'ሽምግልና እየጠየቁ መሆኑን ሌላኛው ወገን ያውቃል?' FROM request_field f JOIN request_type t ON t.id = f.request_type_id
  WHERE t.code = 'MEDIATION' AND f.code = 'other_party_aware';
-- PROTECTION_CONTACT.description
INSERT INTO request_field_text (owner_id, field, lang, content)
  SELECT f.id, 'label', 'ru', 'Что вы хотите нам рассказать?' FROM request_field f JOIN request_type t ON t.id = f.request_type_id
  WHERE t.code = 'PROTECTION_CONTACT' AND f.code = 'description';
INSERT INTO request_field_text (owner_id, field, lang, content)
  SELECT f.id, 'label', 'am', 'ምን ሊነግሩን ይፈልጋሉ?' FROM request_field f JOIN request_type t ON t.id = f.request_type_id
  WHERE t.code = 'PROTECTION_CONTACT' AND f.code = 'description';
INSERT INTO request_field_text (owner_id, field, lang, content)
  SELECT f.id, 'hint', 'ru', 'Напишите только то, чем вам комфортно поделиться. Ваше обращение конфиденциально, его прочитает только команда.' FROM request_field f JOIN request_type t ON t.id = f.request_type_id
  WHERE t.code = 'PROTECTION_CONTACT' AND f.code = 'description';
INSERT INTO request_field_text (owner_id, field, lang, content)
  SELECT f.id, 'hint', 'am', 'ለማካፈል የሚመችዎትን ብቻ ይጻፉ። ጥያቄዎ ሚስጥራዊ ነው፤ የሚያነበውም ቡድኑ ብቻ ነው።' FROM request_field f JOIN request_type t ON t.id = f.request_type_id
  WHERE t.code = 'PROTECTION_CONTACT' AND f.code = 'description';
-- PROTECTION_CONTACT.concerns_child
INSERT INTO request_field_text (owner_id, field, lang, content)
  SELECT f.id, 'label', 'ru', 'Это касается ребёнка' FROM request_field f JOIN request_type t ON t.id = f.request_type_id
  WHERE t.code = 'PROTECTION_CONTACT' AND f.code = 'concerns_child';
INSERT INTO request_field_text (owner_id, field, lang, content)
  SELECT f.id, 'label', 'am', 'ይህ ጉዳይ ልጅን ይመለከታል' FROM request_field f JOIN request_type t ON t.id = f.request_type_id
  WHERE t.code = 'PROTECTION_CONTACT' AND f.code = 'concerns_child';
-- PROTECTION_CONTACT.safe_contact_time
INSERT INTO request_field_text (owner_id, field, lang, content)
  SELECT f.id, 'label', 'ru', 'Когда и как с вами безопасно связаться?' FROM request_field f JOIN request_type t ON t.id = f.request_type_id
  WHERE t.code = 'PROTECTION_CONTACT' AND f.code = 'safe_contact_time';
INSERT INTO request_field_text (owner_id, field, lang, content)
  SELECT f.id, 'label', 'am', 'መቼና እንዴት ብናገኝዎ ለእርስዎ ደኅንነቱ የተጠበቀ ነው?' FROM request_field f JOIN request_type t ON t.id = f.request_type_id
  WHERE t.code = 'PROTECTION_CONTACT' AND f.code = 'safe_contact_time';
INSERT INTO request_field_text (owner_id, field, lang, content)
  SELECT f.id, 'hint', 'ru', 'Например: только по телефону, в будние дни после 16:00.' FROM request_field f JOIN request_type t ON t.id = f.request_type_id
  WHERE t.code = 'PROTECTION_CONTACT' AND f.code = 'safe_contact_time';
INSERT INTO request_field_text (owner_id, field, lang, content)
  SELECT f.id, 'hint', 'am', 'ለምሳሌ፦ በስልክ ብቻ፣ በሥራ ቀናት ከ16:00 በኋላ።' FROM request_field f JOIN request_type t ON t.id = f.request_type_id
  WHERE t.code = 'PROTECTION_CONTACT' AND f.code = 'safe_contact_time';
-- HOUSE_COMMITTEE.building_address
INSERT INTO request_field_text (owner_id, field, lang, content)
  SELECT f.id, 'label', 'ru', 'Адрес дома' FROM request_field f JOIN request_type t ON t.id = f.request_type_id
  WHERE t.code = 'HOUSE_COMMITTEE' AND f.code = 'building_address';
INSERT INTO request_field_text (owner_id, field, lang, content)
  SELECT f.id, 'label', 'am', 'የሕንፃው አድራሻ' FROM request_field f JOIN request_type t ON t.id = f.request_type_id
  WHERE t.code = 'HOUSE_COMMITTEE' AND f.code = 'building_address';
-- HOUSE_COMMITTEE.issue
INSERT INTO request_field_text (owner_id, field, lang, content)
  SELECT f.id, 'label', 'ru', 'О чём ваше обращение?' FROM request_field f JOIN request_type t ON t.id = f.request_type_id
  WHERE t.code = 'HOUSE_COMMITTEE' AND f.code = 'issue';
INSERT INTO request_field_text (owner_id, field, lang, content)
  SELECT f.id, 'label', 'am', 'ጥያቄው ስለ ምንድን ነው?' FROM request_field f JOIN request_type t ON t.id = f.request_type_id
  WHERE t.code = 'HOUSE_COMMITTEE' AND f.code = 'issue';
-- HOUSE_COMMITTEE.description
INSERT INTO request_field_text (owner_id, field, lang, content)
  SELECT f.id, 'label', 'ru', 'Подробности' FROM request_field f JOIN request_type t ON t.id = f.request_type_id
  WHERE t.code = 'HOUSE_COMMITTEE' AND f.code = 'description';
INSERT INTO request_field_text (owner_id, field, lang, content)
  SELECT f.id, 'label', 'am', 'ዝርዝር መረጃ' FROM request_field f JOIN request_type t ON t.id = f.request_type_id
  WHERE t.code = 'HOUSE_COMMITTEE' AND f.code = 'description';
-- EMERGENCY_TEAM.registration_kind
INSERT INTO request_field_text (owner_id, field, lang, content)
  SELECT f.id, 'label', 'ru', 'Что вы хотите сделать?' FROM request_field f JOIN request_type t ON t.id = f.request_type_id
  WHERE t.code = 'EMERGENCY_TEAM' AND f.code = 'registration_kind';
INSERT INTO request_field_text (owner_id, field, lang, content)
  SELECT f.id, 'label', 'am', 'ምን ማድረግ ይፈልጋሉ?' FROM request_field f JOIN request_type t ON t.id = f.request_type_id
  WHERE t.code = 'EMERGENCY_TEAM' AND f.code = 'registration_kind';
-- EMERGENCY_TEAM.team_area
INSERT INTO request_field_text (owner_id, field, lang, content)
  SELECT f.id, 'label', 'ru', 'Направление в команде' FROM request_field f JOIN request_type t ON t.id = f.request_type_id
  WHERE t.code = 'EMERGENCY_TEAM' AND f.code = 'team_area';
INSERT INTO request_field_text (owner_id, field, lang, content)
  SELECT f.id, 'label', 'am', 'በቡድኑ ውስጥ ያለ ዘርፍ' FROM request_field f JOIN request_type t ON t.id = f.request_type_id
  WHERE t.code = 'EMERGENCY_TEAM' AND f.code = 'team_area';
INSERT INTO request_field_text (owner_id, field, lang, content)
  SELECT f.id, 'hint', 'ru', 'Если вы вступаете в команду: направление, в котором вы хотели бы работать.' FROM request_field f JOIN request_type t ON t.id = f.request_type_id
  WHERE t.code = 'EMERGENCY_TEAM' AND f.code = 'team_area';
INSERT INTO request_field_text (owner_id, field, lang, content)
  SELECT f.id, 'hint', 'am', 'ቡድኑን የሚቀላቀሉ ከሆነ፦ መሥራት የሚፈልጉበት ዘርፍ።' FROM request_field f JOIN request_type t ON t.id = f.request_type_id
  WHERE t.code = 'EMERGENCY_TEAM' AND f.code = 'team_area';
-- EMERGENCY_TEAM.special_needs
INSERT INTO request_field_text (owner_id, field, lang, content)
  SELECT f.id, 'label', 'ru', 'Особые потребности в чрезвычайной ситуации' FROM request_field f JOIN request_type t ON t.id = f.request_type_id
  WHERE t.code = 'EMERGENCY_TEAM' AND f.code = 'special_needs';
INSERT INTO request_field_text (owner_id, field, lang, content)
  SELECT f.id, 'label', 'am', 'በአደጋ ጊዜ ልዩ ፍላጎቶች' FROM request_field f JOIN request_type t ON t.id = f.request_type_id
  WHERE t.code = 'EMERGENCY_TEAM' AND f.code = 'special_needs';
INSERT INTO request_field_text (owner_id, field, lang, content)
  SELECT f.id, 'hint', 'ru', 'Кому в вашей семье нужно особое внимание в чрезвычайной ситуации и что именно нужно. Например: ограниченная подвижность, медицинское оборудование, человек, который живёт один.' FROM request_field f JOIN request_type t ON t.id = f.request_type_id
  WHERE t.code = 'EMERGENCY_TEAM' AND f.code = 'special_needs';
INSERT INTO request_field_text (owner_id, field, lang, content)
  SELECT f.id, 'hint', 'am', 'በቤተሰብዎ ውስጥ በአደጋ ጊዜ ልዩ ትኩረት የሚያስፈልገው ማን እንደሆነና ምን እንደሚያስፈልገው። ለምሳሌ፦ የእንቅስቃሴ ውስንነት፣ የሕክምና መሣሪያ፣ ብቻውን የሚኖር ሰው።' FROM request_field f JOIN request_type t ON t.id = f.request_type_id
  WHERE t.code = 'EMERGENCY_TEAM' AND f.code = 'special_needs';
-- EMERGENCY_TEAM.household_size
INSERT INTO request_field_text (owner_id, field, lang, content)
  SELECT f.id, 'label', 'ru', 'Количество членов семьи, живущих вместе' FROM request_field f JOIN request_type t ON t.id = f.request_type_id
  WHERE t.code = 'EMERGENCY_TEAM' AND f.code = 'household_size';
INSERT INTO request_field_text (owner_id, field, lang, content)
  SELECT f.id, 'label', 'am', 'በቤትዎ የሚኖሩ ሰዎች ብዛት' FROM request_field f JOIN request_type t ON t.id = f.request_type_id
  WHERE t.code = 'EMERGENCY_TEAM' AND f.code = 'household_size';
-- CRISIS_SUPPORT.crisis_kind
INSERT INTO request_field_text (owner_id, field, lang, content)
  SELECT f.id, 'label', 'ru', 'Что переживает семья?' FROM request_field f JOIN request_type t ON t.id = f.request_type_id
  WHERE t.code = 'CRISIS_SUPPORT' AND f.code = 'crisis_kind';
INSERT INTO request_field_text (owner_id, field, lang, content)
  SELECT f.id, 'label', 'am', 'ቤተሰቡ ምን እያጋጠመው ነው?' FROM request_field f JOIN request_type t ON t.id = f.request_type_id
  WHERE t.code = 'CRISIS_SUPPORT' AND f.code = 'crisis_kind';
-- CRISIS_SUPPORT.family_size
INSERT INTO request_field_text (owner_id, field, lang, content)
  SELECT f.id, 'label', 'ru', 'Количество членов семьи' FROM request_field f JOIN request_type t ON t.id = f.request_type_id
  WHERE t.code = 'CRISIS_SUPPORT' AND f.code = 'family_size';
INSERT INTO request_field_text (owner_id, field, lang, content)
  SELECT f.id, 'label', 'am', 'የቤተሰብ አባላት ብዛት' FROM request_field f JOIN request_type t ON t.id = f.request_type_id
  WHERE t.code = 'CRISIS_SUPPORT' AND f.code = 'family_size';
-- CRISIS_SUPPORT.description
INSERT INTO request_field_text (owner_id, field, lang, content)
  SELECT f.id, 'label', 'ru', 'Какая помощь нужна?' FROM request_field f JOIN request_type t ON t.id = f.request_type_id
  WHERE t.code = 'CRISIS_SUPPORT' AND f.code = 'description';
INSERT INTO request_field_text (owner_id, field, lang, content)
  SELECT f.id, 'label', 'am', 'ምን ዓይነት እርዳታ ያስፈልጋል?' FROM request_field f JOIN request_type t ON t.id = f.request_type_id
  WHERE t.code = 'CRISIS_SUPPORT' AND f.code = 'description';
INSERT INTO request_field_text (owner_id, field, lang, content)
  SELECT f.id, 'hint', 'ru', 'Например: готовая еда, поездки на машине, помощь с детьми или визиты.' FROM request_field f JOIN request_type t ON t.id = f.request_type_id
  WHERE t.code = 'CRISIS_SUPPORT' AND f.code = 'description';
INSERT INTO request_field_text (owner_id, field, lang, content)
  SELECT f.id, 'hint', 'am', 'ለምሳሌ፦ ምግብ፣ መጓጓዣ፣ ልጆችን በመንከባከብ እገዛ ወይም ጉብኝት።' FROM request_field f JOIN request_type t ON t.id = f.request_type_id
  WHERE t.code = 'CRISIS_SUPPORT' AND f.code = 'description';
-- SELF_HELP.wish
INSERT INTO request_field_text (owner_id, field, lang, content)
  SELECT f.id, 'label', 'ru', 'Что вы хотите?' FROM request_field f JOIN request_type t ON t.id = f.request_type_id
  WHERE t.code = 'SELF_HELP' AND f.code = 'wish';
INSERT INTO request_field_text (owner_id, field, lang, content)
  SELECT f.id, 'label', 'am', 'ምን ይፈልጋሉ?' FROM request_field f JOIN request_type t ON t.id = f.request_type_id
  WHERE t.code = 'SELF_HELP' AND f.code = 'wish';
-- SELF_HELP.topic
INSERT INTO request_field_text (owner_id, field, lang, content)
  SELECT f.id, 'label', 'ru', 'Тема группы' FROM request_field f JOIN request_type t ON t.id = f.request_type_id
  WHERE t.code = 'SELF_HELP' AND f.code = 'topic';
INSERT INTO request_field_text (owner_id, field, lang, content)
  SELECT f.id, 'label', 'am', 'የቡድኑ ርዕስ' FROM request_field f JOIN request_type t ON t.id = f.request_type_id
  WHERE t.code = 'SELF_HELP' AND f.code = 'topic';
INSERT INTO request_field_text (owner_id, field, lang, content)
  SELECT f.id, 'hint', 'ru', 'Общая тема или трудность, например: родители детей с особыми потребностями.' FROM request_field f JOIN request_type t ON t.id = f.request_type_id
  WHERE t.code = 'SELF_HELP' AND f.code = 'topic';
INSERT INTO request_field_text (owner_id, field, lang, content)
  SELECT f.id, 'hint', 'am', 'የጋራ ጉዳዩ ወይም ችግሩ፤ ለምሳሌ፦ ልዩ ፍላጎት ያላቸው ልጆች ወላጆች።' FROM request_field f JOIN request_type t ON t.id = f.request_type_id
  WHERE t.code = 'SELF_HELP' AND f.code = 'topic';
-- SELF_HELP.description
INSERT INTO request_field_text (owner_id, field, lang, content)
  SELECT f.id, 'label', 'ru', 'Дополнительные подробности' FROM request_field f JOIN request_type t ON t.id = f.request_type_id
  WHERE t.code = 'SELF_HELP' AND f.code = 'description';
INSERT INTO request_field_text (owner_id, field, lang, content)
  SELECT f.id, 'label', 'am', 'ተጨማሪ ዝርዝሮች' FROM request_field f JOIN request_type t ON t.id = f.request_type_id
  WHERE t.code = 'SELF_HELP' AND f.code = 'description';
-- VOLUNTEER.skills
INSERT INTO request_field_text (owner_id, field, lang, content)
  SELECT f.id, 'label', 'ru', 'Чем вы хотите и можете помочь?' FROM request_field f JOIN request_type t ON t.id = f.request_type_id
  WHERE t.code = 'VOLUNTEER' AND f.code = 'skills';
INSERT INTO request_field_text (owner_id, field, lang, content)
  SELECT f.id, 'label', 'am', 'ምን ማበርከት ይፈልጋሉ፣ ምንስ ማበርከት ይችላሉ?' FROM request_field f JOIN request_type t ON t.id = f.request_type_id
  WHERE t.code = 'VOLUNTEER' AND f.code = 'skills';
INSERT INTO request_field_text (owner_id, field, lang, content)
  SELECT f.id, 'hint', 'ru', 'Навыки, опыт и интересы.' FROM request_field f JOIN request_type t ON t.id = f.request_type_id
  WHERE t.code = 'VOLUNTEER' AND f.code = 'skills';
INSERT INTO request_field_text (owner_id, field, lang, content)
  SELECT f.id, 'hint', 'am', 'ችሎታዎች፣ ልምድ እና የሚስቡዎት ጉዳዮች።' FROM request_field f JOIN request_type t ON t.id = f.request_type_id
  WHERE t.code = 'VOLUNTEER' AND f.code = 'skills';
-- VOLUNTEER.availability
INSERT INTO request_field_text (owner_id, field, lang, content)
  SELECT f.id, 'label', 'ru', 'Когда вы свободны?' FROM request_field f JOIN request_type t ON t.id = f.request_type_id
  WHERE t.code = 'VOLUNTEER' AND f.code = 'availability';
INSERT INTO request_field_text (owner_id, field, lang, content)
  SELECT f.id, 'label', 'am', 'መቼ ይገኛሉ?' FROM request_field f JOIN request_type t ON t.id = f.request_type_id
  WHERE t.code = 'VOLUNTEER' AND f.code = 'availability';
-- VOLUNTEER.areas
INSERT INTO request_field_text (owner_id, field, lang, content)
  SELECT f.id, 'label', 'ru', 'Направления волонтёрства' FROM request_field f JOIN request_type t ON t.id = f.request_type_id
  WHERE t.code = 'VOLUNTEER' AND f.code = 'areas';
INSERT INTO request_field_text (owner_id, field, lang, content)
  SELECT f.id, 'label', 'am', 'የበጎ ፈቃድ ዘርፎች' FROM request_field f JOIN request_type t ON t.id = f.request_type_id
  WHERE t.code = 'VOLUNTEER' AND f.code = 'areas';
-- VOLUNTEER.professional_background
INSERT INTO request_field_text (owner_id, field, lang, content)
  SELECT f.id, 'label', 'ru', 'Профессиональный опыт' FROM request_field f JOIN request_type t ON t.id = f.request_type_id
  WHERE t.code = 'VOLUNTEER' AND f.code = 'professional_background';
INSERT INTO request_field_text (owner_id, field, lang, content)
  SELECT f.id, 'label', 'am', 'የሙያ ዳራ' FROM request_field f JOIN request_type t ON t.id = f.request_type_id
  WHERE t.code = 'VOLUNTEER' AND f.code = 'professional_background';
INSERT INTO request_field_text (owner_id, field, lang, content)
  SELECT f.id, 'hint', 'ru', 'Специалисты, которые работают сейчас или работали раньше, могут указать свою область.' FROM request_field f JOIN request_type t ON t.id = f.request_type_id
  WHERE t.code = 'VOLUNTEER' AND f.code = 'professional_background';
INSERT INTO request_field_text (owner_id, field, lang, content)
  SELECT f.id, 'hint', 'am', 'አሁን ባለሙያ የሆኑም ሆኑ ቀደም ሲል የነበሩ፣ የሙያ ዘርፋቸውን እንዲጠቅሱ እንጋብዛለን።' FROM request_field f JOIN request_type t ON t.id = f.request_type_id
  WHERE t.code = 'VOLUNTEER' AND f.code = 'professional_background';
-- SENIORS.programme
INSERT INTO request_field_text (owner_id, field, lang, content)
  SELECT f.id, 'label', 'ru', 'Программа или тема' FROM request_field f JOIN request_type t ON t.id = f.request_type_id
  WHERE t.code = 'SENIORS' AND f.code = 'programme';
INSERT INTO request_field_text (owner_id, field, lang, content)
  SELECT f.id, 'label', 'am', 'ፕሮግራም ወይም ርዕስ' FROM request_field f JOIN request_type t ON t.id = f.request_type_id
  WHERE t.code = 'SENIORS' AND f.code = 'programme';
-- SENIORS.description
INSERT INTO request_field_text (owner_id, field, lang, content)
  SELECT f.id, 'label', 'ru', 'Дополнительные подробности' FROM request_field f JOIN request_type t ON t.id = f.request_type_id
  WHERE t.code = 'SENIORS' AND f.code = 'description';
INSERT INTO request_field_text (owner_id, field, lang, content)
  SELECT f.id, 'label', 'am', 'ተጨማሪ ዝርዝሮች' FROM request_field f JOIN request_type t ON t.id = f.request_type_id
  WHERE t.code = 'SENIORS' AND f.code = 'description';
-- GENERAL.subject
INSERT INTO request_field_text (owner_id, field, lang, content)
  SELECT f.id, 'label', 'ru', 'Тема' FROM request_field f JOIN request_type t ON t.id = f.request_type_id
  WHERE t.code = 'GENERAL' AND f.code = 'subject';
INSERT INTO request_field_text (owner_id, field, lang, content)
  SELECT f.id, 'label', 'am', 'ርዕስ' FROM request_field f JOIN request_type t ON t.id = f.request_type_id
  WHERE t.code = 'GENERAL' AND f.code = 'subject';
-- GENERAL.description
INSERT INTO request_field_text (owner_id, field, lang, content)
  SELECT f.id, 'label', 'ru', 'Описание обращения' FROM request_field f JOIN request_type t ON t.id = f.request_type_id
  WHERE t.code = 'GENERAL' AND f.code = 'description';
INSERT INTO request_field_text (owner_id, field, lang, content)
  SELECT f.id, 'label', 'am', 'የጥያቄው መግለጫ' FROM request_field f JOIN request_type t ON t.id = f.request_type_id
  WHERE t.code = 'GENERAL' AND f.code = 'description';

-- ---------------------------------------------------------------------------------------------
-- Options of the CHOICE and MULTI_CHOICE fields
-- ---------------------------------------------------------------------------------------------
-- RIGHTS_INFO.topic
INSERT INTO request_field_option_text (owner_id, field, lang, content)
  SELECT o.id, 'label', 'ru', 'Права переживших Холокост' FROM request_field_option o JOIN request_field f ON f.id = o.field_id
  JOIN request_type t ON t.id = f.request_type_id WHERE t.code = 'RIGHTS_INFO' AND f.code = 'topic' AND o.code = 'HOLOCAUST_SURVIVOR';
INSERT INTO request_field_option_text (owner_id, field, lang, content)
  SELECT o.id, 'label', 'am', 'ከሆሎኮስት የተረፉ ሰዎች መብቶች' FROM request_field_option o JOIN request_field f ON f.id = o.field_id
  JOIN request_type t ON t.id = f.request_type_id WHERE t.code = 'RIGHTS_INFO' AND f.code = 'topic' AND o.code = 'HOLOCAUST_SURVIVOR';
INSERT INTO request_field_option_text (owner_id, field, lang, content)
  SELECT o.id, 'label', 'ru', 'Права пожилых граждан' FROM request_field_option o JOIN request_field f ON f.id = o.field_id
  JOIN request_type t ON t.id = f.request_type_id WHERE t.code = 'RIGHTS_INFO' AND f.code = 'topic' AND o.code = 'SENIOR_CITIZEN';
INSERT INTO request_field_option_text (owner_id, field, lang, content)
  SELECT o.id, 'label', 'am', 'የአረጋውያን ዜጎች መብቶች' FROM request_field_option o JOIN request_field f ON f.id = o.field_id
  JOIN request_type t ON t.id = f.request_type_id WHERE t.code = 'RIGHTS_INFO' AND f.code = 'topic' AND o.code = 'SENIOR_CITIZEN';
INSERT INTO request_field_option_text (owner_id, field, lang, content)
  SELECT o.id, 'label', 'ru', 'Инвалидность' FROM request_field_option o JOIN request_field f ON f.id = o.field_id
  JOIN request_type t ON t.id = f.request_type_id WHERE t.code = 'RIGHTS_INFO' AND f.code = 'topic' AND o.code = 'DISABILITY';
INSERT INTO request_field_option_text (owner_id, field, lang, content)
  SELECT o.id, 'label', 'am', 'አካል ጉዳት' FROM request_field_option o JOIN request_field f ON f.id = o.field_id
  JOIN request_type t ON t.id = f.request_type_id WHERE t.code = 'RIGHTS_INFO' AND f.code = 'topic' AND o.code = 'DISABILITY';
INSERT INTO request_field_option_text (owner_id, field, lang, content)
  SELECT o.id, 'label', 'ru', 'Жильё' FROM request_field_option o JOIN request_field f ON f.id = o.field_id
  JOIN request_type t ON t.id = f.request_type_id WHERE t.code = 'RIGHTS_INFO' AND f.code = 'topic' AND o.code = 'HOUSING';
INSERT INTO request_field_option_text (owner_id, field, lang, content)
  SELECT o.id, 'label', 'am', 'መኖሪያ ቤት' FROM request_field_option o JOIN request_field f ON f.id = o.field_id
  JOIN request_type t ON t.id = f.request_type_id WHERE t.code = 'RIGHTS_INFO' AND f.code = 'topic' AND o.code = 'HOUSING';
INSERT INTO request_field_option_text (owner_id, field, lang, content)
  SELECT o.id, 'label', 'ru', 'Гарантия дохода и пособия' FROM request_field_option o JOIN request_field f ON f.id = o.field_id
  JOIN request_type t ON t.id = f.request_type_id WHERE t.code = 'RIGHTS_INFO' AND f.code = 'topic' AND o.code = 'INCOME_SUPPORT';
INSERT INTO request_field_option_text (owner_id, field, lang, content)
  SELECT o.id, 'label', 'am', 'የገቢ ዋስትናና አበሎች' FROM request_field_option o JOIN request_field f ON f.id = o.field_id
  JOIN request_type t ON t.id = f.request_type_id WHERE t.code = 'RIGHTS_INFO' AND f.code = 'topic' AND o.code = 'INCOME_SUPPORT';
INSERT INTO request_field_option_text (owner_id, field, lang, content)
  SELECT o.id, 'label', 'ru', 'Другое' FROM request_field_option o JOIN request_field f ON f.id = o.field_id
  JOIN request_type t ON t.id = f.request_type_id WHERE t.code = 'RIGHTS_INFO' AND f.code = 'topic' AND o.code = 'OTHER';
INSERT INTO request_field_option_text (owner_id, field, lang, content)
  SELECT o.id, 'label', 'am', 'ሌላ' FROM request_field_option o JOIN request_field f ON f.id = o.field_id
  JOIN request_type t ON t.id = f.request_type_id WHERE t.code = 'RIGHTS_INFO' AND f.code = 'topic' AND o.code = 'OTHER';
-- MEDIATION.relationship
INSERT INTO request_field_option_text (owner_id, field, lang, content)
  SELECT o.id, 'label', 'ru', 'В том же доме' FROM request_field_option o JOIN request_field f ON f.id = o.field_id
  JOIN request_type t ON t.id = f.request_type_id WHERE t.code = 'MEDIATION' AND f.code = 'relationship' AND o.code = 'SAME_BUILDING';
INSERT INTO request_field_option_text (owner_id, field, lang, content)
  SELECT o.id, 'label', 'am', 'በዚያው ሕንፃ' FROM request_field_option o JOIN request_field f ON f.id = o.field_id
  JOIN request_type t ON t.id = f.request_type_id WHERE t.code = 'MEDIATION' AND f.code = 'relationship' AND o.code = 'SAME_BUILDING';
INSERT INTO request_field_option_text (owner_id, field, lang, content)
  SELECT o.id, 'label', 'ru', 'В соседнем доме' FROM request_field_option o JOIN request_field f ON f.id = o.field_id
  JOIN request_type t ON t.id = f.request_type_id WHERE t.code = 'MEDIATION' AND f.code = 'relationship' AND o.code = 'NEIGHBOURING_BUILDING';
INSERT INTO request_field_option_text (owner_id, field, lang, content)
  SELECT o.id, 'label', 'am', 'በአጎራባች ሕንፃ' FROM request_field_option o JOIN request_field f ON f.id = o.field_id
  JOIN request_type t ON t.id = f.request_type_id WHERE t.code = 'MEDIATION' AND f.code = 'relationship' AND o.code = 'NEIGHBOURING_BUILDING';
INSERT INTO request_field_option_text (owner_id, field, lang, content)
  SELECT o.id, 'label', 'ru', 'На той же улице' FROM request_field_option o JOIN request_field f ON f.id = o.field_id
  JOIN request_type t ON t.id = f.request_type_id WHERE t.code = 'MEDIATION' AND f.code = 'relationship' AND o.code = 'SAME_STREET';
INSERT INTO request_field_option_text (owner_id, field, lang, content)
  SELECT o.id, 'label', 'am', 'በዚያው መንገድ' FROM request_field_option o JOIN request_field f ON f.id = o.field_id
  JOIN request_type t ON t.id = f.request_type_id WHERE t.code = 'MEDIATION' AND f.code = 'relationship' AND o.code = 'SAME_STREET';
INSERT INTO request_field_option_text (owner_id, field, lang, content)
  SELECT o.id, 'label', 'ru', 'Другое' FROM request_field_option o JOIN request_field f ON f.id = o.field_id
  JOIN request_type t ON t.id = f.request_type_id WHERE t.code = 'MEDIATION' AND f.code = 'relationship' AND o.code = 'OTHER';
INSERT INTO request_field_option_text (owner_id, field, lang, content)
  SELECT o.id, 'label', 'am', 'ሌላ' FROM request_field_option o JOIN request_field f ON f.id = o.field_id
  JOIN request_type t ON t.id = f.request_type_id WHERE t.code = 'MEDIATION' AND f.code = 'relationship' AND o.code = 'OTHER';
-- HOUSE_COMMITTEE.issue
INSERT INTO request_field_option_text (owner_id, field, lang, content)
  SELECT o.id, 'label', 'ru', 'Создание домового комитета' FROM request_field_option o JOIN request_field f ON f.id = o.field_id
  JOIN request_type t ON t.id = f.request_type_id WHERE t.code = 'HOUSE_COMMITTEE' AND f.code = 'issue' AND o.code = 'FOUND_COMMITTEE';
INSERT INTO request_field_option_text (owner_id, field, lang, content)
  SELECT o.id, 'label', 'am', 'የቤት ኮሚቴ ማቋቋም' FROM request_field_option o JOIN request_field f ON f.id = o.field_id
  JOIN request_type t ON t.id = f.request_type_id WHERE t.code = 'HOUSE_COMMITTEE' AND f.code = 'issue' AND o.code = 'FOUND_COMMITTEE';
INSERT INTO request_field_option_text (owner_id, field, lang, content)
  SELECT o.id, 'label', 'ru', 'Консультации и сопровождение для существующего комитета' FROM request_field_option o JOIN request_field f ON f.id = o.field_id
  JOIN request_type t ON t.id = f.request_type_id WHERE t.code = 'HOUSE_COMMITTEE' AND f.code = 'issue' AND o.code = 'COMMITTEE_SUPPORT';
INSERT INTO request_field_option_text (owner_id, field, lang, content)
  SELECT o.id, 'label', 'am', 'ለነባር ኮሚቴ ምክርና ድጋፍ' FROM request_field_option o JOIN request_field f ON f.id = o.field_id
  JOIN request_type t ON t.id = f.request_type_id WHERE t.code = 'HOUSE_COMMITTEE' AND f.code = 'issue' AND o.code = 'COMMITTEE_SUPPORT';
INSERT INTO request_field_option_text (owner_id, field, lang, content)
  SELECT o.id, 'label', 'ru', 'Владелец квартиры, который не платит или нарушает правила' FROM request_field_option o JOIN request_field f ON f.id = o.field_id
  JOIN request_type t ON t.id = f.request_type_id WHERE t.code = 'HOUSE_COMMITTEE' AND f.code = 'issue' AND o.code = 'DEFAULTING_OWNER';
INSERT INTO request_field_option_text (owner_id, field, lang, content)
  SELECT o.id, 'label', 'am', 'የማይከፍል ወይም ደንቦችን የሚጥስ ባለቤት' FROM request_field_option o JOIN request_field f ON f.id = o.field_id
  JOIN request_type t ON t.id = f.request_type_id WHERE t.code = 'HOUSE_COMMITTEE' AND f.code = 'issue' AND o.code = 'DEFAULTING_OWNER';
INSERT INTO request_field_option_text (owner_id, field, lang, content)
  SELECT o.id, 'label', 'ru', 'Поведение соседей в доме' FROM request_field_option o JOIN request_field f ON f.id = o.field_id
  JOIN request_type t ON t.id = f.request_type_id WHERE t.code = 'HOUSE_COMMITTEE' AND f.code = 'issue' AND o.code = 'NEIGHBOUR_CONDUCT';
INSERT INTO request_field_option_text (owner_id, field, lang, content)
  SELECT o.id, 'label', 'am', 'በሕንፃው ውስጥ የጎረቤቶች ባህሪ' FROM request_field_option o JOIN request_field f ON f.id = o.field_id
  JOIN request_type t ON t.id = f.request_type_id WHERE t.code = 'HOUSE_COMMITTEE' AND f.code = 'issue' AND o.code = 'NEIGHBOUR_CONDUCT';
INSERT INTO request_field_option_text (owner_id, field, lang, content)
  SELECT o.id, 'label', 'ru', 'Другое' FROM request_field_option o JOIN request_field f ON f.id = o.field_id
  JOIN request_type t ON t.id = f.request_type_id WHERE t.code = 'HOUSE_COMMITTEE' AND f.code = 'issue' AND o.code = 'OTHER';
INSERT INTO request_field_option_text (owner_id, field, lang, content)
  SELECT o.id, 'label', 'am', 'ሌላ' FROM request_field_option o JOIN request_field f ON f.id = o.field_id
  JOIN request_type t ON t.id = f.request_type_id WHERE t.code = 'HOUSE_COMMITTEE' AND f.code = 'issue' AND o.code = 'OTHER';
-- EMERGENCY_TEAM.registration_kind
INSERT INTO request_field_option_text (owner_id, field, lang, content)
  SELECT o.id, 'label', 'ru', 'Вступить в команду экстренного реагирования волонтёром' FROM request_field_option o JOIN request_field f ON f.id = o.field_id
  JOIN request_type t ON t.id = f.request_type_id WHERE t.code = 'EMERGENCY_TEAM' AND f.code = 'registration_kind' AND o.code = 'JOIN_TEAM';
INSERT INTO request_field_option_text (owner_id, field, lang, content)
  SELECT o.id, 'label', 'am', 'የአደጋ ጊዜ ቡድኑን በበጎ ፈቃደኝነት መቀላቀል' FROM request_field_option o JOIN request_field f ON f.id = o.field_id
  JOIN request_type t ON t.id = f.request_type_id WHERE t.code = 'EMERGENCY_TEAM' AND f.code = 'registration_kind' AND o.code = 'JOIN_TEAM';
INSERT INTO request_field_option_text (owner_id, field, lang, content)
  SELECT o.id, 'label', 'ru', 'Зарегистрировать особые потребности на случай чрезвычайной ситуации' FROM request_field_option o JOIN request_field f ON f.id = o.field_id
  JOIN request_type t ON t.id = f.request_type_id WHERE t.code = 'EMERGENCY_TEAM' AND f.code = 'registration_kind' AND o.code = 'REGISTER_SPECIAL_NEEDS';
INSERT INTO request_field_option_text (owner_id, field, lang, content)
  SELECT o.id, 'label', 'am', 'ለአደጋ ጊዜ ልዩ ፍላጎቶችን ማስመዝገብ' FROM request_field_option o JOIN request_field f ON f.id = o.field_id
  JOIN request_type t ON t.id = f.request_type_id WHERE t.code = 'EMERGENCY_TEAM' AND f.code = 'registration_kind' AND o.code = 'REGISTER_SPECIAL_NEEDS';
-- EMERGENCY_TEAM.team_area
INSERT INTO request_field_option_text (owner_id, field, lang, content)
  SELECT o.id, 'label', 'ru', 'Штаб' FROM request_field_option o JOIN request_field f ON f.id = o.field_id
  JOIN request_type t ON t.id = f.request_type_id WHERE t.code = 'EMERGENCY_TEAM' AND f.code = 'team_area' AND o.code = 'HEADQUARTERS';
INSERT INTO request_field_option_text (owner_id, field, lang, content)
  SELECT o.id, 'label', 'am', 'የማዘዣ ማዕከል' FROM request_field_option o JOIN request_field f ON f.id = o.field_id
  JOIN request_type t ON t.id = f.request_type_id WHERE t.code = 'EMERGENCY_TEAM' AND f.code = 'team_area' AND o.code = 'HEADQUARTERS';
INSERT INTO request_field_option_text (owner_id, field, lang, content)
  SELECT o.id, 'label', 'ru', 'Безопасность и медицина' FROM request_field_option o JOIN request_field f ON f.id = o.field_id
  JOIN request_type t ON t.id = f.request_type_id WHERE t.code = 'EMERGENCY_TEAM' AND f.code = 'team_area' AND o.code = 'SECURITY_MEDICAL';
INSERT INTO request_field_option_text (owner_id, field, lang, content)
  SELECT o.id, 'label', 'am', 'ጸጥታና ሕክምና' FROM request_field_option o JOIN request_field f ON f.id = o.field_id
  JOIN request_type t ON t.id = f.request_type_id WHERE t.code = 'EMERGENCY_TEAM' AND f.code = 'team_area' AND o.code = 'SECURITY_MEDICAL';
INSERT INTO request_field_option_text (owner_id, field, lang, content)
  SELECT o.id, 'label', 'ru', 'Социальная помощь и образование' FROM request_field_option o JOIN request_field f ON f.id = o.field_id
  JOIN request_type t ON t.id = f.request_type_id WHERE t.code = 'EMERGENCY_TEAM' AND f.code = 'team_area' AND o.code = 'WELFARE_EDUCATION';
INSERT INTO request_field_option_text (owner_id, field, lang, content)
  SELECT o.id, 'label', 'am', 'ማኅበራዊ ደኅንነትና ትምህርት' FROM request_field_option o JOIN request_field f ON f.id = o.field_id
  JOIN request_type t ON t.id = f.request_type_id WHERE t.code = 'EMERGENCY_TEAM' AND f.code = 'team_area' AND o.code = 'WELFARE_EDUCATION';
INSERT INTO request_field_option_text (owner_id, field, lang, content)
  SELECT o.id, 'label', 'ru', 'Логистика' FROM request_field_option o JOIN request_field f ON f.id = o.field_id
  JOIN request_type t ON t.id = f.request_type_id WHERE t.code = 'EMERGENCY_TEAM' AND f.code = 'team_area' AND o.code = 'LOGISTICS';
INSERT INTO request_field_option_text (owner_id, field, lang, content)
  SELECT o.id, 'label', 'am', 'ሎጂስቲክስ' FROM request_field_option o JOIN request_field f ON f.id = o.field_id
  JOIN request_type t ON t.id = f.request_type_id WHERE t.code = 'EMERGENCY_TEAM' AND f.code = 'team_area' AND o.code = 'LOGISTICS';
INSERT INTO request_field_option_text (owner_id, field, lang, content)
  SELECT o.id, 'label', 'ru', 'Пресс-служба' FROM request_field_option o JOIN request_field f ON f.id = o.field_id
  JOIN request_type t ON t.id = f.request_type_id WHERE t.code = 'EMERGENCY_TEAM' AND f.code = 'team_area' AND o.code = 'SPOKESPERSON';
INSERT INTO request_field_option_text (owner_id, field, lang, content)
  SELECT o.id, 'label', 'am', 'ቃል አቀባይነት' FROM request_field_option o JOIN request_field f ON f.id = o.field_id
  JOIN request_type t ON t.id = f.request_type_id WHERE t.code = 'EMERGENCY_TEAM' AND f.code = 'team_area' AND o.code = 'SPOKESPERSON';
-- CRISIS_SUPPORT.crisis_kind
INSERT INTO request_field_option_text (owner_id, field, lang, content)
  SELECT o.id, 'label', 'ru', 'Болезнь' FROM request_field_option o JOIN request_field f ON f.id = o.field_id
  JOIN request_type t ON t.id = f.request_type_id WHERE t.code = 'CRISIS_SUPPORT' AND f.code = 'crisis_kind' AND o.code = 'ILLNESS';
INSERT INTO request_field_option_text (owner_id, field, lang, content)
  SELECT o.id, 'label', 'am', 'ሕመም' FROM request_field_option o JOIN request_field f ON f.id = o.field_id
  JOIN request_type t ON t.id = f.request_type_id WHERE t.code = 'CRISIS_SUPPORT' AND f.code = 'crisis_kind' AND o.code = 'ILLNESS';
INSERT INTO request_field_option_text (owner_id, field, lang, content)
  SELECT o.id, 'label', 'ru', 'Траур' FROM request_field_option o JOIN request_field f ON f.id = o.field_id
  JOIN request_type t ON t.id = f.request_type_id WHERE t.code = 'CRISIS_SUPPORT' AND f.code = 'crisis_kind' AND o.code = 'MOURNING';
INSERT INTO request_field_option_text (owner_id, field, lang, content)
  SELECT o.id, 'label', 'am', 'ሐዘን' FROM request_field_option o JOIN request_field f ON f.id = o.field_id
  JOIN request_type t ON t.id = f.request_type_id WHERE t.code = 'CRISIS_SUPPORT' AND f.code = 'crisis_kind' AND o.code = 'MOURNING';
INSERT INTO request_field_option_text (owner_id, field, lang, content)
  SELECT o.id, 'label', 'ru', 'Рождение ребёнка' FROM request_field_option o JOIN request_field f ON f.id = o.field_id
  JOIN request_type t ON t.id = f.request_type_id WHERE t.code = 'CRISIS_SUPPORT' AND f.code = 'crisis_kind' AND o.code = 'BIRTH';
INSERT INTO request_field_option_text (owner_id, field, lang, content)
  SELECT o.id, 'label', 'am', 'ወሊድ' FROM request_field_option o JOIN request_field f ON f.id = o.field_id
  JOIN request_type t ON t.id = f.request_type_id WHERE t.code = 'CRISIS_SUPPORT' AND f.code = 'crisis_kind' AND o.code = 'BIRTH';
INSERT INTO request_field_option_text (owner_id, field, lang, content)
  SELECT o.id, 'label', 'ru', 'Другое' FROM request_field_option o JOIN request_field f ON f.id = o.field_id
  JOIN request_type t ON t.id = f.request_type_id WHERE t.code = 'CRISIS_SUPPORT' AND f.code = 'crisis_kind' AND o.code = 'OTHER';
INSERT INTO request_field_option_text (owner_id, field, lang, content)
  SELECT o.id, 'label', 'am', 'ሌላ' FROM request_field_option o JOIN request_field f ON f.id = o.field_id
  JOIN request_type t ON t.id = f.request_type_id WHERE t.code = 'CRISIS_SUPPORT' AND f.code = 'crisis_kind' AND o.code = 'OTHER';
-- SELF_HELP.wish
INSERT INTO request_field_option_text (owner_id, field, lang, content)
  SELECT o.id, 'label', 'ru', 'Найти существующую группу поддержки' FROM request_field_option o JOIN request_field f ON f.id = o.field_id
  JOIN request_type t ON t.id = f.request_type_id WHERE t.code = 'SELF_HELP' AND f.code = 'wish' AND o.code = 'FIND_GROUP';
INSERT INTO request_field_option_text (owner_id, field, lang, content)
  SELECT o.id, 'label', 'am', 'ነባር የድጋፍ ቡድን ማግኘት' FROM request_field_option o JOIN request_field f ON f.id = o.field_id
  JOIN request_type t ON t.id = f.request_type_id WHERE t.code = 'SELF_HELP' AND f.code = 'wish' AND o.code = 'FIND_GROUP';
INSERT INTO request_field_option_text (owner_id, field, lang, content)
  SELECT o.id, 'label', 'ru', 'Создать новую группу' FROM request_field_option o JOIN request_field f ON f.id = o.field_id
  JOIN request_type t ON t.id = f.request_type_id WHERE t.code = 'SELF_HELP' AND f.code = 'wish' AND o.code = 'FOUND_GROUP';
INSERT INTO request_field_option_text (owner_id, field, lang, content)
  SELECT o.id, 'label', 'am', 'አዲስ ቡድን ማቋቋም' FROM request_field_option o JOIN request_field f ON f.id = o.field_id
  JOIN request_type t ON t.id = f.request_type_id WHERE t.code = 'SELF_HELP' AND f.code = 'wish' AND o.code = 'FOUND_GROUP';
-- VOLUNTEER.availability
INSERT INTO request_field_option_text (owner_id, field, lang, content)
  SELECT o.id, 'label', 'ru', 'Утром в будние дни' FROM request_field_option o JOIN request_field f ON f.id = o.field_id
  JOIN request_type t ON t.id = f.request_type_id WHERE t.code = 'VOLUNTEER' AND f.code = 'availability' AND o.code = 'WEEKDAY_MORNINGS';
INSERT INTO request_field_option_text (owner_id, field, lang, content)
  SELECT o.id, 'label', 'am', 'በሥራ ቀናት ጠዋት' FROM request_field_option o JOIN request_field f ON f.id = o.field_id
  JOIN request_type t ON t.id = f.request_type_id WHERE t.code = 'VOLUNTEER' AND f.code = 'availability' AND o.code = 'WEEKDAY_MORNINGS';
INSERT INTO request_field_option_text (owner_id, field, lang, content)
  SELECT o.id, 'label', 'ru', 'Вечером в будние дни' FROM request_field_option o JOIN request_field f ON f.id = o.field_id
  JOIN request_type t ON t.id = f.request_type_id WHERE t.code = 'VOLUNTEER' AND f.code = 'availability' AND o.code = 'WEEKDAY_EVENINGS';
INSERT INTO request_field_option_text (owner_id, field, lang, content)
  SELECT o.id, 'label', 'am', 'በሥራ ቀናት ምሽት' FROM request_field_option o JOIN request_field f ON f.id = o.field_id
  JOIN request_type t ON t.id = f.request_type_id WHERE t.code = 'VOLUNTEER' AND f.code = 'availability' AND o.code = 'WEEKDAY_EVENINGS';
INSERT INTO request_field_option_text (owner_id, field, lang, content)
  SELECT o.id, 'label', 'ru', 'Выходные' FROM request_field_option o JOIN request_field f ON f.id = o.field_id
  JOIN request_type t ON t.id = f.request_type_id WHERE t.code = 'VOLUNTEER' AND f.code = 'availability' AND o.code = 'WEEKENDS';
INSERT INTO request_field_option_text (owner_id, field, lang, content)
  SELECT o.id, 'label', 'am', 'የሳምንት መጨረሻ ቀናት' FROM request_field_option o JOIN request_field f ON f.id = o.field_id
  JOIN request_type t ON t.id = f.request_type_id WHERE t.code = 'VOLUNTEER' AND f.code = 'availability' AND o.code = 'WEEKENDS';
INSERT INTO request_field_option_text (owner_id, field, lang, content)
  SELECT o.id, 'label', 'ru', 'В чрезвычайных ситуациях' FROM request_field_option o JOIN request_field f ON f.id = o.field_id
  JOIN request_type t ON t.id = f.request_type_id WHERE t.code = 'VOLUNTEER' AND f.code = 'availability' AND o.code = 'EMERGENCIES';
INSERT INTO request_field_option_text (owner_id, field, lang, content)
  SELECT o.id, 'label', 'am', 'በአደጋ ጊዜ' FROM request_field_option o JOIN request_field f ON f.id = o.field_id
  JOIN request_type t ON t.id = f.request_type_id WHERE t.code = 'VOLUNTEER' AND f.code = 'availability' AND o.code = 'EMERGENCIES';
-- VOLUNTEER.areas
INSERT INTO request_field_option_text (owner_id, field, lang, content)
  SELECT o.id, 'label', 'ru', 'Система экстренного реагирования' FROM request_field_option o JOIN request_field f ON f.id = o.field_id
  JOIN request_type t ON t.id = f.request_type_id WHERE t.code = 'VOLUNTEER' AND f.code = 'areas' AND o.code = 'EMERGENCY';
INSERT INTO request_field_option_text (owner_id, field, lang, content)
  SELECT o.id, 'label', 'am', 'የአደጋ ጊዜ መረብ' FROM request_field_option o JOIN request_field f ON f.id = o.field_id
  JOIN request_type t ON t.id = f.request_type_id WHERE t.code = 'VOLUNTEER' AND f.code = 'areas' AND o.code = 'EMERGENCY';
INSERT INTO request_field_option_text (owner_id, field, lang, content)
  SELECT o.id, 'label', 'ru', 'Информация и права' FROM request_field_option o JOIN request_field f ON f.id = o.field_id
  JOIN request_type t ON t.id = f.request_type_id WHERE t.code = 'VOLUNTEER' AND f.code = 'areas' AND o.code = 'RIGHTS_INFORMATION';
INSERT INTO request_field_option_text (owner_id, field, lang, content)
  SELECT o.id, 'label', 'am', 'መረጃና መብቶች' FROM request_field_option o JOIN request_field f ON f.id = o.field_id
  JOIN request_type t ON t.id = f.request_type_id WHERE t.code = 'VOLUNTEER' AND f.code = 'areas' AND o.code = 'RIGHTS_INFORMATION';
INSERT INTO request_field_option_text (owner_id, field, lang, content)
  SELECT o.id, 'label', 'ru', 'День добрых дел' FROM request_field_option o JOIN request_field f ON f.id = o.field_id
  JOIN request_type t ON t.id = f.request_type_id WHERE t.code = 'VOLUNTEER' AND f.code = 'areas' AND o.code = 'GOOD_DEEDS_DAY';
INSERT INTO request_field_option_text (owner_id, field, lang, content)
  SELECT o.id, 'label', 'am', 'የመልካም ሥራዎች ቀን' FROM request_field_option o JOIN request_field f ON f.id = o.field_id
  JOIN request_type t ON t.id = f.request_type_id WHERE t.code = 'VOLUNTEER' AND f.code = 'areas' AND o.code = 'GOOD_DEEDS_DAY';
INSERT INTO request_field_option_text (owner_id, field, lang, content)
  SELECT o.id, 'label', 'ru', 'Пожилые граждане' FROM request_field_option o JOIN request_field f ON f.id = o.field_id
  JOIN request_type t ON t.id = f.request_type_id WHERE t.code = 'VOLUNTEER' AND f.code = 'areas' AND o.code = 'SENIORS';
INSERT INTO request_field_option_text (owner_id, field, lang, content)
  SELECT o.id, 'label', 'am', 'አረጋውያን ዜጎች' FROM request_field_option o JOIN request_field f ON f.id = o.field_id
  JOIN request_type t ON t.id = f.request_type_id WHERE t.code = 'VOLUNTEER' AND f.code = 'areas' AND o.code = 'SENIORS';
INSERT INTO request_field_option_text (owner_id, field, lang, content)
  SELECT o.id, 'label', 'ru', 'Межпоколенческие программы' FROM request_field_option o JOIN request_field f ON f.id = o.field_id
  JOIN request_type t ON t.id = f.request_type_id WHERE t.code = 'VOLUNTEER' AND f.code = 'areas' AND o.code = 'INTERGENERATIONAL';
INSERT INTO request_field_option_text (owner_id, field, lang, content)
  SELECT o.id, 'label', 'am', 'ትውልዶችን የሚያገናኙ ፕሮግራሞች' FROM request_field_option o JOIN request_field f ON f.id = o.field_id
  JOIN request_type t ON t.id = f.request_type_id WHERE t.code = 'VOLUNTEER' AND f.code = 'areas' AND o.code = 'INTERGENERATIONAL';
INSERT INTO request_field_option_text (owner_id, field, lang, content)
  SELECT o.id, 'label', 'ru', 'Другое' FROM request_field_option o JOIN request_field f ON f.id = o.field_id
  JOIN request_type t ON t.id = f.request_type_id WHERE t.code = 'VOLUNTEER' AND f.code = 'areas' AND o.code = 'OTHER';
INSERT INTO request_field_option_text (owner_id, field, lang, content)
  SELECT o.id, 'label', 'am', 'ሌላ' FROM request_field_option o JOIN request_field f ON f.id = o.field_id
  JOIN request_type t ON t.id = f.request_type_id WHERE t.code = 'VOLUNTEER' AND f.code = 'areas' AND o.code = 'OTHER';
-- SENIORS.programme
INSERT INTO request_field_option_text (owner_id, field, lang, content)
  SELECT o.id, 'label', 'ru', '«Золотой парламент»' FROM request_field_option o JOIN request_field f ON f.id = o.field_id
  JOIN request_type t ON t.id = f.request_type_id WHERE t.code = 'SENIORS' AND f.code = 'programme' AND o.code = 'GOLDEN_PARLIAMENT';
INSERT INTO request_field_option_text (owner_id, field, lang, content)
  SELECT o.id, 'label', 'am', 'የወርቅ ፓርላማ' FROM request_field_option o JOIN request_field f ON f.id = o.field_id
  JOIN request_type t ON t.id = f.request_type_id WHERE t.code = 'SENIORS' AND f.code = 'programme' AND o.code = 'GOLDEN_PARLIAMENT';
INSERT INTO request_field_option_text (owner_id, field, lang, content)
  SELECT o.id, 'label', 'ru', 'Совет участия пожилых граждан' FROM request_field_option o JOIN request_field f ON f.id = o.field_id
  JOIN request_type t ON t.id = f.request_type_id WHERE t.code = 'SENIORS' AND f.code = 'programme' AND o.code = 'PARTICIPATORY_COUNCIL';
INSERT INTO request_field_option_text (owner_id, field, lang, content)
  SELECT o.id, 'label', 'am', 'የአረጋውያን ዜጎች አሳታፊ ምክር ቤት' FROM request_field_option o JOIN request_field f ON f.id = o.field_id
  JOIN request_type t ON t.id = f.request_type_id WHERE t.code = 'SENIORS' AND f.code = 'programme' AND o.code = 'PARTICIPATORY_COUNCIL';
INSERT INTO request_field_option_text (owner_id, field, lang, content)
  SELECT o.id, 'label', 'ru', 'Межпоколенческие программы' FROM request_field_option o JOIN request_field f ON f.id = o.field_id
  JOIN request_type t ON t.id = f.request_type_id WHERE t.code = 'SENIORS' AND f.code = 'programme' AND o.code = 'INTERGENERATIONAL';
INSERT INTO request_field_option_text (owner_id, field, lang, content)
  SELECT o.id, 'label', 'am', 'ትውልዶችን የሚያገናኙ ፕሮግራሞች' FROM request_field_option o JOIN request_field f ON f.id = o.field_id
  JOIN request_type t ON t.id = f.request_type_id WHERE t.code = 'SENIORS' AND f.code = 'programme' AND o.code = 'INTERGENERATIONAL';
INSERT INTO request_field_option_text (owner_id, field, lang, content)
  SELECT o.id, 'label', 'ru', 'Реализация прав' FROM request_field_option o JOIN request_field f ON f.id = o.field_id
  JOIN request_type t ON t.id = f.request_type_id WHERE t.code = 'SENIORS' AND f.code = 'programme' AND o.code = 'RIGHTS';
INSERT INTO request_field_option_text (owner_id, field, lang, content)
  SELECT o.id, 'label', 'am', 'መብቶችን ማስከበር' FROM request_field_option o JOIN request_field f ON f.id = o.field_id
  JOIN request_type t ON t.id = f.request_type_id WHERE t.code = 'SENIORS' AND f.code = 'programme' AND o.code = 'RIGHTS';
INSERT INTO request_field_option_text (owner_id, field, lang, content)
  SELECT o.id, 'label', 'ru', 'Группы солидарности в посёлках' FROM request_field_option o JOIN request_field f ON f.id = o.field_id
  JOIN request_type t ON t.id = f.request_type_id WHERE t.code = 'SENIORS' AND f.code = 'programme' AND o.code = 'SOLIDARITY_GROUPS';
INSERT INTO request_field_option_text (owner_id, field, lang, content)
  SELECT o.id, 'label', 'am', 'በመንደሮቹ ያሉ የአብሮነት ቡድኖች' FROM request_field_option o JOIN request_field f ON f.id = o.field_id
  JOIN request_type t ON t.id = f.request_type_id WHERE t.code = 'SENIORS' AND f.code = 'programme' AND o.code = 'SOLIDARITY_GROUPS';
INSERT INTO request_field_option_text (owner_id, field, lang, content)
  SELECT o.id, 'label', 'ru', 'Другое' FROM request_field_option o JOIN request_field f ON f.id = o.field_id
  JOIN request_type t ON t.id = f.request_type_id WHERE t.code = 'SENIORS' AND f.code = 'programme' AND o.code = 'OTHER';
INSERT INTO request_field_option_text (owner_id, field, lang, content)
  SELECT o.id, 'label', 'am', 'ሌላ' FROM request_field_option o JOIN request_field f ON f.id = o.field_id
  JOIN request_type t ON t.id = f.request_type_id WHERE t.code = 'SENIORS' AND f.code = 'programme' AND o.code = 'OTHER';
