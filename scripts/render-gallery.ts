/**
 * `npm run gallery`: fills each gallery description from its template
 * (tests/gallery/description-templates.json) with the figures of
 * the preset snapshots (the engine's output at 120 virtual seconds, which
 * tests/preset-outputs.test.ts keeps true). Run it after a change to the model has updated
 * the snapshots (`npx vitest run tests/preset-outputs.test.ts -u`); tests/gallery-figures.test.ts
 * fails until it has been.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { ScenarioResult } from '../src/engine/index.ts';
import { descriptionTemplate, renderDescription } from '../tests/gallery/render-description.ts';

const file = new URL('../public/presets/gallery.json', import.meta.url);
const gallery = JSON.parse(readFileSync(file, 'utf8')) as { presets: { name: string; description: string }[] };
for (const p of gallery.presets) {
  const result = JSON.parse(readFileSync(new URL(`../tests/__snapshots__/presets/${p.name}.json`, import.meta.url), 'utf8')) as ScenarioResult;
  p.description = renderDescription(descriptionTemplate(p.name).template, result);
}
writeFileSync(file, `${JSON.stringify(gallery, null, 2)}\n`);
process.stdout.write(`${gallery.presets.length} descriptions rendered\n`);
