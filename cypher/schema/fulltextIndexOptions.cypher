// The options of an existing full-text index (none when it does not exist), so that migrate can
// replace one created with other options: CREATE … IF NOT EXISTS leaves an existing index as it is.
SHOW FULLTEXT INDEXES YIELD name, options
WHERE name = $name
RETURN options.indexConfig AS config
