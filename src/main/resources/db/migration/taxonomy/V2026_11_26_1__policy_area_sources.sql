-- OZG Themenfelder and COFOG sectors share names (Education, Health): say which list each comes from.
update term set label_de = label_de || ' (OZG)', label_en = label_en || ' (OZG)'
  where vocabulary = 'policy-area' and code like 'ozg-%';
update term set label_de = label_de || ' (COFOG)', label_en = label_en || ' (COFOG)'
  where vocabulary = 'policy-area' and code like 'cofog-%';
