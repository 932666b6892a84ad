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
// A place's projects by name, nothing else asked (District.projects, a page as it is first read):
// each place's first names come in order from the located_in_page index, so the page reads a few
// rows per place instead of every project's name. A project lies in a place at most once, so its
// rank among a place's projects is no worse than among all of them: the first $limit of each
// place hold the first $limit overall. A count is of the links alone (no names); a counted page
// after a cursor (hasPreviousPage needs what lies before it) goes the general way.
WITH i, req, withinLeft, anchored,
  anchored AND size(req.within) = 1 AND size(req.departments) = 0 AND req.partOf IS NULL
  AND req.order = 'NAME' AND NOT req.desc AND (NOT coalesce(req.count, true) OR req.after IS NULL) AS byPlaceIndex
CALL (req, byPlaceIndex) {
  WITH req WHERE byPlaceIndex AND coalesce(req.count, true)
  MATCH (a:District {id: req.within[0]})<-[:PART_OF]-{0,4}(:District)<-[:LOCATED_IN]-(n:Project)
  USING INDEX SEEK a:District(id)
  RETURN count(DISTINCT n) AS placeTotal
}
CALL (req, withinLeft, anchored, byPlaceIndex) {
  // A request that does not count (req.count false: no totalCount or hasPreviousPage asked for)
  // skips the list: its page is streamed into the sort below, as a long list's is.
  WITH req, withinLeft, anchored WHERE coalesce(req.count, true) AND NOT byPlaceIndex
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
WITH i, req, withinLeft, anchored, byPlaceIndex,
  CASE WHEN byPlaceIndex AND coalesce(req.count, true) THEN placeTotal ELSE total END AS total,
  CASE WHEN byPlaceIndex AND coalesce(req.count, true) THEN 0 ELSE before END AS before,
  short AND NOT byPlaceIndex AS short, collect(sorted)[0] AS sorted
CALL (req, withinLeft, anchored, short, sorted, byPlaceIndex) {
  CALL (req, byPlaceIndex) {
    WITH req WHERE byPlaceIndex
    MATCH (a:District {id: req.within[0]})<-[:PART_OF]-{0,4}(p:District)
    USING INDEX SEEK a:District(id)
    WITH DISTINCT req, p.id AS place
    CALL (req, place) {
      MATCH (n:Project)-[r:LOCATED_IN]->()
      USING INDEX SEEK r:LOCATED_IN(place, name, project)
      WHERE r.place = place AND r.name >= coalesce(req.after.key, '') AND r.project IS NOT NULL
        AND (req.after IS NULL OR r.name > req.after.key OR r.project > req.after.id)
      RETURN n, r.name AS key ORDER BY r.place, r.name, r.project
      LIMIT toInteger($limit)
    }
    WITH DISTINCT n, key ORDER BY key, n.id
    LIMIT toInteger($limit)
    RETURN collect({n: n, key: key}) AS indexed
  }
  CALL (req, withinLeft, anchored, short, byPlaceIndex) {
    WITH * WHERE NOT short AND NOT byPlaceIndex
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
  CALL (req, short, sorted, streamed, indexed, byPlaceIndex) {
    UNWIND CASE WHEN short THEN sorted WHEN byPlaceIndex THEN indexed ELSE streamed END AS r
    WITH req, r.n AS n, r.key AS key
    RETURN collect({
      key: key,
      node: n {.id, .name, .aliases, .status, .sector, .startYear, .endYear},
      link: CASE WHEN size(req.departments) > 0
        THEN COLLECT { MATCH (n)<-[l:RESPONSIBLE_FOR]-(x:Department {id: req.departments[0]}) USING INDEX SEEK x:Department(id) RETURN l {.role, .roles, .documents, .evidence} }[0]
      END,
      // Prefetched for the items' nested fields (src/prefetch.ts), exactly as projectDepartments.cypher
      // and indicators.cypher (a project's indicators in text order) return them.
      departments: CASE WHEN req.prefetch.departments THEN COLLECT {
          MATCH (n)<-[r:RESPONSIBLE_FOR]-(d:Department)
          WITH r, d ORDER BY CASE r.role WHEN 'LEAD' THEN 0 WHEN 'PARTICIPANT' THEN 1 ELSE 2 END, d.name, d.id
          WITH r, CASE WHEN req.prefetch.details THEN d {.id, .name, .aliases, .kind, .level, .reference} ELSE d {.id, .name} END AS department
          RETURN CASE WHEN req.prefetch.provenance
            THEN r {.role, .roles, .documents, .evidence, department: department}
            ELSE r {.role, department: department} END
        } END,
      // Document ids have one length, so (documentId, start) is the order of the position key: the
      // first of a busy project's indicators come in that order from the measures_position index.
      // MEASURES only ever leave indicators, one per indicator and subject: the degree is the total.
      indicators: CASE WHEN req.prefetch.indicators IS NOT NULL THEN {
          total: COUNT { (n)<-[:MEASURES]-() },
          page: COLLECT {
            MATCH (x:Indicator)-[r:MEASURES]->()
            USING INDEX SEEK r:MEASURES(subject, documentId, start, indicator)
            WHERE r.subject = n.id AND r.documentId IS NOT NULL AND r.start IS NOT NULL AND r.indicator IS NOT NULL
            WITH x ORDER BY r.subject, r.documentId, r.start, r.indicator
            LIMIT toInteger($prefetchLimit)
            RETURN {key: x.documentId + ':' + substring('0000000000', size(toString(x.start))) + toString(x.start),
                    node: x {.id, .label, .value, .unit, .normalizedValue, .baseUnit, .year, .kind, .measure, .approximate, .documentId, .start, .end, .quote}}
          }[0..toInteger(req.prefetch.indicators) + 1]
        } END
    }) AS page
  }
  RETURN page
}
RETURN i, total, before, page
