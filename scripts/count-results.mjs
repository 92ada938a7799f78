// Prints "passed failed" from a vitest or Playwright JSON report, so the shell scripts can sum every suite.
import { existsSync, readFileSync } from "node:fs";

const [kind, file] = process.argv.slice(2);
if (!existsSync(file)) {
  console.log("0 1");
  process.exit(0);
}
const report = JSON.parse(readFileSync(file, "utf8"));
if (kind === "vitest") {
  console.log(`${report.numPassedTests} ${report.numFailedTests + (report.numRuntimeErrorTestSuites ?? 0)}`);
} else {
  const s = report.stats ?? {};
  console.log(`${(s.expected ?? 0) + (s.flaky ?? 0)} ${s.unexpected ?? 0}`);
}
