/**
 * The ordering of a benchmark's columns, best first, and whether the model orders them as
 * the paper does: every pair must stand in the same relation (better, worse, or within 1 %).
 */
import type { OrderingResult } from './validation-report.ts';

/** Figures within this fraction of each other are a tie. */
const TIE = 0.01;

type Relation = -1 | 0 | 1;

function relation(a: number, b: number, better: 'higher' | 'lower'): Relation {
  const scale = Math.max(Math.abs(a), Math.abs(b));
  if (scale === 0 || Math.abs(a - b) / scale <= TIE) return 0;
  return (a > b) === (better === 'higher') ? 1 : -1;
}

export interface Ranked {
  readonly label: string;
  readonly value: number | null;
}

/** "native ≈ Xen > VMware WS", best first; null if any figure is missing. */
export function orderingText(items: readonly Ranked[], better: 'higher' | 'lower'): string | null {
  if (items.some((i) => i.value === null)) return null;
  const sorted = [...items].sort((a, b) => ((better === 'higher' ? 1 : -1) * ((b.value ?? 0) - (a.value ?? 0))));
  return sorted.map((x, i) => (i === 0 ? x.label : `${relation(sorted[i - 1]?.value ?? 0, x.value ?? 0, better) === 0 ? '≈' : '>'} ${x.label}`)).join(' ');
}

export function compareOrdering(paper: readonly Ranked[], model: readonly Ranked[], better: 'higher' | 'lower'): OrderingResult {
  const p = orderingText(paper, better);
  const m = orderingText(model, better);
  if (p === null || m === null) return { paper: p, model: m, matched: null };
  let matched = true;
  for (let i = 0; i < paper.length; i++)
    for (let j = i + 1; j < paper.length; j++)
      if (relation(paper[i]?.value ?? 0, paper[j]?.value ?? 0, better) !== relation(model[i]?.value ?? 0, model[j]?.value ?? 0, better)) matched = false;
  return { paper: p, model: m, matched };
}
