// A stored draft that does not validate opens here instead of the editor: what is wrong, what the repair
// changes, the 单位名称 and 报告年度 to set, and 「导出原始数据」 (a backup file holding the draft as it is, which
// 「从备份恢复」 brings back to this view). Never only 「彻底删除」.
import { useEffect, useState } from 'preact/hooks';
import { LIMITS } from '../model';
import { downloadBackupFiles } from '../store/backup-files';
import { planRepair, readRawDraft, repairedReport, saveRepaired, type RepairPlan } from '../store/repair';
import { actionErrorMessage } from '../store/action-error';

export function RepairView({ id, onRepaired }: { id: string; onRepaired: () => void }) {
  const [plan, setPlan] = useState<RepairPlan | null | undefined>(undefined);
  const [name, setName] = useState('');
  const [yearText, setYearText] = useState('');
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    readRawDraft(id).then(
      (stored) => {
        const p = stored ? planRepair(id, stored.raw) : null;
        setPlan(p);
        if (p) {
          setName(p.agencyName);
          setYearText(String(p.year));
        }
      },
      (e: unknown) => setMessage(actionErrorMessage(e, '读取草稿')),
    );
  }, [id]);

  if (plan === undefined)
    return (
      <main class="page-message">
        {message ? <p role="alert">{message}</p> : <p>正在读取…</p>}
        <a href="#/">返回首页</a>
      </main>
    );
  if (plan === null)
    return (
      <main class="page-message">
        <p role="alert">找不到这份草稿，它可能已被删除。</p>
        <a href="#/">返回首页</a>
      </main>
    );

  const exportRaw = () => {
    try {
      const names = downloadBackupFiles([], [{ id: plan.id, reason: plan.reason, report: plan.raw }]);
      setMessage(`已导出原始数据到文件「${names.join('、')}」（在浏览器的下载位置）。这个文件可以用首页的「从备份恢复…」恢复。`);
    } catch (e) {
      setMessage(actionErrorMessage(e, '导出'));
    }
  };
  const repair = async (e: Event) => {
    e.preventDefault();
    const year = Number(
      yearText
        .trim()
        .replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
        .replace(/年度?$/, ''),
    );
    const result = repairedReport(plan, name.trim(), year);
    if (!result.ok) {
      setMessage(result.message);
      return;
    }
    setBusy(true);
    try {
      await saveRepaired(result.report);
      onRepaired();
    } catch (err) {
      setMessage(actionErrorMessage(err, '修复'));
      setBusy(false);
    }
  };

  return (
    <main class="page-message repair">
      <h1>这份草稿需要修复</h1>
      <p role="alert">{plan.reason || '这份草稿的数据不完整。'}</p>
      {plan.repairable ? (
        <form onSubmit={(e) => void repair(e)} aria-label="修复草稿">
          {plan.fixes.length > 0 && (
            <>
              <p>修复时会做以下改动：</p>
              <ul>
                {plan.fixes.map((f) => (
                  <li key={f}>{f}</li>
                ))}
              </ul>
            </>
          )}
          <p>
            <label>
              单位名称（最多{LIMITS.agencyName}个字）
              <br />
              <input value={name} maxLength={LIMITS.agencyName} size={50} onInput={(e) => setName(e.currentTarget.value)} />
            </label>
          </p>
          <p>
            <label>
              报告年度（{LIMITS.firstYear}–{LIMITS.lastYear}）<br />
              <input value={yearText} inputMode="numeric" size={6} onInput={(e) => setYearText(e.currentTarget.value)} />
            </label>
          </p>
          <p>建议先「导出原始数据」保存一份，再修复。</p>
          <div class="dialog-buttons">
            <button type="submit" class="primary" disabled={busy}>
              修复并打开
            </button>
            <button type="button" onClick={exportRaw}>
              导出原始数据
            </button>
            <a class="button" href="#/">
              返回首页
            </a>
          </div>
        </form>
      ) : (
        <div class="dialog-buttons">
          <button type="button" onClick={exportRaw}>
            导出原始数据
          </button>
          <a class="button" href="#/">
            返回首页
          </a>
        </div>
      )}
      {message && <p role="status">{message}</p>}
    </main>
  );
}
