/**
 * Why a guest is slower (or faster) on a platform than on its baseline: the ratio of its
 * times per transaction and the difference split by mechanism and by waiting. Both sides
 * are sums of the same parts, so the parts of the difference add up to the whole.
 */
import { TIME_PARTS, partInfo, partUs, type Mechanism, type TimePart } from './mechanisms.ts';
import type { GuestResult } from './results.ts';
import { round } from './result-records.ts';
import type { ExplanationPart, GuestExplanation, TimePerTransaction } from './time-per-transaction.ts';

/** Parts smaller than this share of the baseline's time are rounding, not a mechanism. */
const NEGLIGIBLE = 1e-9;

/**
 * Compares `here` with `base`; null when either completed no transaction.
 *
 * A transaction that needs more CPU also waits longer behind its guest's other
 * transactions, which need as much: extra queueing behind the guest's own work is shared
 * out over the mechanisms that added CPU, in proportion to what each added. (When no
 * mechanism added CPU, or the queueing shrank, it stays a part of its own.)
 */
export function explainGuest(here: TimePerTransaction, base: TimePerTransaction, baseline: string): GuestExplanation | null {
  if (here.transactions === 0 || base.transactions === 0 || base.us <= 0) return null;
  const delta = (part: TimePart): number => partUs(here, part) - partUs(base, part);
  const queue = delta('wait:queue');
  const added = TIME_PARTS.reduce((sum, p) => sum + (p.startsWith('cpu:') ? Math.max(0, delta(p)) : 0), 0);
  const shareOut = queue > 0 && added > 0;
  const extras = TIME_PARTS.map((part) => {
    const own = delta(part);
    if (!shareOut) return own;
    return part.startsWith('cpu:') ? own + (queue * Math.max(0, own)) / added : part === 'wait:queue' ? 0 : own;
  });
  const gross = extras.reduce((sum, v) => sum + Math.max(0, v), 0);
  const parts: ExplanationPart[] = [];
  TIME_PARTS.forEach((part, i) => {
    const own = delta(part);
    const extra = extras[i] as number;
    const isCpu = part.startsWith('cpu:');
    if (Math.abs(extra) <= NEGLIGIBLE * base.us) return;
    const exitsPerTx = isCpu ? (here.exits[part.slice(4) as Mechanism] ?? 0) : 0;
    const extraUs = round(extra, 3);
    parts.push({
      part,
      label: partInfo(part).label,
      extraUs,
      // Both halves of a mechanism's part, rounded so that they add up to it exactly as printed.
      ...(isCpu ? { cpuUs: round(own, 3), queueUs: round(extraUs - round(own, 3), 3) } : {}),
      sharePercent: gross === 0 ? 0 : round((extra / gross) * 100, 1),
      ...(exitsPerTx > 0 ? { exits: round(exitsPerTx * here.transactions, 0), eachUs: round(own / exitsPerTx, 4) } : {}),
    });
  });
  parts.sort((x, y) => Math.abs(y.extraUs) - Math.abs(x.extraUs));
  return { baseline, us: here.us, baselineUs: base.us, ratio: round(here.us / base.us, 4), parts };
}

/**
 * `g` with its explanation against `base` (the same guest on the baseline), or without one
 * when either side has no completed transaction.
 */
export function withExplanation(g: GuestResult, base: GuestResult | undefined, baseline: string): GuestResult {
  const { explain: _old, ...rest } = g;
  const here = g.timePerTransaction;
  const there = base?.timePerTransaction;
  const e = here && there ? explainGuest(here, there, baseline) : null;
  return e ? { ...rest, explain: e } : rest;
}

/**
 * The explanation in words: "web1 on hosted: 3.8× the time per request of native (+280.0 µs).
 * Of the +280.0 µs the parts add: device register accesses 61 % (500 exits, 17.0 µs each),
 * world switches to the host 24 %. Shorter: waiting for the NIC by 12.0 µs." A share is
 * said as a share of the time added, after it: "+100 % memory-cgroup charges" read as the
 * time doubled when the charges added 680 µs to 679 ms. The main part, when it carries a
 * share of the extra queueing, says how much of it is its own CPU, so that it reads as the
 * comparison's "Where the time went" does (there the queueing is a part of its own).
 */
