/**
 * The logs a 2.6 distribution keeps in /var/log that the engine has the facts for: the
 * kernel's messages as syslogd wrote them (/var/log/messages on Red Hat and SUSE,
 * /var/log/syslog on Debian and Ubuntu: "Jan  1 00:00:00 host kernel: …") and the boot's
 * kernel messages as the init scripts saved them (/var/log/dmesg; SUSE's boot.msg). The
 * messages are machine.kernelLog(), dmesg's source: the boot's stamped when the machine
 * booted, as klogd read them then; a later one at its printk stamp, and left out where the
 * kernel prints no stamps, since its time is not known.
 *
 * A container has no kernel of its own to log (its syslogd cannot read the host's), so
 * nothing is rendered there. Simplified: no daemons' messages (sshd, crond).
 */
import type { Machine } from '../../os/machine.ts';
import { NS_PER_S } from '../../sim/units.ts';
import { civilTime, clockTime, monthName } from './virtual-calendar.ts';

/** The boot's last kernel message, as os/boot-log.ts ends it: the kernel hands over to init. */
const BOOT_END = /Freeing unused kernel memory/;
/** A printk stamp: seconds since boot. */
const STAMP = /^\[\s*(\d+\.\d+)\]/;

/** The files under /var/log the machine renders, by absolute path. */
export function varLogFiles(m: Machine): ReadonlyMap<string, () => string> {
  if (m.cpu().virtualizationType === 'container') return new Map();
  const names = logNames(m.distribution);
  return new Map([
    [`/var/log/${names.syslog}`, () => syslogLines(m)],
    [`/var/log/${names.boot}`, () => lines(bootMessages(m.kernelLog()))],
  ]);
}

/** Where syslogd writes the kernel's messages and where the boot scripts save dmesg, by distribution. */
function logNames(distribution: string): { readonly syslog: string; readonly boot: string } {
  if (/^(debian|ubuntu)/i.test(distribution)) return { syslog: 'syslog', boot: 'dmesg' };
  if (/^suse/i.test(distribution)) return { syslog: 'messages', boot: 'boot.msg' };
  return { syslog: 'messages', boot: 'dmesg' };
}

/** The kernel log's lines through the boot's last message (all of them if it has none). */
function bootMessages(log: readonly string[]): readonly string[] {
  let end = log.length - 1;
  while (end >= 0 && !BOOT_END.test(log[end] ?? '')) end -= 1;
  return end < 0 ? log : log.slice(0, end + 1);
}

function syslogLines(m: Machine): string {
  const log = m.kernelLog();
  const boot = bootMessages(log);
  const bootedAt = m.bootedAtNs();
  const stamped = boot.map((text) => ({ atNs: bootedAt, text }));
  for (const text of log.slice(boot.length)) {
    const seconds = STAMP.exec(text)?.[1];
    if (seconds !== undefined) stamped.push({ atNs: bootedAt + Number(seconds) * NS_PER_S, text });
  }
  return lines(stamped.map((e) => `${syslogDate(e.atNs, m.epochUnixS)} ${m.hostname} kernel: ${e.text}`));
}

/** syslog's date: "Jan  1 00:00:00". */
function syslogDate(ns: number, epochUnixS: number): string {
  const t = civilTime(ns, epochUnixS);
  return `${monthName(t)} ${String(t.day).padStart(2)} ${clockTime(ns, epochUnixS)}`;
}

/** Each line ended by a newline, as a log file holds them. */
function lines(list: readonly string[]): string {
  return list.map((line) => `${line}\n`).join('');
}
