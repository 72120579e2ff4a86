-- The emergency special-needs register (issue 20; seeds 001 and 003: the settlements' emergency
-- teams map the residents who need special attention in an emergency). An EMERGENCY_TEAM request
-- that registers special needs becomes an entry of its settlement's register: the household's
-- name and phone, street and house, the needs, notes and household size, all sealed at rest like
-- a case's content. Only the settlement's emergency team and the social services department see
-- it. The form gains what door-to-door work needs: the needs as choices, the street and the
-- house. Runs unchanged on MySQL 8, MariaDB 10.11 and H2 in MODE=MySQL.
CREATE TABLE emergency_registration (
  id             BIGINT          NOT NULL,
  unit_id        BIGINT          NOT NULL,
  locality_id    BIGINT          NULL,
  case_id        BIGINT          NULL,
  household      VARBINARY(1024) NULL,
  phone          VARBINARY(512)  NULL,
  street         VARBINARY(1024) NULL,
  house          VARBINARY(512)  NULL,
  needs          VARBINARY(1024) NULL,
  notes          MEDIUMBLOB      NULL,
  household_size INT             NULL,
  registered_at  TIMESTAMP(3)    NOT NULL,
  confirmed_at   TIMESTAMP(3)    NOT NULL,
  version        BIGINT          NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT uq_emergency_registration_case UNIQUE (case_id),
  CONSTRAINT fk_emergency_registration_unit FOREIGN KEY (unit_id) REFERENCES community_unit (id),
  CONSTRAINT fk_emergency_registration_locality FOREIGN KEY (locality_id) REFERENCES locality (id),
  CONSTRAINT fk_emergency_registration_case FOREIGN KEY (case_id) REFERENCES case_file (id)
);
CREATE INDEX ix_emergency_registration_unit ON emergency_registration (unit_id, id);
INSERT INTO id_sequence (seq_name, seq_count) VALUES ('emergency_registration', 1000);

INSERT INTO request_field (id, request_type_id, code, datatype, required, max_length, display_order)
  SELECT 505, t.id, 'needs', 'MULTI_CHOICE', FALSE, NULL, 5 FROM request_type t WHERE t.code = 'EMERGENCY_TEAM';
INSERT INTO request_field (id, request_type_id, code, datatype, required, max_length, display_order)
  SELECT 506, t.id, 'street', 'TEXT', FALSE, 120, 6 FROM request_type t WHERE t.code = 'EMERGENCY_TEAM';
INSERT INTO request_field (id, request_type_id, code, datatype, required, max_length, display_order)
  SELECT 507, t.id, 'house_number', 'TEXT', FALSE, 20, 7 FROM request_type t WHERE t.code = 'EMERGENCY_TEAM';

INSERT INTO request_field_text (owner_id, field, lang, content)
  SELECT f.id, x.field, x.lang, x.content FROM request_field f JOIN (
    SELECT 505 AS fid, 'label' AS field, 'he' AS lang, 'מה צריך בשעת חירום' AS content
    UNION ALL SELECT 505, 'label', 'ar', 'ما المطلوب في حالات الطوارئ'
    UNION ALL SELECT 505, 'label', 'en', 'What is needed in an emergency'
    UNION ALL SELECT 505, 'label', 'ru', 'Что нужно в чрезвычайной ситуации'
    UNION ALL SELECT 505, 'label', 'am', 'በአደጋ ጊዜ የሚያስፈልገው'
    UNION ALL SELECT 505, 'hint', 'he', 'למי שרושם צרכים מיוחדים: סמנו את כל מה שמתאים.'
    UNION ALL SELECT 505, 'hint', 'ar', 'لمن يسجّل احتياجات خاصة: اختاروا كل ما ينطبق.'
    UNION ALL SELECT 505, 'hint', 'en', 'If you register special needs: choose all that apply.'
    UNION ALL SELECT 505, 'hint', 'ru', 'Если вы регистрируете особые потребности: отметьте всё, что подходит.'
    UNION ALL SELECT 505, 'hint', 'am', 'ልዩ ፍላጎቶችን የሚመዘግቡ ከሆነ፦ የሚመለከተውን ሁሉ ይምረጡ።'
    UNION ALL SELECT 506, 'label', 'he', 'רחוב'
    UNION ALL SELECT 506, 'label', 'ar', 'الشارع'
    UNION ALL SELECT 506, 'label', 'en', 'Street'
    UNION ALL SELECT 506, 'label', 'ru', 'Улица'
    UNION ALL SELECT 506, 'label', 'am', 'መንገድ'
    UNION ALL SELECT 507, 'label', 'he', 'מספר בית'
    UNION ALL SELECT 507, 'label', 'ar', 'رقم البيت'
    UNION ALL SELECT 507, 'label', 'en', 'House number'
    UNION ALL SELECT 507, 'label', 'ru', 'Номер дома'
    UNION ALL SELECT 507, 'label', 'am', 'የቤት ቁጥር'
  ) x ON x.fid = f.id;

