import { describe, expect, test } from 'vitest';
import type { GuestResult, PlatformResult } from '../engine/metrics/results.ts';
import { numericAnswer, textAnswerMatches } from './answers.ts';
import { evaluateCheck, evaluateLab, type LabRun } from './evaluate-lab.ts';
import type { LabCheck, LabStep } from './lab-schema.ts';

/** A guest's results with only the figures these checks read made meaningful. */
const guest = (name: string, over: Partial<GuestResult> = {}): GuestResult => ({
  name, os: 'linux', workload: 'web-server', state: 'running', relativeToNative: 0.4, aloneVsNative: null, sharedVsAlone: null, alonePerSecond: null, guestSwitches: 0, bootMs: 4000, fitsOnHost: 7,
  throughput: { unit: 'requests', perSecond: 100 }, latencyMs: { p50: 1, p99: null }, cpuMsByLayer: { vmm: 50 }, exitsByReason: {}, memoryMiB: {},
  ...over,
});

const platform = (guests: GuestResult[]): PlatformResult => ({
  label: 'Hosted',
  stack: [],
  guests,
  cpuMsByLayer: { vmm: 1200, 'guest-user': 300 },
  exitsByReason: { 'world-switch': 10 },
  memoryMiB: { total: 4000, byLayer: { 'host-os': 96 } },
  bootMs: null,
  licenses: 2,
  scheduling: { scheduler: 'linux-o1', sliceMs: 100, guestSwitches: 0, switchUs: 0 },
  events: 0,
});

const run = (over: Partial<LabRun> = {}): LabRun => ({
  figures: {
    timeS: 30,
    platforms: { hosted: { result: platform([guest('web1'), guest('win1', { state: 'crashed', relativeToNative: null })]), rates: { cpuShareByLayer: { vmm: 0.12 }, exitsPerSecond: {}, throughputByGuest: { web1: 90 } } } },
  },
  recordings: { hosted: [{ atNs: 12e9, target: 'manager', line: 'ps aux' }] },
  answers: {},
  ...over,
});

const check = (c: LabCheck, r = run(), answer?: string) => evaluateCheck(c, r, answer);

