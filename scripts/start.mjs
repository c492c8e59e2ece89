// `npm start` (after `npm run build`): the desktop app where the Electron binary is
// installed, otherwise browser mode — the sync server serving the built renderer, with the
// URL printed. Installing with ELECTRON_SKIP_BINARY_DOWNLOAD=1 gives browser mode.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

function electronBinary() {
  try {
    const path = require('electron');
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null; // the npm package throws when its binary was not downloaded
  }
}

function run(command, args, env = process.env) {
  const child = spawn(command, args, { stdio: 'inherit', env });
  child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
  for (const s of ['SIGINT', 'SIGTERM']) process.on(s, () => child.kill(s));
}

const binary = process.env.CRM_BROWSER_MODE === '1' ? null : electronBinary();
if (binary !== null) {
  console.log('Starting the desktop app…');
  run(binary, ['.']);
} else {
  console.log('No Electron binary installed: starting in browser mode.');
  run(process.execPath, ['--import', 'tsx', 'server/main.ts']);
}
