import { describe, expect, test } from 'vitest';
import type { PlatformResult } from '../../../engine/index.ts';
import { guestResult, type PlatformFigures } from './platform-figures.ts';

describe('a guest looked up in a platform result', () => {
  test('each of a thousand guests is found by name (an index built once per result), an unknown name is not', () => {
    const guests = Array.from({ length: 1000 }, (_, i) => ({ name: `vps${i}` }));
    const f = { kind: 'container', result: { guests } as unknown as PlatformResult, rates: null } as PlatformFigures;
    for (const i of [0, 499, 999]) expect(guestResult(f, `vps${i}`)).toBe(guests[i]);
    expect(guestResult(f, 'nobody')).toBeUndefined();
    expect(guestResult({ ...f, result: null }, 'vps1')).toBeUndefined();
  });
});
