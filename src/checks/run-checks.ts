// PLACEHOLDER until the rule functions land (issue 2): the API the editor builds on.
import type { Report } from '../model';
import type { Finding } from './types';

export function runChecks(_report: Report, _previous?: Report | null): Finding[] {
  return [];
}

export function summarise(findings: readonly Finding[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const f of findings) if (f.severity === 'error') errors++;
  return { errors, warnings: findings.length - errors };
}
