const { relative } = require('node:path');
const Sequencer = require('@jest/test-sequencer').default;

/**
 * Seconds the slowest files took in `npm test` on two cores (6 December 2026). jest starts a tier's longest files
 * first only when it timed them in an earlier run of the same checkout, and it starts the files it has timed after
 * those it has not; a file it has not timed goes by its size. So api-contract (160 s, a small file) started near the
 * end of the stack tier and ran on after the other files were done: the tier took 499 s, and 439 s where jest had
 * timed every file.
 */
const MEASURED_SECONDS = {
  'libs/plan-import/src/seed-forms.spec.ts': 85,
  'test/workflows/task-resilience.workflow.test.ts': 45,
  'libs/plan-import/src/extract/ocr.spec.ts': 26,
  'test/workflows/assignment-lifecycle.workflow.test.ts': 23,
  'test/workflows/plan.workflow.test.ts': 15,
  'libs/plan-import/src/extract/extraction-pool.spec.ts': 13,
  'test/e2e/api-contract.test.ts': 160,
  'test/e2e/api-fuzz.test.ts': 125,
  'test/bench/benchmarks.smoke.test.ts': 120,
  'test/e2e/orchestration-real-conditions.test.ts': 65,
  'test/e2e/temporal-outage.test.ts': 40,
  'test/e2e/plan-import-fuzz.test.ts': 40,
  'test/e2e/plan-import-scan.test.ts': 25,
  'test/e2e/hostile-documents.test.ts': 25,
  'test/e2e/database-outage.test.ts': 22,
  'test/e2e/temporal-tls.test.ts': 18,
  'test/browser/plan-intake.test.ts': 94,
  'test/browser/coordinator-journey.test.ts': 51,
  'test/browser/console.test.ts': 50,
  'test/browser/directory.test.ts': 30,
  'test/browser/assignment-desk.test.ts': 30,
  'test/browser/console-dashboard.test.ts': 24,
};

/** Longest first: by jest's own timing of a file where it has one, by the table above where not. */
class LongestFirst extends Sequencer {
  sort(tests) {
    const ordered = super.sort(tests);
    const seconds = (test) =>
      (this.time(test) ?? 0) / 1000 || MEASURED_SECONDS[relative(test.context.config.rootDir, test.path)] || 0;
    return ordered
      .map((test, index) => ({ test, index, seconds: seconds(test) }))
      .sort((a, b) => b.seconds - a.seconds || a.index - b.index)
      .map(({ test }) => test);
  }
}

module.exports = LongestFirst;
