/**
 * The rows of a guest's "Why?" waterfall, as the engine computed them: from the baseline's
 * time per transaction, each part of the difference added (or taken away) in turn, to the
 * time here. On the baseline itself (nothing to explain against) the time is built up from
 * its own parts instead. Only the bars' offsets are computed here, to draw them.
 */
import { TIME_PARTS, partInfo, partUs, type GuestResult, type PartInfo } from '../../../engine/index.ts';
import type { ChartSpec } from '../../charts/chart-spec.ts';
import { WATERFALL_COLOUR } from '../../charts/palette.ts';
import { formatMicros } from '../format/format.ts';

export interface WaterfallRow {
  readonly key: string;
  readonly label: string;
  /** Where the bar starts and its length, µs per transaction. */
  readonly fromUs: number;
  readonly us: number;
  readonly kind: 'total' | 'adds' | 'saves';
  /** The part's share of the difference (or of the time, on the baseline), %. */
  readonly sharePercent: number | null;
  readonly exits?: number;
  readonly eachUs?: number;
  readonly info: PartInfo | null;
}

/** The waterfall of `g` on `platform`; empty before it has completed a transaction. */
export function waterfallRows(g: GuestResult, platform: string): WaterfallRow[] {
  const t = g.timePerTransaction;
  if (!t) return [];
  const e = g.explain;
  if (e && e.parts.length > 0) {
    const rows: WaterfallRow[] = [total('baseline', `${e.baseline} (baseline)`, e.baselineUs)];
    let at = e.baselineUs;
    for (const p of e.parts) {
      const info = partInfo(p.part);
      const counted = { ...(p.exits !== undefined ? { exits: p.exits } : {}), ...(p.eachUs !== undefined ? { eachUs: p.eachUs } : {}) };
      rows.push({ key: p.part, label: p.label, fromUs: Math.min(at, at + p.extraUs), us: Math.abs(p.extraUs), kind: p.extraUs >= 0 ? 'adds' : 'saves', sharePercent: p.sharePercent, info, ...counted });
      at += p.extraUs;
    }
    rows.push(total('here', platform, e.us));
    return rows;
  }
  // The baseline, or no part differs: its own time, part by part.
  const parts = TIME_PARTS.map((part): [string, PartInfo, number] => [part, partInfo(part), partUs(t, part)])
    .filter((p) => p[2] !== 0)
    .sort((a, b) => b[2] - a[2]);
  const rows: WaterfallRow[] = [];
  let at = 0;
  for (const [key, info, us] of parts) {
    rows.push({ key, label: info.label, fromUs: at, us, kind: 'adds', sharePercent: t.us > 0 ? (us / t.us) * 100 : null, info });
    at += us;
  }
  rows.push(total('here', platform, t.us));
  return rows;
}

function total(key: string, label: string, us: number): WaterfallRow {
  return { key, label, fromUs: 0, us, kind: 'total', sharePercent: null, info: null };
}

/** The rows as stacked horizontal bars lifted by an invisible spacer. */
export function waterfallSpec(rows: readonly WaterfallRow[], unit: string): ChartSpec {
  const only = (kind: WaterfallRow['kind']) => rows.map((r) => (r.kind === kind ? r.us : null));
  return {
    type: 'bar',
    horizontal: true,
    stacked: true,
    labels: rows.map((r) => r.label),
    series: [
      { label: 'from', data: rows.map((r) => r.fromUs), colour: 'transparent', spacer: true },
      { label: 'time', data: only('total'), colour: WATERFALL_COLOUR.total },
      { label: 'adds time', data: only('adds'), colour: WATERFALL_COLOUR.adds },
      { label: 'saves time', data: only('saves'), colour: WATERFALL_COLOUR.saves },
    ],
    valueTitle: `µs per ${unit}`,
    format: formatMicros,
  };
}
