// PayFigures: the pay statistics the command line computes in place of _pay_stats.sql, on small
// groups worked out by hand.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <vector>

#include "util/exact_sum.hpp"
#include "util/pay_statistics.hpp"

using jobsight::Cell;
using jobsight::PayFigures;

namespace {
Cell T(const char* text) {
  return Cell{std::string(text)};
}
}  // namespace

TEST_CASE("pay figures give interpolated percentiles, the mean and the counts per source",
          "[pay_statistics]") {
  PayFigures figures;
  // "a": 40, 10, 30, 20 (thousands; even n = 4), two from postings; "b": 7 alone; a NULL pay.
  for (double pay : {40000.0, 10000.0}) figures.add({T("a"), T("postings"), Cell{pay}});
  for (double pay : {30000.0, 20000.0}) figures.add({T("a"), T("observations"), Cell{pay}});
  figures.add({T("b"), T("postings"), Cell{std::int64_t{7000}}});
  figures.add({T("b"), T("postings"), Cell{}});
  auto rows = figures.statistics(1, std::nullopt);
  REQUIRE(rows.size() == 2);
  const auto& a = rows[0];
  REQUIRE(a.size() == 20);
  CHECK(a[0] == T("a"));
  CHECK(a[1] == Cell{std::int64_t{4}});
  // h = p·3: p25 h = 0.75 -> 10 + 0.75·10 = 17.5; median h = 1.5 -> 25; p75 h = 2.25 -> 32.5;
  // p90 h = 2.7 -> 37.
  CHECK(std::get<double>(a[2]) == 17500.0);
  CHECK(std::get<double>(a[5]) == 25000.0);
  CHECK(std::get<double>(a[10]) == 32500.0);
  CHECK(std::get<double>(a[13]) == Approx(37000.0));
  CHECK(std::get<double>(a[16]) == 25000.0);  // mean
  CHECK(a[17] == Cell{});                     // mean_sq only with --ci
  CHECK(a[3] == Cell{});                      // no interval without --ci
  CHECK(a[18] == Cell{std::int64_t{2}});
  CHECK(a[19] == Cell{std::int64_t{2}});
  CHECK(rows[1][1] == Cell{std::int64_t{1}});  // the NULL pay is not a figure
  CHECK(std::get<double>(rows[1][5]) == 7000.0);

  // --min-n leaves out the small group; --ci: n = 4 has no median interval at 95% (n >= 6).
  auto with_ci = figures.statistics(2, 0.95);
  REQUIRE(with_ci.size() == 1);
  CHECK(with_ci[0][6] == Cell{});
  CHECK(std::get<double>(with_ci[0][17]) == Approx((16e8 + 1e8 + 9e8 + 4e8) / 4));
}

TEST_CASE("pay figures give the order-statistic interval at the exact ranks", "[pay_statistics]") {
  PayFigures figures;
  for (int i = 1; i <= 10; ++i) figures.add({T("g"), T("postings"), Cell{1000.0 * i}});
  auto rows = figures.statistics(1, 0.95);
  // n = 10, median at 95%: [x2, x9]; at √0.95 (median_pc) also [x2, x9] (P(B <= 1) = 11/1024 <=
  // 0.0127); p90 has no interval (k would be 11).
  CHECK(std::get<double>(rows[0][6]) == 2000.0);
  CHECK(std::get<double>(rows[0][7]) == 9000.0);
  CHECK(std::get<double>(rows[0][8]) == 2000.0);
  CHECK(std::get<double>(rows[0][9]) == 9000.0);
  CHECK(rows[0][14] == Cell{});
}

