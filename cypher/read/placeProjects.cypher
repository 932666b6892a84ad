// A place's projects by name, nothing else asked: District.projects as it is first read, and
// paged on by cursor when no total is asked (src/connections.ts sends what isPlacePage accepts
// here; projects.cypher answers the rest, in the same rows). The general statement carries every
// filter, order and count of the other shapes; on a small graph that weight, not the data, was
// most of a nested walk's cost.
UNWIND range(0, size($requests) - 1) AS i
WITH i, $requests[i] AS req
// @include read/parts/placePage
// As projects.cypher: no total or offset when the request does not count; a first page has none before it.
RETURN i, CASE WHEN coalesce(req.count, true) THEN counted END AS total, CASE WHEN coalesce(req.count, true) THEN 0 END AS before, page
