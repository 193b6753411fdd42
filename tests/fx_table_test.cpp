#include "normalise/fx_table.hpp"

#include <catch2/catch.hpp>

using jobsight::FxTable;

namespace {

FxTable eur_table() {
  FxTable table;
  table.add("EUR", 2020, 1.14);
  table.add("EUR", 2022, 1.05);
  table.add("EUR", 2024, 1.08);
  return table;
}

}  // namespace

TEST_CASE("fx rate for a year present is that year's rate", "[fx_table]") {
  const FxTable table = eur_table();
  CHECK(table.usd_per_unit("EUR", 2020) == 1.14);
  CHECK(table.usd_per_unit("EUR", 2022) == 1.05);
  CHECK(table.usd_per_unit("EUR", 2024) == 1.08);
}

TEST_CASE("fx rate before or after the range is the nearest end", "[fx_table]") {
  const FxTable table = eur_table();
  CHECK(table.usd_per_unit("EUR", 1999) == 1.14);
  CHECK(table.usd_per_unit("EUR", 2019) == 1.14);
  CHECK(table.usd_per_unit("EUR", 2025) == 1.08);
  CHECK(table.usd_per_unit("EUR", 2100) == 1.08);
}

TEST_CASE("fx rate in a gap is the nearest year and a tie goes to the earlier year", "[fx_table]") {
  FxTable table = eur_table();
  CHECK(table.usd_per_unit("EUR", 2021) == 1.14);  // 2020 and 2022 are both one year away
  CHECK(table.usd_per_unit("EUR", 2023) == 1.05);
  table.add("GBP", 2010, 1.5);
  table.add("GBP", 2020, 1.3);
  CHECK(table.usd_per_unit("GBP", 2014) == 1.5);
  CHECK(table.usd_per_unit("GBP", 2015) == 1.5);
  CHECK(table.usd_per_unit("GBP", 2016) == 1.3);
}

TEST_CASE("fx rate added again for the same year replaces the old one", "[fx_table]") {
  FxTable table = eur_table();
  table.add("EUR", 2022, 1.06);
  CHECK(table.usd_per_unit("EUR", 2022) == 1.06);
}

TEST_CASE("USD is always worth one dollar even when never added", "[fx_table]") {
  FxTable table;
  CHECK(table.usd_per_unit("USD", 2023) == 1.0);
  CHECK(table.knows("USD"));
  table.add("USD", 2023, 0.5);
  CHECK(table.usd_per_unit("USD", 2023) == 1.0);
}

TEST_CASE("fx rate of an unknown currency is nullopt", "[fx_table]") {
  const FxTable table = eur_table();
  CHECK_FALSE(table.usd_per_unit("XYZ", 2022).has_value());
  CHECK_FALSE(table.knows("XYZ"));
  CHECK(table.knows("EUR"));
}

TEST_CASE("fx currency codes are matched exactly as the caller gives them", "[fx_table]") {
  const FxTable table = eur_table();
  CHECK_FALSE(table.usd_per_unit("eur", 2022).has_value());
  CHECK_FALSE(table.knows("usd"));
}
