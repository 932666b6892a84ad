// True when mention (e, m, d) meets the request's conditions (an expression, spliced into a WHERE).
(req.labels IS NULL OR any(l IN labels(e) WHERE l IN req.labels))
  AND (req.document IS NULL OR d.id = req.document)
