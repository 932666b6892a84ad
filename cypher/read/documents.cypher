// Documents, one page per request (see districts.cypher for the shape of a batch); without their
// text, which documentTexts loads when asked for. Keys: see parts/documentKey.
UNWIND range(0, size($requests) - 1) AS i
WITH i, $requests[i] AS req
CALL (req) {
  // @include read/parts/documentAnchors
  WITH n WHERE
    // @include read/parts/documentFilter
  WITH n,
    // @include read/parts/documentKey
    AS key
  WITH collect({n: n, id: n.id, key: key}) AS rows
  WITH rows, [r IN rows WHERE req.after IS NULL
      OR (CASE WHEN req.desc THEN r.key < req.after.key ELSE r.key > req.after.key END)
      OR (r.key = req.after.key AND r.id > req.after.id)] AS rest
  // As in projects.cypher: a list of up to $sortedListMax rows is sorted; a longer one is walked
  // again and streamed into the sort (Neo4j charges every row a sort keeps with the lists it holds).
  WITH rows, rest, size(rest) <= toInteger($sortedListMax) AS short
  CALL (rest, req, short) {
    WITH rest, req WHERE short
    UNWIND rest AS r
    WITH r ORDER BY CASE WHEN req.desc THEN null ELSE r.key END ASC, CASE WHEN req.desc THEN r.key END DESC, r.id ASC
    LIMIT toInteger($limit)
    RETURN collect(r) AS sorted
  }
  RETURN size(rows) AS total, size(rows) - size(rest) AS before, short, sorted
}
// Grouped, the request's rows start afresh: the lists above stay behind, out of the streamed sort's rows.
WITH i, req, total, before, short, collect(sorted)[0] AS sorted
CALL (req, short, sorted) {
  CALL (req, short) {
    WITH * WHERE NOT short
    // @include read/parts/documentAnchors
    WITH req, n WHERE
      // @include read/parts/documentFilter
    WITH req, n,
      // @include read/parts/documentKey
      AS key
    WHERE req.after IS NULL
      OR (CASE WHEN req.desc THEN key < req.after.key ELSE key > req.after.key END)
      OR (key = req.after.key AND n.id > req.after.id)
    WITH n, key ORDER BY CASE WHEN req.desc THEN null ELSE key END ASC, CASE WHEN req.desc THEN key END DESC, n.id ASC
    LIMIT toInteger($limit)
    RETURN collect({n: n, key: key}) AS streamed
  }
  UNWIND CASE WHEN short THEN sorted ELSE streamed END AS r
  WITH r.n AS n, r.key AS key
  RETURN collect({key: key, node: n {
    .id, .key, .title, publishedAt: toString(n.publishedAt), .year, .source, .url, .script, .genre
  }}) AS page
}
RETURN i, total, before, page
