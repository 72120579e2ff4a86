-- The self-help groups and organisations directory (issue 20; seed 002: "in the computerised
-- database one can find organisations and groups"). Topics are an administrators' list with
-- their names as translation rows; an entry is written by the self-help centre that accompanies
-- the group, in the group's own words: a draft (from a SELF_HELP request to found a group, or
-- started by the centre), published, and confirmed with the group once a year (flagged when a
-- confirmation is 12 months old, hidden after a grace period). The seeds name no groups: none is
-- seeded. Runs unchanged on MySQL 8, MariaDB 10.11 and H2 in MODE=MySQL.
CREATE TABLE group_topic (
  id            BIGINT      NOT NULL,
  code          VARCHAR(40) NOT NULL,
  active        BOOLEAN     NOT NULL DEFAULT TRUE,
  display_order INT         NOT NULL DEFAULT 0,
  version       BIGINT      NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT uq_group_topic_code UNIQUE (code)
);

CREATE TABLE group_topic_text (
  owner_id BIGINT        NOT NULL,
  field    VARCHAR(30)   NOT NULL,
  lang     VARCHAR(8)    NOT NULL,
  content  VARCHAR(1000) NOT NULL,
  PRIMARY KEY (owner_id, field, lang),
  CONSTRAINT fk_group_topic_text_owner FOREIGN KEY (owner_id) REFERENCES group_topic (id) ON DELETE CASCADE
);

CREATE TABLE self_help_group (
  id                BIGINT        NOT NULL,
  kind              VARCHAR(20)   NOT NULL,
  status            VARCHAR(20)   NOT NULL,
  centre_id         BIGINT        NOT NULL,
  locality_id       BIGINT        NULL,
  name              VARCHAR(200)  NOT NULL,
  about             VARCHAR(2000) NULL,
  languages         VARCHAR(40)   NOT NULL,
  in_person         BOOLEAN       NOT NULL DEFAULT FALSE,
  online            BOOLEAN       NOT NULL DEFAULT FALSE,
  phone_line        BOOLEAN       NOT NULL DEFAULT FALSE,
  meets             VARCHAR(300)  NULL,
  contact_phone     VARCHAR(60)   NULL,
  contact_email     VARCHAR(250)  NULL,
  website           VARCHAR(300)  NULL,
  venue_accessible  BOOLEAN       NOT NULL DEFAULT FALSE,
  accessibility     VARCHAR(300)  NULL,
  founding_case_id  BIGINT        NULL,
  created_at        TIMESTAMP(3)  NOT NULL,
  confirmed_at      TIMESTAMP(3)  NULL,
  flagged_at        TIMESTAMP(3)  NULL,
  version           BIGINT        NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT fk_self_help_group_centre FOREIGN KEY (centre_id) REFERENCES community_unit (id),
  CONSTRAINT fk_self_help_group_locality FOREIGN KEY (locality_id) REFERENCES locality (id),
  CONSTRAINT fk_self_help_group_case FOREIGN KEY (founding_case_id) REFERENCES case_file (id)
);
CREATE INDEX ix_self_help_group_status ON self_help_group (status, name);
CREATE INDEX ix_self_help_group_centre ON self_help_group (centre_id, status);
CREATE INDEX ix_self_help_group_review ON self_help_group (status, confirmed_at);

CREATE TABLE self_help_group_topic (
  group_id BIGINT NOT NULL,
  topic_id BIGINT NOT NULL,
  PRIMARY KEY (group_id, topic_id),
  CONSTRAINT fk_shg_topic_group FOREIGN KEY (group_id) REFERENCES self_help_group (id),
  CONSTRAINT fk_shg_topic_topic FOREIGN KEY (topic_id) REFERENCES group_topic (id)
);
CREATE INDEX ix_self_help_group_topic ON self_help_group_topic (topic_id, group_id);

INSERT INTO id_sequence (seq_name, seq_count) VALUES ('group_topic', 1000);
INSERT INTO id_sequence (seq_name, seq_count) VALUES ('self_help_group', 1000);

INSERT INTO group_topic (id, code, active, display_order) VALUES
  (1, 'ILLNESS', TRUE, 10),
  (2, 'MENTAL_HEALTH', TRUE, 20),
  (3, 'BEREAVEMENT', TRUE, 30),
  (4, 'ADDICTION', TRUE, 40),
  (5, 'PARENTS', TRUE, 50),
  (6, 'DISABILITY', TRUE, 60),
  (7, 'CAREGIVERS', TRUE, 70),
  (8, 'SENIORS', TRUE, 80),
  (9, 'IMMIGRANTS', TRUE, 90),
  (10, 'VIOLENCE', TRUE, 100);

