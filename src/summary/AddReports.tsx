// 收取报告: files (several at once, or dropped), drafts in this browser, or pasted text. A file is matched to a
// unit by name as a proposal only; nothing is summed before the clerk confirms the match.
import { useEffect, useState } from 'preact/hooks';
import type { Report } from '../model';
import { listDrafts, onStoreChange, type DraftEntry } from '../store';
import { RECEIPT_SOURCES, type SummaryWorkspace, type UnitReceipt } from '../store/summary-record';
import { proposeUnit } from './match';
import { readUnitFile, recognised, type ReadReport } from './read-unit-file';
import { changeUnit } from './UnitList';

type Update = (change: (ws: SummaryWorkspace) => SummaryWorkspace) => Promise<boolean>;

interface Pending extends ReadReport {
  key: string;
  unitId: string;
}

const receiptOf = (r: Pick<ReadReport, 'report' | 'source' | 'fileName'>, confirmed: boolean, draftId = ''): UnitReceipt => ({
  report: r.report,
  source: r.source,
  fileName: r.fileName,
  draftId,
  receivedAt: Date.now(),
  confirmed,
});

/** Attaches a report to a unit (replacing what it had); an unconfirmed match elsewhere of the same report is dropped. */
export function attach(ws: SummaryWorkspace, unitId: string, receipt: UnitReceipt): SummaryWorkspace {
  return changeUnit(ws, unitId, (u) => ({ ...u, receipt, forceReason: '' }));
}

function UnitSelect({
  ws,
  value,
  onChange,
  label,
}: {
  ws: SummaryWorkspace;
  value: string;
  onChange: (id: string) => void;
  label: string;
}) {
  return (
    <select aria-label={label} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
      <option value="">（选择单位）</option>
      {ws.units.map((u) => (
        <option key={u.id} value={u.id}>
          {u.name}
          {u.receipt ? '（已有报告，将替换）' : ''}
        </option>
      ))}
    </select>
  );
}

function describe(report: Report): string {
  return `${report.agencyName || '（未识别出单位名称）'} · ${report.year}年度 · ${report.formatId}版`;
}

