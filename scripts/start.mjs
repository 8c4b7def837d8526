// `npm start`: the production build served locally, as a class should use it. Builds only
// when a source is newer than the last build, so a second start takes a second or two.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const SOURCES = ['src', 'public', 'index.html', 'vite.config.ts', 'package.json', 'package-lock.json'];
// Written after a production build by this script: a dist/ built any other way (an older
// version of the tests built theirs there, with test hooks) is built again.
const BUILT = join('dist', '.production-build');
// VIRTSCOPE_PORT: another port (the browser tests start it beside their own servers).
const START_PORT = Number(process.env.VIRTSCOPE_PORT ?? 5173);

/** The newest modification time under a file or folder, ms (0 if it does not exist). */
function newest(path) {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return readdirSync(path).reduce((m, name) => Math.max(m, newest(join(path, name))), st.mtimeMs);
}

function run(args) {
  const r = spawnSync('npx', args, { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const builtAt = existsSync(BUILT) ? statSync(BUILT).mtimeMs : 0;
if (SOURCES.some((p) => newest(p) > builtAt)) {
  run(['vite', 'build']);
  writeFileSync(BUILT, `built by npm start at ${new Date().toISOString()}\n`);
} else console.log('The build in dist/ is up to date.');
console.log(`VirtScope: http://127.0.0.1:${START_PORT}/  (Ctrl+C stops it)`);
run(['vite', 'preview', '--host', '127.0.0.1', '--port', String(START_PORT), '--strictPort']);
