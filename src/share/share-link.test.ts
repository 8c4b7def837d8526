import { deflateSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { loadPreset, MAX_GUESTS, PlatformEngine, PRESET_NAMES, runScenario, type PlatformKind, type Scenario } from '../engine/index.ts';
import { isCleanMessage } from '../untrusted/testing/raw-control.ts';
import { fromBase64Url, toBase64Url } from './base64url.ts';
import { LINK_DICTIONARY_V1 } from './link-dictionary.ts';
import { MAX_INFLATED_BYTES, MAX_LINK_CHARS, MAX_SHARED_LINE_CHARS, MAX_SHARED_LINES, MAX_SHARED_NS } from './link-limits.ts';
import { decodeShareLink, encodeShareLink } from './share-link.ts';
import type { SharedRun } from './shared-run.ts';

const BASE = 'http://127.0.0.1:5173/';

function preset(name: string): Scenario {
  const s = loadPreset(name);
  if (!s) throw new Error(`no preset ${name}`);
  return s;
}

function linkOf(run: SharedRun, base = BASE): string {
  const r = encodeShareLink(run, base);
  if (!r.ok) throw new Error(r.problems.join('; '));
  return r.link;
}

function fragmentOfRun(run: SharedRun): string {
  const link = linkOf(run);
  return link.slice(link.indexOf('#'));
}

function decoded(link: string): SharedRun {
  const r = decodeShareLink(link);
  if (!r.ok) throw new Error(r.error);
  return r.run;
}

function errorOf(link: string): string {
  const r = decodeShareLink(link);
  return r.ok ? 'decoded' : r.error;
}

/** A fragment made from any JSON value, the way a hostile page could make one. */
function fragmentOf(value: unknown): string {
  return fragmentOfText(JSON.stringify(value));
}

function fragmentOfText(json: string): string {
  const bytes = new TextEncoder().encode(json);
  return `#v1.${toBase64Url(deflateSync(bytes, { dictionary: new TextEncoder().encode(LINK_DICTIONARY_V1) }))}`;
}

describe('share links: round trips', () => {
  test.each(PRESET_NAMES)('preset %s gives the same scenario and byte-identical results through a link', (name) => {
    const scenario = preset(name);
    const back = decoded(linkOf({ scenario }, BASE)).scenario;
    expect(back).toEqual(scenario);
    expect(JSON.stringify(runScenario(back, 3))).toBe(JSON.stringify(runScenario(scenario, 3)));
    // hosting-server's 300 guests (a link of ~2 KB) run twice here: seconds on a busy machine.
  }, 30_000);

  test('the classroom-default link is under 400 characters', () => {
    const link = linkOf({ scenario: preset('classroom-default') }, BASE);
    console.log(`classroom-default link: ${link.length} characters: ${link}`);
    expect(link.startsWith(`${BASE}#v2.`)).toBe(true);
    expect(link.length).toBeLessThan(400);
  });

  test('the link replaces a fragment the base already had', () => {
    const link = linkOf({ scenario: preset('classroom-default') }, `${BASE}#v1.old`);
    expect(link.split('#')).toHaveLength(2);
    expect(decoded(link).scenario.name).toBe('classroom-default');
  });

  test('a fragment alone, with or without "#", decodes like the whole URL', () => {
    const fragment = fragmentOfRun({ scenario: preset('xen'), atNs: 5e9 });
    expect(decoded(fragment)).toEqual(decoded(`${BASE}${fragment}`));
    expect(decoded(fragment.slice(1)).atNs).toBe(5e9);
  });

  test('HTML and script in strings are carried as plain data, unchanged', () => {
    const scenario = { ...preset('classroom-default'), name: '<img src=x onerror=alert(1)>', description: '<script>alert("x")</script>' };
    expect(decoded(fragmentOfRun({ scenario })).scenario).toEqual(scenario);
  });

  test('typed commands replayed from a link give the same console output and figures at the same virtual time', () => {
    const scenario = preset('classroom-default');
    const kind: PlatformKind = 'hosted';
    const typed = new PlatformEngine(scenario, kind);
    // web1 has booted (three VMs boot sharing one disk, request by request).
    typed.advanceTo(55e9);
    const id = (typed.openConsole('web1') as { id: number }).id;
    typed.write(id, 'uname -a\r');
    typed.advanceTo(58e9);
    typed.write(id, 'ps\r');
    typed.advanceTo(60e9);
    const manager = (typed.openConsole('manager') as { id: number }).id;
    typed.write(manager, 'echo from the manager\r');
    typed.advanceTo(70e9);
    const recording = typed.recording();
    expect(recording.map((l) => l.line)).toEqual(['uname -a', 'ps', 'echo from the manager']);
    // Each line carries the size of the terminal it was typed into, which the replay gives the console first.
    expect(recording.every((l) => l.columns === 80 && l.rows === 24)).toBe(true);

    const run = decoded(linkOf({ scenario, commands: { [kind]: recording }, atNs: typed.now }, BASE));
    expect(run.commands?.[kind]).toEqual(recording);
    const replayed = new PlatformEngine(run.scenario, kind);
    replayed.replay(run.commands?.[kind] ?? []);
    replayed.advanceTo(run.atNs ?? 0);

    expect(replayed.now).toBe(typed.now);
    const [guestConsole, managerConsole] = replayed.consoleIds();
    expect(replayed.read(guestConsole ?? -1)).toBe(typed.read(id));
    expect(replayed.read(managerConsole ?? -1)).toBe(typed.read(manager));
    expect(JSON.stringify(replayed.results())).toBe(JSON.stringify(typed.results()));
  });
});

describe('share links carry migrations', () => {
  const scenario = preset('classroom-default');

  test('a migration travels with its instant and guest, and a link without any opens as before', () => {
    const run = decoded(linkOf({ scenario, migrations: [{ atNs: 70e9, guest: 'build1' }], atNs: 100e9 }));
    expect(run.migrations).toEqual([{ atNs: 70e9, guest: 'build1' }]);
    expect(decoded(linkOf({ scenario, atNs: 100e9 })).migrations).toBeUndefined();
  });

  test('a migration of a guest the scenario lacks, after the link’s instant or without one, is refused', () => {
    expect(errorOf(fragmentOf({ scenario, migrations: [[1e9, 'db9']], atNs: 5e9 }))).toBe('The link\'s migrations are invalid: migrations[0]: no guest "db9" in the scenario');
    expect(errorOf(fragmentOf({ scenario, migrations: [[9e9, 'web1']], atNs: 5e9 }))).toBe("The link's migrations are invalid: migrations[0]: a migration after the virtual time the link opens at");
    expect(errorOf(fragmentOf({ scenario, migrations: [[1e9, 'web1']] }))).toBe("The link's migrations are invalid: migrations[0]: a migration needs the virtual time the link opens at");
    expect(errorOf(fragmentOf({ scenario, migrations: [['soon', 'web1']], atNs: 5e9 }))).toMatch(/^The link's migrations are invalid: migrations\[0\]\[0\]: /);
    // The encoder makes no such link.
    const r = encodeShareLink({ scenario, migrations: [{ atNs: 1e9, guest: 'web1' }] }, BASE);
    expect(r.ok ? r.link : r.problems).toEqual(['a migration needs the virtual time the link opens at']);
  });
});

describe('share links: bad links get a message saying what is wrong', () => {
  const good = linkOf({ scenario: preset('classroom-default') }, BASE);

  test('not a VirtScope link', () => {
    expect(errorOf(`${BASE}#section-2`)).toMatch(/^The link is not a VirtScope scenario link/);
    expect(errorOf('')).toMatch(/^The link is not a VirtScope scenario link/);
  });

  test('an unknown format version', () => {
    expect(errorOf(good.replace('#v2.', '#v9.'))).toBe('The link uses format v9, which this VirtScope does not know (it reads v1 and v2); it may come from a newer VirtScope');
  });

  test('truncated: cut anywhere, it says so (or, cut mid-character-group, the same)', () => {
    const data = good.split('#v2.')[1] ?? '';
    for (const keep of [0, 1, 10, Math.floor(data.length / 2), data.length - 3, data.length - 1])
      expect(errorOf(`${BASE}#v2.${data.slice(0, keep)}`), `kept ${keep} of ${data.length}`).toMatch(/^The link is truncated/);
  });

  test('corrupted: characters outside base64url, data that is not deflate, deflate that is not JSON', () => {
    expect(errorOf(good.replace(/#v2\.(....)/, '#v2.$1<%>'))).toMatch(/^The link is corrupted: its data has characters/);
    expect(errorOf(`#v1.${toBase64Url(new Uint8Array([255, 255, 255, 255, 255, 255]))}`)).toBe('The link is corrupted: its data cannot be decompressed');
    const notJson = toBase64Url(deflateSync(new TextEncoder().encode('{"scenario": nope'), { dictionary: new TextEncoder().encode(LINK_DICTIONARY_V1) }));
    expect(errorOf(`#v1.${notJson}`)).toMatch(/^The link is corrupted: .*not valid JSON/);
  });

  test('oversized: too long to read, or inflating past the cap (a zip bomb)', () => {
    expect(errorOf(`#v1.${'A'.repeat(MAX_LINK_CHARS + 1)}`)).toBe(`The link is too long: ${MAX_LINK_CHARS + 1} characters of data, at most ${MAX_LINK_CHARS}`);
    const bomb = fragmentOf({ scenario: preset('xen'), padding: ' '.repeat(50 * MAX_INFLATED_BYTES) });
    expect(bomb.length).toBeLessThan(MAX_LINK_CHARS);
    expect(errorOf(bomb)).toBe(`The link's data is too large: it decompresses to more than ${MAX_INFLATED_BYTES} bytes`);
  });

  test('an invalid scenario names the field and the reason: absurd numbers, too many guests, an unknown version', () => {
    const base = preset('classroom-default');
    const guest = base.guests[0];
    expect(errorOf(fragmentOf({ scenario: { ...base, guests: [{ ...guest, vcpus: 1_000_000 }] } }))).toBe(
      "The link's scenario is invalid: guests[0].vcpus: a whole number from 1 to 64",
    );
    // A hundred thousand guests do not even fit in a link's length.
    const crowd = fragmentOf({ scenario: { ...base, guests: Array.from({ length: 100_000 }, (_, i) => ({ ...guest, name: `g${i}` })) } });
    expect(errorOf(crowd)).toMatch(/^The link is too long: /);
    const many = fragmentOf({ scenario: { ...base, guests: Array.from({ length: MAX_GUESTS + 1 }, (_, i) => ({ name: `g${i}`, os: 'linux', vcpus: 1, memoryMiB: 64, workload: { kind: 'idle' } })) } });
    expect(errorOf(many)).toBe(`The link's scenario is invalid: guests: at most ${MAX_GUESTS} guests`);
    expect(errorOf(fragmentOf({ scenario: { ...base, version: 99 } }))).toMatch(/^The link's scenario is invalid: version: 99 is newer than/);
    expect(errorOf(fragmentOf({ scenario: { ...base, guests: [{ ...guest, name: '<img src=x onerror=alert(1)>' }] } }))).toMatch(
      /^The link's scenario is invalid: guests\[0\]\.name: a hostname/,
    );
  });

  test('a scenario of an older version is migrated, not refused', () => {
    expect(decoded(fragmentOf({ scenario: { ...preset('classroom-default'), version: 1 } })).scenario).toEqual(preset('classroom-default'));
  });

  test('a bad command list: wrong shape, too long, an unknown console, an unknown platform', () => {
    const scenario = preset('classroom-default');
    expect(errorOf(fragmentOf({ scenario, commands: { hosted: [['soon', 'web1', 'ls']] } }))).toMatch(/^The link's command list is invalid: commands\.hosted\[0\]\[0\]: /);
    expect(errorOf(fragmentOf({ scenario, commands: { hosted: [[1, 'web1', 'x'.repeat(MAX_SHARED_LINE_CHARS + 1)]] } }))).toMatch(/^The link's command list is invalid: commands\.hosted\[0\]\[2\]: Too big/);
    expect(errorOf(fragmentOf({ scenario, commands: { hosted: Array.from({ length: 501 }, () => [1, 'web1', 'ls']) } }))).toMatch(/^The link's command list is invalid: commands\.hosted: Too big/);
    expect(errorOf(fragmentOf({ scenario, commands: { hosted: [[1, 'db9', 'ls']] } }))).toBe(
      'The link\'s command list is invalid: commands.hosted[0]: no console "db9" in the scenario (consoles: manager, web1, build1, win1)',
    );
    expect(errorOf(fragmentOf({ scenario, commands: { mainframe: [] } }))).toMatch(/^The link's command list is invalid: commands/);
    // A line's terminal size, when it has one: whole columns and rows a window could have.
    expect(errorOf(fragmentOf({ scenario, commands: { hosted: [[1, 'web1', 'ls', 0, 24]] } }))).toMatch(/^The link's command list is invalid: commands\.hosted\[0\]\[3\]: /);
    expect(errorOf(fragmentOf({ scenario, commands: { hosted: [[1, 'web1', 'ls', 80, 24, 1]] } }))).toMatch(/^The link's command list is invalid: commands\.hosted\[0\]/);
  });

  test('case 1: a version nested 5,000 deep is refused, not thrown, in any field', () => {
    const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
    const scenario = JSON.stringify(preset('xen'));
    for (const text of [`{"scenario":{"version":${deep}}}`, `{"scenario":${scenario},"atNs":${deep}}`, deep])
      expect(errorOf(fragmentOfText(text))).toMatch(/^The link's data is nested deeper than \d+ levels/);
  });

  test('case 3 and 4: a message is one line of at most 200 characters, control characters escaped', () => {
    const keys = Object.fromEntries(Array.from({ length: 2000 }, (_, i) => [`k${i}\u001b[2J\n`, i]));
    const error = errorOf(fragmentOf({ scenario: { ...preset('classroom-default'), ...keys } }));
    expect(isCleanMessage(error)).toBe(true);
    expect(error).toContain('"k0\\x1b[2J\\n"');
  });

  test('a run with unknown fields or a bad virtual time is refused', () => {
    const scenario = preset('classroom-default');
    expect(errorOf(fragmentOf({ scenario, extra: 1 }))).toMatch(/^The link's contents are not a VirtScope run: \(link\): unknown field "extra"/);
    expect(errorOf(fragmentOf({ scenario, atNs: -1 }))).toMatch(/^The link's contents are not a VirtScope run: atNs: Too small/);
    expect(errorOf(fragmentOf([1, 2]))).toMatch(/^The link's contents are not a VirtScope run: \(link\): /);
  });
});

describe('case 6: the encoder makes no link the decoder would refuse', () => {
  const scenario = preset('classroom-default');
  const lines = (n: number, chars = 2) => Array.from({ length: n }, (_, i) => ({ atNs: i, target: 'web1', line: 'x'.repeat(chars) }));

  test('a run at the limits makes a link that opens', () => {
    const r = encodeShareLink({ scenario, commands: { hosted: lines(MAX_SHARED_LINES) }, atNs: MAX_SHARED_NS }, BASE);
    expect(r.ok && decodeShareLink(r.link).ok).toBe(true);
    const long = encodeShareLink({ scenario, commands: { hosted: lines(3, MAX_SHARED_LINE_CHARS) } }, BASE);
    expect(long.ok && decodeShareLink(long.link).ok).toBe(true);
  });

  test('past a day of virtual time, more than 500 lines, a line longer than the line editor allows, or too much altogether: no link, and why', () => {
    const problems = (run: SharedRun) => {
      const r = encodeShareLink(run, BASE);
      return r.ok ? [] : r.problems;
    };
    expect(problems({ scenario, atNs: MAX_SHARED_NS + 1e9 })).toEqual(['the virtual time is past 24 hours, the longest a link runs to']);
    expect(problems({ scenario, commands: { native: lines(MAX_SHARED_LINES + 1) } })).toEqual(['501 lines were typed on native, a link carries at most 500']);
    expect(problems({ scenario, commands: { hosted: lines(1, MAX_SHARED_LINE_CHARS + 1) } })).toEqual(['a line typed on hosted is longer than 1024 characters']);
    const full = { hosted: lines(500, 1024), native: lines(500, 1024) };
    expect(problems({ scenario, commands: full })[0]).toMatch(/^the run takes \d+ bytes, a link carries at most 262144$/);
  });

  test('a typed line of 1,001 to 1,024 characters, which the line editor allows, travels in a link', () => {
    expect(MAX_SHARED_LINE_CHARS).toBe(1024);
    const r = decodeShareLink(linkOf({ scenario, commands: { hosted: lines(1, 1010) } }));
    expect(r.ok && r.run.commands?.hosted?.[0]?.line.length).toBe(1010);
  });
});

describe('share links carry a checksum (v2)', () => {
  const run: SharedRun = { scenario: preset('classroom-default'), commands: { hosted: [{ atNs: 0, target: 'web1', line: 'ls' }] }, atNs: 5e9 };
  const link = linkOf(run);
  const data = link.split('#v2.')[1] ?? '';
  const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

  test('new links are v2 and open without a note', () => {
    expect(link).toMatch(/#v2\.[A-Za-z0-9_-]+$/);
    const r = decodeShareLink(link);
    expect(r.ok && r.note).toBeUndefined();
  });

  test('case 7: no single-bit flip of the classroom link decodes silently to another run', () => {
    const same = JSON.stringify(decoded(link));
    let refused = 0;
    let damaged = 0;
    let silent = 0;
    for (let i = 0; i < data.length; i++) {
      const value = ALPHABET.indexOf(data[i] ?? '');
      for (let bit = 0; bit < 6; bit++) {
        const flipped = `${data.slice(0, i)}${ALPHABET[value ^ (1 << bit)] ?? ''}${data.slice(i + 1)}`;
        const r = decodeShareLink(`${BASE}#v2.${flipped}`);
        if (!r.ok) {
          refused++;
          if (r.error.startsWith('This link was damaged in transit')) damaged++;
        } else if (JSON.stringify(r.run) !== same) silent++;
      }
    }
    expect(silent).toBe(0);
    expect(refused).toBeGreaterThan(data.length * 5);
    expect(damaged).toBeGreaterThan(0);
  });

  test('a character changed anywhere is never taken for a cut: damaged in transit, or, where v2 cannot tell, both are named', () => {
    const said = new Map<string, number>();
    for (let i = 0; i < data.length; i++) {
      const other = ALPHABET[(ALPHABET.indexOf(data[i] ?? '') + 17) % 64] ?? '';
      const r = decodeShareLink(`${BASE}#v2.${data.slice(0, i)}${other}${data.slice(i + 1)}`);
      const what = r.ok ? 'the same run' : r.error.split(':')[0] ?? '';
      said.set(what, (said.get(what) ?? 0) + 1);
    }
    expect([...said.keys()].sort()).toEqual(['The link is truncated, or a character in it was changed', 'This link was damaged in transit']);
    // Most are told apart: data that no cut leaves (not a deflate stream), or a checksum that does not match.
    expect(said.get('This link was damaged in transit')).toBeGreaterThan(data.length * 0.8);
  });

  test('cut anywhere at a length base64 allows, the message names a cut first', () => {
    for (let keep = 0; keep < data.length; keep++) expect(errorOf(`${BASE}#v2.${data.slice(0, keep)}`), `kept ${keep}`).toMatch(/^The link is truncated/);
  });

  test('a changed checksum or changed contents: damaged in transit', () => {
    const bytes = fromBase64Url(data) as Uint8Array;
    const badSum = Uint8Array.from(bytes);
    badSum[0] = (badSum[0] ?? 0) ^ 1;
    expect(errorOf(`#v2.${toBase64Url(badSum)}`)).toMatch(/^This link was damaged in transit/);
    // The same checksum over other contents, as a one-character change in the JSON would give.
    const other = deflateSync(new TextEncoder().encode(JSON.stringify({ scenario: { ...preset('classroom-default'), seed: 62 } })), {
      dictionary: new TextEncoder().encode(LINK_DICTIONARY_V1),
    });
    expect(errorOf(`#v2.${toBase64Url(new Uint8Array([...bytes.slice(0, 4), ...other]))}`)).toMatch(/^This link was damaged in transit/);
  });

  test('a v1 link still opens, with a note that it cannot be verified', () => {
    const v1 = fragmentOf({ scenario: preset('xen') });
    const r = decodeShareLink(v1);
    expect(r.ok && r.run.scenario).toEqual(preset('xen'));
    expect(r.ok && r.note).toBe('This link is in the older v1 format, which has no checksum: it opens, but cannot be verified');
  });

  test('a v2 link made when v2 was introduced still decodes to its run', () => {
    const pinned =
      'http://127.0.0.1:5173/#v2.e0IxdyMYzck5QN8W5efn6qakpiWW5kCCETneHRVMgLm3KFUBFL0oeQXoJ9LzS0pmWloqsMwpQco5JRmpCsUliUUlICUF-cCsq5CfBlQLdpwePOGZAJ09mvLolvKAZaQhZakPUcqCrIAbDC6BcRkNjCsko40MTCywGo1cmKMYXp6ZBzcayAalRJLdDaotgIbGgkMXUVKjlMbQ0MkpBpWmOtCC3dQABmoB';
    const r = decoded(pinned);
    expect(r.scenario.name).toBe('classroom-default');
    expect(r.commands?.hosted).toEqual([{ atNs: 0, target: 'web1', line: 'ls' }]);
    expect(r.atNs).toBe(5e9);
  });
});

describe('share links: the v1 format is stable', () => {
  test('a link made when v1 was introduced still decodes to its scenario', () => {
    const link =
      'http://127.0.0.1:5173/#v1.IxjNyTlA3xbl5-fqpqSmJZbmQIIROd4dFUyAubcoVQEUvSh5Begn0vNLSmZaWiqwzClByjklGakKxSWJRSUgJQX5wKyrkJ8GVAt2nB484ZkAnT2a8uiW8oBlpCFlqQ9RyoKsgBsMLoFxGQ2MKySjjQxMLLAajVyYoxhenpkHNxrIBqVEkt0Nqi2AhsbW1gIA';
    const run = decoded(link);
    expect(run.scenario.name).toBe('classroom-default');
    expect(run.scenario.host).toEqual({ cpu: 'nehalem-2009', cores: 4, memoryMiB: 8192, disk: 'hdd', nic: '1g' });
    expect(run.scenario.guests.map((g) => `${g.name}:${g.os}:${g.workload.kind}`)).toEqual(['web1:linux:web-server', 'build1:linux:kernel-build', 'win1:windows:oltp']);
  });
});
