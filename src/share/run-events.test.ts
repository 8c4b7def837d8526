import { expect, test } from 'vitest';
import type { RecordedLine } from '../engine/index.ts';
import { eventsInWords, runCounts, selectLines } from './run-events.ts';

const line = (atNs: number, target: string, text: string): RecordedLine => ({ atNs, target, line: text });
const fault = line(60e9, 'manager', 'inject-fault host-kernel-panic');
/** What the page records for one fault from the Fault menu and one typed line: the fault on each platform. */
const recordings = {
  native: [fault],
  hosted: [fault, line(65e9, 'web1', 'uptime')],
  'bare-metal': [fault, line(80e9, 'manager', 'restart-guest web1')],
  container: [fault],
};

test('a fault injected into the four platforms at once counts as one fault, and no typed command', () => {
  expect(runCounts({ native: [fault], hosted: [fault], 'bare-metal': [fault], container: [fault] }, [])).toEqual({ typed: 0, faults: 1, restarts: 0, migrations: 0 });
});

test('typed lines, faults, restarts and migrations are counted apart, in words', () => {
  const counts = runCounts(recordings, [{ atNs: 70e9, guest: 'build1' }]);
  expect(counts).toEqual({ typed: 1, faults: 1, restarts: 1, migrations: 1 });
  expect(eventsInWords(counts)).toBe('1 fault, 1 restart and 1 migration');
  expect(eventsInWords({ typed: 3, faults: 0, restarts: 0, migrations: 0 })).toBe('');
});

test('a guest console’s line named like a VirtScope command is typed, not an event', () => {
  expect(runCounts({ hosted: [line(1, 'web1', 'inject-fault host-kernel-panic')] }, []).typed).toBe(1);
});

test('the events and the typed lines are selected apart, each platform keeping its order', () => {
  expect(selectLines(recordings, { typed: false, events: true })).toEqual({
    native: [fault],
    hosted: [fault],
    'bare-metal': [fault, line(80e9, 'manager', 'restart-guest web1')],
    container: [fault],
  });
  expect(selectLines(recordings, { typed: true, events: false })).toEqual({ hosted: [line(65e9, 'web1', 'uptime')] });
  expect(selectLines(recordings, { typed: true, events: true })).toEqual(recordings);
});
