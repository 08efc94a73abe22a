// PLACEHOLDER until the .docx export lands (issue 5).
import type { Finding } from '../checks';
import type { Report } from '../model';

export function ExportButton(_props: { report: Report; findings: readonly Finding[] }) {
  return <button type="button" disabled>导出 Word</button>;
}
