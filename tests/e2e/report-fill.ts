// Fills a new draft through the store session (?e2e exposes it), then reloads so the editor shows it:
// every input cell a distinct number, texts, 署名 and date, as tests/export/fixtures.ts does for the builder.
import type { Page } from 'playwright-core';
import { getFormat, type FormatId } from '../../src/formats';

export function distinctValues(formatId: FormatId): Record<string, string> {
  const values: Record<string, string> = {};
  let n = 1;
  for (const cell of getFormat(formatId).cellsByKey.values()) {
    if (cell.kind === 'total') continue;
    values[cell.key] = cell.kind === 'money' ? `${100 + n}.25` : cell.kind === 'signed' ? `-${n}` : String(n);
    n += 1;
  }
  return values;
}

export const TEXTS = {
  overview: '（一）主动公开情况。本年度共主动公开政府信息1234条。\n本机关坚持以公开为常态、不公开为例外。',
  problems: '存在的主要问题是公开内容还不够全面。',
  other: '本机关未收取信息处理费。',
};

export async function openFilledDraft(page: Page, baseUrl: string, year: number): Promise<Record<string, string>> {
  await page.goto(`${baseUrl}?e2e#/new/${year}`);
  await page.waitForURL(/#\/draft\//);
  await page.waitForFunction(() => (window as unknown as { nianbaoSession?: unknown }).nianbaoSession !== undefined);
  const values = distinctValues(year <= 2020 ? '2019' : '2021');
  await page.evaluate(
    async ({ values, texts }) => {
      type Session = { report: { value: Record<string, unknown> }; update(r: unknown): void; flush(): Promise<void> };
      const session = (window as unknown as { nianbaoSession: Session }).nianbaoSession;
      session.update({
        ...session.report.value,
        agencyName: '某某市人民政府办公室',
        values,
        texts,
        signature: '某某市人民政府办公室',
        dateWritten: '2026-01-09',
      });
      await session.flush();
    },
    { values, texts: TEXTS },
  );
  await page.reload();
  await page.locator('table.stat-t3 caption').waitFor();
  return values;
}
