/**
 * The fuzz suite at `npm test` size (a few thousand cases in all); `npm run fuzz` runs
 * 10,000 or more per door. fast-check shrinks a failure to a small input.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { labFileDoor, labLinkDoor, linkDoor, scenarioFileDoor, terminalDoor, type Door } from './doors.ts';

function holds<T>(door: Door<T>, numRuns: number): void {
  fc.assert(
    fc.property(door.input, (input) => {
      expect(door.check(input)).toBeNull();
    }),
    { numRuns },
  );
}

describe('fuzzed input at every door: no throw, one clean line, status 2, nothing running lost', { timeout: 240_000 }, () => {
  test('links', () => holds(linkDoor, 1500));
  test('scenario files, through the command line in-process', () => holds(scenarioFileDoor, 600));
  test('lab files, parsed and through labs check', () => holds(labFileDoor, 400));
  test('lab links, decoded and read as lab files', () => holds(labLinkDoor, 400));
  test('terminal lines typed into a running guest and its host', () => holds(terminalDoor(), 300));
});
