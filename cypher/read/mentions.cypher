// Mentions (MENTIONED_IN), one page per request (see districts.cypher for the shape of a batch):
// of one entity across documents (oldest document first, then text order), or in one document
// (text order), optionally of some labels only. A mention's tie-breaking id is its entity's id.
UNWIND range(0, size($requests) - 1) AS i
WITH i, $requests[i] AS req
CALL (req) {
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
  WITH e, m, d
  WHERE (req.labels IS NULL OR any(l IN labels(e) WHERE l IN req.labels))
    AND (req.document IS NULL OR d.id = req.document)
  WITH e, m, d, coalesce(toString(d.publishedAt), toString(d.year), '0000') + ':' + d.id + ':'
      + substring('0000000000', size(toString(m.start))) + toString(m.start) AS key
  WITH collect({m: m, d: d.id, id: e.id, key: key}) AS rows
  WITH rows, [r IN rows WHERE req.after IS NULL
      OR r.key > req.after.key
      OR (r.key = req.after.key AND r.id > req.after.id)] AS rest
  CALL (rest) {
    UNWIND rest AS r
    WITH r ORDER BY r.key ASC, r.id ASC
    LIMIT toInteger($limit)
    WITH r, r.m AS m
    RETURN collect({key: r.key, node: {entityId: r.id, documentId: r.d, start: m.start, end: m.end, quote: m.quote}}) AS page
  }
  RETURN size(rows) AS total, size(rows) - size(rest) AS before, page
}
RETURN i, total, before, page
