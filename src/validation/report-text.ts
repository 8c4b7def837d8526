/** How a validation's figures read, the same in the CLI's table and the page's: cells and the four summary lines. */
import type { CellResult, ValidationSummary } from './validation-report.ts';

export function paperText(c: CellResult): string {
  const approx = c.approximate ? '≈' : '';
  if (c.relation === 'over-native') return `${approx}+${num(c.paper)} over native`;
  if (c.relation === 'times-native') return `${approx}${num(c.paper)}× native`;
  return `${approx}${num(c.paper)}`;
}

export function modelText(c: CellResult): string {
  if (c.model === null) return '—';
  if (c.relation === 'over-native') return `${c.model >= 0 ? '+' : ''}${num(c.model)} over native`;
  if (c.relation === 'times-native') return `${num(c.model)}× native`;
  return num(c.model);
}

/** model / paper − 1 as a signed percentage. */
export function pct(e: number): string {
  return `${e >= 0 ? '+' : '−'}${Math.abs(e * 100).toFixed(Math.abs(e) < 0.1 ? 1 : 0)} %`;
}

/** Three significant figures for small values, whole numbers from 100. */
export function num(v: number): string {
  const a = Math.abs(v);
  return a >= 100 ? v.toFixed(0) : a >= 10 ? v.toFixed(1) : v.toFixed(3);
}

/** The summary: cells and their provenance, within 10 % and 25 % (misses count against), orderings, the worst cell. */
export function summaryLines(s: ValidationSummary): string[] {
  const w = s.worst;
  return [
    `cells: ${s.cells} published figures (${s.provenance.verified} verified, ${s.provenance.secondary} secondary, ${s.provenance.unverified} unverified); the model measured ${s.measured}, ${s.missing} missing`,
    `within 10 %: ${s.within10} of ${s.cells} cells; within 25 %: ${s.within25} of ${s.cells} cells`,
    `orderings matched: ${s.orderingsMatched} of ${s.orderings} benchmarks (${s.orderingsUnmeasured} not comparable: a figure missing)`,
    w === null ? 'worst cell: none measured' : `worst cell: ${w.experiment} ${w.benchmark}, ${w.column}: paper ${num(w.paper)}, model ${num(w.model)} (${pct(w.error)})`,
  ];
}
