import { render } from 'preact';
import { App } from './app/App';
import './app/style.css';

render(<App />, document.getElementById('app')!);

// The service-worker glue and its notices load after the first render (http(s) only; none in the one file).
if (import.meta.env.MODE !== 'single' && location.protocol.startsWith('http')) {
  void import('./pwa').then((pwa) => pwa.mountPwa());
}
