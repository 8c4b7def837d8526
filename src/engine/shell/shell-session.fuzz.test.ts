import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import type { OsId } from '../os/os-families.ts';
import { flavourFor } from './shell-flavour.ts';
import { ShellSession } from './shell-session.ts';
import { createTestMachine } from './test-machine.ts';

/** Bytes a terminal might send, and pieces of escape sequences to split across writes. */
const FRAGMENTS = ['\x1b', '\x1b[', '\x1b[A', '\x1b[B', '\x1b[C', '\x1b[D', '\x1bO', '\x1b[3~', '\x1b[1;5C', '\x1b]0;t\x07', '\x1b[99999999999', '\t', '\r', '\n', '\x7f', '\x15', '\x01', '\x05', '\x0c', '\x03', '\x00', '\x9b', '\ud800'];

/** Any code point, lone surrogates included, mostly ASCII (fast-check's 'binary' unit is slow to generate). */
const anyCodePoint = fc.oneof(fc.integer({ min: 0, max: 0x7f }), fc.integer({ min: 0, max: 0x10ffff })).map((c) => String.fromCodePoint(c));

/** Lines that run something real in every flavour: sleeps, pipes into running stages, file reads. */
const KNOWN_LINES = ['sleep 2\r', 'sleep 1 | wc -l\r', 'sleep 0.5; echo done\r', 'echo hi | grep -c h\r', 'history | tail -n 2\r', 'help | more\r', 'set\r', 'find "a" words\r', 'grep -E "(a+)+$" words\r', 'cls\r'];

const word = fc.oneof(
  fc.constantFrom('-n', '-i', '-v', '-c', '-l', '-w', '/I', '/C', '0', '1', '2', '0.5', '1e3', 'x', '"', "'", '$HOME', '%PATH%', '(a+)+$', '.*', '[', '\\', '^', 'words'),
  fc.string({ maxLength: 6 }),
);

function commandLine(names: readonly string[]): fc.Arbitrary<string> {
  const stage = fc.tuple(fc.constantFrom(...names, 'nosuch', 'ECHO', ''), fc.array(word, { maxLength: 4 })).map(([n, args]) => [n, ...args].join(' '));
  return fc.tuple(fc.array(stage, { minLength: 1, maxLength: 4 }), fc.array(fc.constantFrom(' | ', ' ; ', ' && ', ' || ', ' & '), { minLength: 3, maxLength: 3 })).map(
    ([stages, ops]) => stages.map((s, i) => (i === 0 ? s : (ops[i % ops.length] ?? ' | ') + s)).join('') + '\r',
  );
}

type Action =
  | { readonly kind: 'write'; readonly data: string }
  | { readonly kind: 'advance'; readonly seconds: number }
  | { readonly kind: 'wake' }
  | { readonly kind: 'resize'; readonly columns: number; readonly rows: number };

function actions(names: readonly string[]): fc.Arbitrary<Action[]> {
  const write = (data: fc.Arbitrary<string>): fc.Arbitrary<Action> => data.map((d) => ({ kind: 'write' as const, data: d }));
  return fc.array(
    fc.oneof(
      { arbitrary: write(fc.string({ unit: anyCodePoint, maxLength: 30 })), weight: 3 },
      { arbitrary: write(fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 8 }).map((f) => f.join(''))), weight: 3 },
      { arbitrary: write(commandLine(names)), weight: 5 },
      { arbitrary: write(fc.constantFrom(...KNOWN_LINES)), weight: 2 },
      { arbitrary: write(fc.string({ minLength: 900, maxLength: 1300 }).map((s) => s + '\r')), weight: 1 },
      { arbitrary: fc.double({ min: 0, max: 5, noNaN: true }).map((seconds) => ({ kind: 'advance' as const, seconds })), weight: 2 },
      { arbitrary: fc.constant({ kind: 'wake' as const }), weight: 1 },
      { arbitrary: fc.record({ kind: fc.constant('resize' as const), columns: fc.integer({ min: -5, max: 300 }), rows: fc.integer({ min: -5, max: 100 }) }), weight: 1 },
    ),
    { maxLength: 25 },
  );
}

describe.each<OsId>(['windows', 'linux', 'solaris'])('ShellSession fuzz (%s)', (family) => {
  const flavour = flavourFor(family);
  const names = flavour.commands.map((c) => c.name);

  test('random input never throws, and Ctrl-C always brings a prompt back', () => {
    fc.assert(
      fc.property(actions(names), (script) => {
        const machine = createTestMachine({ family, files: { '/words': 'alpha\nbeta\n', '/root/words': 'alpha\nbeta\n' } });
        const session = new ShellSession(machine, flavour);
        const prompt = session.read().split('\n').at(-1) ?? '';
        let now = 0;
        for (const action of script) {
          if (action.kind === 'write') session.write(action.data);
          else if (action.kind === 'resize') session.resize(action.columns, action.rows);
          else {
            const wake = session.nextWakeNs();
            now = action.kind === 'advance' ? now + action.seconds * 1e9 : Math.max(now, wake ?? now);
            machine.setNow(now);
            session.advance(now);
          }
          expect(typeof session.read()).toBe('string');
        }
        session.write('\x03');
        expect(session.busy).toBe(false);
        // On a terminal so narrow that the prompt fills whole rows, a line break follows it.
        expect(session.read().replace(/\r\n$/, '')).toMatch(new RegExp(`${escape(prompt)}$`));
      }),
      { numRuns: 120 },
    );
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
