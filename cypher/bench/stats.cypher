// Benchmark floor: counts per label.
RETURN COUNT { (:District) } AS districts, COUNT { (:Department) } AS departments, COUNT { (:Project) } AS projects,
       COUNT { (:Indicator) } AS indicators, COUNT { (:Document) } AS documents
