// The text of documents by id (a DataLoader batch): loaded only when a query asks for it.
UNWIND $ids AS id
MATCH (n:Document {id: id})
RETURN id, n.text AS text
