// `npm start` (after `npm run build`): the sync server together with the app — the desktop
// app where the Electron binary is installed, otherwise browser mode, where the server also
// serves the built app at / and prints its URL. Installing with
// ELECTRON_SKIP_BINARY_DOWNLOAD=1 gives browser mode; CRM_BROWSER_MODE=1 forces it.
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

const children = [];
function run(command, args) {
  const child = spawn(command, args, { stdio: 'inherit', env: process.env });
  children.push(child);
  // When either part stops, stop the other and exit with its code.
  child.on('exit', (code, signal) => {
    for (const other of children) if (other !== child && other.exitCode === null) other.kill('SIGTERM');
    process.exit(signal ? 1 : (code ?? 0));
  });
  return child;
}
for (const s of ['SIGINT', 'SIGTERM']) process.on(s, () => children.forEach((child) => child.kill(s)));

const binary = process.env.CRM_BROWSER_MODE === '1' ? null : electronBinary();
if (binary === null) console.log('No Electron binary installed: starting in browser mode.');
run(process.execPath, ['--import', 'tsx', 'server/main.ts']);
if (binary !== null) {
  console.log('Starting the desktop app (sign in to the server above, or to your team\'s server)…');
  run(binary, ['.']);
}
