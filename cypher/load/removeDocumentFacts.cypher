// Takes back everything a document asserted, and nothing else: its indicators (and their MEASURES),
// its mentions, its share of relations (a relation other documents also assert stays, without
// this one), its project reports; then entities that no document mentions any more and that are
// not reference data. Every step starts from the document: its relations are the ones it
// recorded in relationKeys (`TYPE|fromId|toId`), each found by its two ends, one unique-index
// seek each (the label told by the id's prefix).
CYPHER replan=skip
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
  UNWIND coalesce(d.relationKeys, []) AS relationKey
  WITH d, split(relationKey, '|') AS k
  CALL (k) {
    UNWIND CASE WHEN k[1] STARTS WITH 'dis_' THEN [k[1]] ELSE [] END AS id
    MATCH (a:District {id: id}) RETURN a
    UNION ALL
    UNWIND CASE WHEN k[1] STARTS WITH 'dep_' THEN [k[1]] ELSE [] END AS id
    MATCH (a:Department {id: id}) RETURN a
    UNION ALL
    UNWIND CASE WHEN k[1] STARTS WITH 'prj_' THEN [k[1]] ELSE [] END AS id
    MATCH (a:Project {id: id}) RETURN a
  }
  CALL (k) {
    UNWIND CASE WHEN k[2] STARTS WITH 'dis_' THEN [k[2]] ELSE [] END AS id
    MATCH (b:District {id: id}) RETURN b
    UNION ALL
    UNWIND CASE WHEN k[2] STARTS WITH 'prj_' THEN [k[2]] ELSE [] END AS id
    MATCH (b:Project {id: id}) RETURN b
  }
  MATCH (a)-[r:RESPONSIBLE_FOR|LOCATED_IN|PART_OF]->(b)
  WHERE type(r) = k[0] AND d.id IN r.documents
  WITH DISTINCT d, r
  WITH d, r, [k IN range(0, size(r.documents) - 1) WHERE r.documents[k] <> d.id] AS keep
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
