// The .docx builder (docx and our document code, ~70 kB gzip) loads on export only: from the click on 「导出 Word」,
// so its download and off-thread compile run while the dialog itself loads and the clerk reads it.
import { loadOnce } from '../platform/load-once';

/** Loads the builder chunk once; a failed load (offline before the chunk was cached) may be retried. */
export const loadBuilder = loadOnce(() => import('./build-document')).load;
