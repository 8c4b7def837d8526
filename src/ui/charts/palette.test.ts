import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { PLATFORM_KINDS } from '../../engine/index.ts';
import { COLOUR_BLIND_SAFE, distinctColour, LAYER_COLOUR, layerColour, memoryColour, MODEL_COLOUR, PAPER_COLOUR, PLATFORM_COLOUR, WATERFALL_COLOUR } from './palette.ts';

const safe = new Set(COLOUR_BLIND_SAFE);

describe('every chart draws in the colour-blind-safe set (issue 14 case 8)', () => {
  test('layers, platforms, memory parts, breakdowns, waterfalls and validation bars all take their colours from it', () => {
    const memoryParts = ['host-os', 'hypervisor', 'shared-kernel', 'guest-kernel', 'workload', 'page-cache', 'guest-unused', 'monitor-overhead', 'container-state', 'shared-pages', 'allocated', 'kernel (Linux 2.6)', 'driver-domain (dom0)', 'something new'];
    const used = [
      ...Object.values(LAYER_COLOUR),
      layerColour('a layer no table names'),
      ...Object.values(PLATFORM_COLOUR),
      ...memoryParts.map(memoryColour),
      ...Array.from({ length: 30 }, (_, i) => distinctColour(i)),
      ...Object.values(WATERFALL_COLOUR),
      PAPER_COLOUR,
      MODEL_COLOUR,
    ];
    expect(used.filter((c) => !safe.has(c))).toEqual([]);
  });

  test('the memory parts a chart stacks together each have a hue of their own', () => {
    const named = ['host-os', 'hypervisor', 'shared-kernel', 'guest-kernel', 'workload', 'page-cache', 'guest-unused', 'monitor-overhead', 'container-state', 'shared-pages', 'allocated', 'driver-domain (dom0)'];
    expect(new Set(named.map(memoryColour)).size).toBe(named.length);
  });

  test("a platform's columns and console tabs have the colour its chart series have", () => {
    for (const [file, variable] of [
      ['src/ui/styles/columns.css', '--platform-colour'],
      ['src/ui/terminal/terminal.css', '--tab-group-colour'],
    ] as const) {
      const css = readFileSync(file, 'utf8');
      for (const kind of PLATFORM_KINDS) {
        const rule = new RegExp(`\\[data-platform='${kind}'\\]\\s*\\{\\s*${variable}:\\s*(#[0-9a-f]{6})`).exec(css);
        expect(rule?.[1], `${file} ${kind}`).toBe(PLATFORM_COLOUR[kind]);
      }
    }
  });
});
