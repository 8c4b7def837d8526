import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { LineEditor, MAX_HISTORY, MAX_LINE, type EditorStep } from './line-editor.ts';
import { TestScreen } from './test-screen.ts';

const LEFT = '\x1b[D';
const RIGHT = '\x1b[C';
const UP = '\x1b[A';
const DOWN = '\x1b[B';

function echoOf(steps: readonly EditorStep[]): string {
  return steps.map((s) => s.echo).join('');
}

function events(steps: readonly EditorStep[]): unknown[] {
  return steps.flatMap((s) => (s.event === null ? [] : [s.event]));
}

/** An editor behind a prompt of `promptWidth` columns on a screen, fed through `type`. */
function onScreen(columns: number, promptWidth: number) {
  const editor = new LineEditor(columns);
  const screen = new TestScreen(columns);
  screen.write('P'.repeat(promptWidth) + editor.begin(promptWidth));
  const type = (data: string): EditorStep[] => {
    const steps = editor.feed(data);
    screen.write(echoOf(steps));
    return steps;
  };
  return { editor, screen, type };
}

describe('LineEditor typing', () => {
  test('typed characters are echoed and kept', () => {
    const editor = new LineEditor();
    expect(echoOf(editor.feed('ls -l'))).toBe('ls -l');
    expect(editor.line).toBe('ls -l');
  });

  test('Enter gives the line and starts a new one', () => {
    const editor = new LineEditor();
    const steps = editor.feed('echo hi\r');
    expect(events(steps)).toEqual([{ kind: 'line', line: 'echo hi' }]);
    expect(echoOf(steps).endsWith('\r\n')).toBe(true);
    expect(editor.line).toBe('');
  });

  test('a pasted CR LF is one Enter', () => {
    const editor = new LineEditor();
    expect(events(editor.feed('a\r\nb\n'))).toEqual([
      { kind: 'line', line: 'a' },
      { kind: 'line', line: 'b' },
    ]);
  });

  test('backspace removes the character before the cursor and does nothing at the start', () => {
    const { editor, screen, type } = onScreen(80, 2);
    type('abc\x7f\x7f');
    expect(editor.line).toBe('a');
    expect(screen.text()).toBe('PPa');
    type('\x7f\x7f\x7f');
    expect(editor.line).toBe('');
    expect(screen.text()).toBe('PP');
  });

  test('an insertion in mid-line redraws the tail and keeps the cursor after the insertion', () => {
    const { editor, screen, type } = onScreen(80, 2);
    type(`helo${LEFT}l`);
    expect(editor.line).toBe('hello');
    expect(screen.text()).toBe('PPhello');
    expect(screen.col).toBe(2 + 4);
  });

  test('home and end, by escape sequence and by Ctrl-A / Ctrl-E', () => {
    const { editor, type } = onScreen(80, 0);
    type('bc\x1b[Ha');
    expect(editor.line).toBe('abc');
    type('\x1b[Fd\x01>\x05<');
    expect(editor.line).toBe('>abcd<');
    type('\x1bOH!');
    expect(editor.line).toBe('!>abcd<');
  });

  test('delete removes the character under the cursor', () => {
    const { editor, screen, type } = onScreen(80, 0);
    type(`abc${LEFT}${LEFT}\x1b[3~`);
    expect(editor.line).toBe('ac');
    expect(screen.text()).toBe('ac');
  });

  test('Ctrl-U kills back to the start of the line', () => {
    const { editor, screen, type } = onScreen(80, 1);
    type(`hello world${LEFT}${LEFT}\x15`);
    expect(editor.line).toBe('ld');
    expect(screen.text()).toBe('Pld');
  });

  test('a line that wraps is edited in place', () => {
    const { editor, screen, type } = onScreen(10, 6);
    type('abcdefghijkl\x01X');
    expect(editor.line).toBe('Xabcdefghijkl');
    expect(screen.lines()).toEqual(['PPPPPPXabc', 'defghijkl']);
    expect([screen.row, screen.col]).toEqual([0, 7]);
  });

  test('the line is cut at MAX_LINE characters with a bell', () => {
    const editor = new LineEditor();
    const steps = editor.feed('x'.repeat(MAX_LINE + 10));
    expect(editor.line).toHaveLength(MAX_LINE);
    expect(echoOf(steps)).toContain('\x07');
    expect(events(editor.feed('\r'))).toEqual([{ kind: 'line', line: 'x'.repeat(MAX_LINE) }]);
  });

  test('Ctrl-C drops the line and reports an interrupt', () => {
    const editor = new LineEditor();
    const steps = editor.feed('rm -rf /\x03');
    expect(events(steps)).toEqual([{ kind: 'interrupt' }]);
    expect(echoOf(steps)).toContain('^C\r\n');
    expect(editor.line).toBe('');
  });

  test('Ctrl-L and Tab become events, and the line stays', () => {
    const editor = new LineEditor();
    expect(events(editor.feed('ec\t\x0c'))).toEqual([{ kind: 'complete', line: 'ec', cursor: 2 }, { kind: 'clear' }]);
    expect(editor.line).toBe('ec');
  });
});

