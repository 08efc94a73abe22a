// The full check engine, every rule (home counts, 汇总, export, tests). The editor loads the same engine in two
// parts (lazy.ts): the text rules only once a draft has text.
import type { Report } from '../model';
import { makeRunChecks } from './engine';
import * as textRules from './text-rules';
import type { Finding } from './types';

const all = makeRunChecks(textRules);

export function runChecks(report: Report, previous?: Report | null): Finding[] {
  return all(report, previous);
}
