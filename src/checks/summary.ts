import { isConfirmed } from './finding-key';
import type { Finding } from './types';

/** Errors and warnings; warnings the clerk confirmed (已核实) are not counted. */
export function summarise(
  findings: readonly Finding[],
  confirmations: Readonly<Record<string, unknown>> = {},
): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const f of findings) {
    if (f.severity === 'error') errors++;
    else if (!isConfirmed(f, confirmations)) warnings++;
  }
  return { errors, warnings };
}
