import { describe, expect, test } from 'vitest';
import type { ScenarioResult } from '../../src/engine/index.ts';
import { literalText, renderDescription, valuesAt } from './render-description.ts';

const guest = (name: string, relativeToNative: number | null, bootMs: number) => ({ name, relativeToNative, bootMs, state: 'running' });
const run = {
  platforms: {
    hosted: { memoryMiB: { total: 4329 }, bootMs: 54_628.9, guests: [guest('web1', 0.1512, 47_617), guest('db', 0.9745, 48_000)] },
  },
} as unknown as ScenarioResult;

describe('a gallery template', () => {
  test('fills shares, sizes, times and counts in the text’s own rounding', () => {
    expect(renderDescription('web1 keeps {{hosted.guests.web1.relativeToNative %}} ({{hosted.guests.web1.relativeToNative %1}})', run)).toBe('web1 keeps 15 % (15.1 %)');
    expect(renderDescription('{{hosted.memoryMiB.total GiB}}, {{hosted.memoryMiB.total MiB}}, booted in {{hosted.bootMs s}}', run)).toBe('4.2 GiB, 4,329 MiB, booted in 55 s');
  });

  test('gives a range over every guest, or one figure when they agree after rounding', () => {
    expect(renderDescription('{{hosted.guests.*.relativeToNative %}}', run)).toBe('15–97 %');
    expect(renderDescription('{{hosted.guests.*.state text}}', run)).toBe('running');
  });

  test('refuses a path the run does not have, or a number where there is none', () => {
    expect(() => renderDescription('{{hosted.guests.nobody.relativeToNative %}}', run)).toThrow('nothing at');
    expect(() => renderDescription('{{hosted.guests.*.state %}}', run)).toThrow('not a number');
    expect(valuesAt(run, 'container.bootMs')).toEqual([]);
  });

  test('its literal text is what is left outside the placeholders', () => {
    expect(literalText('a {{hosted.bootMs s}} b 512 MiB')).toBe('a   b 512 MiB');
  });
});

describe('counting over every guest', () => {
  test('counts the guests in a state and adds figures up', () => {
    const r = { platforms: { hosted: { guests: [{ state: 'running', n: 1 }, { state: 'crashed', n: 2 }, { state: 'running' }] } } } as unknown as ScenarioResult;
    expect(renderDescription('{{hosted.guests.*.state #running}} running, {{hosted.guests.*.state #crashed}} crashed, {{hosted.guests.*.n sum}} kills', r)).toBe('2 running, 1 crashed, 3 kills');
  });
});
