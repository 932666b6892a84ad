// Documents by id (a DataLoader batch), without their text; ids not in the graph are absent.
UNWIND $ids AS id
MATCH (n:Document {id: id})
RETURN n {.id, .key, .title, publishedAt: toString(n.publishedAt), .year, .source, .url, .script, .genre} AS node
