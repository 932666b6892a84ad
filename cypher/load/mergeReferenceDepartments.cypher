// Reference departments (municipal and national bodies with their official names and
// abbreviations), each PART_OF its jurisdiction where it has one.
UNWIND $rows AS row
MERGE (n:Department {id: row.id})
SET n.name = row.name, n.kind = row.kind, n.level = row.level, n.reference = true,
    n.aliases = reduce(acc = coalesce(n.aliases, []), a IN row.aliases | CASE WHEN a IN acc THEN acc ELSE acc + a END),
    n.pinyin = reduce(acc = coalesce(n.pinyin, []), a IN row.pinyin | CASE WHEN a IN acc THEN acc ELSE acc + a END)
SET n.searchText = reduce(s = '', a IN n.aliases | s + ' ' + a),
    n.searchPinyin = reduce(s = '', a IN n.pinyin | s + ' ' + a)
WITH n, row
OPTIONAL MATCH (p:District {id: row.partOf})
FOREACH (_ IN CASE WHEN p IS NULL THEN [] ELSE [1] END |
  MERGE (n)-[r:PART_OF]->(p)
  SET r.reference = true, r.documents = coalesce(r.documents, []))
RETURN count(n) AS departments
