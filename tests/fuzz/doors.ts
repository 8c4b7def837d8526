/**
 * The fuzz suite's doors: each is an input generator (fast-check) and a check that says
 * what went wrong with one input, or null. A door must never throw; what it refuses it
 * refuses with one clean line (at most 200 characters, no raw control character) and, at
 * the command line, exit status 2; what runs keeps running.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import CRC32 from 'crc-32';
import fc from 'fast-check';
import { deflateSync } from 'fflate';
import { cliInProcess } from '../../src/cli/testing/cli-in-process.ts';
import { loadPreset, MANAGER, PlatformEngine, type Scenario } from '../../src/engine/index.ts';
import { parseLabText } from '../../src/labs/parse-lab.ts';
import { toBase64Url } from '../../src/share/base64url.ts';
import { LINK_DICTIONARY_V1 } from '../../src/share/link-dictionary.ts';
import { decodeLabLink, encodeLabLink, labLinkOf } from '../../src/share/lab-data-link.ts';
import { decodeShareLink, encodeShareLink } from '../../src/share/share-link.ts';
import { isCleanMessage, isOneCleanLine } from '../../src/untrusted/testing/raw-control.ts';

export interface Door<T> {
  readonly name: string;
  readonly input: fc.Arbitrary<T>;
  /** What is wrong with how the door took this input, or null. */
  readonly check: (input: T) => string | null;
}

const classroom = loadPreset('classroom-default') as Scenario;
const classroomText = JSON.stringify(classroom);
const LAB_TEXT = labText();

function labText(): string {
  return JSON.stringify({
    version: 1,
    id: 'fuzz',
    title: 'A fuzzed lab',
    summary: 'One of each check.',
    scenario: 'classroom-default',
    steps: [
      { title: 'ps', instructions: 'Type `ps`.', check: { kind: 'command', platform: 'hosted', console: 'manager', pattern: '^\\s*ps\\b' } },
      { title: 'fast', instructions: 'Wait.', check: { kind: 'metric', metric: 'platforms.hosted.guests.web1.relativeToNative', below: 0.5, afterS: 20 } },
      { title: 'up', instructions: 'Wait.', check: { kind: 'guest-state', platform: 'hosted', guest: 'win1', state: 'running' } },
      { title: 'name', instructions: 'Say.', check: { kind: 'answer', question: 'Which?', accept: ['vmm'] } },
    ],
  });
}

/** Characters a hostile input likes: controls, escapes, bidi overrides, the BOM, quotes, brackets. */
const nasty = fc.constantFrom('\u0000', '\u0007', '\u001b[2J', '\u001b]0;x\u0007', '\n', '\r', '\u007f', '\u009b', '\u202e', '\u2066', '\ufeff', '\u2028', '"', '\\', '[', '{', '}', ']', 'é', '😀');
const hostileString = fc.array(fc.oneof(nasty, fc.string({ unit: 'binary', maxLength: 8 })), { maxLength: 12 }).map((parts) => parts.join(''));

/** A text with a few edits: characters replaced, inserted, cut. */
function mutated(text: string): fc.Arbitrary<string> {
  const edit = fc.tuple(fc.nat(), fc.oneof(hostileString, fc.constant('')), fc.nat(4));
  return fc.array(edit, { minLength: 1, maxLength: 4 }).map((edits) =>
    edits.reduce((t, [at, insert, cut]) => {
      const i = at % (t.length + 1);
      return `${t.slice(0, i)}${insert}${t.slice(i + cut)}`;
    }, text),
  );
}

