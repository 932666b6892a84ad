// PART_OF: a place in a larger place, a department in its jurisdiction, a project in a programme.
// Each end is told apart by its id's prefix, so that it is one unique-index seek (unwinding the
// condition keeps the planner from seeking under every label).
// Runs for a batch of documents ($docs, in load order): one statement for all of them, not one each.
CYPHER replan=skip
UNWIND $docs AS doc
CALL (doc) {
  UNWIND doc.rows AS row
  CALL (row) {
    UNWIND CASE WHEN row.from STARTS WITH 'dis_' THEN [row.from] ELSE [] END AS id
    MATCH (a:District {id: id}) RETURN a
    UNION ALL
    UNWIND CASE WHEN row.from STARTS WITH 'dep_' THEN [row.from] ELSE [] END AS id
    MATCH (a:Department {id: id}) RETURN a
    UNION ALL
    UNWIND CASE WHEN row.from STARTS WITH 'prj_' THEN [row.from] ELSE [] END AS id
    MATCH (a:Project {id: id}) RETURN a
  }
  CALL (row) {
    UNWIND CASE WHEN row.to STARTS WITH 'dis_' THEN [row.to] ELSE [] END AS id
    MATCH (b:District {id: id}) RETURN b
    UNION ALL
    UNWIND CASE WHEN row.to STARTS WITH 'prj_' THEN [row.to] ELSE [] END AS id
    MATCH (b:Project {id: id}) RETURN b
  }
  MERGE (a)-[r:PART_OF]->(b)
  SET r.documents = CASE WHEN doc.documentId IN coalesce(r.documents, []) THEN r.documents ELSE coalesce(r.documents, []) + doc.documentId END,
      r.evidence = coalesce(r.evidence, []) + [e IN row.evidence | doc.documentId + ':' + e]
  RETURN count(r) AS relations
}
RETURN sum(relations) AS relations
