-- Texts per language move from one column per language to translation rows (issue 20): a
-- language is added by adding rows, not by a migration of every table. Each catalogue table gets
-- a *_text table (owner, field, language, content); the he/ar/en columns are copied and dropped.
-- Russian and Amharic arrive as rows (V33). Runs unchanged on MySQL 8, MariaDB 10.11 and H2 in
-- MODE=MySQL.
CREATE TABLE locality_text (
  owner_id BIGINT        NOT NULL,
  field    VARCHAR(30)   NOT NULL,
  lang     VARCHAR(8)    NOT NULL,
  content  VARCHAR(1000) NOT NULL,
  PRIMARY KEY (owner_id, field, lang),
  CONSTRAINT fk_locality_text_owner FOREIGN KEY (owner_id) REFERENCES locality (id) ON DELETE CASCADE
);
INSERT INTO locality_text (owner_id, field, lang, content)
  SELECT id, 'name', 'he', name_he FROM locality WHERE name_he IS NOT NULL AND TRIM(name_he) <> '';
INSERT INTO locality_text (owner_id, field, lang, content)
  SELECT id, 'name', 'ar', name_ar FROM locality WHERE name_ar IS NOT NULL AND TRIM(name_ar) <> '';
INSERT INTO locality_text (owner_id, field, lang, content)
  SELECT id, 'name', 'en', name_en FROM locality WHERE name_en IS NOT NULL AND TRIM(name_en) <> '';
ALTER TABLE locality DROP COLUMN name_he;
ALTER TABLE locality DROP COLUMN name_ar;
ALTER TABLE locality DROP COLUMN name_en;

CREATE TABLE community_unit_text (
  owner_id BIGINT        NOT NULL,
  field    VARCHAR(30)   NOT NULL,
  lang     VARCHAR(8)    NOT NULL,
  content  VARCHAR(1000) NOT NULL,
  PRIMARY KEY (owner_id, field, lang),
  CONSTRAINT fk_community_unit_text_owner FOREIGN KEY (owner_id) REFERENCES community_unit (id) ON DELETE CASCADE
);
INSERT INTO community_unit_text (owner_id, field, lang, content)
  SELECT id, 'name', 'he', name_he FROM community_unit WHERE name_he IS NOT NULL AND TRIM(name_he) <> '';
INSERT INTO community_unit_text (owner_id, field, lang, content)
  SELECT id, 'name', 'ar', name_ar FROM community_unit WHERE name_ar IS NOT NULL AND TRIM(name_ar) <> '';
INSERT INTO community_unit_text (owner_id, field, lang, content)
  SELECT id, 'name', 'en', name_en FROM community_unit WHERE name_en IS NOT NULL AND TRIM(name_en) <> '';
INSERT INTO community_unit_text (owner_id, field, lang, content)
  SELECT id, 'services', 'he', services_he FROM community_unit WHERE services_he IS NOT NULL AND TRIM(services_he) <> '';
INSERT INTO community_unit_text (owner_id, field, lang, content)
  SELECT id, 'services', 'ar', services_ar FROM community_unit WHERE services_ar IS NOT NULL AND TRIM(services_ar) <> '';
INSERT INTO community_unit_text (owner_id, field, lang, content)
  SELECT id, 'services', 'en', services_en FROM community_unit WHERE services_en IS NOT NULL AND TRIM(services_en) <> '';
INSERT INTO community_unit_text (owner_id, field, lang, content)
  SELECT id, 'address', 'he', address_he FROM community_unit WHERE address_he IS NOT NULL AND TRIM(address_he) <> '';
INSERT INTO community_unit_text (owner_id, field, lang, content)
  SELECT id, 'address', 'ar', address_ar FROM community_unit WHERE address_ar IS NOT NULL AND TRIM(address_ar) <> '';
INSERT INTO community_unit_text (owner_id, field, lang, content)
  SELECT id, 'address', 'en', address_en FROM community_unit WHERE address_en IS NOT NULL AND TRIM(address_en) <> '';
INSERT INTO community_unit_text (owner_id, field, lang, content)
  SELECT id, 'contact_person', 'he', contact_person_he FROM community_unit WHERE contact_person_he IS NOT NULL AND TRIM(contact_person_he) <> '';
INSERT INTO community_unit_text (owner_id, field, lang, content)
  SELECT id, 'contact_person', 'ar', contact_person_ar FROM community_unit WHERE contact_person_ar IS NOT NULL AND TRIM(contact_person_ar) <> '';
INSERT INTO community_unit_text (owner_id, field, lang, content)
  SELECT id, 'contact_person', 'en', contact_person_en FROM community_unit WHERE contact_person_en IS NOT NULL AND TRIM(contact_person_en) <> '';
ALTER TABLE community_unit DROP COLUMN name_he;
ALTER TABLE community_unit DROP COLUMN name_ar;
ALTER TABLE community_unit DROP COLUMN name_en;
ALTER TABLE community_unit DROP COLUMN services_he;
ALTER TABLE community_unit DROP COLUMN services_ar;
ALTER TABLE community_unit DROP COLUMN services_en;
ALTER TABLE community_unit DROP COLUMN address_he;
ALTER TABLE community_unit DROP COLUMN address_ar;
ALTER TABLE community_unit DROP COLUMN address_en;
ALTER TABLE community_unit DROP COLUMN contact_person_he;
ALTER TABLE community_unit DROP COLUMN contact_person_ar;
ALTER TABLE community_unit DROP COLUMN contact_person_en;

