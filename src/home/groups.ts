// The home list's model: active drafts grouped by 单位 (name trimmed), newest year first; and the check
// counts of each row (runChecks against the previous year's draft of the same 单位), computed after the
// list is shown, in small slices, and cached per saved version so returning to the list re-checks only what changed.
import { useEffect, useState } from 'preact/hooks';
import { loadChecks, type RunChecks } from '../checks/lazy';
import { summarise } from '../checks/summary';
import { findPrevious, type DraftEntry, type DraftList } from '../store/drafts';

export interface Group {
  name: string;
  rows: DraftEntry[];
}

export interface Counts {
  errors: number;
  warnings: number;
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

function cacheKey(entry: DraftEntry, previous: DraftEntry | undefined): string {
  return `${entry.report.id}@${entry.revision}|${previous ? `${previous.report.id}@${previous.revision}` : ''}`;
}

/** Error and warning counts of one draft (cached by the revisions involved). */
export function countsOf(entry: DraftEntry, active: readonly DraftEntry[], runChecks: RunChecks): Counts {
  const prevReport = findPrevious(active, entry.report);
  const previous = prevReport ? active.find((d) => d.report === prevReport) : undefined;
  const key = cacheKey(entry, previous);
  let counts = cache.get(key);
  if (!counts) {
    try {
      counts = summarise(runChecks(entry.report, prevReport), entry.report.confirmations);
    } catch {
      counts = { errors: 0, warnings: 0 }; // a failing rule must not hide the list
    }
    cache.set(key, counts);
  }
  return counts;
}

/** Counts by draft id, filled in slices of about 50 ms so the list appears at once and stays responsive. */
export function useCheckCounts(list: DraftList | null): ReadonlyMap<string, Counts> {
  const [counts, setCounts] = useState<ReadonlyMap<string, Counts>>(new Map());
  useEffect(() => {
    if (!list) return;
    const active = activeDrafts(list);
    if (active.length === 0) return; // nothing to count: the check engine is not loaded at all
    const out = new Map<string, Counts>();
    let i = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let run: RunChecks;
    let cancelled = false;
    const step = () => {
      const until = performance.now() + 50;
      while (i < active.length && performance.now() < until) {
        const entry = active[i++]!;
        out.set(entry.report.id, countsOf(entry, active, run));
      }
      setCounts(new Map(out));
      if (i < active.length) timer = setTimeout(step, 0);
      else performance.mark?.('nianbao:list-checked');
    };
    void loadChecks().then((loaded) => {
      run = loaded;
      if (!cancelled) step();
    });
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [list]);
  return counts;
}
