// Reference places (北京市, the districts with GB/T 2260 codes, areas, subdistricts) and their
// aliases: loaded at every import, whether or not a document names them (linkReferencePlaces
// adds their PART_OF hierarchy once all exist). lookupNames are names the API finds a place by
// that extraction does not match in text (朝阳 for 朝阳区).
UNWIND $rows AS row
MERGE (n:District {id: row.id})
SET n.name = row.name, n.level = row.level, n.code = row.code, n.reference = true, n.lookupNames = row.lookupNames,
    n.aliases = reduce(acc = coalesce(n.aliases, []), a IN row.aliases | CASE WHEN a IN acc THEN acc ELSE acc + a END),
    n.pinyin = reduce(acc = coalesce(n.pinyin, []), a IN row.pinyin | CASE WHEN a IN acc THEN acc ELSE acc + a END)
SET n.searchText = reduce(s = '', a IN n.aliases | s + ' ' + a),
    n.searchPinyin = reduce(s = '', a IN n.pinyin | s + ' ' + a)
RETURN count(n) AS places
