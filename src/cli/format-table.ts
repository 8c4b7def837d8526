/** The `run` command's human-readable output: one block per platform. */
import type { PlatformKind, PlatformResult, ScenarioResult } from '../engine/index.ts';
import { escapeControls } from '../untrusted/clean-line.ts';
import { grid } from './text-grid.ts';

export const PLATFORM_TITLES: Record<PlatformKind, string> = {
  native: 'NATIVE',
  hosted: 'HOSTED (Type 2)',
  'bare-metal': 'BARE-METAL (Type 1)',
  container: 'CONTAINERS',
};

export function formatTable(r: ScenarioResult): string {
  const out = [`${escapeControls(r.scenario)} — seed ${r.seed}, ${r.durationS} virtual seconds`, ''];
  for (const [kind, p] of Object.entries(r.platforms) as [PlatformKind, PlatformResult][]) {
    out.push(`${PLATFORM_TITLES[kind]}: ${p.label}`);
    if (p.refusal) out.push(`  refused: ${p.refusal}`);
    const rows = p.guests.map((g) => [
      g.name,
      g.os,
      g.workload,
      g.paused ? `${g.state} (paused)` : g.migration ? `${g.state} (${g.migration})` : g.state,
      g.state === 'refused' ? '—' : `${fmt(g.throughput.perSecond)} ${g.throughput.unit}`,
      percent(g.relativeToNative),
      percent(g.aloneVsNative),
      percent(g.sharedVsAlone),
      g.latencyMs.p50 === null ? '—' : `${fmt(g.latencyMs.p50)} ms`,
      g.latencyMs.p99 === null ? '—' : `${fmt(g.latencyMs.p99)} ms`,
    ]);
    out.push(...grid([['guest', 'os', 'workload', 'state', 'throughput', 'vs native', '= alone', '× shared', 'p50', 'p99'], ...rows]).map((l) => `  ${l}`));
    for (const g of p.guests) if (g.reason && !p.refusal) out.push(`  ${g.name} ${g.state}: ${g.reason}`);
    for (const g of p.guests) if (g.aboveNative) out.push(`  ${g.name} above native: ${g.aboveNative}`);
    for (const g of p.guests) {
      if (g.workloadDoneMs !== undefined) out.push(`  ${g.name}: its operations were done at ${(g.workloadDoneMs / 1000).toFixed(1)} s; its rate is over the time they took`);
    }
    out.push(`  CPU by layer: ${shares(p.cpuMsByLayer)}`);
    out.push(`  ${scheduling(p)}`);
    const exits = Object.entries(p.exitsByReason).sort((a, b) => b[1] - a[1]);
    if (exits.length > 0) out.push(`  exits/traps/hypercalls: ${exits.slice(0, 6).map(([k, v]) => `${k} ${v}`).join(', ')}`);
    out.push(`  memory: ${p.memoryMiB.total} MiB (${Object.entries(p.memoryMiB.byLayer).map(([k, v]) => `${k} ${v}`).join(', ')})`);
    const reclaimed = Object.entries(p.memoryMiB.reclaimedMiB ?? {});
    if (reclaimed.length > 0) out.push(`  memory reclaimed: ${reclaimed.map(([k, v]) => `${k} ${v} MiB`).join(', ')}`);
    for (const g of p.guests) {
      const m = g.memoryPressure;
      // A guest the OOM killer took down already says so in its reason.
      if (m && (m.swapIns > 0 || (m.oomKills > 0 && g.state !== 'crashed')))
        out.push(`  ${g.name}: ${m.swapIns} swap-ins, ${m.oomKills} OOM kill(s)${m.lastOomKill && g.state !== 'crashed' ? `, last: ${m.lastOomKill}` : ''}`);
    }
    const admitted = p.guests.some((g) => g.state !== 'refused');
    const boot = !admitted ? '—' : p.bootMs === null ? 'not finished' : `${(p.bootMs / 1000).toFixed(1)} s`;
    out.push(`  boot: ${boot}; OS licences: ${p.licenses}`);
    out.push('');
  }
  return out.join('\n');
}

function percent(v: number | null): string {
  return v === null ? '—' : `${(v * 100).toFixed(1)} %`;
}

function scheduling(p: PlatformResult): string {
  const s = p.scheduling;
  if (s.scheduler === 'dedicated') return 'scheduling: each guest on a dedicated server of this hardware';
  return `scheduling: ${s.scheduler}, slice ${fmt(s.sliceMs)} ms; ${s.guestSwitches} switches between guests at ${fmt(s.switchUs)} µs each`;
}

function shares(ms: Readonly<Record<string, number>>): string {
  const total = Object.values(ms).reduce((a, b) => a + b, 0);
  if (total === 0) return '—';
  return Object.entries(ms)
    .map(([layer, v]) => `${layer} ${((v / total) * 100).toFixed(1)} %`)
    .join(', ');
}

function fmt(v: number): string {
  return v >= 100 ? v.toFixed(0) : v >= 1 ? v.toFixed(2) : v.toPrecision(3);
}
