// The PART_OF hierarchy of the reference places: subdistrict/area → district → 北京市.
UNWIND $rows AS row
MATCH (n:District {id: row.id})
UNWIND row.parents AS parentId
MATCH (p:District {id: parentId})
MERGE (n)-[r:PART_OF]->(p)
SET r.reference = true, r.documents = coalesce(r.documents, [])
RETURN count(r) AS links