export function explanationSentence(guest: string, platform: string, unit: string, e: GuestExplanation, maxParts = 6): string {
  const per = perWhat(unit);
  const head = `${guest} on ${platform}: ${ratioText(e.ratio)} the time per ${per} of ${e.baseline} (${signedMicro(e.us - e.baselineUs)}).`;
  if (e.parts.length === 0) return `${head} No mechanism adds time.`;
  const shown = e.parts.slice(0, maxParts);
  const added = e.parts.reduce((sum, p) => sum + Math.max(0, p.extraUs), 0);
  const adds = shown.filter((p) => p.extraUs > 0).map((p, i) => `${p.label} ${shareText(p.sharePercent)}${detailText(p, i === 0 ? per : null)}`);
  const saves = shown.filter((p) => p.extraUs < 0).map((p) => `${p.label} by ${micro(-p.extraUs)}`);
  const rest = e.parts.length - shown.length;
  const sentences = [
    head,
    ...(adds.length > 0 ? [`Of the ${signedMicro(added)} the parts add: ${adds.join(', ')}.`] : []),
    ...(saves.length > 0 ? [`Shorter: ${saves.join(', ')}.`] : []),
    ...(rest > 0 ? [`And ${rest} smaller part${rest === 1 ? '' : 's'}.`] : []),
  ];
  // The extra queueing explainGuest shared out: without saying so, a part's time would read as its CPU alone.
  const queued = e.parts.reduce((sum, p) => sum + (p.queueUs ?? 0), 0);
  if (queued > 0) {
    sentences.push(`Each part includes its share of the longer wait for the guest's vCPU behind its other ${per}s (${micro(queued)} per ${per} in all), since each of those needs more CPU too.`);
  }
  return sentences.join(' ');
}

/** A share of the time added: "61 %", and "<1 %" for a part that adds some but rounds to none. */
function shareText(percent: number): string {
  return percent > 0 && percent < 0.5 ? '<1 %' : `${percent.toFixed(0)} %`;
}

/**
 * What follows a part's share, in brackets: the exits it caused, and (given `per`, for the
 * main part) its own CPU and its share of the queueing, when it has one.
 */
function detailText(p: ExplanationPart, per: string | null): string {
  const exits = p.exits !== undefined && p.eachUs !== undefined && p.exits > 0 ? `${count(p.exits)} exits, ${micro(p.eachUs)} each` : '';
  const split =
    per !== null && p.cpuUs !== undefined && (p.queueUs ?? 0) > 0
      ? `${micro(p.cpuUs)} of CPU per ${per}, ${micro(p.queueUs ?? 0)} waiting behind the guest's other ${per}s for theirs`
      : '';
  const said = [exits, split].filter((x) => x !== '').join('; ');
  return said === '' ? '' : ` (${said})`;
}

function ratioText(r: number): string {
  return `${r >= 10 ? r.toFixed(0) : r >= 1.095 ? r.toFixed(1) : r.toFixed(2)}×`;
}

/** "requests/s" → "request", "tx/s" → "transaction": what one transaction of the workload is. */
export function perWhat(unit: string): string {
  const noun = unit.replace(/\/s$/, '');
  if (/^(tx|M instr|MiB|—)$/.test(noun)) return 'transaction';
  if (/(ss|ch)es$/.test(noun)) return noun.slice(0, -2);
  if (noun === 'ops') return 'operation';
  return noun.endsWith('s') ? noun.slice(0, -1) : noun;
}

function count(n: number): string {
  if (n >= 1e9) return `${(n / 1e9).toFixed(1)} G`;
  if (n >= 1e6) return `${(n / 1e6).toFixed(1)} M`;
  if (n >= 1e3) return `${(n / 1e3).toFixed(1)} k`;
  return n.toFixed(0);
}

function signedMicro(us: number): string {
  return `${us >= 0 ? '+' : '−'}${micro(Math.abs(us))}`;
}

function micro(us: number): string {
  return Math.abs(us) >= 1000 ? `${(us / 1000).toFixed(2)} ms` : Math.abs(us) >= 1 ? `${us.toFixed(1)} µs` : `${(us * 1000).toFixed(0)} ns`;
}
