// The sort key of indicator n under req.order (an expression).
CASE req.order
  WHEN 'POSITION' THEN n.documentId + ':' + substring('0000000000', size(toString(n.start))) + toString(n.start)
  WHEN 'LABEL' THEN n.label
  WHEN 'YEAR' THEN coalesce(toFloat(n.year), CASE WHEN req.desc THEN -1.0e308 ELSE 1.0e308 END)
  WHEN 'VALUE' THEN coalesce(toFloat(n.value), CASE WHEN req.desc THEN -1.0e308 ELSE 1.0e308 END)
  WHEN 'NORMALIZED_VALUE' THEN coalesce(toFloat(coalesce(n.normalizedValue, n.value)), CASE WHEN req.desc THEN -1.0e308 ELSE 1.0e308 END)
  END
