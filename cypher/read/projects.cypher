// Projects, one page per request (see districts.cypher for the shape of a batch). When a request
// names departments, each row also carries the first one's RESPONSIBLE_FOR link (its role).
// Keys: NAME → name; START_YEAR / END_YEAR → the year (missing years last). A place's pages by
// name with nothing else asked go to placeProjects.cypher instead (isPlacePage in src/db/queries.ts).
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
  // A request that does not count (req.count false: no totalCount or hasPreviousPage asked for)
  // skips the list: its page is streamed into the sort below, as a long list's is.
  WITH req, withinLeft, anchored WHERE coalesce(req.count, true)
  // @include read/parts/projectAnchors
  // Filtered as a list: a page the anchor vouches for never enters the filter (no per-row operators).
  WITH collect(n) AS found
  WITH [n IN CASE WHEN anchored THEN found ELSE [n IN found WHERE
      // @include read/parts/projectFilter
    ] END | {n: n, key:
      // @include read/parts/projectKey
    }] AS rows
  WITH rows, CASE WHEN req.after IS NULL THEN rows ELSE [r IN rows WHERE
      (CASE WHEN req.desc THEN r.key < req.after.key ELSE r.key > req.after.key END)
      OR (r.key = req.after.key AND r.n.id > req.after.id)] END AS rest
  // Neo4j charges every row a sort keeps with each list the row holds: sorting a 60,000-row list
  // passed the 1 GB transaction limit. So a list of up to $sortedListMax rows (src/db/queries.ts) is sorted; a longer one is
  // walked again and streamed into the sort, with the lists left out of its rows.
  WITH rows, rest, coalesce(req.count, true) AND size(rest) <= toInteger($sortedListMax) AS short
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
  RETURN CASE WHEN coalesce(req.count, true) THEN size(rows) END AS total,
         CASE WHEN coalesce(req.count, true) THEN size(rows) - size(rest) END AS before, short, sorted
}
// Grouped, the request's rows start afresh: the lists above stay behind, out of the streamed sort's rows.
WITH i, req, withinLeft, anchored, total, before, short, collect(sorted)[0] AS sorted
CALL (req, withinLeft, anchored, short, sorted) {
  CALL (req, withinLeft, anchored, short) {
    WITH * WHERE NOT short
    // @include read/parts/projectAnchors
    WITH *,
      // @include read/parts/projectKey
      AS key
    WHERE CASE WHEN anchored THEN true ELSE
        // @include read/parts/projectFilter
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
    RETURN collect({
      // @include read/parts/projectItem
    }) AS page
  }
  RETURN page
}
RETURN i, total, before, page
