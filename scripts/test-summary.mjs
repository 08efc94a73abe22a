// Prints the plain closing line CI reads ("N passed, N failed") from vitest's JSON report.
import { readFileSync } from 'node:fs';

try {
  const report = JSON.parse(readFileSync(new URL('../test-output/vitest.json', import.meta.url), 'utf8'));
  const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  console.log(`Tests: ${report.numPassedTests} passed, ${report.numFailedTests} failed, ${skipped} skipped`);
} catch (e) {
  console.log(`Tests: 0 passed, 1 failed (no test report: ${e instanceof Error ? e.message : e})`);
}
