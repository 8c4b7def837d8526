import { deflateSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { toBase64Url } from './base64url.ts';
import { decodeLabLink, encodeLabLink, labLinkOf } from './lab-data-link.ts';

describe('lab links', () => {
  test('a lab file travels whole in a link and back', () => {
    const text = JSON.stringify({ version: 1, id: 'mine', title: 'Mine ✓' });
    const r = encodeLabLink('lab-data', text, 'https://school.example/virtscope/#lab=io-cost');
    if (!r.ok) throw new Error(r.error);
    expect(r.link).toMatch(/^https:\/\/school\.example\/virtscope\/#lab-data=[A-Za-z0-9_-]+$/);
    const link = labLinkOf(new URL(r.link).hash);
    expect(link?.kind).toBe('lab-data');
    expect(decodeLabLink(link?.data ?? '')).toEqual({ ok: true, text });
  });

  test('other fragments are not lab links; damaged data says how', () => {
    expect(labLinkOf('#lab=io-cost')).toBeNull();
    expect(labLinkOf('#v2.abc')).toBeNull();
    expect(decodeLabLink('')).toEqual({ ok: false, error: 'The link is truncated: it has no data' });
    const error = (data: string): string => {
      const r = decodeLabLink(data);
      return r.ok ? '' : r.error;
    };
    expect(error('a+b')).toContain('corrupted');
    expect(error('AAAA')).toMatch(/corrupted|truncated/);
  });

  test('a zip bomb is refused without inflating past the limit', () => {
    const bomb = toBase64Url(deflateSync(new Uint8Array(5_000_000), { level: 9 }));
    const r = decodeLabLink(bomb);
    expect(r.ok ? '' : r.error).toContain('too large');
  });
});
