// One kind's indicators of one year by normalized value: the page read from the
// indicator_kind_year_value index in key order, stopping after it, instead of sorting every
// indicator of that year (the 11,026 targets of 2025 in a 10,000-document corpus). Missing values
// come last, by id; ties by id. Needs req and byValue; returns total, before, short and sorted as
// the list way does.
WITH * WHERE byValue
WITH req, req.kinds[0] AS k, req.year.min AS y, CASE WHEN req.desc THEN -1.0e308 ELSE 1.0e308 END AS missing
// Rows tying with the cursor's key and after it by id come first. (Reads with an id condition or
// an id order seek (kind, year): left to itself, a small graph's planner scans the id index.)
CALL (req, k, y, missing) {
  UNWIND CASE WHEN req.after IS NOT NULL AND req.after.key <> missing THEN [req.after] ELSE [] END AS c
  MATCH (n:Indicator) USING INDEX SEEK n:Indicator(kind, year)
  WHERE n.kind = k AND n.year = y AND n.normalizedValue = c.key AND n.id > c.id
  WITH n ORDER BY n.id LIMIT toInteger($limit)
  RETURN collect({n: n, key: toFloat(n.normalizedValue)}) AS tied
}
// Then the values beyond the cursor's key in index order (the ORDER BY names the index's three
// properties so that the index gives the order); every row tying with the last of them is read
// too, so that ties are ordered by id. (A branch's condition is part of its seek, a
// null kind when it does not apply: tested after the seek it would read every row, and unwound
// before it, the planner no longer takes the order from the index.)
CALL (req, k, y) {
  CALL (req, k, y) {
    MATCH (n:Indicator)
    WHERE n.kind = CASE WHEN req.desc AND req.after IS NULL THEN k END AND n.year = y AND n.normalizedValue IS NOT NULL
    WITH n ORDER BY n.kind DESC, n.year DESC, n.normalizedValue DESC LIMIT toInteger($limit)
    RETURN n
    UNION ALL
    MATCH (n:Indicator)
    WHERE n.kind = CASE WHEN req.desc AND req.after IS NOT NULL THEN k END AND n.year = y AND n.normalizedValue < req.after.key
    WITH n ORDER BY n.kind DESC, n.year DESC, n.normalizedValue DESC LIMIT toInteger($limit)
    RETURN n
    UNION ALL
    MATCH (n:Indicator)
    WHERE n.kind = CASE WHEN NOT req.desc AND req.after IS NULL THEN k END AND n.year = y AND n.normalizedValue IS NOT NULL
    WITH n ORDER BY n.kind, n.year, n.normalizedValue LIMIT toInteger($limit)
    RETURN n
    UNION ALL
    MATCH (n:Indicator)
    WHERE n.kind = CASE WHEN NOT req.desc AND req.after IS NOT NULL THEN k END AND n.year = y AND n.normalizedValue > req.after.key
    WITH n ORDER BY n.kind, n.year, n.normalizedValue LIMIT toInteger($limit)
    RETURN n
  }
  WITH collect(n) AS top
  WITH top, size(top) = toInteger($limit) AS full, top[-1].normalizedValue AS last
  CALL (k, y, full, last) {
    MATCH (n:Indicator) WHERE n.kind = CASE WHEN full THEN k END AND n.year = y AND n.normalizedValue = last
    RETURN collect(n) AS tail
  }
  UNWIND [n IN top WHERE NOT (full AND n.normalizedValue = last)] + CASE WHEN full THEN tail ELSE [] END AS n
  WITH n ORDER BY CASE WHEN req.desc THEN null ELSE n.normalizedValue END ASC, CASE WHEN req.desc THEN n.normalizedValue END DESC, n.id ASC
  LIMIT toInteger($limit)
  RETURN collect({n: n, key: toFloat(n.normalizedValue)}) AS valued
}
// Then the rows without a value, by id: read only when the page is not full yet.
CALL (req, k, y, missing, tied, valued) {
  MATCH (n:Indicator) USING INDEX SEEK n:Indicator(kind, year)
  WHERE n.kind = CASE WHEN size(tied) + size(valued) < toInteger($limit) THEN k END AND n.year = y AND n.normalizedValue IS NULL
    AND (req.after IS NULL OR req.after.key <> missing OR n.id > req.after.id)
  WITH n ORDER BY n.id LIMIT toInteger($limit)
  RETURN collect({n: n, key: missing}) AS unvalued
}
// The total from the (kind, year) index; with a cursor, the rows at or before it.
WITH req, k, y, missing, (tied + valued + unvalued)[0..toInteger($limit)] AS sorted,
  COUNT { MATCH (x:Indicator) WHERE x.kind = k AND x.year = y } AS total
RETURN total, CASE WHEN req.after IS NULL THEN 0 ELSE total
    - COUNT { MATCH (x:Indicator) USING INDEX SEEK x:Indicator(kind, year) WHERE x.kind = k AND x.year = y AND x.normalizedValue = req.after.key AND x.id > req.after.id }
    - CASE WHEN req.desc THEN COUNT { MATCH (x:Indicator) WHERE x.kind = k AND x.year = y AND x.normalizedValue < req.after.key }
           ELSE COUNT { MATCH (x:Indicator) WHERE x.kind = k AND x.year = y AND x.normalizedValue > req.after.key } END
    - COUNT { MATCH (x:Indicator) USING INDEX SEEK x:Indicator(kind, year) WHERE x.kind = k AND x.year = y AND x.normalizedValue IS NULL AND (req.after.key <> missing OR x.id > req.after.id) }
  END AS before, true AS short, sorted
