import { describe, expect, test } from 'vitest';
import { headlessShell, plainText } from '../engine/headless-shell.ts';
import type { PlatformKind } from '../engine/scenario/schema.ts';
import type { Lab } from './parse-lab.ts';
import { LabDriver } from './testing/lab-driver.ts';
import { shippedIndex, shippedLab as shipped } from './testing/shipped-labs.node.ts';

const index = shippedIndex();

type Move = (d: LabDriver) => unknown;
/**
 * For each step, what a student does to pass it, and a wrong move that must leave it not
 * passed (null where the step only asks to look, so there is nothing to get wrong).
 */
interface Walk {
  readonly right: readonly Move[];
  readonly wrong: readonly (Move | null)[];
}

const nothing: Move = () => undefined;
const HOG = 'stress-ng --vm 1 --vm-bytes 500M --timeout 30s';

const WALKS: Readonly<Record<string, Walk>> = {
  'three-architectures': {
    right: [
      (d) => d.advanceTo(2).type('hosted', 'manager', 'ps aux').advanceTo(3),
      // The layer as the stack names it.
      (d) => d.answer(1, 'VMM (monitor)'),
      // The three VMs boot sharing one disk request by request: web1 serves from about 48 s.
      (d) => d.advanceTo(60),
      (d) => d.type('bare-metal', 'manager', 'xm list').advanceTo(61),
      (d) => d.answer(4, '4'),
      (d) => d.answer(5, 'The shared kernel'),
    ],
    wrong: [
      (d) => d.advanceTo(2).type('hosted', 'web1', 'ps aux').advanceTo(3),
      (d) => d.answer(1, 'hypervisor'),
      nothing,
      (d) => d.type('bare-metal', 'manager', 'xm info').advanceTo(4),
      (d) => d.answer(4, '3'),
      (d) => d.answer(5, 'guest kernel'),
    ],
  },
  'io-cost': {
    right: [(d) => d.advanceTo(25), nothing, (d) => d.type('bare-metal', 'manager', 'xentop').advanceTo(26), nothing, (d) => d.answer(4, 'Hosted')],
    wrong: [(d) => d.advanceTo(10), nothing, (d) => d.type('bare-metal', 'web', 'xentop').advanceTo(11), nothing, (d) => d.answer(4, 'containers')],
  },
  'bt-vs-hardware-assist': {
    right: [
      (d) => d.advanceTo(10).type('hosted', 'calls', 'lat_syscall null').advanceTo(11),
      (d) => d.type('bare-metal', 'calls', 'lmbench').advanceTo(12),
      (d) => d.advanceTo(25),
      nothing,
      // The reason as the chart's legend names it.
      (d) => d.answer(4, 'Page-table write (VM exit)'),
      (d) => d.answer(5, 'Hardware assist'),
    ],
    wrong: [
      (d) => d.advanceTo(10).type('native', 'calls', 'lat_syscall').advanceTo(11),
      (d) => d.type('bare-metal', 'forks', 'lat_syscall').advanceTo(12),
      nothing,
      nothing,
      (d) => d.answer(4, 'I/O port access (VM exit)'),
      (d) => d.answer(5, 'binary translation'),
    ],
  },
  density: {
    right: [
      (d) => d.advanceTo(15).answer(0, String(d.figure('platforms.hosted.guests.web03.fitsOnHost'))),
      (d) => d.answer(1, String(d.figure('platforms.container.guests.web03.fitsOnHost'))),
      (d) => d.answer(2, "The host's"),
      // Native's guest kernel (1,536 MiB) less bare-metal's guest kernel (768) and shared pages (48).
      (d) => d.answer(3, '720'),
      (d) => d.answer(4, 'guest kernel'),
      (d) => d.answer(5, 'Containers'),
    ],
    wrong: [
      (d) => d.advanceTo(0.5).answer(0, String(d.figure('platforms.hosted.guests.web03.fitsOnHost') + 1)),
      (d) => d.answer(1, String(d.figure('platforms.hosted.guests.web03.fitsOnHost'))),
      (d) => d.answer(2, 'its own guest kernel'),
      // The shared pages are what is held, not what is saved.
      (d) => d.answer(3, '48'),
      (d) => d.answer(4, 'page cache'),
      (d) => d.answer(5, 'bare-metal'),
    ],
  },
  'blast-radius': {
    right: [(d) => d.advanceTo(32), (d) => d.advanceTo(40), nothing, nothing, (d) => d.advanceTo(155), nothing, (d) => d.advanceTo(160), (d) => d.answer(7, '3'), (d) => d.answer(8, 'Bare metal')],
    wrong: [(d) => d.advanceTo(25), nothing, nothing, nothing, (d) => d.advanceTo(140), nothing, nothing, (d) => d.answer(7, '1'), (d) => d.answer(8, 'containers')],
  },
  'windows-container': {
    right: [(d) => d.advanceTo(2), (d) => d.type('container', 'manager', 'uname -a').advanceTo(3), (d) => d.advanceTo(70), nothing, (d) => d.answer(4, 'the kernel')],
    wrong: [null, (d) => d.advanceTo(2).type('container', 'web1', 'uname -a').advanceTo(3), (d) => d.advanceTo(30), nothing, (d) => d.answer(4, 'the hardware')],
  },
  ballooning: {
    right: [
      (d) => d.advanceTo(150).type('bare-metal', 'manager', 'xm info').advanceTo(151),
      (d) => d.answer(1, '1472'),
      (d) => d.type('bare-metal', 'manager', 'xm create big memory=1550 vcpus=1 os=linux workload=idle').advanceTo(152),
      (d) => d.type('bare-metal', 'manager', 'xm mem-set db 300').advanceTo(153),
      (d) => d.type('bare-metal', 'manager', 'xm create big').advanceTo(154),
      (d) => d.answer(5, 'its free memory and its page cache'),
    ],
    wrong: [
      (d) => d.advanceTo(2).type('bare-metal', 'db', 'free -m').advanceTo(3),
      (d) => d.answer(1, '4096'),
      (d) => d.type('bare-metal', 'manager', 'xm list').advanceTo(4),
      // A balloon asked for nothing gives nothing back.
      (d) => d.advanceTo(150).type('bare-metal', 'manager', 'xm mem-set db 768').advanceTo(151),
      // Still refused: nothing was freed for it.
      (d) => d.type('bare-metal', 'manager', 'xm create big memory=1550 vcpus=1 os=linux workload=idle').advanceTo(152),
      (d) => d.answer(5, 'its kernel'),
    ],
  },
  'steal-time': {
    right: [
      (d) => d.advanceTo(150).type('bare-metal', 'compute', 'vmstat 1 5').advanceTo(156),
      (d) => d.answer(1, '9'),
      (d) => d.type('hosted', 'compute', 'vmstat 1 5').advanceTo(162),
      (d) => d.answer(3, '99'),
      (d) => d.type('hosted', 'manager', 'top -b -c -n 2 | grep vmx').advanceTo(163).answer(4, '87'),
    ],
    wrong: [
      (d) => d.advanceTo(150).type('bare-metal', 'compute', 'top -b -n 1').advanceTo(151),
      // The Xen guest's us, not its st.
      (d) => d.answer(1, '91'),
      (d) => d.type('bare-metal', 'compute', 'vmstat 1 5').advanceTo(157),
      // What it really got, not what it reads.
      (d) => d.answer(3, '87'),
      (d) => d.answer(4, '99'),
    ],
  },
  'hidden-queue': {
    right: [
      (d) => d.advanceTo(150).type('bare-metal', 'db', 'iostat -d -x 5 2').advanceTo(156),
      (d) => d.answer(1, '11.2'),
      (d) => d.type('bare-metal', 'manager', 'iostat -d -x 5 2').advanceTo(162),
      (d) => d.answer(3, '5.8'),
      (d) => d.answer(4, 'files'),
    ],
    wrong: [
      (d) => d.advanceTo(150).type('bare-metal', 'db', 'vmstat 5 2').advanceTo(156),
      // What the VM measures, not what the disk spends.
      (d) => d.answer(1, '5.8'),
      (d) => d.type('bare-metal', 'db', 'iostat -d -x 5 2').advanceTo(162),
      (d) => d.answer(3, '11.2'),
      (d) => d.answer(4, 'web'),
    ],
  },
  'memory-pressure': {
    right: [
      (d) => d.advanceTo(20).type('hosted', 'web', HOG).advanceTo(21),
      (d) => d.advanceTo(25),
      (d) => d.advanceTo(55).type('hosted', 'web', 'dmesg').advanceTo(56),
      (d) => d.advanceTo(60),
      (d) => d.type('container', 'web', HOG).advanceTo(61),
      (d) => d.advanceTo(65),
      (d) => d.advanceTo(95).type('container', 'app', HOG).advanceTo(96),
      (d) => d.advanceTo(100),
      (d) => d.advanceTo(130).type('container', 'app', 'dmesg').advanceTo(131),
      (d) => d.answer(9, 'a container without a memory limit'),
    ],
    wrong: [
      (d) => d.advanceTo(20).type('native', 'web', HOG).advanceTo(21),
      // A hog that fits in the VM is not killed.
      (d) => d.type('hosted', 'web', 'stress-ng --vm 1 --vm-bytes 16M --timeout 5s').advanceTo(30),
      (d) => d.type('hosted', 'manager', 'dmesg').advanceTo(31),
      // A hog small enough that the VM's kernel kills the web server instead: the VM runs, serving nothing.
      (d) => d.type('hosted', 'web', 'stress-ng --vm 1 --vm-bytes 100M --timeout 10s').advanceTo(55),
      (d) => d.type('hosted', 'app', HOG).advanceTo(60),
      nothing,
      (d) => d.type('container', 'web', HOG).advanceTo(40),
      // The limited container's hog is killed inside its cgroup: the database runs on.
      (d) => d.advanceTo(75),
      (d) => d.type('container', 'manager', 'dmesg').advanceTo(76),
      (d) => d.answer(9, 'virtual machines'),
    ],
  },
};

