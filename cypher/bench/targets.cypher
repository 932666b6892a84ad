// Benchmark floor: indicators of one kind and year, largest first, one page, with the total.
MATCH (i:Indicator) WHERE i.kind = $kind AND i.year = $year
WITH i ORDER BY i.normalizedValue DESC
WITH collect(i) AS found
RETURN size(found) AS totalCount, [i IN found[0..$first] | {label: i.label, value: i.value, unit: i.unit}] AS nodes
