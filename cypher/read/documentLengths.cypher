// The length of documents' text by id (a DataLoader batch), only when a query asks for it:
// reading a long text property costs more than the rest of a document row.
UNWIND $ids AS id
MATCH (n:Document {id: id})
RETURN id, size(n.text) AS length
