// The one Chinese message for a failed action on 首页 and in the repair view (kept apart from save-status.ts so the
// editor's first load does not carry it: the editor needs it only when opening a draft fails).
import { STORAGE_UNAVAILABLE, StorageUnavailableError, errorName } from './save-status';

const STORAGE_NAMES = new Set([
  'QuotaExceededError',
  'InvalidStateError',
  'UnknownError',
  'AbortError',
  'NotFoundError',
  'VersionError',
  'SecurityError',
  'DataError',
  'TransactionInactiveError',
  'ReadOnlyError',
  'DataCloneError',
  'ConstraintError',
  'TimeoutError',
  'NotReadableError',
]);

/**
 * The one Chinese message for a failed action (恢复, 复制, 改单位名称, 删除, 新建草稿, restore): storage errors
 * say what to do, our own errors already speak Chinese, anything else never shows the browser's English.
 */
export function actionErrorMessage(e: unknown, action: string): string {
  if (e instanceof StorageUnavailableError) return STORAGE_UNAVAILABLE;
  const name = errorName(e);
  const message = e instanceof Error ? e.message : String(e ?? '');
  if (name === 'QuotaExceededError' || /quota/i.test(message)) {
    return `${action}失败：磁盘空间不足，浏览器拒绝保存。请清理磁盘空间（或删除不用的草稿），并先「导出全部草稿备份」，然后再试。没有做任何修改。`;
  }
  if (STORAGE_NAMES.has(name))
    return `${action}失败：浏览器存储暂时不可用（${name}）。请先「导出全部草稿备份」，然后刷新页面再试；仍不行请重启浏览器。没有做任何修改。`;
  if (/[\u4e00-\u9fff]/.test(message)) return `${action}失败：${message}`;
  return `${action}失败：出现意外错误${name ? `（${name}）` : ''}。请刷新页面再试；如果一直失败，请先「导出全部草稿备份」。`;
}
