-- Benchmark data: :customers realistic customers with 1-3 contacts each, set-based (no row loop).
-- Owners: 200 reps in 10 teams; rep 0 is li.lei and rep 10 han.meimei (team east), rep 1
-- zhang.wei (team north), so the demo tokens see their share. Usage:
--   psql -v customers=1000000 -f bench/generate-customers.sql
\set ON_ERROR_STOP on
SELECT setseed(0.42);

CREATE TEMP TABLE words AS SELECT
  ARRAY['北京','上海','广州','深圳','杭州','南京','苏州','成都','武汉','西安','重庆','天津','宁波','青岛','厦门','长沙','郑州','合肥','福州','济南'] AS cities,
  ARRAY['华信','东方','远航','金桥','博越','中科','恒通','瑞丰','星辰','汇智','宏达','天成','鼎盛','新锐','安泰','启明','鸿图','永昌','宝利','云帆','海纳','嘉禾','明德','正和','开元','九州','凯旋','腾飞','万象','盛世','同创','志远','和信','精工','联合','润泽','信达','华美','创新','光大'] AS cores,
  ARRAY['科技','电子','机械','贸易','物流','医药','食品','建材','化工','能源','网络','软件','服装','家具','汽车配件','环保','文化传媒','教育','咨询','电气'] AS trades,
  ARRAY['有限公司','股份有限公司','集团有限公司','有限责任公司'] AS legal_cn,
  ARRAY['Bright','Golden','Pacific','Summit','Blue River','Evergreen','Silver Bay','Northstar','Harbor','Pioneer','Crescent','Orchid','Jade','Phoenix','Lotus','Vertex','Atlas','Nova','Meridian','Zenith'] AS adjectives,
  ARRAY['Electronics','Logistics','Trading','Foods','Machinery','Pharma','Textiles','Software','Materials','Energy','Motors','Instruments','Packaging','Chemicals','Holdings'] AS nouns,
  ARRAY['Co., Ltd.','Inc.','Ltd.','Group','Corporation'] AS legal_en,
  ARRAY['北京','上海','广东','广东','浙江','江苏','江苏','四川','湖北','陕西','重庆','天津','浙江','山东','福建','湖南','河南','安徽','福建','山东'] AS provinces,
  ARRAY['Manufacturing','Retail','Logistics','Healthcare','Software','Energy','Construction','Education','Finance','Food'] AS industries,
  ARRAY['east','north','south','west','central','team-6','team-7','team-8','team-9','team-10'] AS teams,
  ARRAY['vip','trade-fair','referral','renewal','price-sensitive','export','government','new'] AS tag_pool,
  ARRAY['张伟','王芳','李娜','刘洋','陈静','杨帆','赵敏','黄磊','周杰','吴婷','徐明','孙丽','Emily Chen','David Wang','Lucy Li','Tom Zhang'] AS people;

INSERT INTO customer (id, name, kind, industry, size_band, province, city, source_channel, tags,
                      importance, demand_status, notes, credit_code, owner_id, team,
                      created_at, updated_at, archived_at, version)
SELECT gen_random_uuid(),
       CASE WHEN g % 5 = 0
            THEN w.adjectives[1 + (random() * 19)::int] || ' ' || w.nouns[1 + (random() * 14)::int] || ' ' || w.legal_en[1 + (random() * 4)::int]
            ELSE w.cities[c] || w.cores[1 + (random() * 39)::int] || w.trades[1 + (random() * 19)::int] || w.legal_cn[1 + (random() * 3)::int]
       END,
       CASE WHEN g % 20 = 0 THEN 'PERSON' ELSE 'COMPANY' END,
       w.industries[1 + (random() * 9)::int],
       (ARRAY['MICRO','SMALL','MEDIUM','LARGE','ENTERPRISE'])[1 + (random() * 4)::int],
       w.provinces[c], w.cities[c],
       (ARRAY['WEB_FORM','IMPORT','CALL_CENTER','API','REFERRAL','EVENT','OTHER'])[1 + (random() * 6)::int],
       CASE WHEN random() < 0.6 THEN ARRAY[w.tag_pool[1 + (random() * 7)::int]] ELSE '{}' END,
       CASE WHEN random() < 0.2 THEN 'KEY' ELSE 'NORMAL' END,
       (ARRAY['TARGET','POTENTIAL','POTENTIAL','DEAD'])[1 + (random() * 3)::int],
       NULL, NULL,
       CASE r WHEN 0 THEN 'li.lei' WHEN 10 THEN 'han.meimei' WHEN 1 THEN 'zhang.wei' ELSE 'rep-' || lpad(r::text, 3, '0') END,
       w.teams[1 + r % 10],
       created, created, NULL, 0
FROM generate_series(1, :customers) AS g
CROSS JOIN words w
CROSS JOIN LATERAL (SELECT g % 200 AS r,
                           1 + (random() * 19)::int AS c,
                           now() - (random() * interval '1000 days') AS created) AS pick;

-- 1-3 contacts per customer; the first one primary. Phones are mainland mobile numbers, some shared.
INSERT INTO contact (id, customer_id, name, title, phones, email, is_primary, marketing_consent,
                     created_at, updated_at, version)
SELECT gen_random_uuid(), c.id, w.people[1 + (random() * 15)::int],
       (ARRAY['采购经理','总经理','财务','技术总监','Buyer','CEO'])[1 + (random() * 5)::int],
       ARRAY['+861' || (30 + (random() * 59)::int)::text || lpad((random() * 99999999)::bigint::text, 8, '0')],
       'contact' || n || '.' || substr(md5(c.id::text), 1, 10) || '@example.com',
       n = 1, random() < 0.3, c.created_at, c.created_at, 0
FROM customer c
CROSS JOIN words w
CROSS JOIN LATERAL generate_series(1, 1 + (abs(hashtext(c.id::text)) % 3)) AS n;

ANALYZE customer;
ANALYZE contact;
