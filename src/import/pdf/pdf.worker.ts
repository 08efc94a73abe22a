// pdf.js's worker, with our `.at` polyfill installed first (module order): parsing runs here, off the page,
// and 取消 or the time limit ends it by terminating this worker.
import './at-polyfill';
import 'pdfjs-dist/legacy/build/pdf.worker.mjs';
