// Where each project is (a DataLoader batch), most specific place first.
UNWIND $ids AS id
MATCH (:Project {id: id})-[:LOCATED_IN]->(p:District)
WITH id, p ORDER BY CASE p.level WHEN 'SUBDISTRICT' THEN 0 WHEN 'AREA' THEN 1 WHEN 'DISTRICT' THEN 2 ELSE 3 END, p.name, p.id
RETURN id, collect(p {.id, .name, .aliases, .level, .code, .reference}) AS districts
