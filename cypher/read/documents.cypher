// Documents, one page per request (see districts.cypher for the shape of a batch); without their
// text, which documentTexts loads when asked for.
// Keys: DATE → publishedAt, else 31 December of its year (undated last); TITLE.
UNWIND range(0, size($requests) - 1) AS i
WITH i, $requests[i] AS req
CALL (req) {
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
  // A check that names an entity by id seeks it (SEEK hint) or walks from n to an unlabeled node:
  // a labelled id without a hint lets a small graph's planner read the whole id index instead.
  WITH n
  WHERE (req.titles IS NULL OR any(q IN req.titles WHERE toLower(coalesce(n.title, '')) CONTAINS q))
    AND all(w IN req.within WHERE EXISTS { (n)-[:ABOUT]->(:District)-[:PART_OF]->{0,4}(x) WHERE x.id = w })
    AND (req.year.min IS NULL OR n.year >= req.year.min)
    AND (req.year.max IS NULL OR n.year <= req.year.max)
    AND (req.publishedFrom IS NULL OR n.publishedAt >= date(req.publishedFrom))
    AND (req.publishedTo IS NULL OR n.publishedAt <= date(req.publishedTo))
    AND (req.genres IS NULL OR n.genre IN req.genres)
    AND (req.scripts IS NULL OR n.script IN req.scripts)
    // (the first of `mentions` is the anchor above, so only the others are checked here)
    AND all(m IN req.mentions[1..] WHERE EXISTS { (x)-[:MENTIONED_IN]->(n) WHERE x.id = m })
  WITH n, CASE req.order
      WHEN 'DATE' THEN coalesce(toString(n.publishedAt), toString(n.year) + '-12-31', CASE WHEN req.desc THEN '' ELSE '\uffff' END)
      WHEN 'TITLE' THEN coalesce(n.title, '')
    END AS key
  WITH collect({n: n, id: n.id, key: key}) AS rows
  WITH rows, [r IN rows WHERE req.after IS NULL
      OR (CASE WHEN req.desc THEN r.key < req.after.key ELSE r.key > req.after.key END)
      OR (r.key = req.after.key AND r.id > req.after.id)] AS rest
  CALL (rest, req) {
    UNWIND rest AS r
    WITH r ORDER BY CASE WHEN req.desc THEN null ELSE r.key END ASC, CASE WHEN req.desc THEN r.key END DESC, r.id ASC
    LIMIT toInteger($limit)
    WITH r.n AS n, r.key AS key
    RETURN collect({key: key, node: n {
      .id, .key, .title, publishedAt: toString(n.publishedAt), .year, .source, .url, .script, .genre
    }}) AS page
  }
  RETURN size(rows) AS total, size(rows) - size(rest) AS before, page
}
RETURN i, total, before, page
