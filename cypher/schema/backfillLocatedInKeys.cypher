// LOCATED_IN links made before they carried their page keys (place id, project name and id; see
// located_in_page in indexes.cypher) get them: up to $batch per call, repeated by migrate.ts
// until none is left. A database that has them all reads the links once and writes nothing.
MATCH (a:Project)-[r:LOCATED_IN]->(b:District)
WHERE r.place IS NULL OR r.name IS NULL OR r.project IS NULL
WITH a, r, b LIMIT toInteger($batch)
SET r.place = b.id, r.name = a.name, r.project = a.id
RETURN count(r) AS filled
