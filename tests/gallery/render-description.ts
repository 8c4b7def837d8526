/**
 * A gallery description written as a template over the run it describes, so its figures
 * are the engine's: `{{hosted.guests.web1.relativeToNative %}}` reads "15 %". A placeholder
 * is a path into the run's platforms (a guest by name; `guests.*` for every guest, shown
 * as a range "97–134 %" when they differ) and a form: `%` a share, `GiB` and `MiB` a
 * memory size (MiB in the run), `s` a time (ms in the run), `n` a count, each optionally
 * with decimals (`%1`, `GiB1`); `text` for a word such as a state; over `guests.*`, `sum`
 * adds the values up and `#running` counts the guests whose value is "running".
 */
import type { ScenarioResult } from '../../src/engine/index.ts';
import templates from './description-templates.json' with { type: 'json' };

const PLACEHOLDER = /\{\{([\w.*-]+) (%|GiB|MiB|s|n|text|sum|#\w+)(\d?)\}\}/g;

/** A preset's description template, and the scenario parameters it quotes (inputs, not results). */
export interface DescriptionTemplate {
  readonly template: string;
  readonly inputs?: readonly string[];
}

export function descriptionTemplate(preset: string): DescriptionTemplate {
  const t = (templates as Readonly<Record<string, DescriptionTemplate>>)[preset];
  if (!t) throw new Error(`no description template for ${preset} in tests/gallery/description-templates.json`);
  return t;
}

/** The values at `path` in the run's platforms (several for `guests.*`). */
export function valuesAt(result: ScenarioResult, path: string): unknown[] {
  const keys = path.split('.');
  let here: unknown[] = [result.platforms];
  keys.forEach((key, i) => {
    here = here.flatMap((v) => {
      if (v === null || typeof v !== 'object') return [];
      if (keys[i - 1] === 'guests' && Array.isArray(v)) {
        const guests = v as readonly { readonly name?: string }[];
        return key === '*' ? [...guests] : guests.filter((g) => g.name === key);
      }
      return key in v ? [(v as Record<string, unknown>)[key]] : [];
    });
  });
  return here;
}

const SCALE: Readonly<Record<string, { readonly by: number; readonly unit: string; readonly decimals: number }>> = {
  '%': { by: 100, unit: ' %', decimals: 0 },
  GiB: { by: 1 / 1024, unit: ' GiB', decimals: 1 },
  MiB: { by: 1, unit: ' MiB', decimals: 0 },
  s: { by: 1 / 1000, unit: ' s', decimals: 0 },
  n: { by: 1, unit: '', decimals: 0 },
};

function show(path: string, form: string, decimals: string, values: readonly unknown[]): string {
  if (values.length === 0) throw new Error(`nothing at ${path}`);
  if (form === 'text') return [...new Set(values.map(String))].join(', ');
  if (form.startsWith('#')) return String(values.filter((v) => v === form.slice(1)).length);
  if (form === 'sum') return String(values.reduce((a: number, v) => a + (typeof v === 'number' ? v : 0), 0));
  if (!values.every((v): v is number => typeof v === 'number')) throw new Error(`${path} is not a number everywhere: ${JSON.stringify(values)}`);
  const s = SCALE[form] as NonNullable<(typeof SCALE)[string]>;
  const d = decimals === '' ? s.decimals : Number(decimals);
  const fmt = (v: number): string => (v * s.by).toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d });
  const [lo, hi] = [fmt(Math.min(...values)), fmt(Math.max(...values))];
  return `${lo === hi ? lo : `${lo}–${hi}`}${s.unit}`;
}

/** The description with every placeholder filled from `result`; throws on a path the run does not have. */
export function renderDescription(template: string, result: ScenarioResult): string {
  return template.replace(PLACEHOLDER, (_, path: string, form: string, decimals: string) => show(path, form, decimals, valuesAt(result, path)));
}

/** The template's text outside its placeholders. */
export function literalText(template: string): string {
  return template.replace(PLACEHOLDER, ' ');
}
