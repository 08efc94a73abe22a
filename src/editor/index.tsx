// PLACEHOLDER until the editor lands (issue 3).
import type { DraftSession } from '../app/session';
import { reportTitle } from '../model';

export function Editor({ session }: { session: DraftSession }) {
  return <main><h1>{reportTitle(session.report.value)}</h1></main>;
}
