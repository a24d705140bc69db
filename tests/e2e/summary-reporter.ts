import type { Reporter, TestCase, TestResult } from "@playwright/test/reporter";

/** Ends the run with one plain line, "e2e: N passed, N failed, N skipped", for people and CI logs. */
export default class SummaryReporter implements Reporter {
  private counts = { passed: 0, failed: 0, skipped: 0 };

  onTestEnd(test: TestCase, result: TestResult) {
    if (result.status === "skipped") this.counts.skipped++;
    // A test counts once, by its final outcome after any retries.
    else if (result.retry === test.retries || result.status === "passed") {
      if (test.outcome() === "expected" || test.outcome() === "flaky") this.counts.passed++;
      else this.counts.failed++;
    }
  }

  onEnd() {
    const { passed, failed, skipped } = this.counts;
    console.log(`e2e: ${passed} passed, ${failed} failed, ${skipped} skipped`);
  }
}
