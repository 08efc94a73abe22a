// The panel's finding ids (what cells name in aria-describedby) follow each finding, not its place in the list:
// a finding added at the top leaves the other cells' aria-describedby, and so the cells, untouched.
import { expect, it } from 'vitest';
import type { Finding } from '../../src/checks';
import type { Report } from '../../src/model';
import { cellFindingIdsFrom, findingIds, listFindings, listKeys } from '../../src/editor/go-to-finding';

/** What EditorState.cellFindingIds computes: each cell's panel ids, through the panel's list. */
const cellFindingIdsOf = (owner: object, findings: Finding[], confirmations: Report['confirmations']) =>
  cellFindingIdsFrom(listFindings(owner, findings, confirmations));

const warn = (rule: Finding['rule'], cells: string[]): Finding => ({ rule, severity: 'warning', message: rule, cells });
const error = (rule: Finding['rule'], cells: string[]): Finding => ({ rule, severity: 'error', message: rule, cells });

it('a finding added at the top keeps the ids of the others; ids are unique and well-formed', () => {
  const owner = {};
  const a = warn('T3-R6', ['t3.new.natural']);
  const b = warn('T2-R2', ['t2.regulation.issued']);
  const before = cellFindingIdsOf(owner, [a, b], {});
  const after = cellFindingIdsOf(owner, [error('T3-R1', ['t3.new.total', 't3.carryover.total']), a, b], {});
  expect(after.get('t3.new.natural')).toBe(before.get('t3.new.natural'));
  expect(after.get('t2.regulation.issued')).toBe(before.get('t2.regulation.issued'));
  const ids = [...after.values()];
  expect(new Set([after.get('t3.new.total'), after.get('t3.new.natural'), after.get('t2.regulation.issued')]).size).toBe(3);
  for (const id of ids) expect(id).toMatch(/^finding-\d+$/);
});

it('two findings with the same key get distinct ids, and another owner numbers its own', () => {
  const same = [warn('C-R9', ['t3.new.natural']), warn('C-R9', ['t3.new.natural'])];
  const keys = listKeys(same);
  expect(new Set(keys).size).toBe(2);
  const ids = findingIds({}, keys);
  expect(new Set(ids).size).toBe(2);
  expect(cellFindingIdsOf({}, same, {}).get('t3.new.natural')).toBe(ids.join(' '));
});
