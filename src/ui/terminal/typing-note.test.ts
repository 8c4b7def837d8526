import { describe, expect, test } from 'vitest';
import type { Playground } from '../store/playground-state.ts';
import { noteText, TypingWatch, type TypingSnag } from './typing-note.ts';

type Situation = Pick<Playground, 'platforms' | 'runState' | 'nowNs'>;

/** The hosted platform with one guest, calls, in `state`; the clock at `nowS`. */
function situation(state: string, runState: Situation['runState'], nowS: number): Situation {
  const hosted = { snapshot: { result: { guests: [{ name: 'calls', state }] } } };
  return { platforms: { hosted } as unknown as Situation['platforms'], runState, nowNs: nowS * 1e9 };
}

function watching(s: () => Situation): { watch: TypingWatch; shown: () => TypingSnag | null } {
  let snag: TypingSnag | null = null;
  return { watch: new TypingWatch(s, (x) => (snag = x)), shown: () => snag };
}

describe('the typing note', () => {
  test('keys sent to a guest with no shell are a snag at once, until the student types at its prompt', () => {
    let now = situation('booting', 'stopped', 0);
    const { watch, shown } = watching(() => now);
    watch.typed('hosted:calls', 'l');
    expect(noteText(shown()!, now)).toMatch(/^calls has not started: .* press Run/);
    now = situation('running', 'paused', 5);
    expect(noteText(shown()!, now)).toBe("calls's shell is up now: what you typed before was lost, so type the line again at its prompt.");
    watch.typed('hosted:calls', 'l');
    expect(shown()).toBeNull();
  });

  test('a line entered while paused is a snag only if nothing but its echo came back', () => {
    const now = situation('running', 'paused', 5);
    const { watch, shown } = watching(() => now);
    watch.typed('hosted:manager', '\r');
    watch.printed('hosted:manager', '\r\nName  ID  Mem\r\n\x1b[32mroot@host\x1b[0m:~# ');
    expect(shown()).toBeNull();

    watch.typed('hosted:calls', '\r');
    watch.printed('hosted:calls', 'null');
    expect(shown()).toBeNull();
    watch.printed('hosted:calls', '\r\n\x1b[0m');
    expect(shown()).toEqual({ key: 'hosted:calls', kind: 'paused', atNs: 5e9 });
    expect(noteText(shown()!, now)).toBe('The run is paused at 0:00:05: a command goes on only as the virtual clock runs. Press Run or Step 1 s.');
    expect(noteText(shown()!, situation('running', 'paused', 6))).toBeNull();
    expect(noteText(shown()!, situation('running', 'running', 5))).toBeNull();
  });

  test('a line entered while the clock runs is no snag', () => {
    const { watch, shown } = watching(() => situation('running', 'running', 5));
    watch.typed('hosted:calls', 'lat_syscall null\r');
    watch.printed('hosted:calls', 'lat_syscall null\r\n');
    expect(shown()).toBeNull();
  });
});
