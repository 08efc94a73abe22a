import { render } from 'preact';
import { App } from './app/App';
import { PwaNotices, startPwa } from './pwa';
import './app/style.css';

render(<><App /><PwaNotices /></>, document.getElementById('app')!);
startPwa();
