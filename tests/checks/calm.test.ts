// The calm view of a new draft: unwritten parts are reminders until the clerk asks for the full checks.
import { expect, it } from 'vitest';
import { runChecks } from '../../src/checks';
import { calmFindings } from '../../src/checks/calm';
import { blankReport } from '../../src/model';
import { filledReport, withValues } from './helpers';

it('turns the unwritten-part errors of a blank draft into reminders and leaves the others', () => {
  const findings = runChecks(blankReport({ year: 2025 }));
  const unwritten = findings.filter((f) => f.rule === 'C-R1' && f.severity === 'error');
  expect(unwritten.length).toBeGreaterThan(0);
  const calm = calmFindings(findings);
  expect(calm).toHaveLength(findings.length);
  expect(calm.filter((f) => f.rule === 'C-R1').every((f) => f.severity === 'warning')).toBe(true);
  expect(calm.filter((f) => f.rule !== 'C-R1')).toEqual(findings.filter((f) => f.rule !== 'C-R1'));
  expect(unwritten.every((f) => f.severity === 'error')).toBe(true); // the findings themselves are not changed
});

it('gives back the same list when nothing is unwritten, so asking for the full checks redraws nothing', () => {
  const findings = runChecks(withValues(filledReport(2025), { 't3.new.natural': '99' }));
  expect(findings.some((f) => f.severity === 'error')).toBe(true); // an imbalance stays an error
  expect(calmFindings(findings)).toBe(findings);
});
