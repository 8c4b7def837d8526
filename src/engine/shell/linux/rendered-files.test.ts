import { describe, expect, test } from 'vitest';
import { typedInto } from '../../preset-console.fixture.ts';
import { commandsFor } from '../commands-for.ts';
import { start } from '../session-harness.fixture.ts';

/** What each typed command printed in a preset guest's console, command by command. */
function outputs(preset: string, platform: 'native' | 'hosted' | 'bare-metal' | 'container', console: string, commands: readonly string[]): string[] {
  const text = typedInto(preset, { platform, console, atS: 30 }, commands);
  return commands.map((command, i) => {
    const from = text.indexOf(`# ${command}\n`) + command.length + 3;
    const next = commands[i + 1];
    const to = next === undefined ? text.lastIndexOf('\n') : text.indexOf(`# ${next}\n`, from);
    return text.slice(from, text.lastIndexOf('\n', to) + 1);
  });
}

describe('/sys/block: the disk as the kernel names and sizes it', () => {
  test.each([
    ['xen', 'bare-metal', 'web', 'xvda'],
    ['kvm', 'bare-metal', 'web', 'vda'],
    ['virtual-server-2005', 'hosted', 'lamp1', 'hda'],
    ['classroom-default', 'native', 'web1', 'sda'],
  ] as const)('%s (%s): %s names the disk the boot log and /etc/fstab name, sized as df and free add up', (preset, platform, guest, disk) => {
    const [listing, size, dmesg, df, swap, fstab] = outputs(preset, platform, guest, ['ls /sys/block', `cat /sys/block/${disk}/size`, 'dmesg', 'df', 'grep Swap: /proc/meminfo', 'cat /etc/fstab']);
    expect(listing).toBe(`${disk}\n`);
    expect(fstab?.split('\t')[0]).toBe(`/dev/${disk}1`);
    expect(dmesg).toContain(`: ${disk}: ${disk}1 ${disk}2`);
    const rootKiB = Number(new RegExp(`/dev/${disk}1 +(\\d+)`).exec(df ?? '')?.[1]);
    const swapKiB = Number(/SwapTotal: +(\d+)/.exec(swap ?? '')?.[1] ?? 0);
    expect(Number(size)).toBe((rootKiB + swapKiB) * 2);
  });

  test('a container has no disk of its own to show', () => {
    expect(outputs('docker', 'container', 'web', ['ls /sys/block'])[0]).toContain('No such file or directory');
  });

  test('its names take part in pathname expansion, cd and ls -l as a directory and files', () => {
    const { screen, type } = start('linux', {}, commandsFor('linux'));
    type('echo /sys/block/*/size; cd /sys/block/sda; pwd; ls -l\r');
    const lines = screen.lines();
    expect(lines.slice(-6, -1)).toEqual([
      '/sys/block/sda/size',
      '/sys/block/sda',
      'total 8',
      expect.stringMatching(/^-rw-r--r-- +1 root root +4096 .* removable$/),
      expect.stringMatching(/^-rw-r--r-- +1 root root +4096 .* size$/),
    ]);
  });
});

describe('/var/log: the kernel messages syslogd and the boot scripts kept', () => {
  test("a Red Hat guest's messages are dmesg's lines, dated when the machine booted; /var/log/dmesg is the boot's", () => {
    const [listing, messages, dmesg, saved] = outputs('classroom-default', 'hosted', 'web1', ['ls /var/log', 'tail -3 /var/log/messages', 'dmesg', 'cat /var/log/dmesg']);
    expect(listing).toBe('dmesg  messages\n');
    expect(messages).toBe(
      ['Jan  1 00:00:01 web1 kernel: pcnet32: eth0: link up', 'Jan  1 00:00:01 web1 kernel: EXT3-fs: mounted filesystem with ordered data mode.', 'Jan  1 00:00:01 web1 kernel: Freeing unused kernel memory: 200k freed', ''].join(
        '\n',
      ),
    );
    expect(saved).toBe(dmesg);
  });

  test('Debian names it syslog; a later stamped message is logged at its time, an unstamped one (time unknown) is not', () => {
    const kernelLog = () => ['[    0.000000] Linux version 4.4.0', '[    1.500000] Freeing unused kernel memory: 200k freed', '[  125.250000] Out of memory: Kill process 42 (stress-ng)', 'unstamped later line'];
    const { type } = start('linux', { distribution: 'Debian GNU/Linux 4.0', bootedAtNs: () => 10e9, kernelLog }, commandsFor('linux'));
    expect(type('ls /var/log; cat /var/log/syslog; wc -l /var/log/dmesg\r').split('\r\n').slice(1, -1)).toEqual([
      'dmesg  syslog',
      'Jan  1 00:00:10 testbox kernel: [    0.000000] Linux version 4.4.0',
      'Jan  1 00:00:10 testbox kernel: [    1.500000] Freeing unused kernel memory: 200k freed',
      'Jan  1 00:02:15 testbox kernel: [  125.250000] Out of memory: Kill process 42 (stress-ng)',
      '2 /var/log/dmesg',
    ]);
  });

  test('a container has no kernel of its own to log', () => {
    expect(outputs('docker', 'container', 'web', ['cat /var/log/dmesg'])[0]).toContain('No such file or directory');
  });
});