export function AddReports({ ws, update }: { ws: SummaryWorkspace; update: Update }) {
  const [pending, setPending] = useState<Pending[]>([]);
  const [messages, setMessages] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [drafts, setDrafts] = useState<DraftEntry[]>([]);
  const [text, setText] = useState('');
  const [textUnit, setTextUnit] = useState('');

  useEffect(() => {
    const load = () =>
      listDrafts().then(
        (l) => setDrafts(l.drafts.filter((d) => d.deletedAt === null)),
        () => setDrafts([]),
      );
    void load();
    return onStoreChange(() => void load());
  }, []);

  const addFiles = async (files: File[]) => {
    if (files.length === 0) return;
    setBusy(true);
    const notes: string[] = [];
    const found: Pending[] = [];
    for (const file of files) {
      const read = await readUnitFile(file);
      if (!read.ok) {
        notes.push(read.message);
        continue;
      }
      const ofYear = read.reports.filter((r) => r.report.year === ws.year && r.report.scope !== 'government-summary');
      for (const r of ofYear.length > 0 ? ofYear : read.reports) {
        const unit = proposeUnit(ws.units, r.report.agencyName, r.fileName);
        found.push({ ...r, key: `${file.name}|${r.report.id}|${found.length}`, unitId: unit?.id ?? '' });
      }
    }
    setPending((p) => [...p, ...found]);
    notes.push(`读取了${files.length}个文件，识别出${found.length}份报告。请逐一核对下面的匹配，点「确认」后才计入汇总。`);
    setMessages(notes);
    setBusy(false);
  };

  const confirmPending = async (items: Pending[]) => {
    const ready = items.filter((p) => p.unitId);
    if (ready.length === 0) return;
    const ok = await update((w) => ready.reduce((acc, p) => attach(acc, p.unitId, receiptOf(p, true)), w));
    if (ok) setPending((list) => list.filter((p) => !ready.includes(p)));
  };

  const addText = async () => {
    if (!textUnit) {
      setMessages(['请先选择这份报告属于哪个单位。']);
      return;
    }
    const read = await recognised(text, 'text', '粘贴的文字');
    if (!read.ok) {
      setMessages([read.message]);
      return;
    }
    const r = read.reports[0]!;
    if (await update((w) => attach(w, textUnit, receiptOf(r, true)))) {
      setText('');
      setMessages([`已识别并加入：${describe(r.report)}${r.doubts ? `（${r.doubts}处存疑，请在看板中核对）` : ''}。`]);
    }
  };

  const yearDrafts = drafts.filter(
    (d) => d.report.year === ws.year && d.report.id !== ws.summaryDraftId && d.report.scope !== 'government-summary',
  );
  return (
    <section class="summary-section" aria-labelledby="receive-title">
      <h2 id="receive-title">收取各单位报告</h2>
      <div
        class="summary-drop"
        onDragOver={(e) => e.preventDefault()}
        onDrop={(e) => {
          e.preventDefault();
          void addFiles([...(e.dataTransfer?.files ?? [])]);
        }}
      >
        <label>
          选择文件（可多选，也可把文件拖到这里）：Word（.docx）、PDF（.pdf）、单位导出的草稿备份（.json）、文本（.txt）
          <input
            type="file"
            multiple
            accept=".docx,.json,.txt,.pdf"
            disabled={busy}
            onChange={(e) => {
              const input = e.currentTarget;
              const files = [...(input.files ?? [])];
              input.value = '';
              void addFiles(files);
            }}
          />
        </label>
      </div>
      {messages.map((m, i) => (
        <p key={i} role="status" class="summary-note">
          {m}
        </p>
      ))}
      {pending.length > 0 && (
        <table class="summary-pending" aria-label="核对文件与单位的匹配">
          <thead>
            <tr>
              <th>文件</th>
              <th>识别出的报告</th>
              <th>属于单位</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {pending.map((p) => (
              <tr key={p.key}>
                <td>
                  {p.fileName}
                  <br />
                  <small>{RECEIPT_SOURCES[p.source]}</small>
                </td>
                <td>
                  {describe(p.report)}
                  {p.doubts ? (
                    <>
                      <br />
                      <small>识别存疑{p.doubts}处</small>
                    </>
                  ) : null}
                </td>
                <td>
                  <UnitSelect
                    ws={ws}
                    label={`${p.fileName}属于单位`}
                    value={p.unitId}
                    onChange={(id) => setPending((l) => l.map((x) => (x === p ? { ...x, unitId: id } : x)))}
                  />
                </td>
                <td>
                  <button type="button" disabled={!p.unitId} onClick={() => void confirmPending([p])}>
                    确认
                  </button>
                  <button type="button" class="link" onClick={() => setPending((l) => l.filter((x) => x !== p))}>
                    放弃
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <details open={yearDrafts.length > 0}>
        <summary>
          从本机草稿加入（{ws.year}年度，{yearDrafts.length}份）
        </summary>
        <ul class="summary-drafts">
          {yearDrafts.map((d) => (
            <DraftRow key={d.report.id} ws={ws} entry={d} update={update} />
          ))}
        </ul>
      </details>
      <details>
        <summary>粘贴报告文字（PDF 或网页上的报告：全选复制后粘贴）</summary>
        <textarea aria-label="粘贴报告文字" rows={6} value={text} onInput={(e) => setText(e.currentTarget.value)} />
        <UnitSelect ws={ws} label="粘贴的报告属于单位" value={textUnit} onChange={setTextUnit} />
        <button type="button" onClick={() => void addText()}>
          识别并加入
        </button>
      </details>
    </section>
  );
}

function DraftRow({ ws, entry, update }: { ws: SummaryWorkspace; entry: DraftEntry; update: Update }) {
  const [picked, setUnitId] = useState('');
  // The proposal follows the unit list (units may be added after the draft list was read); a pick overrides it.
  const unitId = picked || (proposeUnit(ws.units, entry.report.agencyName, '')?.id ?? '');
  const name = entry.report.agencyName || '（未填写单位名称）';
  const inUse = ws.units.find((u) => u.receipt?.draftId === entry.report.id);
  return (
    <li>
      <span>{name}</span>
      <UnitSelect ws={ws} label={`草稿「${name}」属于单位`} value={unitId} onChange={setUnitId} />
      <button
        type="button"
        disabled={!unitId}
        onClick={() =>
          void update((w) => attach(w, unitId, receiptOf({ report: entry.report, source: 'draft', fileName: '' }, true, entry.report.id)))
        }
      >
        {inUse ? '重新加入' : '加入'}
      </button>
      {inUse && <small>已加入为「{inUse.name}」的报告</small>}
    </li>
  );
}
