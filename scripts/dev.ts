import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

/**
 * `npm run dev`: the api rebuilt and restarted on every change (nest start --watch, on :3000) and
 * the console served by Vite with hot reload (http://localhost:5173/, which passes /api and
 * /health on to the api). Ctrl-C stops both.
 */
const ROOT = join(__dirname, '..');
const children: ChildProcess[] = [
  spawn('npx', ['nest', 'start', 'api', '--watch'], { cwd: ROOT, stdio: 'inherit' }),
  spawn('npx', ['vite', '--config', 'apps/web/vite.config.ts'], { cwd: ROOT, stdio: 'inherit' }),
];

const stopAll = (signal: NodeJS.Signals) => {
  for (const child of children) if (child.exitCode === null) child.kill(signal);
};
process.on('SIGINT', () => stopAll('SIGINT'));
process.on('SIGTERM', () => stopAll('SIGTERM'));
// One of them ending (a crash, a port in use) ends the other: half a dev setup only misleads.
for (const child of children) {
  child.on('exit', (code) => {
    stopAll('SIGTERM');
    process.exitCode = code ?? 1;
  });
}
