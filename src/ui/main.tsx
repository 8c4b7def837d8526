import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { startLabLinks } from './components/labs/lab-link.ts';
import { registerServiceWorker } from './offline/register-service-worker.ts';
import { TEST_BUILD } from './test-build.ts';
import { installTestHooks } from './test-hooks.ts';
import './styles/index.css';

// Only in test builds, with ?testHooks in the URL: window.__virtscope for the browser tests.
// The constant condition lets the production build drop the hooks' module altogether.
if (TEST_BUILD) installTestHooks();
// Production builds only: after the first visit the page works offline.
registerServiceWorker();
// A #lab=<id> address opens that classroom lab (share links' #v2.… fragments are not ours).
startLabLinks();

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('index.html has no #root element');

createRoot(rootElement).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
