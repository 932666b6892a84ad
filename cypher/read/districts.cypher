// Places, one page per request. $requests is a batch of connection requests (each with its own
// filters, order, cursor); $limit is the largest page size asked plus one. Per request: the number
// of matching places, how many come before the cursor, and the page after it.
// Keys: NAME → name; CODE → code (missing codes last); LEVEL → level rank, then name.
UNWIND range(0, size($requests) - 1) AS i
WITH i, $requests[i] AS req
CALL (req) {
  CALL (req) {
    WITH req WHERE req.parent IS NOT NULL
    MATCH (a:District {id: req.parent})<-[:PART_OF]-(n:District)
    USING INDEX SEEK a:District(id)
    RETURN n
    UNION
    WITH req WHERE req.parent IS NULL AND size(req.within) > 0
    MATCH (a:District {id: req.within[0]})<-[:PART_OF]-{0,4}(n:District)
    USING INDEX SEEK a:District(id)
    RETURN n
    UNION
    WITH req WHERE req.parent IS NULL AND size(req.within) = 0 AND req.document IS NOT NULL
    MATCH (a:Document {id: req.document})<-[:MENTIONED_IN]-(n:District)
    USING INDEX SEEK a:Document(id)
    RETURN n
    UNION
    // No anchor: every district. (Unwinding the condition keeps the planner from scanning first.)
    UNWIND CASE WHEN req.parent IS NULL AND size(req.within) = 0 AND req.document IS NULL THEN [true] ELSE [] END AS scan
    MATCH (n:District)
    RETURN n
  }
  // A check that names an entity by id seeks it (SEEK hint) or walks from n to an unlabeled node:
  // a labelled id without a hint lets a small graph's planner read the whole id index instead.
  WITH n
  WHERE (req.names IS NULL OR any(q IN req.names WHERE toLower(n.name) CONTAINS q OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) CONTAINS q)))
    AND (req.levels IS NULL OR n.level IN req.levels)
    AND all(w IN req.within WHERE EXISTS { (n)-[:PART_OF]->{0,4}(x) WHERE x.id = w })
    AND (req.parent IS NULL OR EXISTS { MATCH (n)-[:PART_OF]->(x:District {id: req.parent}) USING INDEX SEEK x:District(id) })
    AND (req.code IS NULL OR n.code = req.code)
    AND (req.mentioned IS NULL OR req.mentioned = EXISTS { (n)-[:MENTIONED_IN]->() })
    AND (req.document IS NULL OR EXISTS { MATCH (n)-[:MENTIONED_IN]->(x:Document {id: req.document}) USING INDEX SEEK x:Document(id) })
  WITH n, CASE req.order
      WHEN 'NAME' THEN n.name
      WHEN 'CODE' THEN coalesce(n.code, CASE WHEN req.desc THEN '' ELSE '\uffff' END)
      WHEN 'LEVEL' THEN CASE n.level WHEN 'MUNICIPALITY' THEN '0' WHEN 'DISTRICT' THEN '1' WHEN 'AREA' THEN '2' ELSE '3' END + n.name
    END AS key
  WITH collect({n: n, id: n.id, key: key}) AS rows
  WITH rows, [r IN rows WHERE req.after IS NULL
      OR (CASE WHEN req.desc THEN r.key < req.after.key ELSE r.key > req.after.key END)
      OR (r.key = req.after.key AND r.id > req.after.id)] AS rest
  CALL (rest, req) {
    UNWIND rest AS r
    WITH r ORDER BY CASE WHEN req.desc THEN null ELSE r.key END ASC, CASE WHEN req.desc THEN r.key END DESC, r.id ASC
    LIMIT toInteger($limit)
    WITH r.n AS n, r.key AS key
    RETURN collect({key: key, node: n {.id, .name, .aliases, .level, .code, .reference}}) AS page
  }
  RETURN size(rows) AS total, size(rows) - size(rest) AS before, page
}
RETURN i, total, before, page
