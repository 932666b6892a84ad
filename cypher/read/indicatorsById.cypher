// Indicators by id (a DataLoader batch); ids not in the graph are simply absent.
UNWIND $ids AS id
MATCH (n:Indicator {id: id})
RETURN n {.id, .label, .value, .unit, .normalizedValue, .baseUnit, .year, .kind, .measure, .approximate, .documentId, .start, .end, .quote} AS node
