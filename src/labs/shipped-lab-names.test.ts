/**
 * A shipped lab names what the page shows as the page names it: console tabs by their
 * titles, layers as the columns' stacks and the memory figures name them, charts by their
 * headings, the table or chart that shows a figure an answer is checked against, and a
 * memory threshold in the unit Verify states it in; never an engine id the page shows in
 * words (`vmm`, `shared-pages`, `exit:pt-write`). The names are the page's own
 * (src/ui), read here, so a renamed tab or layer fails the lab that still names the old one.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { LAYERS } from '../engine/metrics/layers.ts';
import { PLATFORM_KINDS } from '../engine/scenario/schema.ts';
import { pageWording } from '../ui/components/labs/page-wording.ts';
import { exitReasonName } from '../ui/components/names/exit-reason-names.ts';
import { layerName, memoryPartName } from '../ui/components/names/layer-names.ts';
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

/** Every match of `re` in the lab's texts, by its first group that matched, with where it is. */
function named(lab: Lab, re: RegExp): { where: string; name: string }[] {
  return texts(lab).flatMap(({ where, text }) => [...text.matchAll(re)].map((m) => ({ where, name: m.slice(1).find((g) => g !== undefined) ?? '' })));
}

const PLATFORMS = PLATFORM_KINDS.join('|');

/** The layers as each column's stack names them ("VMM (monitor)", "Container processes"). */
const STACK_NAMES = new Set([...LAYERS, 'hardware'].flatMap((l) => PLATFORM_KINDS.map((p) => layerName(l, p))));

/** A memory part as the cards and Memory by layer name it ("shared pages"): a name the page gives a known part. */
function isMemoryPartName(name: string): boolean {
  const id = name.toLowerCase().replace(/ /g, '-');
  return memoryPartName(id) !== id && memoryPartName(id) === name;
}

/** The Comparison tab's charts and tables by their headings, as their components write them. */
const COMPARISON_DIR = new URL('../ui/components/comparison/', import.meta.url);
const HEADINGS = new Set(
  readdirSync(COMPARISON_DIR)
    .filter((f) => f.endsWith('.tsx'))
    .flatMap((f) => [...readFileSync(new URL(f, COMPARISON_DIR), 'utf8').matchAll(/\btitle="([^"]+)"|<h3[^>]*>([^<{]+)<\/h3>/g)].map((m) => m[1] ?? m[2] ?? '')),
);

/** An engine id the page shows in words: a layer, a memory part or an exit reason ("vmm" reads "VMM (monitor)"). */
const isEngineId = (s: string): boolean => layerName(s) !== s || memoryPartName(s) !== s || exitReasonName(s) !== s;

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
    expect(consoles.filter((c) => !tabs.has(c.name))).toEqual([]);
  });

  // bt-vs-hardware-assist once sent the student to "the exits chart … or the bare-metal column's exit counts";
  // three-architectures to the hosted column's "*CPU by layer* chart", density to a bare-metal "memory chart".
  test('charts by the headings the Comparison tab gives them', () => {
    expect(HEADINGS).toContain('Exits per second');
    const charts = named(lab, /(?:\*\*([^*]+)\*\*|(\S+)) charts?\b/g);
    expect.soft(charts.filter((c) => !HEADINGS.has(c.name) && !['that', 'the', 'its'].includes(c.name))).toEqual([]);
    // "that chart" and "its chart" refer to a chart the same text named.
    const unnamed = texts(lab).filter((t) => /\bcharts?\b/i.test(t.text) && ![...HEADINGS].some((h) => t.text.includes(`**${h}**`)));
    expect.soft(unnamed).toEqual([]);
    expect.soft(texts(lab).filter((t) => /exit counts/i.test(t.text))).toEqual([]);
  });

  // A guest card shows its state and why, throughput, vs native, CPU time and memory (GuestCard.tsx); density
  // once said every card shows "fits on host", memory-pressure that a card's "memory pressure" shows the OOM kills.
  test('a guest card is not said to show what no card shows', () => {
    const sentences = texts(lab).flatMap((t) => t.text.split(/(?<=[.:;])\s/).map((sentence) => ({ where: t.where, sentence })));
    expect(sentences.filter((x) => /\bcards?\b[^.]*\b(fits on host|memory pressure|OOM kills?|exits?|exit counts)\b/i.test(x.sentence))).toEqual([]);
  });

  test('no engine id where the page shows words', () => {
    expect.soft(named(lab, /`([^`\s]+)`/g).filter((c) => isEngineId(c.name))).toEqual([]);
  });

  test('layers as the stacks and memory figures name them', () => {
    // "the **VMM (monitor)** layer", "the layer under **Container processes**": not an engine id (`vmm`, `shared-pages`).
    const layers = named(lab, /(?:\*\*([^*]+)\*\*|`([^`]+)`)(?= layer\b|'s? layer\b)|\blayers? (?:under|above|below) \*\*([^*]+)\*\*/g);
    expect.soft(layers.filter((l) => !STACK_NAMES.has(l.name) && !isMemoryPartName(l.name))).toEqual([]);
    // Native's stack says "User programs", the containers' "Container processes".
    expect.soft(texts(lab).filter((t) => /container/i.test(t.text) && /user programs/i.test(t.text))).toEqual([]);
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

  // ballooning once said "more than 3,600 MiB (2,624 MiB before…)" where Verify said "2.4 GiB, not yet above 3.5 GiB".
  test('a memory threshold as Verify words it', () => {
    const words = pageWording(scenario);
    lab.steps.forEach((step, i) => {
      const check = step.check;
      if (check.kind !== 'metric' || !check.metric.includes('.memoryMiB.')) return;
      for (const threshold of [check.above, check.below]) {
        if (threshold !== undefined) expect(step.instructions, `step ${i + 1}`).toContain(`**${words.value(check.metric, threshold)}**`);
      }
    });
  });
});
