// The download's name: 「{单位名称}{报告年度}年政府信息公开工作年度报告.docx」, minus what Windows and
// other file systems refuse in a name (\ / : * ? " < > | and control characters).
import { reportTitle, type Report } from '../model';
import { cleanText } from './sanitize';

const ILLEGAL = /[\\/:*?"<>|\u0000-\u001F\u007F]/g;

export function exportFileName(report: Pick<Report, 'agencyName' | 'year'>): string {
  const base = cleanText(reportTitle(report)).replace(ILLEGAL, '').replace(/\s+/g, ' ').trim().replace(/[. ]+$/, '');
  return `${base || '政府信息公开工作年度报告'}.docx`;
}
