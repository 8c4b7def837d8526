import { describe, expect, test } from 'vitest';
import { layerName, memoryPartName } from './layer-names.ts';

describe('layers and memory parts in people’s words', () => {
  test('on native there is no guest: its kernel, in CPU and in memory, is the OS kernel', () => {
    expect(layerName('guest-kernel', 'native')).toBe('OS kernel');
    expect(memoryPartName('guest-kernel', 'native')).toBe('OS kernel');
    expect(memoryPartName('guest-kernel', 'hosted')).toBe('guest kernel');
    expect(memoryPartName('page-cache', 'native')).toBe('page cache');
  });
});
