-- 0021: salary observations by country and date (issue 10). The pay reports with one ISO country
-- and no industry, title, remote, employment-type or skill filter read its observations through
-- this index (sql/reports/_scoped_pay.sql, the 'country' way of _paid_postings_way.sql) instead
-- of testing every observation: kept_pay_stats.cpp runs each pay report once for every country
-- and year, and with the aijobs and ds_salaries surveys (78,056 observations in 256 countries
-- and years) those scans took 16 s after every import.
CREATE INDEX salary_observations_by_country ON salary_observations (country_code, observed_date);
