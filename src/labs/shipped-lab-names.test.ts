/**
 * A shipped lab names what the page shows as the page names it: console tabs by their
 * titles, and the table or chart that shows a figure an answer is checked against. The
 * names are the page's own (src/ui), read here, so a renamed tab fails the lab that still
 * names the old one.
 */
import { describe, expect, test } from 'vitest';
import { PLATFORM_KINDS } from '../engine/scenario/schema.ts';
import { consoleRefs } from '../ui/engine-client/console-refs.ts';
import type { Lab } from './parse-lab.ts';
import { shippedIndex, shippedLab as shipped } from './testing/shipped-labs.node.ts';

const ids = shippedIndex().labs.map((l) => l.id);

/** Everything a student reads of a step: its instructions, hints and question. */
function texts(lab: Lab): { where: string; text: string }[] {
  return lab.steps.flatMap((s, i) => [
    { where: `step ${i + 1} instructions`, text: s.instructions },
    ...(s.hints ?? []).map((h, k) => ({ where: `step ${i + 1} hint ${k + 1}`, text: h })),
    ...(s.check.kind === 'answer' ? [{ where: `step ${i + 1} question`, text: s.check.question }] : []),
  ]);
}

/** Every match of `re`'s first group in the lab's texts, with where it is. */
function named(lab: Lab, re: RegExp): string[] {
  return texts(lab).flatMap(({ where, text }) => [...text.matchAll(re)].map((m) => `${where}: ${m[1] ?? ''}`));
}

const PLATFORMS = PLATFORM_KINDS.join('|');

/** Where the page shows the figures an answer may be checked against (the Comparison tab's cards). */
const SHOWN_IN: readonly (readonly [RegExp, string])[] = [
  [/\.guests\.[^.]+\.fitsOnHost$/, '**Guests that fit**'],
  [/\.memoryMiB\./, '**Memory by layer**'],
];

describe.each(ids.map((id) => [id]))('%s names what the page shows', (id) => {
  const { lab, scenario } = shipped(id);

  test('consoles by their tab titles', () => {
    const tabs = new Set(consoleRefs(scenario).map((c) => c.title));
    const consoles = named(lab, new RegExp(`\\*\\*([^*]+ · (?:${PLATFORMS}))\\*\\*`, 'g'));
    expect(consoles.filter((c) => !tabs.has(c.slice(c.indexOf(': ') + 2)))).toEqual([]);
  });

  // density once said "Every guest card shows fits on host": no card does; the Comparison tab's table does.
  test('an answer read off a figure sends the student where the page shows it', () => {
    lab.steps.forEach((step, i) => {
      if (step.check.kind !== 'answer' || step.check.metric === undefined) return;
      const metric = step.check.metric;
      const place = SHOWN_IN.find(([re]) => re.test(metric))?.[1];
      expect(place, `step ${i + 1}: where does the page show ${metric}?`).toBeDefined();
      const read = texts({ ...lab, steps: lab.steps.slice(0, i + 1) }).some((t) => t.text.includes(place ?? ''));
      expect(read, `step ${i + 1} (or one before it) names ${place ?? ''}, where ${metric} is shown`).toBe(true);
    });
  });
});
