/**
 * What a Linux console shows before its login: /etc/issue with the getty's escapes filled in
 * (agetty(8): \r the kernel release, \m the architecture, \n the node name, \l the tty). A
 * Docker container shows nothing: it runs one program, with no getty and no login.
 */
import type { Machine } from '../../os/machine.ts';

const CONSOLE_TTY = 'tty1';

export function linuxLoginBanner(m: Machine): string {
  if (m.role === 'guest' && m.virtualization() === 'docker') return '';
  const issue = m.fs.read('/etc/issue');
  if (!issue.ok) return '';
  const escapes: Readonly<Record<string, string>> = { r: m.kernelRelease, m: m.arch, n: m.hostname, l: CONSOLE_TTY, s: m.osName, v: m.kernelVersion };
  return issue.value.replace(/\\([rmnlsv])/g, (_, c: string) => escapes[c] ?? '');
}