describe('evaluating checks', () => {
  test('command: a line matching the pattern, typed in that console', () => {
    expect(check({ kind: 'command', platform: 'hosted', console: 'manager', pattern: '^PS\\b' })).toEqual({ passed: true, reason: '"ps aux" was run in manager on hosted at 12.0 s' });
    expect(check({ kind: 'command', platform: 'hosted', console: 'web1', pattern: '^ps' })).toEqual({ passed: false, reason: 'nothing has been typed in web1 on hosted yet' });
    expect(check({ kind: 'command', platform: 'hosted', console: 'manager', pattern: '^top' })).toEqual({ passed: false, reason: 'no command typed in manager on hosted matches yet' });
    expect(check({ kind: 'command', platform: 'bare-metal', console: 'manager', pattern: '^ps' }).passed).toBe(false);
  });

  test('metric: above, below, a range, afterS, a figure not there yet', () => {
    const m = (c: Partial<Extract<LabCheck, { kind: 'metric' }>>) => check({ kind: 'metric', metric: 'platforms.hosted.guests.web1.relativeToNative', ...c });
    expect(m({ below: 0.5 })).toEqual({ passed: true, reason: 'platforms.hosted.guests.web1.relativeToNative is 0.4, below 0.5' });
    expect(m({ above: 0.5 })).toEqual({ passed: false, reason: 'platforms.hosted.guests.web1.relativeToNative is 0.4, not yet above 0.5' });
    expect(m({ above: 0.3, below: 0.5 }).passed).toBe(true);
    expect(m({ below: 0.5, afterS: 60 })).toEqual({ passed: false, reason: 'not before the clock reaches 60 s (now 30 s)' });
    expect(check({ kind: 'metric', metric: 'platforms.hosted.guests.win1.relativeToNative', above: 0 })).toEqual({
      passed: false,
      reason: 'platforms.hosted.guests.win1.relativeToNative has no value yet: the run measures it as its clock moves (let the virtual clock run)',
    });
    expect(check({ kind: 'metric', metric: 'platforms.container.bootMs', above: 0 })).toEqual({ passed: false, reason: 'platforms.container.bootMs has no value yet: the run measures it as its clock moves (let the virtual clock run)' });
  });

  test('metric paths reach results, per-guest figures, rates and time; an uncharged layer counts as zero', () => {
    const value = (metric: string) => check({ kind: 'metric', metric, above: -1 }).reason;
    expect(value('platforms.hosted.cpuMsByLayer.vmm')).toMatch(/ is 1200,/);
    expect(value('platforms.hosted.cpuMsByLayer.hypervisor')).toMatch(/ is 0,/);
    expect(value('platforms.hosted.memoryMiB.total')).toMatch(/ is 4000,/);
    expect(value('platforms.hosted.rates.cpuShareByLayer.vmm')).toMatch(/ is 0.12,/);
    expect(value('platforms.hosted.rates.throughputByGuest.web1')).toMatch(/ is 90,/);
    expect(value('platforms.hosted.guests.web1.fitsOnHost')).toMatch(/ is 7,/);
    expect(value('platforms.hosted.guests.web1.latencyMs.p99')).toMatch(/has no value yet/);
    expect(value('timeS')).toMatch(/ is 30,/);
  });

  test('guest-state: the guest is in that state', () => {
    expect(check({ kind: 'guest-state', platform: 'hosted', guest: 'win1', state: 'crashed' })).toEqual({ passed: true, reason: 'win1 on hosted is crashed' });
    expect(check({ kind: 'guest-state', platform: 'hosted', guest: 'web1', state: 'crashed' })).toEqual({ passed: false, reason: 'web1 on hosted is running (waiting for crashed)' });
    expect(check({ kind: 'guest-state', platform: 'native', guest: 'web1', state: 'running' }).passed).toBe(false);
    expect(check({ kind: 'guest-state', platform: 'hosted', guest: 'web1', state: 'running', afterS: 31 }).passed).toBe(false);
  });

  test('guest-state crashed: a crash the guest has since come back from passes too; a fault that did not take it down does not', () => {
    const fault = { atMs: 150_000, kind: 'host-kernel-panic', target: null, applicable: true, effect: 'the host kernel panicked', stalled: [], containment: null, recoveryMs: 31_000 };
    const after = (down: string[], keptRunning: string[]): LabRun => {
      const r = run();
      const hosted = r.figures.platforms.hosted;
      if (!hosted) throw new Error('hosted figures');
      return { ...r, figures: { ...r.figures, platforms: { hosted: { ...hosted, result: { ...hosted.result, faults: [{ ...fault, down, keptRunning }] } } } } };
    };
    const crashed: LabCheck = { kind: 'guest-state', platform: 'hosted', guest: 'web1', state: 'crashed' };
    expect(check(crashed, after(['web1'], []))).toEqual({ passed: true, reason: 'web1 on hosted crashed at 150.0 s and is running again' });
    expect(check(crashed, after([], ['web1'])).passed).toBe(false);
    expect(check({ kind: 'guest-state', platform: 'hosted', guest: 'web1', state: 'booting' }, after(['web1'], [])).passed).toBe(false);
  });

  test('answer: text ignoring case, spaces and punctuation; numbers within a tolerance; a number from the figures', () => {
    const text: LabCheck = { kind: 'answer', question: 'Which layer?', accept: ['shared kernel', 'the kernel'] };
    expect(check(text, run(), '  Shared  Kernel ')).toEqual({ passed: true, reason: 'right answer' });
    expect(check(text, run(), 'SHAREDKERNEL').passed).toBe(true);
    expect(check(text, run(), 'hypervisor')).toEqual({ passed: false, reason: 'not the answer we are looking for; try again' });
    expect(check(text, run(), undefined)).toEqual({ passed: false, reason: 'not answered yet' });
    // memory-pressure's "containers", where it wants "containers without a memory limit": told to say more.
    const limit: LabCheck = { kind: 'answer', question: 'Which?', accept: ['containers without a memory limit'] };
    expect(check(limit, run(), 'Containers')).toEqual({ passed: false, reason: 'on the right track, but not the whole answer: say more' });
    expect(check(limit, run(), 'containers with a memory limit').reason).toBe('not the answer we are looking for; try again');
    expect(check(limit, run(), 'memory limit').reason).toBe('not the answer we are looking for; try again');
    const number: LabCheck = { kind: 'answer', question: 'How many?', number: 40, tolerance: 2 };
    expect(check(number, run(), '41.5').passed).toBe(true);
    expect(check(number, run(), '38 %').passed).toBe(true);
    expect(check(number, run(), '43').passed).toBe(false);
    expect(check(number, run(), 'forty')).toEqual({ passed: false, reason: 'the answer is a number' });
    const figure: LabCheck = { kind: 'answer', question: 'How many fit?', metric: 'platforms.hosted.guests.web1.fitsOnHost' };
    expect(check(figure, run(), '7').passed).toBe(true);
    expect(check(figure, run(), '8').passed).toBe(false);
    expect(check({ ...figure, metric: 'platforms.container.guests.web1.fitsOnHost' }, run(), '7')).toEqual({ passed: false, reason: 'cannot check yet: platforms.container.guests.web1.fitsOnHost has no value yet: the run measures it as its clock moves (let the virtual clock run)' });
  });

  test('a lab is evaluated step by step, answers by step index', () => {
    const steps: LabStep[] = [
      { title: 'a', instructions: 'a', check: { kind: 'command', platform: 'hosted', console: 'manager', pattern: 'ps' } },
      { title: 'b', instructions: 'b', check: { kind: 'answer', question: 'q', accept: ['yes'] } },
    ];
    expect(evaluateLab({ steps }, run({ answers: { 1: 'Yes' } })).map((o) => o.passed)).toEqual([true, true]);
    expect(evaluateLab({ steps }, run({ answers: { 0: 'yes' } })).map((o) => o.passed)).toEqual([true, false]);
  });
});

