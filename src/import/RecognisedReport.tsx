// The recognised report as the review screen shows it: texts and the three tables with marked cells.
import { FORMATS, type TableCell, type TableDef } from '../formats';
import { computeAll, paragraphsOf, type Report } from '../model';
import type { ImportNote, NoteLevel } from './notes';
import { LEVEL_ORDER } from './note-levels';

export function RecognisedReport({
  report,
  notes,
  flaggedByChecks,
}: {
  report: Report;
  notes: ImportNote[];
  flaggedByChecks: Set<string>;
}) {
  const format = FORMATS[report.formatId];
  const cellLevel = new Map<string, { level: NoteLevel; messages: string[] }>();
  for (const n of notes) {
    for (const key of n.cells ?? []) {
      const prev = cellLevel.get(key);
      if (!prev) cellLevel.set(key, { level: n.level, messages: [n.message] });
      else {
        prev.messages.push(n.message);
        if (LEVEL_ORDER[n.level] > LEVEL_ORDER[prev.level]) prev.level = n.level;
      }
    }
  }
  const computed = computeAll(format, report.values);
  return (
    // A scroll pane: focusable so the keyboard can scroll it (axe scrollable-region-focusable).
    <div tabIndex={0} aria-label="识别结果（可滚动）">
      <p class="import-title">
        {report.agencyName}
        {report.year}年政府信息公开工作年度报告
      </p>
      {format.sections.map((section) => (
        <div key={section.id} class="import-section">
          <h3>{section.heading}</h3>
          {section.table ? (
            <ReadTable
              table={format.tables[section.table]}
              report={report}
              computed={computed}
              cellLevel={cellLevel}
              flagged={flaggedByChecks}
            />
          ) : (
            (() => {
              const paragraphs = paragraphsOf(report.texts[section.id as 'overview' | 'problems' | 'other']);
              return paragraphs.length === 0 ? (
                <p class="import-missing">（原文中没有这一部分）</p>
              ) : (
                paragraphs.map((p, i) => (
                  <p key={i} class="import-paragraph">
                    {p}
                  </p>
                ))
              );
            })()
          )}
        </div>
      ))}
      {(report.signature || report.dateWritten) && (
        <p class="import-signature">
          {report.signature}
          <br />
          {report.dateWritten}
        </p>
      )}
    </div>
  );
}

function ReadTable({
  table,
  report,
  computed,
  cellLevel,
  flagged,
}: {
  table: TableDef;
  report: Report;
  computed: Record<string, string>;
  cellLevel: Map<string, { level: NoteLevel; messages: string[] }>;
  flagged: Set<string>;
}) {
  return (
    <table class="import-table">
      <caption>{table.caption}</caption>
      <tbody>
        {table.rows.map((row, r) => (
          <tr key={r}>
            {row.map((cell: TableCell, c) => {
              const span = { rowSpan: cell.rowspan, colSpan: cell.colspan };
              if (cell.type !== 'value')
                return (
                  <th key={c} {...span} class={`label-${cell.type}`} scope="row">
                    {cell.text}
                  </th>
                );
              const def = FORMATS[report.formatId].cellsByKey.get(cell.key)!;
              const isTotal = def.kind === 'total';
              const declared = report.declaredTotals[cell.key];
              // A total shows the sum of its parts; a differing total of the source is shown beside it (原表).
              const value = isTotal ? (computed[cell.key] ?? '') : (report.values[cell.key] ?? '');
              const mark = cellLevel.get(cell.key);
              const disagrees = isTotal && declared !== undefined && declared !== computed[cell.key];
              const classes = [
                isTotal ? 'total' : '',
                mark ? `cell-${mark.level}` : '',
                disagrees || flagged.has(cell.key) ? 'cell-check' : '',
              ]
                .filter(Boolean)
                .join(' ');
              const title = [
                def.ariaLabel,
                ...(mark?.messages ?? []),
                disagrees ? `原文总计 ${declared}，各项相加为 ${computed[cell.key] || '0'}` : '',
              ]
                .filter(Boolean)
                .join('\n');
              return (
                <td key={c} {...span} class={classes} data-cell={cell.key} title={title}>
                  {value}
                  {disagrees ? <span class="import-declared">原表{declared}</span> : null}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