INSERT INTO group_topic_text (owner_id, field, lang, content) VALUES
  (1, 'name', 'he', 'מחלה ובריאות'), (1, 'name', 'ar', 'المرض والصحة'), (1, 'name', 'en', 'Illness and health'),
  (1, 'name', 'ru', 'Болезнь и здоровье'), (1, 'name', 'am', 'ሕመምና ጤና'),
  (2, 'name', 'he', 'בריאות הנפש'), (2, 'name', 'ar', 'الصحة النفسية'), (2, 'name', 'en', 'Mental health'),
  (2, 'name', 'ru', 'Психическое здоровье'), (2, 'name', 'am', 'የአእምሮ ጤና'),
  (3, 'name', 'he', 'שכול ואובדן'), (3, 'name', 'ar', 'الفقدان والثكل'), (3, 'name', 'en', 'Bereavement and loss'),
  (3, 'name', 'ru', 'Утрата и горе'), (3, 'name', 'am', 'ሐዘንና ማጣት'),
  (4, 'name', 'he', 'התמכרות והחלמה'), (4, 'name', 'ar', 'الإدمان والتعافي'), (4, 'name', 'en', 'Addiction and recovery'),
  (4, 'name', 'ru', 'Зависимость и выздоровление'), (4, 'name', 'am', 'ሱስና ማገገም'),
  (5, 'name', 'he', 'הורים ומשפחה'), (5, 'name', 'ar', 'الأهل والعائلة'), (5, 'name', 'en', 'Parents and family'),
  (5, 'name', 'ru', 'Родители и семья'), (5, 'name', 'am', 'ወላጆችና ቤተሰብ'),
  (6, 'name', 'he', 'מוגבלות'), (6, 'name', 'ar', 'الإعاقة'), (6, 'name', 'en', 'Disability'),
  (6, 'name', 'ru', 'Инвалидность'), (6, 'name', 'am', 'አካል ጉዳት'),
  (7, 'name', 'he', 'בני משפחה מטפלים'), (7, 'name', 'ar', 'أفراد العائلة المعتنون'), (7, 'name', 'en', 'Family caregivers'),
  (7, 'name', 'ru', 'Ухаживающие родственники'), (7, 'name', 'am', 'ተንከባካቢ የቤተሰብ አባላት'),
  (8, 'name', 'he', 'אזרחים ותיקים'), (8, 'name', 'ar', 'كبار السن'), (8, 'name', 'en', 'Senior citizens'),
  (8, 'name', 'ru', 'Пожилые люди'), (8, 'name', 'am', 'አረጋውያን'),
  (9, 'name', 'he', 'עולים חדשים'), (9, 'name', 'ar', 'المهاجرون الجدد'), (9, 'name', 'en', 'New immigrants'),
  (9, 'name', 'ru', 'Новые репатрианты'), (9, 'name', 'am', 'አዲስ ገቢዎች'),
  (10, 'name', 'he', 'נפגעי ונפגעות אלימות'), (10, 'name', 'ar', 'ضحايا العنف'), (10, 'name', 'en', 'Survivors of violence'),
  (10, 'name', 'ru', 'Пострадавшие от насилия'), (10, 'name', 'am', 'ከጥቃት የተረፉ');

-- A group may ask to change its entry by a request of its own: a third wish of the SELF_HELP form.
INSERT INTO request_field_option (id, field_id, code, display_order)
  SELECT 7013, f.id, 'CHANGE_ENTRY', 3 FROM request_field f JOIN request_type t ON t.id = f.request_type_id
  WHERE t.code = 'SELF_HELP' AND f.code = 'wish';
INSERT INTO request_field_option_text (owner_id, field, lang, content)
  SELECT o.id, 'label', 'he', 'לעדכן את הרשומה של הקבוצה שלנו במאגר' FROM request_field_option o WHERE o.id = 7013;
INSERT INTO request_field_option_text (owner_id, field, lang, content)
  SELECT o.id, 'label', 'ar', 'تحديث بيانات مجموعتنا في الدليل' FROM request_field_option o WHERE o.id = 7013;
INSERT INTO request_field_option_text (owner_id, field, lang, content)
  SELECT o.id, 'label', 'en', 'Change our group''s entry in the directory' FROM request_field_option o WHERE o.id = 7013;
INSERT INTO request_field_option_text (owner_id, field, lang, content)
  SELECT o.id, 'label', 'ru', 'Изменить запись нашей группы в каталоге' FROM request_field_option o WHERE o.id = 7013;
INSERT INTO request_field_option_text (owner_id, field, lang, content)
  SELECT o.id, 'label', 'am', 'በማውጫው ውስጥ ያለውን የቡድናችንን መረጃ መለወጥ' FROM request_field_option o WHERE o.id = 7013;
