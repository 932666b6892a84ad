// The sort key of project n under req.order (an expression).
CASE req.order
    WHEN 'NAME' THEN n.name
    WHEN 'START_YEAR' THEN coalesce(toFloat(n.startYear), CASE WHEN req.desc THEN -1.0e308 ELSE 1.0e308 END)
    WHEN 'END_YEAR' THEN coalesce(toFloat(n.endYear), CASE WHEN req.desc THEN -1.0e308 ELSE 1.0e308 END)
  END
