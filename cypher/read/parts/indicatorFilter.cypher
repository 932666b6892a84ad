// True when indicator n meets the request's conditions beyond its anchor's (an expression, spliced
// into a WHERE). A check that names an entity by id seeks it (SEEK hint) or walks from n to an
// unlabeled node: a labelled id without a hint lets a small graph's planner read the whole id index.
(req.labels IS NULL OR any(q IN req.labels WHERE toLower(n.label) CONTAINS q))
    AND (req.kinds IS NULL OR n.kind IN req.kinds)
    AND (req.measures IS NULL OR n.measure IN req.measures)
    AND (req.units IS NULL OR n.unit IN req.units)
    AND (req.year.min IS NULL OR n.year >= req.year.min)
    AND (req.year.max IS NULL OR n.year <= req.year.max)
    AND (req.value.min IS NULL OR n.value >= req.value.min)
    AND (req.value.max IS NULL OR n.value <= req.value.max)
    AND (req.normalizedValue.min IS NULL OR coalesce(n.normalizedValue, n.value) >= req.normalizedValue.min)
    AND (req.normalizedValue.max IS NULL OR coalesce(n.normalizedValue, n.value) <= req.normalizedValue.max)
    AND (req.document IS NULL OR n.documentId = req.document)
    AND (size(checks.subjects) = 0 OR all(s IN checks.subjects WHERE EXISTS { (n)-[:MEASURES]->(x) WHERE x.id = s }))
    AND (size(checks.departments) = 0 OR all(dep IN checks.departments WHERE EXISTS { (x)-[:RESPONSIBLE_FOR]->{0,1}()<-[:MEASURES]-(n) WHERE x.id = dep }))
    AND (size(checks.within) = 0 OR all(w IN checks.within
            WHERE EXISTS { (n)-[:MEASURES]->()-[:LOCATED_IN|PART_OF]->{0,1}(:District)-[:PART_OF]->{0,4}(x) WHERE x.id = w }))