TEST_CASE("an exact sum is correctly rounded whatever the order", "[pay_statistics]") {
  jobsight::ExactSum cancelling;
  for (double x : {1e16, 1.0, -1e16}) cancelling.add(x);
  CHECK(cancelling.value() == 1.0);  // naive left-to-right addition gives 0
  jobsight::ExactSum tenths;
  for (int i = 0; i < 10; ++i) tenths.add(0.1);
  CHECK(tenths.value() == 1.0);  // naive addition gives 0.9999999999999999
  CHECK(jobsight::ExactSum().value() == 0.0);
  // The same figures forwards and backwards: the same double.
  std::vector<double> figures;
  std::uint64_t state = 12345;
  for (int i = 0; i < 5000; ++i) {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    figures.push_back(static_cast<double>(state >> 11) / 9007199254740992.0 * 250000.0 + 0.37);
  }
  jobsight::ExactSum forwards, backwards;
  for (double x : figures) forwards.add(x);
  for (auto it = figures.rbegin(); it != figures.rend(); ++it) backwards.add(*it);
  CHECK(forwards.value() == backwards.value());
}

TEST_CASE("pay figures over their memory budget give the same statistics in two passes",
          "[pay_statistics]") {
  // Groups of every size, figures repeated, below 1, negative and beyond 2^40, and a group whose
  // first figure comes after the budget is spent.
  std::vector<std::vector<Cell>> rows;
  std::uint64_t state = 7;
  auto next = [&] {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return state >> 33;
  };
  const char* groups[] = {"big", "mid", "small", "tiny"};
  for (int i = 0; i < 12000; ++i) {
    const char* group = groups[next() % 7 == 0 ? 1 + next() % 3 : 0];
    double pay = 20000.0 + static_cast<double>(next() % 150000) + (next() % 4) * 0.25;
    if (next() % 10 == 0) pay = 65000.0;  // a value many figures share
    if (i == 17) pay = 0.5;
    if (i == 18) pay = -3.0;
    if (i == 19) pay = 3e12;
    rows.push_back({T(group), T(next() % 3 == 0 ? "observations" : "postings"), Cell{pay}});
    if (i == 2500) rows.push_back({Cell{std::int64_t{42}}, T("postings"), Cell{std::int64_t{9}}});
    if (i % 500 == 0) rows.push_back({T("big"), T("postings"), Cell{}});
  }
  // A large group (a histogram once over budget) made mostly of the buckets without a width:
  // below 1 (negatives and zero included) and from 2^40.
  for (int i = 0; i < 6000; ++i) {
    const double pay = i % 3 == 0   ? -static_cast<double>(next() % 1000) / 7.0
                       : i % 3 == 1 ? static_cast<double>(next() % 1000) / 1001.0
                                    : 1.2e12 + static_cast<double>(next() % 1000) * 3.5;
    rows.push_back({T("edges"), T("postings"), Cell{pay}});
  }
  for (std::optional<double> confidence :
       {std::optional<double>{}, std::optional<double>{0.95}, std::optional<double>{0.9}}) {
    PayFigures in_memory;
    for (const auto& row : rows) in_memory.add(row);
    const auto expected = in_memory.statistics(1, confidence);
    for (std::size_t budget : {0, 5, 700, 2999, 7000}) {
      INFO("budget " << budget);
      PayFigures bounded(budget);
      for (const auto& row : rows) bounded.add(row);
      REQUIRE(bounded.needs_second_pass());
      CHECK_THROWS_AS(bounded.statistics(1, confidence), std::logic_error);
      bounded.prepare_second_pass(confidence);
      // The second pass may see the rows in another order.
      for (auto it = rows.rbegin(); it != rows.rend(); ++it) bounded.add_again(*it);
      CHECK(bounded.statistics(1, confidence) == expected);
    }
    PayFigures roomy(2 * rows.size());  // room counts capacity: at most twice the figures
    for (const auto& row : rows) roomy.add(row);
    CHECK_FALSE(roomy.needs_second_pass());
    CHECK(roomy.statistics(1, confidence) == expected);
  }
  // A second pass that sees other figures than the first is refused.
  PayFigures changed(0);
  for (const auto& row : rows) changed.add(row);
  changed.prepare_second_pass(std::nullopt);
  for (std::size_t i = 1; i < rows.size(); ++i) changed.add_again(rows[i]);
  CHECK_THROWS_AS(changed.statistics(1, std::nullopt), std::logic_error);
}