describe('LineEditor history', () => {
  test('up and down walk the history and come back to the unfinished line', () => {
    const { editor, screen, type } = onScreen(80, 2);
    type('first\rsecond\r');
    screen.write('\x1b[2J\x1b[H' + 'PP');
    type('draft');
    type(UP);
    expect(editor.line).toBe('second');
    type(UP);
    expect(editor.line).toBe('first');
    type(UP);
    expect(editor.line).toBe('first');
    type(DOWN + DOWN);
    expect(editor.line).toBe('draft');
    expect(screen.text()).toBe('PPdraft');
  });

  test('blank lines and immediate repeats are not kept; at most MAX_HISTORY entries', () => {
    const editor = new LineEditor();
    editor.feed('a\r\r  \ra\rb\r');
    expect(editor.history).toEqual(['a', 'b']);
    for (let i = 0; i < MAX_HISTORY + 20; i += 1) editor.feed(`cmd ${i}\r`);
    expect(editor.history).toHaveLength(MAX_HISTORY);
    expect(editor.history[MAX_HISTORY - 1]).toBe(`cmd ${MAX_HISTORY + 19}`);
  });

  test('application-mode cursor keys (SS3) work too', () => {
    const editor = new LineEditor();
    editor.feed('one\r');
    editor.feed('\x1bOA');
    expect(editor.line).toBe('one');
  });
});

describe('LineEditor escape sequences', () => {
  test('a sequence split across writes still acts once', () => {
    const editor = new LineEditor();
    editor.feed('ac\x1b');
    editor.feed('[');
    editor.feed('Db');
    expect(editor.line).toBe('abc');
  });

  test('unknown sequences and control bytes are ignored', () => {
    const editor = new LineEditor();
    editor.feed('a\x1b[1;5Cb\x1b[200~c\x1b]0;title\x07d\x00\x02\x1b\x1bOxe\x9bf');
    expect(editor.line).toBe('abc0;titledef');
  });

  test('an over-long or broken CSI is abandoned without eating a following control key', () => {
    const editor = new LineEditor();
    const steps = editor.feed(`x\x1b[${'9'.repeat(100)}y\x1b[12\r`);
    // The sequence is dropped once too long; the rest of the digits are typed text.
    expect(events(steps)).toEqual([{ kind: 'line', line: 'x' + '9'.repeat(85) + 'y' }]);
  });
});

describe('LineEditor against a screen (property)', () => {
  const key = fc.oneof(
    fc.constantFrom(LEFT, RIGHT, '\x01', '\x05', '\x7f', '\x1b[3~', '\x15', UP, DOWN),
    fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' ', 'é'), minLength: 1, maxLength: 12 }),
  );

  test('whatever is typed, the screen shows prompt + line and the cursor where the editor has it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 4, max: 30 }), fc.integer({ min: 0, max: 40 }), fc.array(key, { maxLength: 40 }), (columns, promptWidth, keys) => {
        const { editor, screen, type } = onScreen(columns, promptWidth);
        editor.feed('older entry\r');
        screen.write('\x1b[2J\x1b[H' + 'P'.repeat(promptWidth) + editor.begin(promptWidth));
        for (const k of keys) type(k);
        const full = 'P'.repeat(promptWidth) + editor.line;
        const rows: string[] = [];
        for (let i = 0; i < full.length; i += columns) rows.push(full.slice(i, i + columns).trimEnd());
        while (rows.length > 0 && rows[rows.length - 1] === '') rows.pop();
        expect(screen.lines()).toEqual(rows);
        const pos = promptWidth + editor.cursorIndex;
        expect([screen.row, screen.col]).toEqual([Math.floor(pos / columns), pos % columns]);
      }),
      { numRuns: 300 },
    );
  });
});
