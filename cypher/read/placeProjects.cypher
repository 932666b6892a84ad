// A place's projects by name, nothing else asked: District.projects as it is first read, and
// paged on by cursor when no total is asked (src/connections.ts sends what isPlacePage accepts
// here; projects.cypher answers the rest, in the same rows). The general statement carries every
// filter, order and count of the other shapes; on a small graph that weight, not the data, was
// most of a nested walk's cost.
// Each place's first names come in order from the located_in_page index, so a page reads a few
// rows per place instead of every project's name. A project lies in a place at most once, so its
// rank among a place's projects is no worse than among all of them: the first $limit of each
// place hold the first $limit overall. A count is of the links alone (no names).
UNWIND range(0, size($requests) - 1) AS i
WITH i, $requests[i] AS req
CALL (req) {
  WITH req WHERE coalesce(req.count, true)
  MATCH (a:District {id: req.within[0]})<-[:PART_OF]-{0,4}(:District)<-[:LOCATED_IN]-(n:Project)
  USING INDEX SEEK a:District(id)
  RETURN count(DISTINCT n) AS counted
}
CALL (req) {
  // The collect below gives the request its row even where nothing matches (an id not in the graph).
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
  WITH DISTINCT req, n, key ORDER BY key, n.id
  LIMIT toInteger($limit)
  RETURN collect({
    // @include read/parts/projectItem
  }) AS page
}
// As projects.cypher: no total or offset when the request does not count; a first page has none before it.
RETURN i, CASE WHEN coalesce(req.count, true) THEN counted END AS total, CASE WHEN coalesce(req.count, true) THEN 0 END AS before, page
