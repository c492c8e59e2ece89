import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { restoreSession } from './app/sessionLifecycle';

// Read the saved session and open the team's database before React renders anything: the
// first rows depend on it, and StrictMode would otherwise be tempted to do it twice. No
// network is needed: the app opens offline with the saved session.
void restoreSession();

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element.');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
