// The content hash of a document already in the graph (none when it is new).
MATCH (d:Document {key: $key})
RETURN d.contentHash AS contentHash
