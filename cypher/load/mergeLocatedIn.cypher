// Project -[:LOCATED_IN]-> District (the most specific place the text gives). A new link carries
// its place id and its project name and id, the keys of the located_in_page index (projects.cypher).
// Runs for a batch of documents ($docs, in load order): one statement for all of them, not one each.
CYPHER replan=skip
UNWIND $docs AS doc
CALL (doc) {
  UNWIND doc.rows AS row
  MATCH (a:Project {id: row.from})
  MATCH (b:District {id: row.to})
  MERGE (a)-[r:LOCATED_IN]->(b)
  ON CREATE SET r.place = b.id, r.name = a.name, r.project = a.id
  SET r.documents = CASE WHEN doc.documentId IN coalesce(r.documents, []) THEN r.documents ELSE coalesce(r.documents, []) + doc.documentId END,
      r.evidence = coalesce(r.evidence, []) + [e IN row.evidence | doc.documentId + ':' + e]
  RETURN count(r) AS relations
}
RETURN sum(relations) AS relations
