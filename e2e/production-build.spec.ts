/**
 * `npm run build`'s output carries no test hooks: `?testHooks` cannot crash or hang a
 * worker on a deployed page (issue 12, case 9). The browser tests serve the `e2e` build,
 * which has them; this spec builds the production one aside and reads its files.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { E2E_DIST } from './support/e2e-dist.ts';

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(js|html)$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

test('the production build has no test hooks; the e2e build has them', () => {
  test.setTimeout(240_000);
  const root = new URL('..', import.meta.url).pathname;
  const vite = join(root, 'node_modules/.bin/vite');
  const out = mkdtempSync(join(tmpdir(), 'virtscope-prod-'));
  try {
    execFileSync(vite, ['build', '--outDir', out, '--emptyOutDir', '--logLevel', 'error'], { cwd: root, stdio: 'ignore' });
    const withHooks = filesUnder(out).filter((f) => /__virtscope|testHooks|hangPlatform/.test(readFileSync(f, 'utf8')));
    expect(filesUnder(out).length).toBeGreaterThan(3);
    expect(withHooks).toEqual([]);
    // The build the browser tests serve has them: the check above can tell.
    expect(filesUnder(join(root, E2E_DIST)).some((f) => readFileSync(f, 'utf8').includes('__virtscope'))).toBe(true);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
