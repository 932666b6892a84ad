// The words a piece of evidence points at (a DataLoader batch of {documentId, start, end}).
UNWIND $spans AS span
MATCH (d:Document {id: span.documentId})
RETURN span.documentId AS documentId, span.start AS start, span.end AS end,
       substring(d.text, toInteger(span.start), toInteger(span.end - span.start)) AS quote
