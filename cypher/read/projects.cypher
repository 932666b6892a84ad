// Projects, one page per request (see districts.cypher for the shape of a batch). When a request
// names departments, each row also carries the first one's RESPONSIBLE_FOR link (its role).
// Keys: NAME → name; START_YEAR / END_YEAR → the year (missing years last).
UNWIND range(0, size($requests) - 1) AS i
WITH i, $requests[i] AS req
// The anchor that finds a row needs no second check: only the other conditions are tested. When
// nothing is left beyond what the anchor guarantees (a district's or a department's projects, the
// common case), rows skip the filter instead of testing every condition on each.
WITH i, req, CASE WHEN size(req.departments) = 0 AND req.partOf IS NULL THEN req.within[1..] ELSE req.within END AS withinLeft
WITH i, req, withinLeft,
  req.names IS NULL AND req.roles IS NULL AND req.sectors IS NULL
  AND req.startYear.min IS NULL AND req.startYear.max IS NULL AND req.endYear.min IS NULL AND req.endYear.max IS NULL
  AND size(withinLeft) = 0 AND size(req.departments) <= 1
  AND (req.partOf IS NULL OR size(req.departments) = 0)
  AND (req.document IS NULL OR (size(req.departments) = 0 AND req.partOf IS NULL AND size(req.within) = 0))
  AND (req.statuses IS NULL OR (size(req.departments) = 0 AND req.partOf IS NULL AND size(req.within) = 0 AND req.document IS NULL)) AS anchored