TEST_CASE("an exact sum adds another exactly, itself included", "[pay_statistics]") {
  jobsight::ExactSum left;
  jobsight::ExactSum right;
  jobsight::ExactSum whole;
  for (double x : {1e16, 0.1, 3.0}) {
    left.add(x);
    whole.add(x);
  }
  for (double x : {-1e16, 0.2, 1.0}) {
    right.add(x);
    whole.add(x);
  }
  left.add(right);
  CHECK(left.value() == whole.value());
  CHECK(left.value() == 4.3);  // 0.1 + 0.2 + 3 + 1 rounded once; naively 4.300000000000001
  left.add(left);
  CHECK(left.value() == 8.6);
}

TEST_CASE("pay figures of declared unions equal the unions' figures added as groups of their own",
          "[pay_statistics]") {
  // Figures in cells of (group, level, flag), as the kept statistics hold them: each union is a
  // group's whole, its figures of one flag, or of one level. Group 3 has cells and no figure;
  // group 2 has no figure of level 3 with flag 1, nor any of level 0.
  struct Figure {
    int group;
    int level;
    int flag;
    double pay;
    bool observed;
  };
  std::vector<Figure> figures;
  std::uint64_t state = 11;
  auto next = [&] {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<int>(state >> 33);
  };
  for (int i = 0; i < 15000; ++i) {
    Figure figure{next() % 5 == 0 ? 1 + next() % 2 : 0, next() % 4, next() % 2,
                  30000.0 + static_cast<double>(next() % 120000) + (next() % 4) * 0.25,
                  next() % 3 == 0};
    if (figure.group == 2 && (figure.level == 0 || (figure.level == 3 && figure.flag == 1))) {
      continue;
    }
    if (next() % 9 == 0) figure.pay = 70000.0;  // a value many figures share
    if (i == 17) figure.pay = 0.5;
    if (i == 19) figure.pay = 3e12;
    figures.push_back(figure);
  }
  auto source = [](const Figure& figure) {
    return figure.observed ? PayFigures::Source::observations : PayFigures::Source::postings;
  };
  // Union keys: 7 per group (whole, flag 0, flag 1, level 0..3), numbered in order.
  auto in_union = [](const Figure& figure, int which) {
    return which == 0 || (which <= 2 && figure.flag == which - 1) ||
           (which >= 3 && figure.level == which - 3);
  };
  for (std::optional<double> confidence : {std::optional<double>{}, std::optional<double>{0.95}}) {
    INFO("confidence " << confidence.value_or(0));
    PayFigures each_union;  // every figure added to each union counting it
    for (const Figure& figure : figures) {
      for (int which = 0; which < 7; ++which) {
        if (!in_union(figure, which)) continue;
        each_union.add(each_union.group_of(Cell{std::int64_t{figure.group * 7 + which}}),
                       source(figure), figure.pay);
      }
    }
    const auto expected = each_union.statistics(1, confidence);
    REQUIRE(expected.size() == 20);  // 3 groups of 7, less group 2's level 0; group 3 has none
    const std::size_t held_once = 2 * figures.size();  // room counts capacity
    for (std::size_t budget :
         {held_once, std::size_t{0}, std::size_t{5}, std::size_t{4000}, std::size_t{12000}}) {
      INFO("budget " << budget);
      PayFigures cells(budget);
      std::size_t handles[4][4][2];
      for (int g = 0; g < 4; ++g) {
        for (int l = 0; l < 4; ++l) {
          for (int f = 0; f < 2; ++f) {
            handles[g][l][f] = cells.group_of(Cell{std::int64_t{100 + g * 8 + l * 2 + f}});
          }
        }
      }
      for (const Figure& figure : figures) {
        cells.add(handles[figure.group][figure.level][figure.flag], source(figure), figure.pay);
      }
      for (int g = 0; g < 4; ++g) {
        for (int which = 0; which < 7; ++which) {
          std::vector<std::size_t> members;
          for (int l = 0; l < 4; ++l) {
            for (int f = 0; f < 2; ++f) {
              if (in_union(Figure{g, l, f, 0, false}, which)) members.push_back(handles[g][l][f]);
            }
          }
          cells.add_union(Cell{std::int64_t{g * 7 + which}}, members);
        }
      }
      CHECK(cells.needs_second_pass() == (budget != held_once));
      if (cells.needs_second_pass()) {
        cells.prepare_second_pass(confidence);
        for (auto it = figures.rbegin(); it != figures.rend(); ++it) {
          cells.add_again(handles[it->group][it->level][it->flag], it->pay);
        }
      }
      CHECK(cells.statistics(1, confidence) == expected);
    }
    // The same figures counted in each union take three times the room.
    PayFigures thrice(2 * figures.size());
    for (const Figure& figure : figures) {
      for (int which = 0; which < 7; ++which) {
        if (in_union(figure, which))
          thrice.add(thrice.group_of(Cell{std::int64_t{which}}), source(figure), figure.pay);
      }
    }
    CHECK(thrice.needs_second_pass());
  }
}

