import { render } from 'preact';
import { App } from './app/App';
import './app/style.css';
import { startPwa } from './pwa';
import { getDb } from './store/db';

// Every page reads the draft store first: open it while the page's code loads (a new browser profile creates the
// database then, which can take a few hundred ms). A failure here is left to the page's own call, which says why.
getDb().catch(() => undefined);

render(<App />, document.getElementById('app')!);

// The service worker registers after the first render (http(s) only; none in the one file). Its start code is in the
// core chunk every page loads anyway, so a static import spares a request.
if (import.meta.env.MODE !== 'single' && location.protocol.startsWith('http')) startPwa();
