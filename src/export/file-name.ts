// The download's name: 「{单位名称}{报告年度}年政府信息公开工作年度报告.docx」, minus what Windows and
// other file systems refuse in a name (\ / : * ? " < > | and control characters), and short: a long 单位名称
// is cut so the whole name stays within NAME_MAX characters (deep Windows folders limit the full path to 260).
import { cleanLine, type Report } from '../model';
import { cleanText } from './sanitize';

const ILLEGAL = /[\\/:*?"<>|\u0000-\u001F\u007F]/g;
/** Characters of the whole file name, extension included. */
export const NAME_MAX = 80;

export function exportFileName(report: Pick<Report, 'agencyName' | 'year'>): string {
  const tail = `${report.year}年政府信息公开工作年度报告`;
  const agency = cleanLine(cleanText(report.agencyName)).replace(ILLEGAL, '').replace(/\s+/g, ' ').trim();
  const room = NAME_MAX - tail.length - '.docx'.length;
  // Cut by code point so a character outside the BMP is never split in half.
  const short = [...agency]
    .slice(0, room)
    .join('')
    .trim()
    .replace(/[. ]+$/, '');
  return `${short}${tail}.docx`;
}
