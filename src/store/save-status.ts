// How a save status reads to the clerk, and Chinese reasons for storage failures.
import type { SaveStatus } from './session';

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

export function clockTime(at: number): string {
  const d = new Date(at);
  return `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

/** 「保存中…」/「已保存 HH:MM:SS」/「保存失败：原因」; '' before anything happened. */
export function saveStatusText(status: SaveStatus): string {
  switch (status.state) {
    case 'saving':
      return '保存中…';
    case 'saved':
      return `已保存 ${clockTime(status.at)}`;
    case 'error':
      return `保存失败：${status.message}`;
    default:
      return '';
  }
}

export const BACKUP_ADVICE =
  '您输入的内容仍保留在本页面中，请不要关闭页面，并请先导出备份（首页「导出全部草稿备份」或下方「导出本草稿备份」）。';

/** IndexedDB is missing or refused to open (private mode, site data blocked, a broken profile). */
export class StorageUnavailableError extends Error {
  override name = 'StorageUnavailableError';
  constructor(readonly inner?: { name?: string }) {
    super(STORAGE_UNAVAILABLE);
  }
}

export const STORAGE_UNAVAILABLE =
  '这个浏览器现在不允许本工具在本机保存数据（可能开着隐私/无痕模式，或在浏览器设置中禁止了网站保存数据），草稿无法保存或读取。' +
  '请关闭无痕模式，或在浏览器设置中允许本网站保存数据（“Cookie 和网站数据”），然后刷新页面；也可以换用 Chrome、Edge 或 Firefox。';

export function errorName(e: unknown): string {
  return e instanceof Error || (typeof DOMException !== 'undefined' && e instanceof DOMException) ? (e as Error).name : '';
}

/** A storage error in plain Chinese, with what to do. */
export function storageErrorMessage(e: unknown): string {
  if (e instanceof StorageUnavailableError) return STORAGE_UNAVAILABLE;
  const name = errorName(e);
  const inner = (e as { inner?: { name?: string } } | null)?.inner?.name ?? '';
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError' || /quota/i.test(String((e as Error)?.message ?? ''))) {
    return `磁盘空间不足，浏览器拒绝保存。${BACKUP_ADVICE}然后清理磁盘空间，本工具会自动重试保存。`;
  }
  if (name === 'InvalidStateError' || name === 'UnknownError' || name === 'AbortError') {
    return `浏览器存储暂时不可用。${BACKUP_ADVICE}本工具会自动重试保存。`;
  }
  return `浏览器存储出错（${name || '未知错误'}）。${BACKUP_ADVICE}本工具会自动重试保存。`;
}
