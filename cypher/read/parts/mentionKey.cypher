// The sort key of mention (e, m, d) (an expression): its document's date (else year), the document's
// id, then the offset in its text, zero-padded so that keys compare as strings.
coalesce(toString(d.publishedAt), toString(d.year), '0000') + ':' + d.id + ':'
  + substring('0000000000', size(toString(m.start))) + toString(m.start)