describe('the shipped labs', () => {
  test('the index lists every lab file, with its title and summary', () => {
    for (const entry of index.labs) {
      const { lab } = shipped(entry.id);
      expect({ id: lab.id, title: lab.title, summary: lab.summary }).toEqual(entry);
    }
    expect(index.labs.map((l) => l.id).sort()).toEqual(Object.keys(WALKS).sort());
  });

  test.each(index.labs.map((l) => [l.id]))('%s: every check passes when the student does what the steps ask', (id) => {
    const { lab, scenario } = shipped(id);
    const walk = WALKS[id] as Walk;
    expect(walk.right).toHaveLength(lab.steps.length);
    const d = new LabDriver(lab, scenario);
    walk.right.forEach((move, i) => {
      move(d);
      const outcome = d.outcomes()[i];
      expect(outcome?.passed, `step ${i} "${lab.steps[i]?.title}": ${outcome?.reason}`).toBe(true);
    });
  });

  test.each(index.labs.map((l) => [l.id]))('%s: a wrong move leaves the step not passed', (id) => {
    const { lab, scenario } = shipped(id);
    const walk = WALKS[id] as Walk;
    expect(walk.wrong).toHaveLength(lab.steps.length);
    const d = new LabDriver(lab, scenario).advanceTo(0.1);
    walk.wrong.forEach((move, i) => {
      if (move === null) return;
      move(d);
      const outcome = d.outcomes()[i];
      expect(outcome?.passed, `step ${i} "${lab.steps[i]?.title}": ${outcome?.reason}`).toBe(false);
    });
  });

  test.each(index.labs.map((l) => [l.id]))('%s: each command a step shows for its console runs there as shown: no usage message, nothing unknown', (id) => {
    const { lab, scenario } = shipped(id);
    for (const step of lab.steps) {
      if (step.check.kind !== 'command') continue;
      const { platform, console } = step.check;
      for (const block of step.instructions.matchAll(/```\n([^`]+)\n```/g)) {
        const line = (block[1] as string).trim();
        const r = headlessShell(scenario, { platform: platform as PlatformKind, console, atS: 20, commands: [line] });
        if ('error' in r) throw new Error(r.error);
        const typed = plainText(r.output).split(`# ${line}\n`)[1] ?? '';
        expect(typed.trim(), `${step.title}: ${line}`).not.toBe('');
        expect(typed, `${step.title}: ${line}`).not.toMatch(/usage|not found|unrecognized|invalid|unknown/i);
      }
    }
    // Each command runs its lab's scenario for 20 virtual seconds first: io-cost's took about 5 s on a 2-core machine.
  }, 30_000);

  // A step may pass as the lab opens only if it asks the student to look, not to run: density's
  // "Run the playground until … web01 has crashed" passed at 0:00:00, web01 being out of memory at power-on.
  test.each(index.labs.map((l) => [l.id]))('%s: a step that asks to run the playground does not pass as the lab opens', (id) => {
    const { lab, scenario } = shipped(id);
    const atLoad = new LabDriver(lab, scenario).atLoad().outcomes();
    const passed = lab.steps.filter((_, i) => atLoad[i]?.passed);
    expect(passed.filter((s) => /\brun\b|▶/i.test(s.instructions)).map((s) => s.title)).toEqual([]);
  });

  // The engine measures its figures as the virtual clock moves: ballooning's xm mem-set, typed with the run
  // paused, showed in the consoles at once while Verify said the balloon's figure had no value yet.
  test('a figure a command changed is measured only as the clock moves: Verify says to move it', () => {
    const { lab, scenario } = shipped('ballooning');
    const d = new LabDriver(lab, scenario);
    (WALKS['ballooning'] as Walk).right.slice(0, 3).forEach((move) => move(d));
    d.type('bare-metal', 'manager', 'xm mem-set db 300');
    expect(d.outcomes()[3]?.reason).toMatch(/has no value yet: the run measures it as its clock moves \(let the virtual clock run\)/);
    expect(d.advanceTo(153).outcomes()[3]?.passed).toBe(true);
  });

  test.each(index.labs.map((l) => [l.id]))('%s: a step that checks what a command just did says to let the clock run first', (id) => {
    const { lab } = shipped(id);
    const unsaid = lab.steps.filter((s, i) => {
      if (s.check.kind !== 'metric' && s.check.kind !== 'guest-state') return false;
      const before = lab.steps[i - 1]?.check;
      const platform = s.check.kind === 'metric' ? s.check.metric.split('.')[1] : s.check.platform;
      const afterCommand = s.instructions.includes('```') || (before?.kind === 'command' && before.platform === platform);
      return afterCommand && !s.instructions.includes('**Step 1 s**');
    });
    expect(unsaid.map((s) => s.title)).toEqual([]);
  });

  // windows-container step 3 and blast-radius step 1 said "win1 on Hosted is booting" at 0:00:00, where the card reads "Not started".
  test('at 0:00:00 a guest-state check names the guest not started, as its card does', () => {
    const windows = shipped('windows-container');
    expect(new LabDriver(windows.lab, windows.scenario).atLoad().outcomes()[2]?.reason).toBe(
      'win1 on hosted is not started (waiting for running): guests power on once the clock moves (let the virtual clock run)',
    );
    const blast = shipped('blast-radius');
    const d = new LabDriver(blast.lab, blast.scenario);
    expect(d.atLoad().outcomes()[0]?.reason).toMatch(/^web1 on hosted is not started \(waiting for crashed\)/);
    expect(d.advanceTo(1).outcomes()[0]?.reason).toBe('web1 on hosted is booting (waiting for crashed)');
  });

  // memory-pressure's conclusion answered "containers" heard only "not the answer we are looking for".
  test('memory-pressure step 10: "containers" is told to say more, and a hint points at the limit', () => {
    const { lab, scenario } = shipped('memory-pressure');
    const d = new LabDriver(lab, scenario).advanceTo(1).answer(9, 'containers');
    expect(d.outcomes()[9]?.reason).toBe('on the right track, but not the whole answer: say more');
    expect(lab.steps[9]?.hints?.join(' ')).toMatch(/What did `web` have that `app` did not\?/);
  });

  // steal-time step 5's top -b -c lines (117 to 127 columns) wrapped in the 105 columns beside the drawer.
  test('steal-time step 5, whose top lines are wider than the console beside the lab, says to hide the lab', () => {
    const { lab, scenario } = shipped('steal-time');
    const out = headlessShell(scenario, { platform: 'hosted', console: 'manager', atS: 162, commands: ['top -b -c -n 2 | grep vmx'] });
    if ('error' in out) throw new Error(out.error);
    expect(Math.max(...plainText(out.output).split('\n').map((l) => l.length))).toBeGreaterThan(105);
    expect(lab.steps[4]?.instructions).toMatch(/hide the lab \(\*\*⇥\*\*/);
  });

  test('a step that only asks to look fails when the engine shows otherwise', () => {
    const { lab, scenario } = shipped('windows-container');
    const expectRunning: Lab = { ...lab, steps: [{ ...(lab.steps[0] as Lab['steps'][number]), check: { kind: 'guest-state', platform: 'container', guest: 'win1', state: 'running' } }] };
    expect(new LabDriver(expectRunning, scenario).advanceTo(5).outcomes()[0]).toEqual({ passed: false, reason: 'win1 on container is refused (waiting for running)' });

    const density = shipped('density');
    const sharing = density.lab.steps[3] as Lab['steps'][number];
    const onHosted: Lab = { ...density.lab, steps: [{ ...sharing, check: { kind: 'metric', metric: 'platforms.hosted.memoryMiB.reclaimedMiB.shared-pages', above: 100 } }] };
    expect(new LabDriver(onHosted, density.scenario).advanceTo(20).outcomes()[0]?.passed).toBe(false);
  });
});
