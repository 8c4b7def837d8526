/** The `run … --explain <guest>` output: one guest's time per transaction against its baseline, part by part, on every platform. */
import { explanationSentence, perWhat, type GuestResult, type PlatformKind, type ScenarioResult } from '../engine/index.ts';
import { escapeControls, quoted } from '../untrusted/clean-line.ts';
import { PLATFORM_TITLES } from './format-table.ts';
import { grid } from './text-grid.ts';
import { UsageError } from './usage-error.ts';

export function formatExplain(r: ScenarioResult, guest: string): string {
  const names = r.platforms.native.guests.map((g) => g.name);
  if (!names.includes(guest)) throw new UsageError(`--explain: no guest named ${quoted(guest)} (guests: ${names.join(', ')})`);
  const name = escapeControls(guest);
  const out = [`${escapeControls(r.scenario)} — seed ${r.seed}, ${r.durationS} virtual seconds: why ${name} takes the time it takes`, ''];
  for (const [kind, p] of Object.entries(r.platforms) as [PlatformKind, ScenarioResult['platforms'][PlatformKind]][]) {
    out.push(`${PLATFORM_TITLES[kind]}: ${p.label}`);
    const g = p.guests.find((x) => x.name === guest) as GuestResult;
    out.push(...guestLines(kind, g).map((l) => `  ${l}`), '');
  }
  return out.join('\n');
}

function guestLines(kind: PlatformKind, g: GuestResult): string[] {
  if (g.state === 'refused') return [`refused: ${g.reason ?? 'by the platform'}`];
  const t = g.timePerTransaction;
  const unit = perWhat(g.throughput.unit);
  if (!t) return [`no ${unit} completed yet (${g.state})`];
  const e = g.explain;
  const lines = [`${fmtUs(t.us)} per ${unit}, over ${Math.round(t.transactions)} completed.`];
  if (!e) return lines;
  if (e.parts.length === 0) {
    lines.push(kind === 'native' ? 'The baseline: nothing to explain against it.' : `No part differs from ${e.baseline}.`);
    return lines;
  }
  lines.push(explanationSentence(g.name, kind, g.throughput.unit, e));
  // A share is of the time the adding parts add (as in the sentence above), so a part that takes time off has none.
  // A mechanism's figure is its own CPU (what "Where the time went" shows for it) plus its share of the queueing.
  const rows = e.parts.map((p) => [
    p.label,
    signedUs(p.extraUs),
    p.cpuUs !== undefined ? signedUs(p.cpuUs) : '',
    p.queueUs !== undefined ? signedUs(p.queueUs) : '',
    p.extraUs > 0 ? `${p.sharePercent.toFixed(1)} %` : '',
    p.exits !== undefined ? `${p.exits}` : '',
    p.eachUs !== undefined ? signedUs(p.eachUs) : '',
  ]);
  const added = e.parts.reduce((s, p) => s + Math.max(0, p.extraUs), 0);
  const total = e.parts.reduce((s, p) => s + p.extraUs, 0);
  rows.push(['added (the parts that add time)', signedUs(added), '', '', '100.0 %', '', '']);
  rows.push(['difference (the parts summed)', signedUs(total), '', '', '', '', '']);
  lines.push(...grid([['part', `per ${unit}`, 'own CPU', 'its waiting', 'share of added', 'exits', 'each'], ...rows], 1));
  lines.push(`${fmtUs(e.us)} here − ${fmtUs(e.baselineUs)} on ${e.baseline} = ${signedUs(e.us - e.baselineUs)}`);
  return lines;
}

function fmtUs(us: number): string {
  return `${us.toFixed(us >= 100 ? 1 : 3)} µs`;
}

function signedUs(us: number): string {
  return `${us >= 0 ? '+' : '−'}${fmtUs(Math.abs(us))}`;
}
