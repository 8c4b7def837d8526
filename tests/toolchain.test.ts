// Guards the toolchain decisions recorded in package.json (see /work/shared/TOOLCHAIN.md):
// exact pins, and the version ceilings that keep this Node 20 stack working together.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

interface PackageJson {
  engines: Record<string, string>;
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
}

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as PackageJson;
const allDeps = { ...pkg.dependencies, ...pkg.devDependencies };

describe('package.json', () => {
  test('pins every dependency to an exact version', () => {
    const loose = Object.entries(allDeps).filter(([, version]) => !/^\d+\.\d+\.\d+$/.test(version));
    expect(loose).toEqual([]);
  });

  test('keeps typescript below 6.1, the ceiling typescript-eslint supports', () => {
    expect(allDeps['typescript']).toMatch(/^(5|6\.0)\./);
  });

  test('keeps vitest on 4.x, the last line that supports Node 20', () => {
    expect(allDeps['vitest']).toMatch(/^4\./);
    expect(pkg.engines['node']).toBe('>=20.19');
  });

  test('runs type checks, lint, unit tests and e2e from the one test command', () => {
    expect(pkg.scripts['check']).toBe('npm run typecheck && npm run lint && npm run test:unit');
    expect(pkg.scripts['test']).toBe('npm run check && npm run e2e');
    expect(pkg.scripts['typecheck']).toContain('-p src/engine/tsconfig.json');
  });
});
