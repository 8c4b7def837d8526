import { describe, expect, it } from 'vitest';
import { typedInto } from '../../preset-console.fixture.ts';
import { FakeTaskMachine, fakeContext } from './fake-task-machine.ts';
import { SYNC_COMMAND } from './sync.ts';

/** bash's `real` line of a `time` report, in seconds. */
function reals(out: string): number[] {
  return [...out.matchAll(/^real\t(\d+)m([\d.]+)s$/gm)].map((m) => Number(m[1]) * 60 + Number(m[2]));
}

describe('sync', () => {
  it('on Linux returns once what a buffered dd left dirty is on the disk', () => {
    const out = typedInto('classroom-default', { platform: 'container', console: 'web1', atS: 30 }, [
      'time sync',
      'dd if=/dev/zero of=/tmp/f bs=1M count=200',
      'time sync',
      'time sync',
    ]);
    const [idle, afterDd, again] = reals(out);
    // 200 MiB of writeback takes seconds on a shared hard disk; with nothing left, one journal commit.
    expect(afterDd).toBeGreaterThan(1);
    expect(idle).toBeLessThan(0.1);
    expect(again).toBeLessThan(0.1);
  });

  it('on Solaris only schedules the writes, and refuses operands as coreutils 8.4 does', () => {
    const m = new FakeTaskMachine();
    Object.defineProperty(m, 'family', { value: 'solaris' });
    expect(SYNC_COMMAND.run(fakeContext(m), [], null)).toEqual({ kind: 'done', output: '', status: 0 });
    expect(m.tasks).toHaveLength(0);
    const bad = typedInto('classroom-default', { platform: 'container', console: 'web1', atS: 30 }, ['sync foo', 'echo status $?']);
    expect(bad).toContain("sync: extra operand `foo'\nTry `sync --help' for more information.\nroot@web1:~# echo status $?\nstatus 1");
  });
});
