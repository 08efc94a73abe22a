// The source as it was read: numbered lines for text, paragraphs and tables for documents.
import { Fragment } from 'preact';
import type { Block } from './blocks';

const pageOf = (b: Block | undefined) => (b?.type === 'paragraph' ? b.page : undefined);

export function SourceView({ blocks, lines }: { blocks: Block[]; lines?: string[] }) {
  if (lines) {
    return (
      <ol class="import-source-lines" tabIndex={0} aria-label="原文（可滚动）">
        {lines.map((line, i) => (
          <li key={i}>{line.replace(/\t/g, '  ')}</li>
        ))}
      </ol>
    );
  }
  return (
    <div class="import-source-doc" tabIndex={0} aria-label="原文（可滚动）">
      {blocks.map((b, i) =>
        b.type === 'paragraph' ? (
          b.text.trim() ? (
            <Fragment key={i}>
              {/* A PDF's lines keep their page and line, as the notes name them (第2页第13行). */}
              {b.page !== undefined && b.page !== pageOf(blocks[i - 1]) && <h3 class="import-source-page">第{b.page}页</h3>}
              <p>
                {b.page !== undefined && b.line !== undefined && <span class="import-source-line">{b.line}</span>}
                {b.text.replace(/\t+/g, '  ')}
              </p>
            </Fragment>
          ) : null
        ) : (
          <table key={i} class="import-source-table">
            <tbody>
              {b.rows.map((row, r) => (
                <tr key={r}>
                  {row.map((cell, c) => (
                    <td key={c} colSpan={cell.span > 1 ? cell.span : undefined} class={cell.vMerge === 'continue' ? 'merged' : undefined}>
                      {cell.vMerge === 'continue' ? '' : cell.text}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        ),
      )}
    </div>
  );
}
