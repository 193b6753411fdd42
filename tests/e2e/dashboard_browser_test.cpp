// The dashboard of the sample postings rendered by headless Chromium (Debian's `chromium`, which
// scripts/test.sh installs): no console message (a blocked fetch, a CSP violation, a script
// error would each log one), and a screenshot saved under the build folder for people to look
// at. Without chromium the test says so and passes.
#include <catch2/catch.hpp>

#include "support/cli_runner.hpp"

using namespace jobsight::test;

TEST_CASE("headless Chromium renders the sample dashboard without console messages",
          "[e2e][charts][browser]") {
  auto found = run_shell("command -v chromium");
  if (found.exit_code != 0) {
    WARN("chromium is not installed: the dashboard was not rendered in a browser");
    return;
  }
  TempDir dir;
  const std::string page = dir.file("dashboard.html");
  auto made = cli({"--db", sample_db(), "dashboard", "--ci", "--claims",
                   source_path("sample_data/claims/ai-engineer-pay-2026.csv"), "--out", page});
  REQUIRE(made.exit_code == 0);
  const std::string screenshot =
      (fs::path(JOBSIGHT_BINARY).parent_path() / "dashboard-screenshot.png").string();
  fs::remove(screenshot);
  // A fresh profile in the temporary folder; no sandbox, since tests may run as root.
  auto rendered = run_shell(
      "timeout 120 chromium --headless --no-sandbox --disable-gpu --hide-scrollbars "
      "--no-first-run --user-data-dir=" +
      shell_quote(dir.file("profile")) +
      " --enable-logging=stderr --v=0 --window-size=1100,2600 --screenshot=" +
      shell_quote(screenshot) + " " + shell_quote("file://" + page));
  INFO(rendered.err);
  CHECK(rendered.exit_code == 0);
  CHECK(rendered.err.find(":CONSOLE") == std::string::npos);
  REQUIRE(fs::exists(screenshot));
  CHECK(fs::file_size(screenshot) > 50'000);  // a drawn page, not a blank one
}