const deepJson = fc.nat(6000).map((n) => `{"version": ${'['.repeat(n)}${']'.repeat(n)}}`);
const wideKeys = fc.nat(3000).map((n) => JSON.stringify({ ...classroom, ...Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}\u001b`, i])) }));
const scenarioTexts = fc.oneof(mutated(classroomText), deepJson, wideKeys, fc.jsonValue({ maxDepth: 6 }).map((v) => JSON.stringify(v) ?? 'null'), hostileString.map((s) => `\ufeff${s}`));

/** A fragment carrying any JSON text with a right checksum, as a hostile sender makes one. */
function v2FragmentOf(json: string): string {
  const bytes = new TextEncoder().encode(json);
  const deflated = deflateSync(bytes, { dictionary: new TextEncoder().encode(LINK_DICTIONARY_V1) });
  const payload = new Uint8Array(4 + deflated.length);
  new DataView(payload.buffer).setInt32(0, CRC32.buf(bytes));
  payload.set(deflated, 4);
  return `#v2.${toBase64Url(payload)}`;
}

const goodLink = (() => {
  const r = encodeShareLink({ scenario: classroom, commands: { hosted: [{ atNs: 0, target: 'web1', line: 'uname -a' }] }, atNs: 5e9 }, 'http://127.0.0.1:5173/');
  if (!r.ok) throw new Error(r.problems.join('; '));
  return r.link;
})();

export const linkDoor: Door<string> = {
  name: 'links',
  input: fc.oneof(
    mutated(goodLink),
    fc.tuple(fc.nat(), fc.nat(5)).map(([i, bit]) => {
      const A = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
      const at = goodLink.indexOf('#v2.') + 4 + (i % (goodLink.length - goodLink.indexOf('#v2.') - 4));
      return `${goodLink.slice(0, at)}${A[A.indexOf(goodLink[at] ?? 'A') ^ (1 << bit)] ?? ''}${goodLink.slice(at + 1)}`;
    }),
    fc.oneof(scenarioTexts.map((s) => `{"scenario":${s}}`), fc.jsonValue({ maxDepth: 6 }).map((v) => JSON.stringify(v) ?? 'null')).map(v2FragmentOf),
    hostileString.map((s) => `#v2.${s}`),
  ),
  check: (link) => {
    const r = decodeShareLink(link);
    if (!r.ok) return isCleanMessage(r.error) ? null : `unclean message: ${JSON.stringify(r.error.slice(0, 300))}`;
    return r.note === undefined || isCleanMessage(r.note) ? null : 'unclean note';
  },
};

const dir = mkdtempSync(join(tmpdir(), 'virtscope-fuzz-'));
let written = 0;
function file(content: string | Uint8Array): string {
  const path = join(dir, `case-${written++ % 64}.json`);
  writeFileSync(path, content);
  return path;
}

/** A refusal at the command line: status 2, nothing on stdout, one clean line on stderr. */
function cliRefusal(r: { status: number; stdout: string; stderr: string }): string | null {
  if (r.status !== 2) return `status ${r.status}: ${JSON.stringify(r.stderr.slice(0, 200))}`;
  if (r.stdout !== '') return 'output on stdout with a refusal';
  return isOneCleanLine(r.stderr) ? null : `not one clean line: ${JSON.stringify(r.stderr.slice(0, 300))}`;
}

export const scenarioFileDoor: Door<string | Uint8Array> = {
  name: 'scenario files',
  // Text, and bytes that are not UTF-8.
  input: fc.oneof(scenarioTexts, fc.tuple(scenarioTexts, fc.nat(), fc.constantFrom(0xff, 0xc0, 0x80, 0xed)).map(([t, at, b]) => {
    const bytes = new TextEncoder().encode(t);
    const i = at % (bytes.length + 1);
    return new Uint8Array([...bytes.slice(0, i), b, ...bytes.slice(i)]);
  })),
  check: (content) => {
    const r = cliInProcess(['link', file(content)]);
    return r.status === 0 && r.stderr === '' && /^http:\/\/127\.0\.0\.1:5173\/#v2\.[\w-]+\n$/.test(r.stdout) ? null : cliRefusal(r);
  },
};

export const labFileDoor: Door<string> = {
  name: 'lab files',
  input: fc.oneof(mutated(LAB_TEXT), deepJson, hostileString),
  check: (text) => {
    const parsed = parseLabText(text);
    if (!parsed.ok && !parsed.errors.every(isCleanMessage)) return `unclean message in ${JSON.stringify(parsed.errors.slice(0, 3))}`;
    const r = cliInProcess(['labs', 'check', file(text)]);
    if (r.status === 0) return null;
    if (r.status !== 2 || r.stdout !== '') return `status ${r.status}`;
    const lines = r.stderr.split('\n').slice(0, -1);
    return lines.length > 0 && lines.every(isCleanMessage) ? null : `unclean: ${JSON.stringify(r.stderr.slice(0, 300))}`;
  },
};

const goodLabLink = (() => {
  const r = encodeLabLink('lab-data', LAB_TEXT, 'http://127.0.0.1:5173/');
  if (!r.ok) throw new Error(r.error);
  return r.link;
})();

/** Links that carry a lab (`#lab-data=`): damaged, hostile, or carrying any text; what decodes is read as a lab file. */
export const labLinkDoor: Door<string> = {
  name: 'lab links',
  input: fc.oneof(
    mutated(goodLabLink),
    fc.oneof(mutated(LAB_TEXT), deepJson, hostileString).map((t) => encodeLabLink('lab-data', t, 'http://127.0.0.1:5173/')).map((r) => (r.ok ? r.link : '#lab-data=')),
    hostileString.map((s) => `#lab-data=${s}`),
  ),
  check: (link) => {
    const carried = labLinkOf(link.slice(Math.max(0, link.indexOf('#'))));
    if (!carried) return null;
    const text = decodeLabLink(carried.data);
    if (!text.ok) return isCleanMessage(text.error) ? null : `unclean message: ${JSON.stringify(text.error.slice(0, 300))}`;
    const parsed = parseLabText(text.text, loadPreset);
    return parsed.ok || parsed.errors.every(isCleanMessage) ? null : `unclean message in ${JSON.stringify(parsed.errors.slice(0, 3))}`;
  },
};

/** Lines that would stop something on purpose: a console that obeys them loses nothing. */
const STOPPING = /\b(shutdown|halt|reboot|poweroff|kill|killall|pkill|init|telinit|exit|logout|stress|stress-ng|dd|yes|rm)\b|:\(\)/i;

/** Random lines typed into a running guest's shell: the shell answers, every guest keeps running. */
export function terminalDoor(): Door<string> {
  const engine = new PlatformEngine(classroom, 'hosted');
  engine.advanceTo(120e9);
  const opened = engine.openConsole('web1');
  if ('error' in opened) throw new Error(opened.error);
  const manager = engine.openConsole(MANAGER);
  if ('error' in manager) throw new Error(manager.error);
  const running = (): string => engine.sim.guests.map((g) => `${g.spec.name}:${g.state}`).join(' ');
  const before = running();
  const words = fc.constantFrom('ls', 'cat', 'echo', 'ps', 'top -n 1', 'uname', 'df', 'free', 'ping -c 1', 'ip addr', 'dmesg', 'cd', 'vi', 'less');
  return {
    name: 'terminal lines',
    input: fc.oneof(hostileString, fc.tuple(words, hostileString).map(([w, s]) => `${w} ${s}`), fc.string({ unit: 'grapheme', maxLength: 1100 })).filter((l) => !STOPPING.test(l)),
    check: (line) => {
      const id = line.length % 2 === 0 ? opened.id : manager.id;
      engine.write(id, `${line}\r`);
      engine.advanceTo(engine.now + 0.2e9);
      engine.write(id, '\u0003');
      engine.advanceTo(engine.now + 0.05e9);
      engine.read(id);
      if (running() !== before) return `a guest changed state: ${running()}`;
      engine.write(id, 'echo still-here\r');
      engine.advanceTo(engine.now + 0.05e9);
      return engine.read(id).includes('still-here') ? null : 'the console stopped answering';
    },
  };
}

