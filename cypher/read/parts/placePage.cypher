// A place's page of projects by name (placeProjects.cypher, districtsWithProjects.cypher): needs
// req (within: [the place id], after, count, prefetch, departments) in scope; gives `counted` (the
// total, when req.count) and `page` (the items, as projectItem returns them).
// Each place's first names come in order from the located_in_page index, so a page reads a few
// rows per place instead of every project's name. A project lies in a place at most once, so its
// rank among a place's projects is no worse than among all of them: the first $limit of each
// place hold the first $limit overall. A count is of the links alone (no names).
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
