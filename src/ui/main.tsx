import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { installTestHooks } from './test-hooks.ts';
import './styles/index.css';

// Only with ?testHooks in the URL: window.__virtscope for the browser tests.
installTestHooks();

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('index.html has no #root element');

createRoot(rootElement).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
