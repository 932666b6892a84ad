// Indicators, one page per request (see districts.cypher for the shape of a batch).
// A place (`within`) holds an indicator measuring it, a place inside it, or a project located or a
// department based there. Keys: POSITION → document id, then offset in its text; LABEL; YEAR,
// VALUE, NORMALIZED_VALUE → the number (missing ones last).
UNWIND range(0, size($requests) - 1) AS i
WITH i, $requests[i] AS req
// The anchor that finds a row needs no second check: only the other conditions are tested, and
// they are worked out once per request, not for every row.
WITH i, req, {
  subjects: CASE WHEN req.document IS NULL THEN req.subjects[1..] ELSE req.subjects END,
  departments: CASE WHEN req.document IS NULL AND size(req.subjects) = 0 THEN req.departments[1..] ELSE req.departments END,
  within: CASE WHEN req.document IS NULL AND size(req.subjects) = 0 AND size(req.departments) = 0 THEN req.within[1..] ELSE req.within END
} AS checks
WITH i, req, checks,
  // Nothing left to check beyond what the anchor guarantees (the common case): rows skip the filter.
  req.labels IS NULL AND req.measures IS NULL AND req.units IS NULL
  AND req.value.min IS NULL AND req.value.max IS NULL AND req.normalizedValue.min IS NULL AND req.normalizedValue.max IS NULL
  AND size(checks.subjects) = 0 AND size(checks.departments) = 0 AND size(checks.within) = 0
  AND ((req.kinds IS NULL AND req.year.min IS NULL AND req.year.max IS NULL)
       OR (req.document IS NULL AND size(req.subjects) = 0 AND size(req.departments) = 0 AND size(req.within) = 0
           AND (req.year.min IS NOT NULL OR req.year.max IS NOT NULL))) AS anchored