INSERT INTO request_field_option (id, field_id, code, display_order)
  SELECT 5050 + x.n, 505, x.code, x.n FROM request_field f JOIN (
    SELECT 1 AS n, 'MOBILITY' AS code UNION ALL SELECT 2, 'ELECTRICITY' UNION ALL SELECT 3, 'OXYGEN'
    UNION ALL SELECT 4, 'MEDICATION' UNION ALL SELECT 5, 'HEARING' UNION ALL SELECT 6, 'SIGHT'
    UNION ALL SELECT 7, 'LANGUAGE' UNION ALL SELECT 8, 'LIVES_ALONE' UNION ALL SELECT 9, 'PETS'
  ) x ON f.id = 505;

INSERT INTO request_field_option_text (owner_id, field, lang, content)
  SELECT o.id, 'label', x.lang, x.content FROM request_field_option o JOIN (
    SELECT 'MOBILITY' AS code, 'he' AS lang, 'ניידות מוגבלת' AS content
    UNION ALL SELECT 'MOBILITY', 'ar', 'حركة محدودة' UNION ALL SELECT 'MOBILITY', 'en', 'Limited mobility'
    UNION ALL SELECT 'MOBILITY', 'ru', 'Ограниченная подвижность' UNION ALL SELECT 'MOBILITY', 'am', 'የተገደበ እንቅስቃሴ'
    UNION ALL SELECT 'ELECTRICITY', 'he', 'תלוי בחשמל (מכשור רפואי)' UNION ALL SELECT 'ELECTRICITY', 'ar', 'يعتمد على الكهرباء (جهاز طبي)'
    UNION ALL SELECT 'ELECTRICITY', 'en', 'Depends on electricity (medical equipment)' UNION ALL SELECT 'ELECTRICITY', 'ru', 'Зависит от электричества (медицинское оборудование)'
    UNION ALL SELECT 'ELECTRICITY', 'am', 'በኤሌክትሪክ ላይ ጥገኛ (የሕክምና መሣሪያ)'
    UNION ALL SELECT 'OXYGEN', 'he', 'תלוי בחמצן' UNION ALL SELECT 'OXYGEN', 'ar', 'يعتمد على الأكسجين'
    UNION ALL SELECT 'OXYGEN', 'en', 'Depends on oxygen' UNION ALL SELECT 'OXYGEN', 'ru', 'Зависит от кислорода'
    UNION ALL SELECT 'OXYGEN', 'am', 'በኦክስጅን ላይ ጥገኛ'
    UNION ALL SELECT 'MEDICATION', 'he', 'תרופות קבועות' UNION ALL SELECT 'MEDICATION', 'ar', 'أدوية دائمة'
    UNION ALL SELECT 'MEDICATION', 'en', 'Regular medication' UNION ALL SELECT 'MEDICATION', 'ru', 'Постоянные лекарства'
    UNION ALL SELECT 'MEDICATION', 'am', 'ቋሚ መድኃኒት'
    UNION ALL SELECT 'HEARING', 'he', 'לקות שמיעה' UNION ALL SELECT 'HEARING', 'ar', 'إعاقة سمعية'
    UNION ALL SELECT 'HEARING', 'en', 'Hearing impairment' UNION ALL SELECT 'HEARING', 'ru', 'Нарушение слуха'
    UNION ALL SELECT 'HEARING', 'am', 'የመስማት ችግር'
    UNION ALL SELECT 'SIGHT', 'he', 'לקות ראייה' UNION ALL SELECT 'SIGHT', 'ar', 'إعاقة بصرية'
    UNION ALL SELECT 'SIGHT', 'en', 'Sight impairment' UNION ALL SELECT 'SIGHT', 'ru', 'Нарушение зрения'
    UNION ALL SELECT 'SIGHT', 'am', 'የማየት ችግር'
    UNION ALL SELECT 'LANGUAGE', 'he', 'צריך הסבר בשפה אחרת' UNION ALL SELECT 'LANGUAGE', 'ar', 'يحتاج شرحًا بلغة أخرى'
    UNION ALL SELECT 'LANGUAGE', 'en', 'Needs explanation in another language' UNION ALL SELECT 'LANGUAGE', 'ru', 'Нужны объяснения на другом языке'
    UNION ALL SELECT 'LANGUAGE', 'am', 'በሌላ ቋንቋ ማብራሪያ ያስፈልጋል'
    UNION ALL SELECT 'LIVES_ALONE', 'he', 'גר/ה לבד' UNION ALL SELECT 'LIVES_ALONE', 'ar', 'يعيش/تعيش وحيدًا'
    UNION ALL SELECT 'LIVES_ALONE', 'en', 'Lives alone' UNION ALL SELECT 'LIVES_ALONE', 'ru', 'Живёт один/одна'
    UNION ALL SELECT 'LIVES_ALONE', 'am', 'ብቻውን/ብቻዋን ይኖራል'
    UNION ALL SELECT 'PETS', 'he', 'בעלי חיים בבית' UNION ALL SELECT 'PETS', 'ar', 'حيوانات أليفة في البيت'
    UNION ALL SELECT 'PETS', 'en', 'Pets at home' UNION ALL SELECT 'PETS', 'ru', 'Домашние животные'
    UNION ALL SELECT 'PETS', 'am', 'የቤት እንስሳት'
  ) x ON x.code = o.code WHERE o.field_id = 505;
