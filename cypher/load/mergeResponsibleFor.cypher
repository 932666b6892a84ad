// Department -[:RESPONSIBLE_FOR]-> Project, recorded with the documents asserting it, where, and
// the role each gives; `role` is the strongest of them (LEAD > PARTICIPANT > UNSPECIFIED).
// Runs for a batch of documents ($docs, in load order): one statement for all of them, not one each.
CYPHER replan=skip
UNWIND $docs AS doc
CALL (doc) {
  UNWIND doc.rows AS row
  MATCH (a:Department {id: row.from})
  MATCH (b:Project {id: row.to})
  MERGE (a)-[r:RESPONSIBLE_FOR]->(b)
  WITH r, row, doc, doc.documentId IN coalesce(r.documents, []) AS known
  SET r.documents = CASE WHEN known THEN r.documents ELSE coalesce(r.documents, []) + doc.documentId END,
      r.roles = CASE WHEN known THEN r.roles ELSE coalesce(r.roles, []) + row.role END,
      r.evidence = coalesce(r.evidence, []) + [e IN row.evidence | doc.documentId + ':' + e]
  SET r.role = CASE WHEN 'LEAD' IN r.roles THEN 'LEAD' WHEN 'PARTICIPANT' IN r.roles THEN 'PARTICIPANT' ELSE 'UNSPECIFIED' END
  RETURN count(r) AS relations
}
RETURN sum(relations) AS relations
