// Department -[:RESPONSIBLE_FOR]-> Project, recorded with the documents asserting it, where, and
// the role each gives; `role` is the strongest of them (LEAD > PARTICIPANT > UNSPECIFIED).
CYPHER replan=skip
UNWIND $rows AS row
MATCH (a:Department {id: row.from})
MATCH (b:Project {id: row.to})
MERGE (a)-[r:RESPONSIBLE_FOR]->(b)
WITH r, row, $documentId IN coalesce(r.documents, []) AS known
SET r.documents = CASE WHEN known THEN r.documents ELSE coalesce(r.documents, []) + $documentId END,
    r.roles = CASE WHEN known THEN r.roles ELSE coalesce(r.roles, []) + row.role END,
    r.evidence = coalesce(r.evidence, []) + [e IN row.evidence | $documentId + ':' + e]
SET r.role = CASE WHEN 'LEAD' IN r.roles THEN 'LEAD' WHEN 'PARTICIPANT' IN r.roles THEN 'PARTICIPANT' ELSE 'UNSPECIFIED' END
RETURN count(r) AS relations
