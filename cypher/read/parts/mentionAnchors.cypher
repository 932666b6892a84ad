// The mentions a request's anchor finds (e, m, d: entity, MENTIONED_IN, document; one row each):
// those of its entity, or those in its document. Needs req. Anchors seek their start by id (the
// hints keep the planner from scanning every id on a small graph).
CALL (req) {
  WITH req WHERE req.entity STARTS WITH 'dis_'
  MATCH (e:District {id: req.entity})-[m:MENTIONED_IN]->(d:Document)
  USING INDEX SEEK e:District(id)
  RETURN e, m, d
  UNION
  WITH req WHERE req.entity STARTS WITH 'dep_'
  MATCH (e:Department {id: req.entity})-[m:MENTIONED_IN]->(d:Document)
  USING INDEX SEEK e:Department(id)
  RETURN e, m, d
  UNION
  WITH req WHERE req.entity STARTS WITH 'prj_'
  MATCH (e:Project {id: req.entity})-[m:MENTIONED_IN]->(d:Document)
  USING INDEX SEEK e:Project(id)
  RETURN e, m, d
  UNION
  WITH req WHERE req.entity STARTS WITH 'ind_'
  MATCH (e:Indicator {id: req.entity})-[m:MENTIONED_IN]->(d:Document)
  USING INDEX SEEK e:Indicator(id)
  RETURN e, m, d
  UNION
  WITH req WHERE req.entity IS NULL AND req.document IS NOT NULL
  MATCH (e)-[m:MENTIONED_IN]->(d:Document {id: req.document})
  USING INDEX SEEK d:Document(id)
  RETURN e, m, d
}
