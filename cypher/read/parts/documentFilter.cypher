// True when document n meets the request's conditions (an expression, spliced into a WHERE); the
// first of `mentions` is the anchor, so only the others are checked. A check that names an entity
// by id walks from n to an unlabeled node: a labelled id without a hint lets a small graph's planner
// read the whole id index instead.
(req.titles IS NULL OR any(q IN req.titles WHERE toLower(coalesce(n.title, '')) CONTAINS q))
  AND all(w IN req.within WHERE EXISTS { (n)-[:ABOUT]->(:District)-[:PART_OF]->{0,4}(x) WHERE x.id = w })
  AND (req.year.min IS NULL OR n.year >= req.year.min)
  AND (req.year.max IS NULL OR n.year <= req.year.max)
  AND (req.publishedFrom IS NULL OR n.publishedAt >= date(req.publishedFrom))
  AND (req.publishedTo IS NULL OR n.publishedAt <= date(req.publishedTo))
  AND (req.genres IS NULL OR n.genre IN req.genres)
  AND (req.scripts IS NULL OR n.script IN req.scripts)
  AND all(m IN req.mentions[1..] WHERE EXISTS { (x)-[:MENTIONED_IN]->(n) WHERE x.id = m })
