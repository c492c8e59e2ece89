import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { getCrmRuntime } from './app/crmRuntime';
import { App } from './app/App';

// Open the database and read the list snapshot before React renders anything: the first
// rows depend on it, and StrictMode would otherwise be tempted to do it twice.
void getCrmRuntime();

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element.');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
