// Transactions still running on the database other than this one (requests a load generator
// left behind: a server whose requests timed out keeps its statements running).
SHOW TRANSACTIONS YIELD transactionId, currentQuery
WHERE NOT currentQuery CONTAINS 'SHOW TRANSACTIONS'
RETURN count(*) AS running
