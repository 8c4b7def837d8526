import { deflateSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { loadPreset, type Scenario } from '../engine/index.ts';
import { toBase64Url } from './base64url.ts';
import { LINK_DICTIONARY_V1 } from './link-dictionary.ts';
import { decodeShareLink } from './share-link.ts';
import { throughLink } from './testing/through-link.ts';

const scenario = loadPreset('classroom-default') as Scenario;

/** What a link whose view is `view` decodes to, made the way a hostile page could make it. */
function errorOfView(view: unknown): string {
  const json = new TextEncoder().encode(JSON.stringify({ scenario, view }));
  const r = decodeShareLink(`#v1.${toBase64Url(deflateSync(json, { dictionary: new TextEncoder().encode(LINK_DICTIONARY_V1) }))}`);
  return r.ok ? 'decoded' : r.error;
}

describe('share links carry how the page showed the run', () => {
  test('the open tab, the speed (max included) and the console in front come back as they went', () => {
    expect(throughLink({ scenario, view: { tab: 'comparison', speed: Infinity, console: 'hosted:web1' } }).view).toEqual({ tab: 'comparison', speed: Infinity, console: 'hosted:web1' });
    expect(throughLink({ scenario, view: { speed: 10 } }).view).toEqual({ speed: 10 });
    expect(throughLink({ scenario }).view).toBeUndefined();
  });

  test('a view the page could not show is refused with a message, not applied', () => {
    expect(errorOfView({ console: 'hosted:nobody' })).toMatch(/no console "hosted:nobody" in the scenario/);
    expect(errorOfView({ console: 'mainframe:web1' })).toMatch(/no console "mainframe:web1"/);
    expect(errorOfView({ tab: 'settings' })).toMatch(/not a VirtScope run/);
    expect(errorOfView({ speed: 0 })).toMatch(/not a VirtScope run/);
    expect(errorOfView({ speed: 1e9 })).toMatch(/not a VirtScope run/);
    expect(errorOfView({ colour: 'red' })).toMatch(/not a VirtScope run/);
  });
});
