// PART_OF: a place in a larger place, a department in its jurisdiction, a project in a programme.
UNWIND $rows AS row
CALL (row) {
  MATCH (a:District {id: row.from}) RETURN a
  UNION MATCH (a:Department {id: row.from}) RETURN a
  UNION MATCH (a:Project {id: row.from}) RETURN a
}
CALL (row) {
  MATCH (b:District {id: row.to}) RETURN b
  UNION MATCH (b:Project {id: row.to}) RETURN b
}
MERGE (a)-[r:PART_OF]->(b)
SET r.documents = CASE WHEN $documentId IN coalesce(r.documents, []) THEN r.documents ELSE coalesce(r.documents, []) + $documentId END,
    r.evidence = coalesce(r.evidence, []) + [e IN row.evidence | $documentId + ':' + e]
RETURN count(r) AS relations
