// Departments, one page per request (see districts.cypher for the shape of a batch).
// Keys: NAME → name; LEVEL → level rank, then name; PROJECTS → number of projects responsible for.
UNWIND range(0, size($requests) - 1) AS i
WITH i, $requests[i] AS req
CALL (req) {
  CALL (req) {
    WITH req WHERE size(req.projects) > 0
    MATCH (a:Project {id: req.projects[0]})<-[:RESPONSIBLE_FOR]-(n:Department)
    USING INDEX SEEK a:Project(id)
    RETURN n
    UNION
    WITH req WHERE size(req.projects) = 0 AND size(req.within) > 0
    MATCH (a:District {id: req.within[0]})<-[:PART_OF]-{0,4}(:District)<-[:PART_OF]-(n:Department)
    USING INDEX SEEK a:District(id)
    RETURN n
    UNION
    WITH req WHERE size(req.projects) = 0 AND size(req.within) = 0 AND req.document IS NOT NULL
    MATCH (a:Document {id: req.document})<-[:MENTIONED_IN]-(n:Department)
    USING INDEX SEEK a:Document(id)
    RETURN n
    UNION
    // No anchor: every department. (Unwinding the condition keeps the planner from scanning first.)
    UNWIND CASE WHEN size(req.projects) = 0 AND size(req.within) = 0 AND req.document IS NULL THEN [true] ELSE [] END AS scan
    MATCH (n:Department)
    RETURN n
  }
  // A check that names an entity by id seeks it (SEEK hint) or walks from n to an unlabeled node:
  // a labelled id without a hint lets a small graph's planner read the whole id index instead.
  WITH n
  WHERE (req.names IS NULL OR any(q IN req.names WHERE toLower(n.name) CONTAINS q OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) CONTAINS q)))
    AND (req.kinds IS NULL OR n.kind IN req.kinds)
    AND (req.levels IS NULL OR n.level IN req.levels)
    // The anchor that found a row needs no second check: only the other conditions are tested.
    AND all(w IN CASE WHEN size(req.projects) = 0 THEN req.within[1..] ELSE req.within END
            WHERE EXISTS { (n)-[:PART_OF]->(:District)-[:PART_OF]->{0,4}(x) WHERE x.id = w })
    AND all(p IN req.projects WHERE (p = req.projects[0] AND req.roles IS NULL) OR EXISTS { MATCH (n)-[r:RESPONSIBLE_FOR]->(x:Project {id: p}) USING INDEX SEEK x:Project(id) WHERE req.roles IS NULL OR r.role IN req.roles })
    AND (req.roles IS NULL OR size(req.projects) > 0 OR EXISTS { (n)-[r:RESPONSIBLE_FOR]->() WHERE r.role IN req.roles })
    AND (req.document IS NULL OR (size(req.projects) = 0 AND size(req.within) = 0) OR EXISTS { MATCH (n)-[:MENTIONED_IN]->(x:Document {id: req.document}) USING INDEX SEEK x:Document(id) })
  WITH n, CASE req.order
      WHEN 'NAME' THEN n.name
      WHEN 'LEVEL' THEN CASE n.level WHEN 'NATIONAL' THEN '0' WHEN 'MUNICIPAL' THEN '1' WHEN 'DISTRICT' THEN '2' ELSE '3' END + n.name
      WHEN 'PROJECTS' THEN toFloat(COUNT { (n)-[:RESPONSIBLE_FOR]->() })
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
    RETURN collect({
      key: key,
      node: n {.id, .name, .aliases, .kind, .level, .reference},
      // Prefetched for Department.projects { totalCount } (src/prefetch.ts): distinct projects, as
      // projects.cypher counts them.
      projectCount: CASE WHEN req.prefetch.projectCount THEN COUNT { MATCH (n)-[:RESPONSIBLE_FOR]->(p:Project) RETURN DISTINCT p } END
    }) AS page
  }
  RETURN size(rows) AS total, size(rows) - size(rest) AS before, page
}
RETURN i, total, before, page
