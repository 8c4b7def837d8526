import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { PRESET_NAMES, loadPreset } from '../../../engine/index.ts';
import { fetchPreset, galleryIndexSchema } from './gallery-index.ts';

const PRESETS_DIR = new URL('../../../../public/presets/', import.meta.url);
const gallery = galleryIndexSchema.parse(JSON.parse(readFileSync(new URL('gallery.json', PRESETS_DIR), 'utf8')));

/** Answers every fetch with this body and status. */
const serve = (body: string, status = 200) => vi.stubGlobal('fetch', vi.fn(() => Promise.resolve(new Response(body, { status }))));

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the presets gallery', () => {
  test('lists every preset the engine ships, each once, with a paragraph on what it shows', () => {
    expect(gallery.presets.map((p) => p.name).sort()).toEqual([...PRESET_NAMES].sort());
    for (const p of gallery.presets) expect(p.description.length, p.name).toBeGreaterThan(150);
  });

  test('has the classroom default, the comparisons and a card per product', () => {
    const names = gallery.presets.map((p) => p.name);
    for (const n of ['classroom-default', 'io-comparison', 'density', 'bt-vs-hardware-assist', 'shadow-vs-nested-paging']) expect(names).toContain(n);
    expect(gallery.presets.filter((p) => p.tags.includes('product'))).toHaveLength(9);
  });

  test('shadow vs nested paging runs memory-management-heavy work with one paging mode per column, on a CPU with EPT', () => {
    const s = loadPreset('shadow-vs-nested-paging');
    expect(s?.host.cpu).toBe('nehalem-2009');
    expect(s?.platforms.hosted).toMatchObject({ technique: 'hardware-assist', paging: 'shadow' });
    expect(s?.platforms['bare-metal']).toMatchObject({ guestMode: 'hardware-assist', paging: 'nested' });
    expect(s?.guests.map((g) => g.workload.kind)).toEqual(expect.arrayContaining(['kernel-build', 'fork-exec']));
  });

  test('a fetched preset goes through parseScenario', async () => {
    serve(readFileSync(new URL('xen.json', PRESETS_DIR), 'utf8'));
    expect(await fetchPreset('xen')).toEqual({ ok: true, value: loadPreset('xen') });
    serve(JSON.stringify({ ...loadPreset('xen'), seed: -1 }));
    expect(await fetchPreset('xen')).toEqual({ ok: false, errors: ['presets/xen.json: seed: a whole number from 0 to 4294967295'] });
  });

  test('a missing, broken or unnamed preset file gives a message', async () => {
    serve('not found', 404);
    expect(await fetchPreset('gone')).toEqual({ ok: false, errors: ['presets/gone.json: the server answered 404'] });
    serve('{"version":');
    expect(await fetchPreset('xen')).toMatchObject({ ok: false, errors: [expect.stringMatching(/^presets\/xen\.json: not valid JSON/)] });
    expect(await fetchPreset('../secret')).toEqual({ ok: false, errors: ['"../secret" is not a preset name'] });
  });
});
