import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';

const root = new URL('../..', import.meta.url).pathname;

function migrate(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'migrate', ...args], { cwd: root, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('cli migrate', { timeout: 60_000 }, () => {
  test('prints each platform’s method, rounds, data moved and downtime; native is not applicable', () => {
    const r = migrate('xen', '--guest', 'db', '--at', '120');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Migration of db (xen) to an identical second host at 120 virtual s');
    expect(r.stdout).toMatch(/native: not-applicable\n {2}not done: An OS on bare hardware/);
    expect(r.stdout).toMatch(/bare-metal: pre-copy\n {2}xm migrate --live/);
    expect(r.stdout).toMatch(/pages per round: 196608, \d+/);
    expect(r.stdout).toMatch(/container: checkpoint-restore[\s\S]*data moved [\d.]+ MiB, downtime [\d.]+ ms/);
    // Each neighbour in its own workload's unit: the web server serves requests, compute counts instructions.
    expect(r.stdout).toMatch(/the others during the move: web [\d.]+ requests\/s \([\d.]+ without it\), files [\d.]+ ops\/s/);
    expect(r.stdout).not.toContain('tx/s');
    expect(r.stdout).toMatch(/link [\d.]+ MB\/s \(bound by the (NIC|CPU);/);
  });

  test('without --at the move comes once the guest has run 30 s everywhere: no VM is caught booting', () => {
    const r = migrate('classroom-default', '--guest', 'web1');
    expect(r.status).toBe(0);
    const atS = Number(/at (\d+) virtual s/.exec(r.stdout)?.[1]);
    // The VMs boot for tens of seconds on the shared disk (a container in about two).
    expect(atS).toBeGreaterThan(60);
    expect(r.stdout).not.toContain('booting');
    expect(r.stdout).toMatch(/hosted: pre-copy\n {2}VBoxManage controlvm <vm> teleport[\s\S]*data moved/);
  });

  test('JSON has one report per platform; a missing or unknown guest is a usage error', () => {
    const json = JSON.parse(migrate('xen', '--guest', 'web', '--at', '60', '--format', 'json').stdout) as { reports: { platform: string }[] };
    expect(json.reports.map((x) => x.platform)).toEqual(['native', 'hosted', 'bare-metal', 'container']);
    const none = migrate('xen');
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('migrate needs --guest <name> (guests: web, db, files, compute)');
    expect(migrate('xen', '--guest', 'nosuch').stderr).toContain('no guest named "nosuch"');
  });
});
