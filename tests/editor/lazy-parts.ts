// The editor loads some parts on first use (check engine, paste, year change, date reader, 已核实 form, counting notes, chart). A component test
// that ends before such an import finishes makes vitest report an import after teardown; loading them first
// keeps every import inside the test run.
import { loadChecks, loadTextChecks } from '../../src/checks/lazy';
import { loadYearDialog } from '../../src/editor';
import { loadPasteAction } from '../../src/editor/paste-event';
import { loadYearPlanner } from '../../src/editor/year-state';

export async function preloadEditorParts(): Promise<void> {
  await Promise.all([
    loadChecks(),
    loadTextChecks(),
    loadPasteAction(),
    loadYearDialog(),
    loadYearPlanner(),
    import('../../src/editor/date-text'),
    import('../../src/editor/ConfirmFinding'),
    import('../../src/editor/ConfirmForm'),
    import('../../src/editor/RowHelpNote'),
    import('../../src/editor/TrendChart'),
    import('../../src/editor/data-note-insert'),
  ]);
}