CREATE TABLE request_type_text (
  owner_id BIGINT        NOT NULL,
  field    VARCHAR(30)   NOT NULL,
  lang     VARCHAR(8)    NOT NULL,
  content  VARCHAR(1000) NOT NULL,
  PRIMARY KEY (owner_id, field, lang),
  CONSTRAINT fk_request_type_text_owner FOREIGN KEY (owner_id) REFERENCES request_type (id) ON DELETE CASCADE
);
INSERT INTO request_type_text (owner_id, field, lang, content)
  SELECT id, 'name', 'he', name_he FROM request_type WHERE name_he IS NOT NULL AND TRIM(name_he) <> '';
INSERT INTO request_type_text (owner_id, field, lang, content)
  SELECT id, 'name', 'ar', name_ar FROM request_type WHERE name_ar IS NOT NULL AND TRIM(name_ar) <> '';
INSERT INTO request_type_text (owner_id, field, lang, content)
  SELECT id, 'name', 'en', name_en FROM request_type WHERE name_en IS NOT NULL AND TRIM(name_en) <> '';
INSERT INTO request_type_text (owner_id, field, lang, content)
  SELECT id, 'description', 'he', description_he FROM request_type WHERE description_he IS NOT NULL AND TRIM(description_he) <> '';
INSERT INTO request_type_text (owner_id, field, lang, content)
  SELECT id, 'description', 'ar', description_ar FROM request_type WHERE description_ar IS NOT NULL AND TRIM(description_ar) <> '';
INSERT INTO request_type_text (owner_id, field, lang, content)
  SELECT id, 'description', 'en', description_en FROM request_type WHERE description_en IS NOT NULL AND TRIM(description_en) <> '';
ALTER TABLE request_type DROP COLUMN name_he;
ALTER TABLE request_type DROP COLUMN name_ar;
ALTER TABLE request_type DROP COLUMN name_en;
ALTER TABLE request_type DROP COLUMN description_he;
ALTER TABLE request_type DROP COLUMN description_ar;
ALTER TABLE request_type DROP COLUMN description_en;

CREATE TABLE request_field_text (
  owner_id BIGINT        NOT NULL,
  field    VARCHAR(30)   NOT NULL,
  lang     VARCHAR(8)    NOT NULL,
  content  VARCHAR(1000) NOT NULL,
  PRIMARY KEY (owner_id, field, lang),
  CONSTRAINT fk_request_field_text_owner FOREIGN KEY (owner_id) REFERENCES request_field (id) ON DELETE CASCADE
);
INSERT INTO request_field_text (owner_id, field, lang, content)
  SELECT id, 'label', 'he', label_he FROM request_field WHERE label_he IS NOT NULL AND TRIM(label_he) <> '';
INSERT INTO request_field_text (owner_id, field, lang, content)
  SELECT id, 'label', 'ar', label_ar FROM request_field WHERE label_ar IS NOT NULL AND TRIM(label_ar) <> '';
INSERT INTO request_field_text (owner_id, field, lang, content)
  SELECT id, 'label', 'en', label_en FROM request_field WHERE label_en IS NOT NULL AND TRIM(label_en) <> '';
INSERT INTO request_field_text (owner_id, field, lang, content)
  SELECT id, 'hint', 'he', hint_he FROM request_field WHERE hint_he IS NOT NULL AND TRIM(hint_he) <> '';
INSERT INTO request_field_text (owner_id, field, lang, content)
  SELECT id, 'hint', 'ar', hint_ar FROM request_field WHERE hint_ar IS NOT NULL AND TRIM(hint_ar) <> '';
INSERT INTO request_field_text (owner_id, field, lang, content)
  SELECT id, 'hint', 'en', hint_en FROM request_field WHERE hint_en IS NOT NULL AND TRIM(hint_en) <> '';
ALTER TABLE request_field DROP COLUMN label_he;
ALTER TABLE request_field DROP COLUMN label_ar;
ALTER TABLE request_field DROP COLUMN label_en;
ALTER TABLE request_field DROP COLUMN hint_he;
ALTER TABLE request_field DROP COLUMN hint_ar;
ALTER TABLE request_field DROP COLUMN hint_en;

CREATE TABLE request_field_option_text (
  owner_id BIGINT        NOT NULL,
  field    VARCHAR(30)   NOT NULL,
  lang     VARCHAR(8)    NOT NULL,
  content  VARCHAR(1000) NOT NULL,
  PRIMARY KEY (owner_id, field, lang),
  CONSTRAINT fk_request_field_option_text_owner FOREIGN KEY (owner_id) REFERENCES request_field_option (id) ON DELETE CASCADE
);
INSERT INTO request_field_option_text (owner_id, field, lang, content)
  SELECT id, 'label', 'he', label_he FROM request_field_option WHERE label_he IS NOT NULL AND TRIM(label_he) <> '';
INSERT INTO request_field_option_text (owner_id, field, lang, content)
  SELECT id, 'label', 'ar', label_ar FROM request_field_option WHERE label_ar IS NOT NULL AND TRIM(label_ar) <> '';
INSERT INTO request_field_option_text (owner_id, field, lang, content)
  SELECT id, 'label', 'en', label_en FROM request_field_option WHERE label_en IS NOT NULL AND TRIM(label_en) <> '';
ALTER TABLE request_field_option DROP COLUMN label_he;
ALTER TABLE request_field_option DROP COLUMN label_ar;
ALTER TABLE request_field_option DROP COLUMN label_en;
