// Mentions (MENTIONED_IN), one page per request (see districts.cypher for the shape of a batch):
// of one entity across documents (oldest document first, then text order), or in one document
// (text order), optionally of some labels only. A mention's tie-breaking id is its entity's id.
UNWIND range(0, size($requests) - 1) AS i
WITH i, $requests[i] AS req
CALL (req) {
  // @include read/parts/mentionAnchors
  WITH e, m, d WHERE
    // @include read/parts/mentionFilter
  WITH e, m, d,
    // @include read/parts/mentionKey
    AS key
  WITH collect({m: m, d: d.id, id: e.id, key: key}) AS rows
  WITH rows, [r IN rows WHERE req.after IS NULL
      OR r.key > req.after.key
      OR (r.key = req.after.key AND r.id > req.after.id)] AS rest
  // As in projects.cypher: a list of up to $sortedListMax rows is sorted; a longer one is walked
  // again and streamed into the sort (Neo4j charges every row a sort keeps with the lists it holds).
  WITH rows, rest, size(rest) <= toInteger($sortedListMax) AS short
  CALL (rest, short) {
    WITH rest WHERE short
    UNWIND rest AS r
    WITH r ORDER BY r.key ASC, r.id ASC
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
    // @include read/parts/mentionAnchors
    WITH req, e, m, d WHERE
      // @include read/parts/mentionFilter
    WITH req, e, m, d,
      // @include read/parts/mentionKey
      AS key
    WHERE req.after IS NULL OR key > req.after.key OR (key = req.after.key AND e.id > req.after.id)
    WITH m, d, e.id AS id, key ORDER BY key ASC, id ASC
    LIMIT toInteger($limit)
    RETURN collect({m: m, d: d.id, id: id, key: key}) AS streamed
  }
  UNWIND CASE WHEN short THEN sorted ELSE streamed END AS r
  WITH r, r.m AS m
  RETURN collect({key: r.key, node: {entityId: r.id, documentId: r.d, start: m.start, end: m.end, quote: m.quote}}) AS page
}
RETURN i, total, before, page
