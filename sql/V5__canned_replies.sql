-- Canned replies: ready answers a caseworker starts a public reply from, per unit (or for every
-- unit when unit_id is NULL) and per language. Administrators will manage them; these are the
-- department's first ones.
CREATE TABLE canned_reply (
  id         BIGINT        NOT NULL,
  unit_id    BIGINT        NULL,
  language   VARCHAR(2)    NOT NULL,
  title      VARCHAR(120)  NOT NULL,
  body       VARCHAR(2000) NOT NULL,
  active     BOOLEAN       NOT NULL DEFAULT TRUE,
  version    BIGINT        NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT fk_canned_reply_unit FOREIGN KEY (unit_id) REFERENCES community_unit (id)
);
CREATE INDEX ix_canned_reply_unit_language ON canned_reply (unit_id, language);

INSERT INTO canned_reply (id, unit_id, language, title, body) VALUES
  (1, NULL, 'he', 'קיבלנו את פנייתך',
   'שלום, קיבלנו את פנייתך והיא בטיפול. ניצור איתך קשר בהקדם. בברכה, יחידת העבודה הקהילתית.'),
  (2, NULL, 'ar', 'استلمنا طلبك',
   'مرحبًا، استلمنا طلبك وهو قيد المعالجة. سنتواصل معك قريبًا. مع التحية، وحدة العمل المجتمعي.'),
  (3, NULL, 'en', 'We received your request',
   'Hello, we received your request and are working on it. We will contact you soon. Regards, the Community Work Unit.'),
  (4, NULL, 'he', 'נדרש מידע נוסף',
   'שלום, כדי להמשיך בטיפול נזדקק למידע נוסף. אפשר להשיב בדף המעקב אחרי הפנייה.'),
  (5, NULL, 'ar', 'نحتاج إلى معلومات إضافية',
   'مرحبًا، لمتابعة المعالجة نحتاج إلى معلومات إضافية. يمكنكم الرد في صفحة متابعة الطلب.'),
  (6, NULL, 'en', 'More information needed',
   'Hello, to go on with your request we need some more information. You can answer on the tracking page of your request.'),
  (7, 4, 'he', 'הזמנה לפגישת גישור',
   'שלום, נשמח להזמין אותך לפגישת היכרות עם מגשר/ת מתנדב/ת. נתקשר לתאם מועד.'),
  (8, 4, 'en', 'Invitation to a mediation meeting',
   'Hello, we would like to invite you to a first meeting with a volunteer mediator. We will call to set a time.');
INSERT INTO id_sequence (seq_name, seq_count) VALUES ('canned_reply', 1000);
