/**
 * How figures read on the page: clock, percentages, rates, sizes and durations. Pure
 * string formatting of what the engine computed; nothing here derives a model result.
 */

/** Virtual time as h:mm:ss (hours grow past 24; negative or non-finite time reads 0:00:00). */
export function formatClock(ns: number): string {
  const total = Number.isFinite(ns) && ns > 0 ? Math.floor(ns / 1e9) : 0;
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
}

/** A share (0–1) as a percentage: "12.3 %", "0.4 %", "<0.1 %" for a tiny non-zero share. */
export function formatShare(share: number | null | undefined): string {
  if (share === null || share === undefined || !Number.isFinite(share)) return '—';
  const pct = share * 100;
  if (pct === 0) return '0 %';
  if (Math.abs(pct) < 0.1) return '<0.1 %';
  return `${pct >= 10 ? pct.toFixed(0) : pct.toFixed(1)} %`;
}

const GROUPED = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** A rate or count: grouped integers from 100 up, three significant digits below. */
export function formatNumber(n: number | null | undefined): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return '—';
  const a = Math.abs(n);
  if (a === 0) return '0';
  if (a >= 100) return GROUPED.format(n);
  if (a >= 0.001) return String(Number(n.toPrecision(3)));
  return n.toExponential(1);
}

/** A large count with a k/M suffix: 138000 → "138 k". */
export function formatCompact(n: number | null | undefined): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return '—';
  const a = Math.abs(n);
  if (a >= 1e6) return `${Number((n / 1e6).toPrecision(3))} M`;
  if (a >= 1e4) return `${Number((n / 1e3).toPrecision(3))} k`;
  return formatNumber(n);
}

/** Memory in MiB, as MiB below 1 GiB and GiB with one decimal above. */
export function formatMiB(mib: number | null | undefined): string {
  if (mib === null || mib === undefined || !Number.isFinite(mib)) return '—';
  if (Math.abs(mib) >= 1024) return `${(mib / 1024).toFixed(1)} GiB`;
  return `${Math.round(mib)} MiB`;
}

/** A virtual duration in ms: "35 ms", "1.83 s", "2 min 05 s". */
export function formatMs(ms: number | null | undefined): string {
  if (ms === null || ms === undefined || !Number.isFinite(ms)) return '—';
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const s = ms / 1000;
  if (s < 60) return `${s < 10 ? s.toFixed(2) : s.toFixed(1)} s`;
  const whole = Math.round(s);
  return `${Math.floor(whole / 60)} min ${String(whole % 60).padStart(2, '0')} s`;
}

/** Seconds in one unit, for an axis whose ticks must read alike: 60 → "60 s", 0.9 → "0.9 s", 48.27 → "48.3 s". */
export function formatSeconds(s: number): string {
  return `${Number(s.toPrecision(3))} s`;
}

/** A speed factor: 1 → "1×", Infinity → "max". */
export function formatSpeed(speed: number): string {
  return Number.isFinite(speed) ? `${speed}×` : 'max';
}

/** Accumulated CPU time in ms, short enough for a narrow figure: "41.4 s", "117 s", "2.8 h". */
export function formatCpuTime(ms: number | null | undefined): string {
  if (ms === null || ms === undefined || !Number.isFinite(ms)) return '—';
  const s = ms / 1000;
  if (s < 100) return `${s.toFixed(1)} s`;
  if (s < 10_000) return `${Math.round(s)} s`;
  return `${(s / 3600).toFixed(1)} h`;
}

/** A unit for a kind of figure: its name and how many of the base unit (ms, MiB) it is. */
export interface Scale {
  readonly unit: string;
  readonly per: number;
}

/** Durations, base ms. */
export const TIME_SCALES: readonly Scale[] = [
  { unit: 'ms', per: 1 },
  { unit: 's', per: 1e3 },
  { unit: 'min', per: 60e3 },
  { unit: 'h', per: 3600e3 },
];

/** Memory sizes, base MiB. */
export const MEMORY_SCALES: readonly Scale[] = [
  { unit: 'MiB', per: 1 },
  { unit: 'GiB', per: 1024 },
];

/**
 * The one unit for figures shown together, chosen from the largest of them: the largest
 * unit in which it still reads 10 or more (the first unit below that), so neighbouring
 * figures never mix "5075 s" with "3.8 h" and the same magnitude always reads the same way.
 */
export function scaleFor(scales: readonly Scale[], largest: number): Scale {
  const first = scales[0];
  if (!first) throw new Error('no scales');
  let chosen = first;
  for (const s of scales) if (Math.abs(largest) / s.per >= 10) chosen = s;
  return chosen;
}

/** A figure in a given unit, three significant digits (grouped from 1,000 up): "84.6 min", "512 MiB". */
export function formatIn(value: number | null | undefined, scale: Scale): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  const n = value / scale.per;
  const a = Math.abs(n);
  const text = a === 0 ? '0' : a >= 1000 ? GROUPED.format(n) : a >= 0.01 ? String(Number(n.toPrecision(3))) : '<0.01';
  return `${text} ${scale.unit}`;
}

/** A time per transaction in microseconds: "1234 µs", "12.3 µs", "0.045 µs". */
export function formatMicros(us: number): string {
  const a = Math.abs(us);
  if (a === 0) return '0 µs';
  return `${a >= 100 ? us.toFixed(0) : a >= 1 ? us.toFixed(1) : us.toFixed(3)} µs`;
}
