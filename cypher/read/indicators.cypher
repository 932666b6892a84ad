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
// One kind and one year by normalized value, nothing else: read in the order of an index.
WITH i, req, checks, anchored,
  anchored AND req.order = 'NORMALIZED_VALUE' AND size(coalesce(req.kinds, [])) = 1
  AND req.year.min IS NOT NULL AND req.year.min = req.year.max AND req.document IS NULL
  AND size(req.subjects) = 0 AND size(req.departments) = 0 AND size(req.within) = 0 AS byValue
CALL (req, checks, anchored, byValue) {
  // @include read/parts/indicatorsByValue
  UNION ALL
  WITH * WHERE NOT byValue
  // @include read/parts/indicatorAnchors
  // Filtered as a list: a page the anchor vouches for never enters the filter (no per-row operators).
  // (Tested again after the aggregation, which gives a row even when no row came in.)
  WITH collect(n) AS found WHERE NOT byValue
  WITH [n IN CASE WHEN anchored THEN found ELSE [n IN found WHERE
      // @include read/parts/indicatorFilter
    ] END | {n: n, key:
      // @include read/parts/indicatorKey
    }] AS rows
  WITH rows, CASE WHEN req.after IS NULL THEN rows ELSE [r IN rows WHERE
      (CASE WHEN req.desc THEN r.key < req.after.key ELSE r.key > req.after.key END)
      OR (r.key = req.after.key AND r.n.id > req.after.id)] END AS rest
  // Neo4j charges every row a sort keeps with each list the row holds: sorting a 60,000-row list
  // passed the 1 GB transaction limit. So a list of up to $sortedListMax rows (src/db/queries.ts) is sorted; a longer one is
  // walked again and streamed into the sort, with the lists left out of its rows.
  WITH rows, rest, size(rest) <= toInteger($sortedListMax) AS short
  CALL (rest, req, short) {
    WITH rest, req WHERE short
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
    RETURN collect(r) AS sorted
  }
  RETURN size(rows) AS total, size(rows) - size(rest) AS before, short, sorted
}
// Grouped, the request's rows start afresh: the lists above stay behind, out of the streamed sort's rows.
WITH i, req, checks, anchored, total, before, short, collect(sorted)[0] AS sorted
CALL (req, checks, anchored, short, sorted) {
  CALL (req, checks, anchored, short) {
    WITH * WHERE NOT short
    // @include read/parts/indicatorAnchors
    WITH *,
      // @include read/parts/indicatorKey
      AS key
    WHERE CASE WHEN anchored THEN true ELSE
        // @include read/parts/indicatorFilter
      END
      AND (req.after IS NULL OR (CASE WHEN req.desc THEN key < req.after.key ELSE key > req.after.key END)
           OR (key = req.after.key AND n.id > req.after.id))
    WITH req, n, key ORDER BY CASE WHEN req.desc THEN null ELSE key END ASC, CASE WHEN req.desc THEN key END DESC, n.id ASC
    LIMIT toInteger($limit)
    RETURN collect({n: n, key: key}) AS streamed
  }
  CALL (req, short, sorted, streamed) {
    UNWIND CASE WHEN short THEN sorted ELSE streamed END AS r
    WITH req, r.n AS n, r.key AS key
    RETURN collect({key: key, node: n {.id, .label, .value, .unit, .normalizedValue, .baseUnit, .year, .kind, .measure, .approximate, .documentId, .start, .end, .quote}}) AS page
  }
  RETURN page
}
RETURN i, total, before, page
