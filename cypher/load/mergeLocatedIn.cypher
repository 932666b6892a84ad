// Project -[:LOCATED_IN]-> District (the most specific place the text gives).
CYPHER replan=skip
UNWIND $rows AS row
MATCH (a:Project {id: row.from})
MATCH (b:District {id: row.to})
MERGE (a)-[r:LOCATED_IN]->(b)
SET r.documents = CASE WHEN $documentId IN coalesce(r.documents, []) THEN r.documents ELSE coalesce(r.documents, []) + $documentId END,
    r.evidence = coalesce(r.evidence, []) + [e IN row.evidence | $documentId + ':' + e]
RETURN count(r) AS relations
