// C-R12 (warning): a sentence written by 「插入数据说明」 still stands in the text while the numbers it was
// written from have changed since (report.dataNotes keeps the values it came from).
import type { CheckContext } from '../context';
import type { Finding } from '../types';
import { quote } from './text-parse';

export function staleDataNotes(ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  for (const note of ctx.report.dataNotes) {
    const text = ctx.report.texts[note.section] ?? '';
    if (!text.includes(note.text)) continue; // edited or removed by the clerk: theirs now
    const changed: string[] = [];
    const cells: string[] = [];
    for (const [key, was] of Object.entries(note.basis)) {
      const now = ctx.value(key) ?? '';
      if (now === was) continue;
      const def = ctx.format.cellsByKey.get(key);
      cells.push(key);
      changed.push(`${def ? `「${def.rowLabel}」「${def.colLabel}」` : key}由 ${was || '空'} 变为 ${now || '空'}`);
    }
    if (changed.length === 0) continue;
    const section = ctx.ix.sections[note.section]!;
    out.push({
      rule: 'C-R12',
      severity: 'warning',
      cells: cells.filter((k) => ctx.format.cellsByKey.has(k)),
      fields: [`text:${note.section}`],
      subject: note.id,
      message: `「${section.heading}」中用“插入数据说明”写入的“${quote(note.text)}”已过时：${changed.slice(0, 3).join('，')}${changed.length > 3 ? ` 等 ${changed.length} 处` : ''}。请按现在的数字更新这段，或手动修改。`,
    });
  }
  return out;
}
