// removeDocumentFacts for a document loaded before documents recorded their relations
// (relationKeys): the same, but its relations are found by scanning every relation of the four
// types for its id. Slow on a large graph; used once per such document, when it changes.
MATCH (d:Document {key: $key})
OPTIONAL MATCH (i:Indicator {documentId: d.id})
DETACH DELETE i
WITH DISTINCT d
CALL (d) {
  MATCH (n)-[m:MENTIONED_IN]->(d)
  DELETE m
  WITH DISTINCT n
  WHERE NOT (n)-[:MENTIONED_IN]->() AND coalesce(n.reference, false) = false AND NOT n:Document
  RETURN collect(n) AS orphans
}
CALL (d) {
  MATCH ()-[r:RESPONSIBLE_FOR|LOCATED_IN|MEASURES|PART_OF]->()
  WHERE d.id IN r.documents
  WITH r, [k IN range(0, size(r.documents) - 1) WHERE r.documents[k] <> d.id] AS keep
  SET r.documents = [k IN keep | r.documents[k]],
      r.roles = CASE WHEN r.roles IS NULL THEN null ELSE [k IN keep | r.roles[k]] END,
      r.evidence = [e IN coalesce(r.evidence, []) WHERE NOT e STARTS WITH d.id + ':']
  WITH r
  WHERE size(r.documents) = 0 AND coalesce(r.reference, false) = false
  DELETE r
}
CALL (d) {
  OPTIONAL MATCH (p:Project)-[rep:REPORTED_IN]->(d)
  DELETE rep
  RETURN collect(p.id) AS affected
}
FOREACH (n IN orphans | DETACH DELETE n)
RETURN affected