TEST_CASE("pay figures sharing a budget find the room the others hold taken", "[pay_statistics]") {
  using jobsight::FigureBudget;
  auto add = [](PayFigures& figures, int count) {
    const std::size_t group = figures.group_of(T("g"));
    for (int i = 0; i < count; ++i) {
      figures.add(group, PayFigures::Source::postings, 50000.0 + i);
    }
  };
  FigureBudget budget(1000);
  {
    // A vector grows by a quarter and 16: 16, 36, 61, ..., 526, 673 figures of room.
    PayFigures first(budget);
    add(first, 600);
    CHECK(budget.held() == 673);
    PayFigures second(budget);
    add(second, 314);  // room for 314: 987 in all
    CHECK_FALSE(second.needs_second_pass());
    add(second, 1);  // 408 more would pass 1,000
    CHECK(second.needs_second_pass());
    CHECK_FALSE(first.needs_second_pass());
    // The second keeps its 315 figures, a small group, counted though over the budget.
    CHECK(budget.held() == 673 + 408);
  }
  CHECK(budget.held() == 0);  // each gave its room back
  {
    PayFigures alone(budget);
    add(alone, 857);  // its vector's room is 857 figures
    CHECK_FALSE(alone.needs_second_pass());
    CHECK(budget.held() == 857);
  }
  {
    // Over the budget at its 858th figure; the group, small, keeps its figures (counted) until
    // its vector is full at 1,087, 50,000 to 51,086: then a histogram of the 5 buckets they span
    // (67 to 71 of the octave from 32,768, 256 wide) takes less room. It widens by a quarter and
    // 16 buckets past the one met as the figures climb: to 67-89 at 51,200 (bucket 72), to
    // 67-111 at 55,808 (90). 45 buckets of 4 bytes, 180 bytes: the room of 23 figures.
    PayFigures big(budget);
    add(big, 6000);
    REQUIRE(big.needs_second_pass());
    CHECK(budget.held() == 23);
    big.prepare_second_pass(std::nullopt);
    for (int i = 0; i < 6000; ++i) big.add_again(big.group_of(T("g")), 50000.0 + i);
    CHECK(budget.held() > 23);  // and the figures near the wanted ranks
    const auto rows = big.statistics(1, std::nullopt);
    CHECK(std::get<double>(rows.at(0).at(5)) == 50000.0 + 2999.5);
  }
  CHECK(budget.held() == 0);
}

TEST_CASE("pay figures whose histogram widens both ways give the in-memory statistics",
          "[pay_statistics]") {
  // Over the budget from the start: a group's first 2,000 figures span a few buckets near
  // 60,000, then come figures falling to about 520 (the histogram widens down, bucket by bucket
  // and by leaps), rising to about 1.65M (up), and the edges, below 1 and from 2^40 (to either
  // end).
  std::vector<double> pays;
  for (int i = 0; i < 2000; ++i) pays.push_back(60000.0 + (i % 500));
  for (int i = 0; i < 3000; ++i) pays.push_back(59000.0 - 19.5 * i);
  for (int i = 0; i < 3000; ++i) pays.push_back(61000.0 * std::pow(1.0011, i));
  pays.push_back(0.25);
  pays.push_back(2e12);
  for (int i = 0; i < 400; ++i) pays.push_back(60100.0);
  for (std::optional<double> confidence : {std::optional<double>{}, std::optional<double>{0.95}}) {
    PayFigures in_memory;
    PayFigures bounded(0);
    const std::size_t all = in_memory.group_of(T("g"));
    const std::size_t held = bounded.group_of(T("g"));
    for (double pay : pays) {
      in_memory.add(all, PayFigures::Source::postings, pay);
      bounded.add(held, PayFigures::Source::postings, pay);
    }
    REQUIRE(bounded.needs_second_pass());
    bounded.prepare_second_pass(confidence);
    for (double pay : pays) bounded.add_again(held, pay);
    CHECK(bounded.statistics(1, confidence) == in_memory.statistics(1, confidence));
  }
}

