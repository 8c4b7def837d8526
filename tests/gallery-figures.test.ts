/**
 * Every figure a gallery description quotes is what the engine prints (issue 10: "the
 * presets' gallery descriptions still match what the engine prints"). Each description is
 * written as a template (tests/gallery/description-templates.json) over the run at 120 virtual seconds (tests/gallery/render-description.ts),
 * filled from the preset snapshots that tests/preset-outputs.test.ts keeps byte for byte
 * equal to the engine's output; `npm run gallery` fills them again after the model changes.
 * A share, size or time written into a template by hand fails, unless it is one of the
 * scenario's own parameters (`inputs`: a guest's size, a cap), so a stale figure cannot hide.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import gallery from '../public/presets/gallery.json' with { type: 'json' };
import type { ScenarioResult } from '../src/engine/index.ts';
import { descriptionTemplate, literalText, renderDescription } from './gallery/render-description.ts';

interface Entry {
  readonly name: string;
  readonly description: string;
}

/** A share, a memory size or a time in running text. */
const FIGURE = /\d[\d.,]*(?:–[\d.,]+)? ?(?:%|GiB|MiB|ms|s)(?![\p{L}\d])/gu;

const entries = (gallery as { presets: Entry[] }).presets;
const run = (name: string): ScenarioResult =>
  JSON.parse(readFileSync(new URL(`__snapshots__/presets/${name}.json`, import.meta.url), 'utf8')) as ScenarioResult;

describe('each gallery description is its template filled from the run at 120 virtual seconds', () => {
  test.each(entries.map((e) => [e.name, e] as const))('%s', (name, e) => {
    const { template, inputs = [] } = descriptionTemplate(name);
    expect(e.description, 'npm run gallery fills the descriptions again').toBe(renderDescription(template, run(name)));
    const loose = [...literalText(template).matchAll(FIGURE)].map((m) => m[0]).filter((t) => !inputs.includes(t));
    expect(loose, 'figures written by hand (a result must be a placeholder; a parameter goes in inputs)').toEqual([]);
  });
});
