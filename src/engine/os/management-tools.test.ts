import { describe, expect, test } from 'vitest';
import { typedInto } from '../preset-console.fixture.ts';

describe("a management host's product tools are programs on its disk", () => {
  test.each([
    ['xen', 'bare-metal', 'which xm xentop', ['/usr/sbin/xm', '/usr/sbin/xentop']],
    ['docker', 'container', 'which docker', ['/usr/bin/docker']],
    ['virtuozzo', 'container', 'which vzctl vzlist', ['/usr/sbin/vzctl', '/usr/sbin/vzlist']],
    ['kvm', 'bare-metal', 'which virsh', ['/usr/bin/virsh']],
  ] as const)('%s on %s: %s', (preset, platform, command, paths) => {
    const out = typedInto(preset, { platform, console: 'manager' }, [command]);
    for (const path of paths) expect(out).toContain(`\n${path}\n`);
  });

  test('a guest has none of them', () => {
    const out = typedInto('xen', { platform: 'bare-metal', console: 'web' }, ['which xm', 'echo status $?']);
    expect(out).not.toContain('/usr/sbin/xm');
    expect(out).toContain('status 1');
  });
});
