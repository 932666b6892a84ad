// The sort key of document n under req.order (an expression): DATE → publishedAt, else 31 December
// of its year (undated last in either direction); TITLE.
CASE req.order
    WHEN 'DATE' THEN coalesce(toString(n.publishedAt), toString(n.year) + '-12-31', CASE WHEN req.desc THEN '' ELSE '\uffff' END)
    WHEN 'TITLE' THEN coalesce(n.title, '')
  END