TEST_CASE("pay figures of unions mixing histogram and held groups equal the unions added whole",
          "[pay_statistics]") {
  // Groups of 20,000 and 9,000 figures (histograms over the budget), 900 and 10 (held: under the
  // 1,024 a histogram needs; the 900 share the others' buckets), in unions of every mix, an empty
  // one, and one naming a group twice (counted once).
  std::uint64_t state = 7;
  auto next = [&] {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<int>(state >> 33);
  };
  struct Figure {
    int group;
    double pay;
  };
  std::vector<Figure> figures;
  const int sizes[4] = {20000, 900, 9000, 10};
  for (int g = 0; g < 4; ++g) {
    for (int i = 0; i < sizes[g]; ++i) {
      double pay = 20000.0 + static_cast<double>(next() % 200000) + (next() % 4) * 0.25;
      if (next() % 7 == 0) pay = 70000.0;  // a value many figures share
      if (g == 3) pay = 1e6 + i;
      figures.push_back({g, pay});
    }
  }
  const std::vector<std::vector<int>> unions = {{0, 1, 2, 3}, {0, 1}, {1, 3}, {2},   {3},
                                                {0, 2},       {1},    {},     {0, 0}};
  for (std::optional<double> confidence : {std::optional<double>{}, std::optional<double>{0.95}}) {
    PayFigures whole;  // each union's figures added to a group of its own
    for (std::size_t u = 0; u < unions.size(); ++u) {
      std::vector<int> members = unions[u];
      members.erase(std::unique(members.begin(), members.end()), members.end());
      for (const Figure& figure : figures) {
        if (std::find(members.begin(), members.end(), figure.group) == members.end()) continue;
        whole.add(whole.group_of(Cell{static_cast<std::int64_t>(u)}), PayFigures::Source::postings,
                  figure.pay);
      }
    }
    const auto expected = whole.statistics(1, confidence);
    REQUIRE(expected.size() == unions.size() - 1);  // the empty union gives no row
    for (std::size_t budget :
         {std::size_t{0}, std::size_t{100}, std::size_t{30000}, std::size_t{1} << 40}) {
      INFO("budget " << budget << ", confidence " << confidence.value_or(0));
      PayFigures groups(budget);
      std::size_t handles[4];
      for (int g = 0; g < 4; ++g) handles[g] = groups.group_of(Cell{std::int64_t{100 + g}});
      for (const Figure& figure : figures) {
        groups.add(handles[figure.group], PayFigures::Source::postings, figure.pay);
      }
      for (std::size_t u = 0; u < unions.size(); ++u) {
        std::vector<std::size_t> members;
        for (int g : unions[u]) members.push_back(handles[g]);
        groups.add_union(Cell{static_cast<std::int64_t>(u)}, members);
      }
      CHECK(groups.needs_second_pass() == (budget < 40000));  // 32,010 figures
      if (groups.needs_second_pass()) {
        groups.prepare_second_pass(confidence);
        groups.prepare_second_pass(confidence);  // again: the same
        for (auto it = figures.rbegin(); it != figures.rend(); ++it) {
          groups.add_again(handles[it->group], it->pay);
        }
      }
      const auto rows = groups.statistics(1, confidence);
      CHECK(groups.statistics(1, confidence) == rows);  // again: the same
      CHECK(rows == expected);
    }
  }
}
