// Indicator -[:MEASURES]-> its subject: a Project, Department or District.
UNWIND $rows AS row
MATCH (a:Indicator {id: row.from})
CALL (row) {
  MATCH (b:Project {id: row.to}) RETURN b
  UNION MATCH (b:Department {id: row.to}) RETURN b
  UNION MATCH (b:District {id: row.to}) RETURN b
}
MERGE (a)-[r:MEASURES]->(b)
SET r.documents = [$documentId], r.evidence = [e IN row.evidence | $documentId + ':' + e]
RETURN count(r) AS relations
