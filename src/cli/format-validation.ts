/**
 * `cli validate`'s table: per experiment, the setups, paper vs model per cell with the
 * error and where the paper's figure was read, the orderings, and what stands for each
 * benchmark. The last four lines are the summary (a hook reads `validate | tail -4`).
 */
import type { BenchmarkResult, CellResult, ExperimentResult, ValidationReport } from '../validation/validation-report.ts';
import type { Provenance } from '../validation/reference/published-figures.ts';
import { modelText, paperText, pct, summaryLines } from '../validation/report-text.ts';
import { grid } from './text-grid.ts';

const WIDTH = 118;
const TAG: Readonly<Record<Provenance['status'], string>> = { verified: 'V', secondary: 'S', unverified: 'U' };

export function formatValidation(r: ValidationReport): string {
  const sources = new Map<string, string>();
  const sourceTag = (p: Provenance): string => {
    const key = `${p.status}\u0000${p.where}`;
    let tag = sources.get(key);
    if (tag === undefined) {
      tag = `${TAG[p.status]}${[...sources.keys()].filter((k) => k.startsWith(`${p.status}\u0000`)).length + 1}`;
      sources.set(key, tag);
    }
    return tag;
  };
  const out: string[] = [];
  for (const e of r.experiments) out.push(...experimentBlock(e, sourceTag), '');
  out.push('Where each paper figure was read (V verified in the paper, S secondary, U unverified):');
  for (const [key, tag] of sources) out.push(...wrap(`${tag}  ${key.split('\u0000')[1] ?? ''}`, '    '));
  out.push('', ...summaryLines(r.summary));
  return out.join('\n');
}

function experimentBlock(e: ExperimentResult, sourceTag: (p: Provenance) => string): string[] {
  const out = [`== ${e.title} ==`, ...wrap(`paper: ${e.setup}`, '       '), ...wrap(`model: ${e.modelSetup}`, '       ')];
  const scenarios = [...new Set(e.benchmarks.flatMap((b) => (b.scenario ? [`public/validation/${b.scenario}.json`] : [])))];
  if (scenarios.length > 0) out.push(...wrap(`scenarios: ${scenarios.join(', ')}`, '           '));
  const rows: string[][] = [['benchmark', 'column', 'paper', 'model', 'error', 'read']];
  for (const b of e.benchmarks)
    b.cells.forEach((c, i) => rows.push([i === 0 ? `${b.label}${b.relative ? ' (vs native)' : ` (${b.unit})`}` : '', c.columnLabel, paperText(c), modelText(c), errorText(c), sourceTag(c.provenance)]));
  out.push('', ...grid(rows).map((l) => `  ${l}`), '', '  ordering (best first):');
  for (const b of e.benchmarks) out.push(`  ${b.label.padEnd(16)} ${orderingText(b)}`);
  out.push('', '  as modelled:');
  for (const b of e.benchmarks) {
    out.push(...wrap(`${b.label.padEnd(16)} ${b.asModelled}`, ' '.repeat(19)).map((l) => `  ${l}`));
    for (const why of new Set(b.cells.flatMap((c) => (c.missing && c.missing !== b.asModelled ? [`${c.columnLabel}: ${c.missing}`] : []))))
      out.push(...wrap(`${''.padEnd(16)} missing ${why}`, ' '.repeat(19)).map((l) => `  ${l}`));
  }
  return out;
}

function orderingText(b: BenchmarkResult): string {
  const mark = b.ordering.matched === null ? 'not comparable' : b.ordering.matched ? 'matched' : 'NOT matched';
  return `paper ${b.ordering.paper ?? '(not stated for every column)'} | model ${b.ordering.model ?? '(a figure missing)'} : ${mark}`;
}



function errorText(c: CellResult): string {
  return c.error === null ? 'MISSING' : pct(c.error);
}


/** Words wrapped to the table's width; continuation lines indented. */
function wrap(text: string, indent: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line.length > 0 && line.length + 1 + word.length > WIDTH) {
      lines.push(line);
      line = indent + word;
    } else line = line.length === 0 ? word : `${line} ${word}`;
  }
  if (line.length > 0) lines.push(line);
  return lines;
}
