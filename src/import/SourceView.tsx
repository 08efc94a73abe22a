// The source as it was read: numbered lines for text, paragraphs and tables for documents.
import type { Block } from './blocks';

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
            <p key={i}>{b.text}</p>
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