describe('answers', () => {
  test('numbers: decimal comma, trailing percent; anything else is not a number', () => {
    const q = 'How many?';
    expect(numericAnswer(' 3,5 ', q)).toEqual({ value: 3.5 });
    expect(numericAnswer('0,125', q)).toEqual({ value: 0.125 });
    expect(numericAnswer('12%', q)).toEqual({ value: 12 });
    expect(numericAnswer('1e3', q)).toEqual({ value: 1000 });
    expect(numericAnswer('12 guests', q)).toEqual({ problem: 'the answer is a number; "guests" is not the unit the question asks in' });
    expect(numericAnswer('', q)).toEqual({ problem: 'the answer is a number' });
  });

  // The page writes "3,584 MiB": its own way of writing a number is read as it means.
  test('numbers as the page writes them: thousands commas, the question’s unit after them', () => {
    const q = 'How many MiB does `xm info` say are free?';
    for (const typed of ['1472', '1,472', '1,472 MiB', '1472MiB', '1472 mib', '1,472.0']) expect(numericAnswer(typed, q), typed).toEqual({ value: 1472 });
    expect(numericAnswer('1,234,567.5', q)).toEqual({ value: 1234567.5 });
    expect(numericAnswer('11.2 ms', 'what service time (`svctm`, ms) does it measure?')).toEqual({ value: 11.2 });
    expect(numericAnswer('1.4 GiB', q)).toEqual({ problem: 'the answer is a number; "GiB" is not the unit the question asks in' });
  });

  test.each(['1.234,5', '1,23,456', '1,472,5'])('%s reads two ways and is refused, saying how to write it', (typed) => {
    expect(numericAnswer(typed, 'How many?')).toEqual({ problem: `"${typed}" reads more than one way: write it as the page does, with commas between thousands and a decimal point (1,234.5)` });
  });

  test('ballooning step 2: "1,472" and "1472 MiB" are the right answer', () => {
    const free: LabCheck = { kind: 'answer', question: 'How many MiB does `xm info` say are free?', number: 1472 };
    expect(check(free, run(), '1,472')).toEqual({ passed: true, reason: 'right answer' });
    expect(check(free, run(), '1472 MiB')).toEqual({ passed: true, reason: 'right answer' });
  });

  test('an empty answer never matches', () => {
    expect(textAnswerMatches('   ', [' '])).toBe(false);
    expect(textAnswerMatches('the (a)', ['the', '(a)'])).toBe(false);
  });

  // [typed, accepted, matches]: punctuation, articles and possessives change nothing; a
  // parenthesised part may be given or left out, as the page writes names; other words count.
  test.each([
    ['Bare metal.', 'bare-metal', true],
    ['a container without a memory limit', 'container without memory limit', true],
    ['its free memory and its page cache', 'free memory and page cache', true],
    ["The host's kernel", 'host kernel', true],
    ['the host’s OOM killer', 'host oom killer', true],
    ['“shared kernel”', 'shared kernel', true],
    ['VMM (monitor)', 'vmm', true],
    ['Page-table write (VM exit)', 'page-table write', true],
    ['containers (without a memory limit)', 'containers without a memory limit', true],
    ['hosted', 'hosted (type 2)', true],
    ['type 2', 'hosted (type 2)', false],
    ['containers (with a memory limit)', 'containers without a memory limit', false],
    ['a container with a memory limit', 'container without memory limit', false],
    ['guest kernel', 'host kernel', false],
  ])('text: %j against %j matches: %s', (typed, accepted, matches) => {
    expect(textAnswerMatches(typed, [accepted])).toBe(matches);
  });
});
