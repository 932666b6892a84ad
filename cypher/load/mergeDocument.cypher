// The document node: metadata, cleaned text (what mention offsets point into), content hash, and
// the relations it asserts (`TYPE|fromId|toId`), by which removeDocumentFacts finds them again.
// Runs for a batch of documents ($docs, in load order): one statement for all of them, not one each.
CYPHER replan=skip
UNWIND $docs AS doc
CALL (doc) {
  MERGE (d:Document {id: doc.id})
  SET d.key = doc.key,
      d.title = doc.title,
      d.publishedAt = CASE WHEN doc.publishedAt IS NULL THEN null ELSE date(doc.publishedAt) END,
      d.year = doc.year,
      d.source = doc.source,
      d.url = doc.url,
      d.script = doc.script,
      d.genre = doc.genre,
      d.district = doc.district,
      d.encoding = doc.encoding,
      d.text = doc.text,
      d.contentHash = doc.contentHash,
      d.relationKeys = doc.relationKeys,
      d.importedAt = datetime()
  WITH d, doc
  OPTIONAL MATCH (d)-[old:ABOUT]->()
  DELETE old
  WITH DISTINCT d, doc
  OPTIONAL MATCH (place:District {id: doc.districtId})
  FOREACH (_ IN CASE WHEN place IS NULL THEN [] ELSE [1] END | MERGE (d)-[:ABOUT]->(place))
  RETURN d.id AS id
}
RETURN count(id) AS documents
