-- The postings of import run :import_id that repeat the identity of a posting stored before them
-- (SPEC 2.6: the first one is kept), with their pay as stored, for the import's counts. Read
-- when a large import has stored its rows before postings_by_identity was built
-- (storage/posting_store.hpp, remove_later_duplicates), through the plain index that function
-- makes on identity for the purpose.
-- The identities stored more than once come first, from one pass over that index in its order
-- (it covers the grouping): only their postings are looked at. Testing every posting of the run
-- for an earlier one with its identity instead took 75 s of a 10M import with one repeat
-- (a random seek in the index for each row); this takes 2 s (BENCHMARKS.md, 2026-12-02 midday).
-- CROSS JOIN keeps the repeated identities the outer loop: without it SQLite, which has no
-- statistics here, reads every posting of the run through postings_by_import instead.
WITH repeated (identity) AS (
  SELECT identity FROM postings GROUP BY identity HAVING count(*) > 1
)
SELECT p.posting_id, p.company_id, p.pay_status, coalesce(p.pay_problem, ''),
       p.pay_period_inferred, p.pay_currency_assumed, p.pay_outlier
FROM repeated AS r
CROSS JOIN postings AS p ON p.identity = r.identity
WHERE p.import_id = :import_id
  AND EXISTS (SELECT 1 FROM postings AS earlier
              WHERE earlier.identity = p.identity AND earlier.posting_id < p.posting_id)
ORDER BY p.posting_id;
