// The home list's model: active drafts grouped by 单位 (name trimmed), newest year first; and the check
// counts of each row. The editor stores its counts with each save (StoredCheckCounts in store/db.ts); a row
// shows them while they still describe that report, these checks and the same previous-year draft. Only the
// other rows (imported, restored, never edited, or checked by an older version) load the check engine and
// are counted after the list is shown, in small slices, cached per saved version.
import { useEffect, useState } from 'preact/hooks';
import type { runChecks } from '../checks/run-checks';
import type { summarise } from '../checks/summary';
import { calmFindings } from '../checks/calm';
import { CHECKS_VERSION } from '../checks/version';
import { checksAsked } from '../store/checks-asked';
import { findPrevious, previousKey, type DraftEntry, type DraftList } from '../store/drafts';

export interface Group {
  name: string;
  rows: DraftEntry[];
}

export interface Counts {
  errors: number;
  warnings: number;
  /** The check engine could not be loaded (offline without its file): the row says so instead of a count. */
  unavailable?: boolean;
}

/** What counting a draft afresh needs; loaded only when some row has no valid stored counts. */
export interface CountEngine {
  runChecks: typeof runChecks;
  summarise: typeof summarise;
}

export async function loadCountEngine(): Promise<CountEngine> {
  const [run, summary] = await Promise.all([import('../checks/run-checks'), import('../checks/summary')]);
  return { runChecks: run.runChecks, summarise: summary.summarise };
}

export function activeDrafts(list: DraftList): DraftEntry[] {
  return list.drafts.filter((d) => d.deletedAt === null);
}

/** Natural order for names with numbers in them (第2局 before 第10局), Chinese by pinyin. */
export function naturalCompare(a: string, b: string): number {
  return a.localeCompare(b, 'zh-Hans-CN', { numeric: true, sensitivity: 'base' });
}

/**
 * Whether a draft matches the search box: every word must be found in its 单位名称 or its 年度
 * (「2024」「2024年」「2024年度」 all name the year), full-width digits and case ignored.
 */
export function matchesSearch(entry: DraftEntry, query: string): boolean {
  const words = query
    .replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .toLowerCase()
    .split(/[\s,，、]+/)
    .filter(Boolean);
  const name = entry.report.agencyName.toLowerCase();
  return words.every((w) => {
    const year = /^(\d{4})(?:年度?)?$/.exec(w);
    return name.includes(w) || (year !== null && Number(year[1]) === entry.report.year);
  });
}

export function groupDrafts(list: DraftList, query = ''): Group[] {
  const groups = new Map<string, DraftEntry[]>();
  for (const entry of activeDrafts(list)) {
    if (query.trim() && !matchesSearch(entry, query)) continue;
    const name = entry.report.agencyName.trim();
    const rows = groups.get(name) ?? [];
    rows.push(entry);
    groups.set(name, rows);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === '' ? 1 : b === '' ? -1 : naturalCompare(a, b)))
    .map(([name, rows]) => ({
      name,
      rows: rows.sort((x, y) => y.report.year - x.report.year || y.savedAt - x.savedAt),
    }));
}

const cache = new Map<string, Counts>();

function previousEntry(entry: DraftEntry, active: readonly DraftEntry[]): DraftEntry | undefined {
  const prevReport = findPrevious(active, entry.report);
  return prevReport ? active.find((d) => d.report === prevReport) : undefined;
}

function cacheKey(entry: DraftEntry, previous: DraftEntry | undefined): string {
  return `${entry.report.id}@${entry.revision}|${previous ? `${previous.report.id}@${previous.revision}` : ''}`;
}

/** The counts the editor stored, if they still describe this report, these checks and this previous year. */
export function storedCounts(entry: DraftEntry, active: readonly DraftEntry[]): Counts | null {
  const c = entry.checkCounts;
  if (!c || c.checks !== CHECKS_VERSION || c.updatedAt !== entry.report.updatedAt) return null;
  if (c.previous !== previousKey(previousEntry(entry, active)?.report ?? null)) return null;
  // The counts the draft's editor shows: full once its checks were asked for, the calm view until then.
  return checksAsked(entry.report.id) ? { errors: c.errors, warnings: c.warnings } : { errors: c.calmErrors, warnings: c.calmWarnings };
}

/** Error and warning counts of one draft, computed afresh (cached by the revisions involved). */
export function countsOf(entry: DraftEntry, active: readonly DraftEntry[], engine: CountEngine): Counts {
  const previous = previousEntry(entry, active);
  const asked = checksAsked(entry.report.id);
  const key = `${cacheKey(entry, previous)}|${asked}`;
  let counts = cache.get(key);
  if (!counts) {
    try {
      const findings = engine.runChecks(entry.report, previous?.report ?? null);
      counts = engine.summarise(asked ? findings : calmFindings(findings), entry.report.confirmations);
    } catch {
      counts = { errors: 0, warnings: 0 }; // a failing rule must not hide the list
    }
    cache.set(key, counts);
  }
  return counts;
}

/**
 * Counts by draft id: stored ones at once; the rest filled in slices of about 50 ms once the engine has
 * loaded, so the list appears at once and stays responsive.
 */
export function useCheckCounts(list: DraftList | null): ReadonlyMap<string, Counts> {
  const [counts, setCounts] = useState<ReadonlyMap<string, Counts>>(new Map());
  useEffect(() => {
    if (!list) return;
    const active = activeDrafts(list);
    const out = new Map<string, Counts>();
    const toCount: DraftEntry[] = [];
    for (const entry of active) {
      const stored = storedCounts(entry, active);
      if (stored) out.set(entry.report.id, stored);
      else toCount.push(entry);
    }
    setCounts(new Map(out));
    if (toCount.length === 0) {
      performance.mark?.('nianbao:list-checked');
      return; // every row has current counts: the check engine is not loaded at all
    }
    let i = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let engine: CountEngine;
    let cancelled = false;
    const step = () => {
      const until = performance.now() + 50;
      while (i < toCount.length && performance.now() < until) {
        const entry = toCount[i++]!;
        out.set(entry.report.id, countsOf(entry, active, engine));
      }
      setCounts(new Map(out));
      if (i < toCount.length) timer = setTimeout(step, 0);
      else performance.mark?.('nianbao:list-checked');
    };
    loadCountEngine().then(
      (loaded) => {
        engine = loaded;
        if (!cancelled) step();
      },
      () => {
        if (cancelled) return;
        for (const entry of toCount) out.set(entry.report.id, { errors: 0, warnings: 0, unavailable: true });
        setCounts(new Map(out));
      },
    );
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [list]);
  return counts;
}
