-- Shared by the pay reports under --ci (SPEC 3.1): the 1-based ranks of the order statistics that
-- bound each percentile, per group size n, as the program computes them (exact binomial sums)
-- and binds in :ci_ranks, a JSON object {"n": [j25, k25, j50, k50, j75, k75, j90, k90, jm, km]}.
-- jm, km bound the median at confidence √C, for premiums of one median over another. A null
-- rank means the interval does not exist for that n. Used only on lines marked `-- ci`, so the
-- report_* views never read it.
SELECT
  CAST(key AS INTEGER) AS n,
  json_extract(value, '$[0]') AS j25,
  json_extract(value, '$[1]') AS k25,
  json_extract(value, '$[2]') AS j50,
  json_extract(value, '$[3]') AS k50,
  json_extract(value, '$[4]') AS j75,
  json_extract(value, '$[5]') AS k75,
  json_extract(value, '$[6]') AS j90,
  json_extract(value, '$[7]') AS k90,
  json_extract(value, '$[8]') AS jm,
  json_extract(value, '$[9]') AS km
FROM json_each(:ci_ranks)
