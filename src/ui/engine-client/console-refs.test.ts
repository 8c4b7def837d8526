import { describe, expect, test } from 'vitest';
import { loadPreset } from '../../engine/index.ts';
import { consoleRefs, managerName, parseConsoleKey } from './console-refs.ts';

describe('console references', () => {
  test('name each manager as its product does', () => {
    const s = loadPreset('classroom-default');
    if (!s) throw new Error('preset missing');
    expect(managerName('native', s)).toBe('host');
    expect(managerName('bare-metal', s)).toBe('dom0');
    expect(consoleRefs(s).find((c) => c.key === 'hosted:web1')).toEqual({ key: 'hosted:web1', platform: 'hosted', target: 'web1', title: 'web1 · hosted' });
  });

  test('parse keys, and refuse what names no platform', () => {
    expect(parseConsoleKey('bare-metal:manager')).toEqual({ platform: 'bare-metal', target: 'manager' });
    expect(parseConsoleKey('nativex')).toBeNull();
    expect(parseConsoleKey('mainframe:web1')).toBeNull();
    expect(parseConsoleKey('hosted:')).toBeNull();
  });
});
