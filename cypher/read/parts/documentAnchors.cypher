// The documents a request's anchor finds (n, one row each): those mentioning its first entity, or
// about its first place (and places inside it), or every document when it has neither. Needs req.
// Anchors seek their start by id (the hints keep the planner from scanning every id on a small graph).
CALL (req) {
  WITH req WHERE req.mentions[0] STARTS WITH 'dis_'
  MATCH (a:District {id: req.mentions[0]})-[:MENTIONED_IN]->(n:Document)
  USING INDEX SEEK a:District(id)
  RETURN n
  UNION
  WITH req WHERE req.mentions[0] STARTS WITH 'dep_'
  MATCH (a:Department {id: req.mentions[0]})-[:MENTIONED_IN]->(n:Document)
  USING INDEX SEEK a:Department(id)
  RETURN n
  UNION
  WITH req WHERE req.mentions[0] STARTS WITH 'prj_'
  MATCH (a:Project {id: req.mentions[0]})-[:MENTIONED_IN]->(n:Document)
  USING INDEX SEEK a:Project(id)
  RETURN n
  UNION
  WITH req WHERE req.mentions[0] STARTS WITH 'ind_'
  MATCH (a:Indicator {id: req.mentions[0]})-[:MENTIONED_IN]->(n:Document)
  USING INDEX SEEK a:Indicator(id)
  RETURN n
  UNION
  WITH req WHERE size(req.mentions) = 0 AND size(req.within) > 0
  MATCH (a:District {id: req.within[0]})<-[:PART_OF]-{0,4}(:District)<-[:ABOUT]-(n:Document)
  USING INDEX SEEK a:District(id)
  RETURN n
  UNION
  // No anchor: every document. (Unwinding the condition keeps the planner from scanning first.)
  UNWIND CASE WHEN size(req.mentions) = 0 AND size(req.within) = 0 THEN [true] ELSE [] END AS scan
  MATCH (n:Document)
  RETURN n
}