CALL (req, withinLeft, anchored) {
  // Anchors seek their start by id (the hints keep the planner from scanning every id on a small graph).
  CALL (req) {
    WITH req WHERE size(req.departments) > 0
    MATCH (a:Department {id: req.departments[0]})-[:RESPONSIBLE_FOR]->(n:Project)
    USING INDEX SEEK a:Department(id)
    RETURN DISTINCT n
    UNION ALL
    WITH req WHERE size(req.departments) = 0 AND req.partOf IS NOT NULL
    MATCH (a:Project {id: req.partOf})<-[:PART_OF]-(n:Project)
    USING INDEX SEEK a:Project(id)
    RETURN DISTINCT n
    UNION ALL
    WITH req WHERE size(req.departments) = 0 AND req.partOf IS NULL AND size(req.within) > 0
    MATCH (a:District {id: req.within[0]})<-[:PART_OF]-{0,4}(:District)<-[:LOCATED_IN]-(n:Project)
    USING INDEX SEEK a:District(id)
    RETURN DISTINCT n
    UNION ALL
    WITH req WHERE size(req.departments) = 0 AND req.partOf IS NULL AND size(req.within) = 0 AND req.document IS NOT NULL
    MATCH (a:Document {id: req.document})<-[:MENTIONED_IN]-(n:Project)
    USING INDEX SEEK a:Document(id)
    RETURN DISTINCT n
    UNION ALL
    // Only statuses: through the status index (project_status), not every project.
    UNWIND CASE WHEN size(req.departments) = 0 AND req.partOf IS NULL AND size(req.within) = 0 AND req.document IS NULL
                 AND req.statuses IS NOT NULL THEN reduce(seen = [], s IN req.statuses | CASE WHEN s IN seen THEN seen ELSE seen + s END) ELSE [] END AS st
    MATCH (n:Project {status: st})
    RETURN n
    UNION ALL
    // No anchor: every project. (Unwinding the condition keeps the planner from scanning first.)
    UNWIND CASE WHEN size(req.departments) = 0 AND req.partOf IS NULL AND size(req.within) = 0 AND req.document IS NULL
                 AND req.statuses IS NULL THEN [true] ELSE [] END AS scan
    MATCH (n:Project)
    RETURN n
  }
  // Filtered as a list: a page the anchor vouches for never enters the filter (no per-row operators).
  WITH collect(n) AS found
  WITH [n IN CASE WHEN anchored THEN found ELSE [n IN found WHERE (req.names IS NULL OR any(q IN req.names WHERE toLower(n.name) CONTAINS q OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) CONTAINS q)))
        AND all(w IN withinLeft
                WHERE EXISTS { (n)-[:LOCATED_IN]->(:District)-[:PART_OF]->{0,4}(:District {id: w}) })
        AND all(dep IN req.departments WHERE (dep = req.departments[0] AND req.roles IS NULL) OR EXISTS { (n)<-[r:RESPONSIBLE_FOR]-(x:Department) WHERE x.id = dep AND (req.roles IS NULL OR r.role IN req.roles) })
        AND (req.roles IS NULL OR size(req.departments) > 0 OR EXISTS { ()-[r:RESPONSIBLE_FOR]->(n) WHERE r.role IN req.roles })
        AND (req.statuses IS NULL OR n.status IN req.statuses)
        AND (req.sectors IS NULL OR n.sector IN req.sectors)
        AND (req.startYear.min IS NULL OR n.startYear >= req.startYear.min)
        AND (req.startYear.max IS NULL OR n.startYear <= req.startYear.max)
        AND (req.endYear.min IS NULL OR n.endYear >= req.endYear.min)
        AND (req.endYear.max IS NULL OR n.endYear <= req.endYear.max)
        AND (req.partOf IS NULL OR size(req.departments) = 0 OR EXISTS { (n)-[:PART_OF]->(:Project {id: req.partOf}) })
        AND (req.document IS NULL OR (size(req.departments) = 0 AND req.partOf IS NULL AND size(req.within) = 0) OR EXISTS { (n)-[:MENTIONED_IN]->(:Document {id: req.document}) })] END
    | {n: n, key: CASE req.order
      WHEN 'NAME' THEN n.name
      WHEN 'START_YEAR' THEN coalesce(toFloat(n.startYear), CASE WHEN req.desc THEN -1.0e308 ELSE 1.0e308 END)
      WHEN 'END_YEAR' THEN coalesce(toFloat(n.endYear), CASE WHEN req.desc THEN -1.0e308 ELSE 1.0e308 END)
    END}] AS rows
  WITH rows, CASE WHEN req.after IS NULL THEN rows ELSE [r IN rows WHERE
      (CASE WHEN req.desc THEN r.key < req.after.key ELSE r.key > req.after.key END)
      OR (r.key = req.after.key AND r.n.id > req.after.id)] END AS rest
  CALL (rest, req) {
    // The first rows by key alone, so that ids (the tie-break) are read only where keys tie: every
    // row with the last key of those is taken from the rest, and the page ordered by key and id.
    UNWIND rest AS r
    WITH r ORDER BY CASE WHEN req.desc THEN null ELSE r.key END ASC, CASE WHEN req.desc THEN r.key END DESC
    LIMIT toInteger($limit)
    WITH collect(r) AS top
    WITH top, size(top) = toInteger($limit) AS full, top[-1].key AS last
    UNWIND CASE WHEN full THEN [r IN top WHERE NOT coalesce(r.key = last, false)] + [r IN rest WHERE coalesce(r.key = last, false)] ELSE top END AS r
    WITH r ORDER BY CASE WHEN req.desc THEN null ELSE r.key END ASC, CASE WHEN req.desc THEN r.key END DESC, r.n.id ASC
    LIMIT toInteger($limit)
    WITH r.n AS n, r.key AS key
    RETURN collect({
      key: key,
      node: n {.id, .name, .aliases, .status, .sector, .startYear, .endYear},
      link: CASE WHEN size(req.departments) > 0
        THEN [(n)<-[l:RESPONSIBLE_FOR]-(x:Department) WHERE x.id = req.departments[0] | l {.role, .roles, .documents, .evidence}][0]
      END,
      // Prefetched for the items' nested fields (src/prefetch.ts), exactly as projectDepartments.cypher
      // and indicators.cypher (a project's indicators in text order) return them.
      departments: CASE WHEN req.prefetch.departments THEN COLLECT {
          MATCH (n)<-[r:RESPONSIBLE_FOR]-(d:Department)
          WITH r, d ORDER BY CASE r.role WHEN 'LEAD' THEN 0 WHEN 'PARTICIPANT' THEN 1 ELSE 2 END, d.name, d.id
          RETURN CASE WHEN req.prefetch.provenance
            THEN r {.role, .roles, .documents, .evidence, department: d {.id, .name, .aliases, .kind, .level, .reference}}
            ELSE r {.role, department: d {.id, .name, .aliases, .kind, .level, .reference}} END
        } END,
      // Document ids have one length, so (documentId, start) is the order of the position key:
      // the top of a busy project's indicators is picked without building a key for each.
      // MEASURES only ever leave indicators, one per indicator and subject: the degree is the total.
      indicators: CASE WHEN req.prefetch.indicators IS NOT NULL THEN {
          total: COUNT { (n)<-[:MEASURES]-() },
          page: COLLECT {
            MATCH (n)<-[:MEASURES]-(x:Indicator)
            WITH x ORDER BY x.documentId, x.start, x.id
            LIMIT toInteger($prefetchLimit)
            RETURN {key: x.documentId + ':' + substring('0000000000', size(toString(x.start))) + toString(x.start),
                    node: x {.id, .label, .value, .unit, .normalizedValue, .baseUnit, .year, .kind, .measure, .approximate, .documentId, .start, .end, .quote}}
          }[0..toInteger(req.prefetch.indicators) + 1]
        } END
    }) AS page
  }
  RETURN size(rows) AS total, size(rows) - size(rest) AS before, page
}
RETURN i, total, before, page
