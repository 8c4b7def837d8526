import { describe, expect, test } from 'vitest';
import { labFragment, labIdFromFragment } from './lab-link.ts';

describe('lab links', () => {
  test('#lab=<id> names a lab; other fragments are not ours', () => {
    expect(labIdFromFragment('#lab=io-cost')).toEqual({ id: 'io-cost' });
    expect(labIdFromFragment(labFragment('density'))).toEqual({ id: 'density' });
    expect(labIdFromFragment('#v1.abc')).toBeNull();
    expect(labIdFromFragment('')).toBeNull();
  });

  test('a malformed id is reported, never used in a URL', () => {
    for (const bad of ['#lab=', '#lab=../presets/xen', '#lab=%E0%A4%A', '#lab=<script>', `#lab=${'a'.repeat(41)}`])
      expect(labIdFromFragment(bad)).toEqual({ error: 'the lab link is malformed: a lab id is lower-case letters, digits and "-"' });
  });
});