CALL (req, checks, anchored) {
  CALL (req) {
    WITH req WHERE req.document IS NOT NULL
    MATCH (n:Indicator {documentId: req.document})
    RETURN n
    UNION ALL
    WITH req WHERE req.document IS NULL AND req.subjects[0] STARTS WITH 'prj_'
    MATCH (a:Project {id: req.subjects[0]})<-[:MEASURES]-(n:Indicator)
    USING INDEX SEEK a:Project(id)
    RETURN DISTINCT n
    UNION ALL
    WITH req WHERE req.document IS NULL AND req.subjects[0] STARTS WITH 'dep_'
    MATCH (a:Department {id: req.subjects[0]})<-[:MEASURES]-(n:Indicator)
    USING INDEX SEEK a:Department(id)
    RETURN DISTINCT n
    UNION ALL
    WITH req WHERE req.document IS NULL AND req.subjects[0] STARTS WITH 'dis_'
    MATCH (a:District {id: req.subjects[0]})<-[:MEASURES]-(n:Indicator)
    USING INDEX SEEK a:District(id)
    RETURN DISTINCT n
    UNION ALL
    WITH req WHERE req.document IS NULL AND size(req.subjects) = 0 AND size(req.departments) > 0
    MATCH (a:Department {id: req.departments[0]})-[:RESPONSIBLE_FOR]->{0,1}()<-[:MEASURES]-(n:Indicator)
    USING INDEX SEEK a:Department(id)
    RETURN DISTINCT n
    UNION ALL
    WITH req WHERE req.document IS NULL AND size(req.subjects) = 0 AND size(req.departments) = 0 AND size(req.within) > 0
    MATCH (a:District {id: req.within[0]})<-[:PART_OF]-{0,4}(:District)<-[:LOCATED_IN|PART_OF]-{0,1}()<-[:MEASURES]-(n:Indicator)
    USING INDEX SEEK a:District(id)
    RETURN DISTINCT n
    UNION ALL
    // Kinds and a year (range): through the (kind, year) index, one seek per kind — 2025's targets
    // without reading 2025's actual figures.
    UNWIND CASE WHEN req.document IS NULL AND size(req.subjects) = 0 AND size(req.departments) = 0 AND size(req.within) = 0
                 AND (req.year.min IS NOT NULL OR req.year.max IS NOT NULL) AND req.kinds IS NOT NULL
                 THEN reduce(seen = [], x IN req.kinds | CASE WHEN x IN seen THEN seen ELSE seen + x END) ELSE [] END AS k
    MATCH (n:Indicator)
    WHERE n.kind = k AND n.year >= coalesce(req.year.min, -2147483648) AND n.year <= coalesce(req.year.max, 2147483647)
    RETURN n
    UNION ALL
    // A year or a year range alone: through the year index (indicator_year), not every indicator.
    UNWIND CASE WHEN req.document IS NULL AND size(req.subjects) = 0 AND size(req.departments) = 0 AND size(req.within) = 0
                 AND (req.year.min IS NOT NULL OR req.year.max IS NOT NULL) AND req.kinds IS NULL THEN [req.year] ELSE [] END AS y
    MATCH (n:Indicator)
    WHERE n.year >= coalesce(y.min, -2147483648) AND n.year <= coalesce(y.max, 2147483647)
    RETURN n
    UNION ALL
    // No anchor: every indicator. (Unwinding the condition keeps the planner from scanning first.)
    UNWIND CASE WHEN req.document IS NULL AND size(req.subjects) = 0 AND size(req.departments) = 0 AND size(req.within) = 0
                 AND req.year.min IS NULL AND req.year.max IS NULL THEN [true] ELSE [] END AS scan
    MATCH (n:Indicator)
    RETURN n
  }
  // Filtered as a list: a page the anchor vouches for never enters the filter (no per-row operators).
  WITH collect(n) AS found
  WITH [n IN CASE WHEN anchored THEN found ELSE [n IN found WHERE (req.labels IS NULL OR any(q IN req.labels WHERE toLower(n.label) CONTAINS q))
        AND (req.kinds IS NULL OR n.kind IN req.kinds)
        AND (req.measures IS NULL OR n.measure IN req.measures)
        AND (req.units IS NULL OR n.unit IN req.units)
        AND (req.year.min IS NULL OR n.year >= req.year.min)
        AND (req.year.max IS NULL OR n.year <= req.year.max)
        AND (req.value.min IS NULL OR n.value >= req.value.min)
        AND (req.value.max IS NULL OR n.value <= req.value.max)
        AND (req.normalizedValue.min IS NULL OR coalesce(n.normalizedValue, n.value) >= req.normalizedValue.min)
        AND (req.normalizedValue.max IS NULL OR coalesce(n.normalizedValue, n.value) <= req.normalizedValue.max)
        AND (req.document IS NULL OR n.documentId = req.document)
        AND (size(checks.subjects) = 0 OR all(s IN checks.subjects WHERE EXISTS { (n)-[:MEASURES]->(x) WHERE x.id = s }))
        AND (size(checks.departments) = 0 OR all(dep IN checks.departments WHERE EXISTS { (:Department {id: dep})-[:RESPONSIBLE_FOR]->{0,1}()<-[:MEASURES]-(n) }))
        AND (size(checks.within) = 0 OR all(w IN checks.within
                WHERE EXISTS { (n)-[:MEASURES]->()-[:LOCATED_IN|PART_OF]->{0,1}(:District)-[:PART_OF]->{0,4}(:District {id: w}) }))] END
    | {n: n, key: CASE req.order
      WHEN 'POSITION' THEN n.documentId + ':' + substring('0000000000', size(toString(n.start))) + toString(n.start)
      WHEN 'LABEL' THEN n.label
      WHEN 'YEAR' THEN coalesce(toFloat(n.year), CASE WHEN req.desc THEN -1.0e308 ELSE 1.0e308 END)
      WHEN 'VALUE' THEN coalesce(toFloat(n.value), CASE WHEN req.desc THEN -1.0e308 ELSE 1.0e308 END)
      WHEN 'NORMALIZED_VALUE' THEN coalesce(toFloat(coalesce(n.normalizedValue, n.value)), CASE WHEN req.desc THEN -1.0e308 ELSE 1.0e308 END)
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
    RETURN collect({key: key, node: n {.id, .label, .value, .unit, .normalizedValue, .baseUnit, .year, .kind, .measure, .approximate, .documentId, .start, .end, .quote}}) AS page
  }
  RETURN size(rows) AS total, size(rows) - size(rest) AS before, page
}
RETURN i, total, before, page
