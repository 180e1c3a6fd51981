import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { installHttpBridge } from './bridge/http-bridge';
import './styles/theme.css';
import './styles/base.css';
import './styles/desk.css';
import './styles/reader.css';
import './styles/claims.css';
import './styles/dialogs.css';

// In Electron the preload has already put `window.notebook` here; in a browser the HTTP bridge does.
installHttpBridge(window, (input, init) => fetch(input, init));

const root = document.getElementById('root');
if (!root) throw new Error('The page is missing its #root element.');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
