-- The postings of import run :import_id that repeat the identity of a posting stored before them
-- (SPEC 2.6: the first one is kept), with their pay as stored, for the import's counts. Read
-- when a large import has stored its rows before postings_by_identity was built
-- (storage/posting_store.hpp, remove_later_duplicates), through the plain index that function
-- makes on identity for the purpose.
SELECT p.posting_id, p.company_id, p.pay_status, coalesce(p.pay_problem, ''),
       p.pay_period_inferred, p.pay_currency_assumed, p.pay_outlier
FROM postings AS p
WHERE p.import_id = :import_id
  AND EXISTS (SELECT 1 FROM postings AS earlier
              WHERE earlier.identity = p.identity AND earlier.posting_id < p.posting_id)
ORDER BY p.posting_id;
