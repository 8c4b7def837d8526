import { describe, expect, test } from 'vitest';
import { typedInto } from '../preset-console.fixture.ts';

/** The lines a console printed for the commands typed into it (the login banner and prompts included). */
function lines(preset: string, platform: 'native' | 'hosted' | 'bare-metal' | 'container', console: string, commands: readonly string[]): string[] {
  return typedInto(preset, { platform, console, atS: 30 }, commands).split('\n');
}

describe('each kernel is a real build of its era, named the same in uname, /proc/version and dmesg', () => {
  test("RHEL 4's SMP kernel: its own builder and gcc 3.4.3, no printk stamps, the Xeon's CPUID brand and stepping", () => {
    const out = lines('gsx-server', 'hosted', 'manager', ['uname -r', 'cat /proc/version', 'dmesg']);
    const banner = 'Linux version 2.6.9-5.ELsmp (bhcompile@decompose.build.redhat.com) (gcc version 3.4.3 20041212 (Red Hat 3.4.3-9.EL4)) #1 SMP Wed Jan 5 19:30:39 EST 2005';
    expect(out).toContain('2.6.9-5.ELsmp');
    expect(out.filter((l) => l === banner)).toHaveLength(2);
    expect(out).toContain('CPU0: Intel(R) Xeon(TM) CPU 3.06GHz stepping 09');
    expect(out.some((l) => l.startsWith('['))).toBe(false);
  });

  test("Ubuntu 16.04's kernel stamps its messages; dmesg's banner ends with Ubuntu's version, /proc/version's does not", () => {
    const out = lines('docker', 'container', 'manager', ['cat /proc/version', 'dmesg']);
    const banner = 'Linux version 4.4.0-21-generic (buildd@lgw01-21) (gcc version 5.3.1 20160413 (Ubuntu 5.3.1-14ubuntu2) ) #37-Ubuntu SMP Mon Apr 18 18:33:37 UTC 2016';
    expect(out).toContain(banner);
    expect(out).toContain(`[    0.000000] ${banner} (Ubuntu 4.4.0-21.37-generic 4.4.6)`);
    expect(out.some((l) => /^\[ +[\d.]+\] smpboot: CPU0: Intel\(R\) Xeon\(R\) CPU E3-1280 v5 @ 3\.70GHz \(family: 0x6, model: 0x5e, stepping: 0x3\)$/.test(l))).toBe(true);
  });

  test('an OpenVZ host runs the stab kernel of its base: 023stab on RHEL 4’s 2.6.9', () => {
    expect(lines('virtuozzo', 'container', 'manager', ['uname -a'])).toContain('Linux cthost 2.6.9-023stab032.1-enterprise #1 SMP Fri Oct 20 03:13:34 MSD 2006 i686 i686 i386 GNU/Linux');
  });

  test("Xen's dom0 is a dom0 kernel of its Xen release: SLES 10 SP1's under Xen 3.0.4, RHEL 5.5's under 3.4.3; a CentOS 6 guest keeps its own kernel", () => {
    const old = lines('xen', 'bare-metal', 'manager', ['uname -r', 'cat /etc/SuSE-release']);
    expect(old).toContain('2.6.16.46-0.12-xen');
    expect(old).toContain('SUSE Linux Enterprise Server 10 (i586)');
    const dom0 = lines('classroom-default', 'bare-metal', 'manager', ['xm info', 'cat /etc/redhat-release']);
    expect(dom0).toContain('release                : 2.6.18-194.el5xen');
    expect(dom0).toContain('version                : #1 SMP Tue Mar 16 22:08:06 EDT 2010');
    expect(dom0).toContain('Red Hat Enterprise Linux Server release 5.5 (Tikanga)');
    expect(lines('classroom-default', 'bare-metal', 'web1', ['uname -r', 'cat /etc/redhat-release'])).toEqual(expect.arrayContaining(['2.6.32-71.el6.x86_64', 'CentOS release 6.0 (Final)']));
  });

  test("/proc/cpuinfo gives the CPUID family, model and stepping; a 2.6.18 guest lists no hypervisor flag, a 2.6.32 one does; Windows names the signature", () => {
    const cpuinfo = lines('classroom-default', 'hosted', 'web1', ['cat /proc/cpuinfo']);
    expect(cpuinfo).toEqual(expect.arrayContaining(['cpu family\t: 6', 'model\t\t: 26', 'model name\t: Intel(R) Xeon(R) CPU           X5570  @ 2.93GHz', 'stepping\t: 5', 'cpu MHz\t\t: 2926.000']));
    expect(cpuinfo.find((l) => l.startsWith('flags'))).toMatch(/ sse4_2 .* hypervisor$/);
    const rhel5Guest = lines('bt-vs-hardware-assist', 'bare-metal', 'build', ['cat /proc/cpuinfo']).find((l) => l.startsWith('flags'));
    expect(rhel5Guest).toContain(' ssse3 ');
    expect(rhel5Guest).not.toContain('hypervisor');
    const win = lines('esx-server', 'native', 'win-sql', ['systeminfo']);
    expect(win).toContain('                           [01]: EM64T Family 6 Model 15 Stepping 6 GenuineIntel ~2999 Mhz');
  });

  test('a Docker container shows no login banner and starts no services', () => {
    const web = typedInto('docker', { platform: 'container', console: 'web', atS: 30 }, ['cat /etc/os-release']);
    expect(web).not.toContain('Kernel ');
    expect(web).not.toContain('Starting ');
  });
});
