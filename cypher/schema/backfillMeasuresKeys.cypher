// MEASURES links to projects made before they carried their position keys (see measures_position
// in indexes.cypher) get them: up to $batch per call, repeated by migrate.ts until none is left.
MATCH (x:Indicator)-[r:MEASURES]->(p:Project)
WHERE r.subject IS NULL OR r.documentId IS NULL OR r.start IS NULL OR r.indicator IS NULL
WITH x, r, p LIMIT toInteger($batch)
SET r.subject = p.id, r.documentId = x.documentId, r.start = x.start, r.indicator = x.id
RETURN count(r) AS filled
