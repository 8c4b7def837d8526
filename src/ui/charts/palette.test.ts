import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { PLATFORM_KINDS, TIME_PARTS } from '../../engine/index.ts';
import { COLOUR_BLIND_SAFE, distinctFill, LAYER_COLOUR, layerColour, memoryColour, MODEL_COLOUR, PAPER_COLOUR, PLATFORM_COLOUR, WATERFALL_COLOUR } from './palette.ts';

const safe = new Set(COLOUR_BLIND_SAFE);

/** CIE 1976 colour difference of two sRGB colours (#rrggbb): about 2 is just noticeable. */
function deltaE(a: string, b: string): number {
  const lab = (hex: string): number[] => {
    const [r, g, b2] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
    const f = (t: number): number => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
    const [x, y, z] = [(r * 0.4124 + g * 0.3576 + b2 * 0.1805) / 0.95047, r * 0.2126 + g * 0.7152 + b2 * 0.0722, (r * 0.0193 + g * 0.1192 + b2 * 0.9505) / 1.08883].map(f) as [number, number, number];
    return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
  };
  const [p, q] = [lab(a), lab(b)];
  return Math.hypot(...p.map((v, i) => v - (q[i] ?? 0)));
}

describe('every chart draws in the colour-blind-safe set (issue 14 case 8)', () => {
  test('layers, platforms, memory parts, breakdowns, waterfalls and validation bars all take their colours from it', () => {
    const memoryParts = ['host-os', 'hypervisor', 'shared-kernel', 'guest-kernel', 'workload', 'page-cache', 'guest-unused', 'monitor-overhead', 'container-state', 'shared-pages', 'allocated', 'kernel (Linux 2.6)', 'driver-domain (dom0)', 'something new'];
    const used = [
      ...Object.values(LAYER_COLOUR),
      layerColour('a layer no table names'),
      ...Object.values(PLATFORM_COLOUR),
      ...memoryParts.map(memoryColour),
      ...Array.from({ length: 40 }, (_, i) => distinctFill(i).colour),
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

  test('"Where the time went" with every mechanism and wait the engine reports: no two parts look alike', () => {
    // The chart gives the i-th part it shows the i-th fill; all of them shown at once is the most it can need.
    const fills = TIME_PARTS.map((_, i) => distinctFill(i));
    expect(new Set(fills.map((f) => `${f.colour} ${f.pattern}`)).size).toBe(TIME_PARTS.length);
    // Parts filled alike differ in hue by more than Okabe & Ito's closest pair (sky blue and blue, ΔE 26):
    // QA read "waiting for the NIC" as user work (the same orange) and two light blues as one.
    const close = fills.flatMap((f, i) =>
      fills.slice(i + 1).flatMap((g, j) => (f.pattern === g.pattern && deltaE(f.colour, g.colour) < 25 ? [`${TIME_PARTS[i]} ~ ${TIME_PARTS[i + 1 + j]}`] : [])),
    );
    expect(close).toEqual([]);
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
