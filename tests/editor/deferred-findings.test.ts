// The findings follow a change after the frame is painted, flagged pending meanwhile; stale ones never pass as current.
import { signal } from '@preact/signals';
import { afterEach, expect, it } from 'vitest';
import type { Finding } from '../../src/checks';
import { BUSY_AFTER_MS, deferFindings, type DeferredFindings } from '../../src/editor/deferred-findings';

const finding = (n: number): Finding => ({
  rule: 'T3-R1',
  severity: 'error',
  message: `不平衡 ${n}`,
  cells: ['t3.new.natural'],
});
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 50));
let deferred: DeferredFindings | null = null;
afterEach(() => deferred?.dispose());

it('checks at once on creation, then after paint on each change, with pending in between', async () => {
  const value = signal(1);
  const runs: number[] = [];
  deferred = deferFindings(
    () => value.value,
    (v) => {
      runs.push(v);
      return v > 1 ? [finding(v)] : [];
    },
  );
  expect(runs).toEqual([1]);
  expect(deferred.findings.value).toEqual([]);

  value.value = 2;
  value.value = 3; // two keystrokes before the next frame: one check, of the latest report
  expect(runs).toEqual([1]);
  expect(deferred.pending.value).toBe(true);
  expect(deferred.findings.value).toEqual([]); // the old findings, flagged by pending

  await nextTask();
  expect(runs).toEqual([1, 3]);
  expect(deferred.pending.value).toBe(false);
  expect(deferred.findings.value).toEqual([finding(3)]);
});

it('flush runs a pending check now; nothing runs after dispose', async () => {
  const value = signal(1);
  const runs: number[] = [];
  deferred = deferFindings(
    () => value.value,
    (v) => {
      runs.push(v);
      return [finding(v)];
    },
  );
  value.value = 5;
  deferred.flush();
  expect(deferred.findings.value).toEqual([finding(5)]);
  expect(deferred.pending.value).toBe(false);
  await nextTask();
  expect(runs).toEqual([1, 5]); // the scheduled run was cancelled by flush

  value.value = 6;
  deferred.dispose();
  await nextTask();
  expect(runs).toEqual([1, 5]);
});

it('stays pending while the check engine is loading (check returns null)', async () => {
  const engine = signal<((v: number) => Finding[]) | null>(null);
  deferred = deferFindings(
    () => engine.value,
    (run) => run?.(7) ?? null,
  );
  expect(deferred.pending.value).toBe(true);
  expect(deferred.findings.value).toEqual([]);
  engine.value = (v) => [finding(v)];
  await nextTask();
  expect(deferred.pending.value).toBe(false);
  expect(deferred.findings.value).toEqual([finding(7)]);
});

it('shows busy only when the wait lasts: not after a keystroke whose check follows, but while the engine loads', async () => {
  const value = signal(1);
  deferred = deferFindings(
    () => value.value,
    (v) => [finding(v)],
  );
  value.value = 2;
  expect(deferred.pending.value).toBe(true);
  expect(deferred.busy.value).toBe(false); // the keystroke's frame leaves the panel alone
  await nextTask();
  await new Promise((resolve) => setTimeout(resolve, BUSY_AFTER_MS + 30));
  expect(deferred.pending.value).toBe(false);
  expect(deferred.busy.value).toBe(false);
  deferred.dispose();

  const engine = signal<((v: number) => Finding[]) | null>(null);
  deferred = deferFindings(
    () => engine.value,
    (run) => run?.(7) ?? null,
  );
  expect(deferred.busy.value).toBe(false);
  await new Promise((resolve) => setTimeout(resolve, BUSY_AFTER_MS + 30));
  expect(deferred.busy.value).toBe(true); // still loading: the panel says 检查中…
  engine.value = (v) => [finding(v)];
  await nextTask();
  expect(deferred.busy.value).toBe(false);
  expect(deferred.findings.value).toEqual([finding(7)]);
});
