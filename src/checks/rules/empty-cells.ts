// C-R7 (warning): blank input cells make the 勾稽 checks unverifiable; one finding per table.
import type { TableId } from '../../formats';
import type { CheckContext } from '../context';
import type { Finding } from '../types';

export function emptyCells(ctx: CheckContext, table: TableId): Finding[] {
  const blank: string[] = [];
  let first = '';
  const { cells } = ctx;
  const inputs = ctx.ix.inputs[table];
  const positions = ctx.ix.inputPositions[table];
  for (let k = 0; k < inputs.length; k++) {
    if (cells[positions[k]!] !== '') continue;
    const cell = inputs[k]!;
    if (blank.length === 0) first = cell.ariaLabel;
    blank.push(cell.key);
  }
  if (blank.length === 0) return [];
  return [
    {
      rule: 'C-R7',
      severity: 'warning',
      cells: blank,
      message: `「${ctx.ix.captions[table]}」有 ${blank.length} 个格子未填写（第一个是「${first}」）。没有数据请填 0，可用「空白单元格填0」把空格全部填为 0。`,
    },
  ];
}
