/**
 * Issue 12's hostile inputs at the command line, in-process: each door answers with one
 * clean line of at most 200 characters and exit status 2, never a stack trace.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { loadPreset } from '../engine/index.ts';
import { toBase64Url } from '../share/base64url.ts';
import { isOneCleanLine } from '../untrusted/testing/raw-control.ts';
import { cliInProcess } from './testing/cli-in-process.ts';
import { fileProblem } from './read-input-file.ts';

const dir = mkdtempSync(join(tmpdir(), 'virtscope-hostile-'));
let files = 0;
function file(content: string | Uint8Array): string {
  const path = join(dir, `f${files++}.json`);
  writeFileSync(path, content);
  return path;
}

const classroom = (): Record<string, unknown> => structuredClone(loadPreset('classroom-default')) as Record<string, unknown>;
const deep = (n: number): string => `${'['.repeat(n)}${']'.repeat(n)}`;
/** A v1 link carrying any JSON text, as a hostile sender would build it. */
function v1Link(json: string): string {
  return `http://127.0.0.1:5173/#v1.${toBase64Url(deflateSync(new TextEncoder().encode(json)))}`;
}

function expectRefused(args: readonly string[]): string {
  const r = cliInProcess(args);
  expect(r.status).toBe(2);
  expect(r.stdout).toBe('');
  expect(isOneCleanLine(r.stderr), JSON.stringify(r.stderr.slice(0, 400))).toBe(true);
  expect(r.stderr).toMatch(/^virtscope: /);
  return r.stderr;
}

describe('case 1: deep nesting', () => {
  const deepFile = (): string => file(`{"version": ${deep(5000)}}`);

  test('a scenario file whose version is an array nested 5,000 deep is refused by run, shell, link, density and migrate', () => {
    const f = deepFile();
    for (const args of [['run', f], ['link', f], ['shell', f, '--platform', 'hosted', '--console', 'web1'], ['density', f, '--guest', 'linux:web-server'], ['migrate', f, '--guest', 'web1']])
      expect(expectRefused(args)).toMatch(/nested/);
  });

  test('a link carrying the same is refused', () => {
    const link = v1Link(`{"scenario":{"version":${deep(5000)}}}`);
    for (const args of [['run', link], ['link', link], ['shell', link, '--platform', 'hosted', '--console', 'web1']]) expect(expectRefused(args)).toMatch(/nested/);
  });

  test('a lab file nested deep is refused by labs check', () => {
    const r = cliInProcess(['labs', 'check', file(`{"steps": ${deep(5000)}}`)]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/nested/);
  });
});

describe('case 2: file-system errors', () => {
  test('a directory is one line', () => {
    expect(expectRefused(['run', '/'])).toContain('/: a directory, not a file');
    expect(expectRefused(['labs', 'check', dir])).toContain('a directory, not a file');
  });

  test('an unreadable file, and any other error of the file system, is one line naming the file', () => {
    const denied = Object.assign(new Error("EACCES: permission denied, open 'x.json'"), { code: 'EACCES' });
    expect(fileProblem('x.json', denied)).toBe('x.json: permission denied');
    const other = Object.assign(new Error('EIO: i/o error, read\n  at read'), { code: 'EIO' });
    expect(fileProblem('x.json', other)).toBe('x.json: cannot be read (EIO)');
  });
});

describe('case 3: terminal escapes in untrusted text are shown escaped', () => {
  test('an unknown key with escape sequences and newlines', () => {
    const f = file(JSON.stringify({ ...classroom(), '\u001b]0;owned\u0007\n\u001b[2J': 1 }));
    expect(expectRefused(['run', f])).toContain('\\x1b]0;owned\\x07\\n\\x1b[2J');
  });

  test('an unknown console name', () => {
    expect(expectRefused(['shell', 'classroom-default', '--platform', 'hosted', '--console', 'web\u001b[2J\u202e'])).toContain('web\\x1b[2J\\u202e');
  });

  test("the scenario's name: refused, as the page refuses it, and never printed raw", () => {
    const line = expectRefused(['run', file(JSON.stringify({ ...classroom(), name: 'x\u001b]0;title\u0007\u009b2J' })), '--duration', '1']);
    expect(line).toContain('name: must not hold control characters or text-direction marks');
  });
});

describe('case 4: messages have a length limit', () => {
  test('one 500 KB unknown key', () => {
    expectRefused(['run', file(JSON.stringify({ ...classroom(), ['k'.repeat(500_000)]: 1 }))]);
  });

  test('a link with thousands of unknown keys lists a few', () => {
    const keys = Object.fromEntries(Array.from({ length: 2000 }, (_, i) => [`unknown${i}`, i]));
    const line = expectRefused(['run', v1Link(JSON.stringify({ scenario: { ...classroom(), ...keys } }))]);
    expect(line).toMatch(/unknown fields "unknown0", "unknown1", "unknown2".* and 1997 more/);
  });
});

describe('case 5: file encodings', () => {
  test('a UTF-8 file with a byte-order mark is accepted', () => {
    const r = cliInProcess(['link', file(`\ufeff${JSON.stringify(classroom())}`)]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  test('a JSON error does not echo raw bytes', () => {
    expectRefused(['run', file('\ufeff{"version": 2,\n\u001b[2J')]);
  });

  test('invalid UTF-8 is refused, as links refuse it', () => {
    const text = new TextEncoder().encode(JSON.stringify(classroom()));
    const bad = new Uint8Array([...text.slice(0, 20), 0xff, 0xfe, ...text.slice(20)]);
    expect(expectRefused(['run', file(bad)])).toContain('not UTF-8 text');
    expect(expectRefused(['labs', 'check', file(bad)])).toContain('not UTF-8 text');
  });
});

describe('case 9: rough edges of the options', () => {
  test('--duration -1 is one line', () => {
    expect(expectRefused(['run', 'classroom-default', '--duration', '-1'])).toContain('--duration');
  });

  test('--duration 0x10 and other non-decimal numbers are refused', () => {
    for (const text of ['0x10', '0b11', '1e', ' 5', '', 'Infinity']) expect(expectRefused(['run', 'classroom-default', '--duration', text])).toContain('--duration must be');
  });
});
