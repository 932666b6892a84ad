// Places by id with their first page of projects by name (a DataLoader batch of {id, count,
// prefetch}): Query.node or Query.district on a place whose selection goes on into projects(first),
// in one round trip instead of the place's read and then the page's. Rows as districtsById.cypher
// and placeProjects.cypher give them; ids not in the graph are simply absent.
UNWIND range(0, size($requests) - 1) AS i
WITH i, $requests[i] AS r
MATCH (d:District {id: r.id})
WITH i, d, {within: [r.id], departments: [], after: null, count: r.count, prefetch: r.prefetch} AS req
// @include read/parts/placePage
RETURN i, d {.id, .name, .aliases, .level, .code, .reference} AS node,
  CASE WHEN req.count THEN counted END AS total, CASE WHEN req.count THEN 0 END AS before, page
