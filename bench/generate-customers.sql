-- Benchmark data: :customers realistic customers with 1-3 contacts each, set-based (no row loop).
-- Owners: 200 reps in 10 teams; rep 0 is li.lei and rep 10 han.meimei (team east), rep 1
-- zhang.wei (team north), so the demo tokens see their share. Usage:
--   psql -v customers=1000000 -f bench/generate-customers.sql
\set ON_ERROR_STOP on
SELECT setseed(0.42);

CREATE TEMP TABLE words AS SELECT
  ARRAY['北京','上海','广州','深圳','杭州','南京','苏州','成都','武汉','西安','重庆','天津','宁波','青岛','厦门','长沙','郑州','合肥','福州','济南','东莞','佛山','无锡','温州','沈阳','大连','哈尔滨','长春','石家庄','太原','南昌','昆明','贵阳','南宁','海口','兰州','乌鲁木齐','呼和浩特','常州','烟台'] AS cities,
  ARRAY['北京','上海','广东','广东','浙江','江苏','江苏','四川','湖北','陕西','重庆','天津','浙江','山东','福建','湖南','河南','安徽','福建','山东','广东','广东','江苏','浙江','辽宁','辽宁','黑龙江','吉林','河北','山西','江西','云南','贵州','广西','海南','甘肃','新疆','内蒙古','江苏','山东'] AS provinces,
  -- 字号 (trade names) are two or three of these characters, the first ones the most common, so
  -- that popular names such as 华信 or 鼎盛 recur across cities and trades as they do in real
  -- registers, without a small vocabulary repeating every name thousands of times.
  '华信东方远航金桥博越中科恒通瑞丰星辰汇智宏达天成鼎盛新锐安泰启明鸿图永昌宝利云帆海纳嘉禾德正和开元九州凯旋腾飞万象世同创志精工联合润泽美光大兴隆祥福顺康健富贵吉庆国民众诚实厚义仁鑫源泉林森江河山川峰岳龙凤鹏麒麟虎豹宇宙乾坤阳晨旭日月辉煌耀亮清晶钻银铜铁石岩伟卓立舟蓝绿青红紫彩虹雨雪霜露春夏秋冬松柏竹梅兰菊荣昊昕翔欣悦佳宁平谐振扬威力强盈晟睿哲思圣运骏驰浩瀚'::text AS brand_chars,
  ARRAY['科技','电子','机械','贸易','物流','医药','食品','建材','化工','能源','网络','软件','服装','家具','汽车配件','环保','文化传媒','教育','咨询','电气','实业','投资','广告','装饰','印刷','包装','仪器','光电','新材料','生物'] AS trades,
  ARRAY['有限公司','股份有限公司','集团有限公司','有限责任公司'] AS legal_cn,
  ARRAY['Bright','Golden','Pacific','Summit','Blue River','Evergreen','Silver Bay','Northstar','Harbor','Pioneer','Crescent','Orchid','Jade','Phoenix','Lotus','Vertex','Atlas','Nova','Meridian','Zenith','Apex','Beacon','Cedar','Coral','Delta','Eagle','Falcon','Granite','Horizon','Iris','Keystone','Liberty','Maple','Nimbus','Oak','Polaris','Quantum','Redwood','Sierra','Sterling','Titan','Unity','Vista','Willow','Aurora','Bluebird','Cobalt','Dragon','Emerald','Fortune','Glacier','Heritage','Ivory','Juniper','Kestrel','Lighthouse','Magnolia','Neptune','Olympus','Prairie','Radiant','Sapphire','Tidewater','Upland','Valley','Westwind','Yellowstone','Amber','Crown','Dawn','Ember','Frontier','Genesis','Highland','Insight','Jasper','Kingfisher','Lakeside','Mosaic','Noble'] AS first_words,
  ARRAY['Global','Tech','Industrial','Precision','United','International','Digital','Advanced','Smart','Green','Asia','China','Continental','Integrated','Modern','Prime','Royal','Star','Allied','Dynamic','Fusion','Core','Creative','First','Grand','Metro','National','Premier','Sun','Ocean'] AS middle_words,
  ARRAY['Electronics','Logistics','Trading','Foods','Machinery','Pharma','Textiles','Software','Materials','Energy','Motors','Instruments','Packaging','Chemicals','Holdings','Systems','Solutions','Networks','Biotech','Devices','Components','Plastics','Metals','Apparel','Furniture','Media','Consulting','Engineering','Ventures','Supply','Optics','Robotics','Semiconductors','Labs','Medical','Marine','Aviation','Farms','Beverages','Ceramics'] AS nouns,
  ARRAY['Co., Ltd.','Inc.','Ltd.','Group','Corporation'] AS legal_en,
  ARRAY['Manufacturing','Retail','Logistics','Healthcare','Software','Energy','Construction','Education','Finance','Food'] AS industries,
  ARRAY['east','north','south','west','central','team-6','team-7','team-8','team-9','team-10'] AS teams,
  ARRAY['vip','trade-fair','referral','renewal','price-sensitive','export','government','new'] AS tag_pool,
  ARRAY['张伟','王芳','李娜','刘洋','陈静','杨帆','赵敏','黄磊','周杰','吴婷','徐明','孙丽','Emily Chen','David Wang','Lucy Li','Tom Zhang'] AS people;

-- A uniformly random element of an array; a skewed random character of a string (early ones common).
CREATE FUNCTION pg_temp.any_of(items text[]) RETURNS text LANGUAGE sql VOLATILE AS
  'SELECT items[1 + floor(random() * cardinality(items))::int]';
CREATE FUNCTION pg_temp.skewed_char(chars text) RETURNS text LANGUAGE sql VOLATILE AS
  'SELECT substr(chars, 1 + floor(length(chars) * random() ^ 1.7)::int, 1)';

-- Names: one in five English (first word, sometimes a second, trade noun, legal form), the rest
-- Chinese (city, 字号, trade, legal form); about 1 000 000 distinct names for 1 000 000 customers.
INSERT INTO customer (id, name, kind, industry, size_band, province, city, source_channel, tags,
                      importance, demand_status, notes, credit_code, owner_id, team,
                      created_at, updated_at, archived_at, version)
SELECT gen_random_uuid(),
       CASE WHEN g % 5 = 0
            THEN pg_temp.any_of(w.first_words)
                 || CASE WHEN random() < 0.5 THEN ' ' || pg_temp.any_of(w.middle_words) ELSE '' END
                 || ' ' || pg_temp.any_of(w.nouns) || ' ' || pg_temp.any_of(w.legal_en)
            ELSE w.cities[c] || pg_temp.skewed_char(w.brand_chars) || pg_temp.skewed_char(w.brand_chars)
                 || CASE WHEN random() < 0.2 THEN pg_temp.skewed_char(w.brand_chars) ELSE '' END
                 || pg_temp.any_of(w.trades) || pg_temp.any_of(w.legal_cn)
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
                           1 + floor(random() * 40)::int AS c,
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
