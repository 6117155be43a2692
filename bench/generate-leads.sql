-- Benchmark data: :leads leads next to the customers of generate-customers.sql, set-based.
-- Three in four are in the pool, the rest held by the same 200 reps in 10 teams (rep 0 li.lei).
-- Realistic overlaps for 查重: one lead in ten names an existing customer's company in another
-- form (province prefix, other legal form, full-width brackets), one in twenty shares a phone with
-- a customer's contact, one in fifty with another lead. Scores follow the default scoring model.
--   psql -v leads=1000000 -f bench/generate-leads.sql
\set ON_ERROR_STOP on
SELECT setseed(0.17);

CREATE TEMP TABLE lead_words AS SELECT
  ARRAY['北京','上海','广州','深圳','杭州','南京','苏州','成都','武汉','西安','重庆','天津','宁波','青岛','厦门','长沙','郑州','合肥','福州','济南'] AS cities,
  ARRAY['北京','上海','广东','广东','浙江','江苏','江苏','四川','湖北','陕西','重庆','天津','浙江','山东','福建','湖南','河南','安徽','福建','山东'] AS provinces,
  ARRAY['华信','东方','远航','金桥','博越','中科','恒通','瑞丰','星辰','汇智','宏达','天成','鼎盛','新锐','安泰','启明','鸿图','永昌','宝利','云帆','海纳','嘉禾','明德','正和','开元','九州','凯旋','腾飞','万象','盛世','同创','志远','和信','精工','联合','润泽','信达','华美','创新','光大'] AS cores,
  ARRAY['科技','电子','机械','贸易','物流','医药','食品','建材','化工','能源','网络','软件','服装','家具','汽车配件','环保','文化传媒','教育','咨询','电气'] AS trades,
  ARRAY['有限公司','股份有限公司','集团有限公司','有限责任公司'] AS legal_cn,
  ARRAY['Manufacturing','Retail','Logistics','Healthcare','Software','Energy','Construction','Education','Finance','Food'] AS industries,
  ARRAY['east','north','south','west','central','team-6','team-7','team-8','team-9','team-10'] AS teams,
  ARRAY['张伟','王芳','李娜','刘洋','陈静','杨帆','赵敏','黄磊','周杰','吴婷','徐明','孙丽','Emily Chen','David Wang','Lucy Li','Tom Zhang'] AS people;

-- Customer names to echo, and contact phones to share.
CREATE TEMP TABLE echo_names AS
  SELECT row_number() OVER () AS n, name, province FROM customer WHERE kind = 'COMPANY' ORDER BY random() LIMIT 50000;
CREATE TEMP TABLE echo_phones AS
  SELECT row_number() OVER () AS n, phones[1] AS phone FROM contact
   WHERE phones[1] ~ '^\+861(3[0-9]|5[0-35-9]|8[0-9])' ORDER BY random() LIMIT 50000;

INSERT INTO lead (id, person_name, company, title, phones, email, credit_code, source, industry,
                  size_band, province, city, notes, tags, status, owner_id, team, held_since,
                  last_follow_up_at, close_reason, customer_id, score, grade, created_at,
                  updated_at, version)
SELECT gen_random_uuid(), w.people[1 + (random() * 15)::int],
       CASE WHEN g % 10 = 0 THEN
              (ARRAY[e.province || '省' || replace(e.name, '有限公司', '股份有限公司'),
                     replace(e.name, '有限公司', '（' || w.cities[c] || '）有限公司'),
                     regexp_replace(e.name, '(股份|集团|有限责任|有限)+公司$', '') || '有限公司'])[1 + g % 3]
            ELSE w.cities[c] || w.cores[1 + (random() * 39)::int] || w.cores[1 + (random() * 39)::int]
                 || w.trades[1 + (random() * 19)::int] || w.legal_cn[1 + (random() * 3)::int]
       END,
       (ARRAY['采购经理','总经理','财务','技术总监','Buyer','CEO'])[1 + (random() * 5)::int],
       ARRAY[CASE WHEN g % 20 = 1 AND p.phone IS NOT NULL THEN p.phone
                  WHEN g % 50 = 2 THEN '+86139' || lpad((g % 100000)::text, 8, '0')
                  ELSE '+861' || (ARRAY['30','31','32','33','35','36','37','38','39','50','51','52','55','56','57','58','59','80','81','82','85','86','87','88','89'])[1 + (random() * 24)::int]
                       || lpad((random() * 99999999)::bigint::text, 8, '0') END],
       CASE WHEN random() < 0.7 THEN 'lead' || g || '@example.com' END,
       NULL,
       src,
       w.industries[1 + (random() * 9)::int],
       size,
       w.provinces[c], w.cities[c], NULL, '{}',
       CASE WHEN held THEN 'OWNED' ELSE 'POOL' END,
       CASE WHEN NOT held THEN NULL WHEN r = 0 THEN 'li.lei' WHEN r = 10 THEN 'han.meimei' WHEN r = 1 THEN 'zhang.wei' ELSE 'rep-' || lpad(r::text, 3, '0') END,
       CASE WHEN held THEN w.teams[1 + r % 10] END,
       CASE WHEN held THEN now() - random() * interval '25 days' END,
       NULL, NULL, NULL,
       (CASE src WHEN 'REFERRAL' THEN 30 WHEN 'EVENT' THEN 20 ELSE 0 END) + 15 + 10
         + CASE WHEN size IN ('MEDIUM', 'LARGE', 'ENTERPRISE') THEN 20 ELSE 0 END,
       NULL,
       created, created, 0
FROM generate_series(1, :leads) AS g
CROSS JOIN lead_words w
CROSS JOIN LATERAL (SELECT g % 200 AS r,
                           g % 4 = 0 AS held,
                           1 + (random() * 19)::int AS c,
                           (ARRAY['WEB_FORM','IMPORT','CALL_CENTER','API','REFERRAL','EVENT','OTHER'])[1 + (random() * 6)::int] AS src,
                           (ARRAY['MICRO','SMALL','MEDIUM','LARGE','ENTERPRISE'])[1 + (random() * 4)::int] AS size,
                           now() - (random() * interval '365 days') AS created) AS pick
LEFT JOIN echo_names e ON e.n = 1 + g % 50000
LEFT JOIN echo_phones p ON p.n = 1 + g % 50000;

-- Email adds 5 points in the default model; grades HOT >= 50, WARM >= 25, COLD >= 0.
UPDATE lead SET score = score + CASE WHEN email IS NOT NULL THEN 5 ELSE 0 END;
UPDATE lead SET grade = CASE WHEN score >= 50 THEN 'HOT' WHEN score >= 25 THEN 'WARM' ELSE 'COLD' END;
-- A follow-up for most held leads, after they were taken.
UPDATE lead SET last_follow_up_at = held_since + random() * (now() - held_since)
 WHERE status = 'OWNED' AND random() < 0.7;
