-- States and provinces that imply a country when a posting names no country (SPEC 2.5): the 50
-- US states and the District of Columbia, Canada's 13 provinces and territories, Australia's 8
-- states and territories, with their postal codes (USPS, Canada Post, Australia Post).
-- `rank` orders the countries where a code or name is shared (WA is Washington before Western
-- Australia; NT is the Northwest Territories before the Northern Territory): the US first, then
-- Canada, then Australia.
CREATE TABLE states (
  country_alpha2 TEXT NOT NULL REFERENCES countries (alpha2),
  code           TEXT NOT NULL COLLATE NOCASE,
  name           TEXT NOT NULL COLLATE NOCASE,
  rank           INTEGER NOT NULL,
  PRIMARY KEY (country_alpha2, code)
) WITHOUT ROWID;

INSERT INTO states (country_alpha2, code, name, rank) VALUES
  ('US', 'AL', 'Alabama', 1), ('US', 'AK', 'Alaska', 1), ('US', 'AZ', 'Arizona', 1),
  ('US', 'AR', 'Arkansas', 1), ('US', 'CA', 'California', 1), ('US', 'CO', 'Colorado', 1),
  ('US', 'CT', 'Connecticut', 1), ('US', 'DE', 'Delaware', 1),
  ('US', 'DC', 'District of Columbia', 1), ('US', 'FL', 'Florida', 1),
  ('US', 'GA', 'Georgia', 1), ('US', 'HI', 'Hawaii', 1), ('US', 'ID', 'Idaho', 1),
  ('US', 'IL', 'Illinois', 1), ('US', 'IN', 'Indiana', 1), ('US', 'IA', 'Iowa', 1),
  ('US', 'KS', 'Kansas', 1), ('US', 'KY', 'Kentucky', 1), ('US', 'LA', 'Louisiana', 1),
  ('US', 'ME', 'Maine', 1), ('US', 'MD', 'Maryland', 1), ('US', 'MA', 'Massachusetts', 1),
  ('US', 'MI', 'Michigan', 1), ('US', 'MN', 'Minnesota', 1), ('US', 'MS', 'Mississippi', 1),
  ('US', 'MO', 'Missouri', 1), ('US', 'MT', 'Montana', 1), ('US', 'NE', 'Nebraska', 1),
  ('US', 'NV', 'Nevada', 1), ('US', 'NH', 'New Hampshire', 1), ('US', 'NJ', 'New Jersey', 1),
  ('US', 'NM', 'New Mexico', 1), ('US', 'NY', 'New York', 1),
  ('US', 'NC', 'North Carolina', 1), ('US', 'ND', 'North Dakota', 1), ('US', 'OH', 'Ohio', 1),
  ('US', 'OK', 'Oklahoma', 1), ('US', 'OR', 'Oregon', 1), ('US', 'PA', 'Pennsylvania', 1),
  ('US', 'RI', 'Rhode Island', 1), ('US', 'SC', 'South Carolina', 1),
  ('US', 'SD', 'South Dakota', 1), ('US', 'TN', 'Tennessee', 1), ('US', 'TX', 'Texas', 1),
  ('US', 'UT', 'Utah', 1), ('US', 'VT', 'Vermont', 1), ('US', 'VA', 'Virginia', 1),
  ('US', 'WA', 'Washington', 1), ('US', 'WV', 'West Virginia', 1),
  ('US', 'WI', 'Wisconsin', 1), ('US', 'WY', 'Wyoming', 1),
  ('CA', 'AB', 'Alberta', 2), ('CA', 'BC', 'British Columbia', 2), ('CA', 'MB', 'Manitoba', 2),
  ('CA', 'NB', 'New Brunswick', 2), ('CA', 'NL', 'Newfoundland and Labrador', 2),
  ('CA', 'NS', 'Nova Scotia', 2), ('CA', 'NT', 'Northwest Territories', 2),
  ('CA', 'NU', 'Nunavut', 2), ('CA', 'ON', 'Ontario', 2), ('CA', 'PE', 'Prince Edward Island', 2),
  ('CA', 'QC', 'Quebec', 2), ('CA', 'SK', 'Saskatchewan', 2), ('CA', 'YT', 'Yukon', 2),
  ('AU', 'ACT', 'Australian Capital Territory', 3), ('AU', 'NSW', 'New South Wales', 3),
  ('AU', 'NT', 'Northern Territory', 3), ('AU', 'QLD', 'Queensland', 3),
  ('AU', 'SA', 'South Australia', 3), ('AU', 'TAS', 'Tasmania', 3), ('AU', 'VIC', 'Victoria', 3),
  ('AU', 'WA', 'Western Australia', 3);
