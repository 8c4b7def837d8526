import { describe, expect, test } from 'vitest';
import { exportFileName, fileStem, virtualTimeStamp } from './file-name.ts';

describe('export file names', () => {
  test('keep a plain scenario name as it is', () => {
    expect(fileStem('classroom-default')).toBe('classroom-default');
  });

  test('reduce user input to a safe stem: no separators, no leading dot, no markup, accents folded', () => {
    expect(fileStem('../../etc/passwd')).toBe('etc-passwd');
    expect(fileStem('..\\windows\\system32')).toBe('windows-system32');
    expect(fileStem('.hidden')).toBe('hidden');
    expect(fileStem('<script>alert(1)</script>')).toBe('script-alert-1-script');
    expect(fileStem('Démo: Xen vs ESX?  *2*')).toBe('demo-xen-vs-esx-2');
    expect(fileStem('a\u0000b\nc|d"e')).toBe('a-b-c-d-e');
  });

  test('fall back to "scenario" when nothing usable is left, and cap the length', () => {
    expect(fileStem('')).toBe('scenario');
    expect(fileStem('💥💥💥')).toBe('scenario');
    expect(fileStem('x'.repeat(500))).toHaveLength(60);
    expect(fileStem(`${'y'.repeat(59)}-z`)).toBe('y'.repeat(59));
  });

  test('stamp the virtual instant in seconds, to the millisecond', () => {
    expect(virtualTimeStamp(0)).toBe('t0s');
    expect(virtualTimeStamp(75e9)).toBe('t75s');
    expect(virtualTimeStamp(75_250_000_000)).toBe('t75.25s');
    expect(virtualTimeStamp(1_000_400)).toBe('t0.001s');
  });

  test('put the stem, the instant and what was exported together', () => {
    expect(exportFileName('classroom-default', 75e9, 'results', 'csv')).toBe('classroom-default-t75s-results.csv');
    expect(exportFileName('My lab/1', 2.5e9, 'CPU time by layer', 'png')).toBe('my-lab-1-t2.5s-cpu-time-by-layer.png');
  });
});
