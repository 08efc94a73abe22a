import { render } from 'preact';
import { App } from './app/App';
import './app/style.css';
import { mountPwa } from './pwa';

render(<App />, document.getElementById('app')!);

// The service-worker notices mount after the first render (http(s) only; none in the one file). Their code is in the
// core chunk every page loads anyway, so a static import spares a request.
if (import.meta.env.MODE !== 'single' && location.protocol.startsWith('http')) mountPwa();
