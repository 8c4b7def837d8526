/**
 * Results as CSV, one row per platform and guest with CPU time per layer in columns: what
 * `run --format csv` prints and what the page's export downloads (docs/scenario.md, "Results").
 */
import { LAYERS } from './layers.ts';
import type { ScenarioResult } from './results.ts';

export function resultsCsv(r: ScenarioResult): string {
  const header = ['platform', 'guest', 'os', 'workload', 'state', 'throughput', 'unit', 'relative_to_native', 'alone_vs_native', 'shared_vs_alone', 'p50_ms', 'p99_ms', 'boot_ms', 'memory_mib', ...LAYERS.map((l) => `cpu_ms_${l}`), 'reason'];
  const lines = [header.join(',')];
  for (const [kind, p] of Object.entries(r.platforms)) {
    for (const g of p.guests) {
      const memory = Object.values(g.memoryMiB).reduce((a, b) => a + b, 0);
      const row = [kind, g.name, g.os, g.workload, g.state, g.throughput.perSecond, g.throughput.unit, g.relativeToNative, g.aloneVsNative, g.sharedVsAlone, g.latencyMs.p50, g.latencyMs.p99, g.bootMs, memory, ...LAYERS.map((l) => g.cpuMsByLayer[l] ?? 0), g.reason ?? ''];
      lines.push(row.map(csvCell).join(','));
    }
  }
  return lines.join('\n');
}

/**
 * RFC 4180 quoting; a leading = + - @ (or a tab or carriage return) is neutralised so a
 * spreadsheet never runs a cell as a formula: guest names and reasons are user input.
 */
function csvCell(v: string | number | null): string {
  if (v === null) return '';
  const s = String(v);
  const safe = typeof v === 'string' && /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
