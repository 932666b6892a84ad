// Each department's jurisdiction (a DataLoader batch), most specific place first.
// The index hint: one seek per id whatever the statistics say (see projectDepartments.cypher).
UNWIND $ids AS id
MATCH (x:Department {id: id})-[:PART_OF]->(p:District)
USING INDEX SEEK x:Department(id)
WITH id, p ORDER BY CASE p.level WHEN 'SUBDISTRICT' THEN 0 WHEN 'AREA' THEN 1 WHEN 'DISTRICT' THEN 2 ELSE 3 END, p.name, p.id
RETURN id, collect(p {.id, .name, .aliases, .level, .code, .reference}) AS districts
