/** The `run` command's CSV: one row per platform and guest, CPU time per layer in columns. */
import { LAYERS, type ScenarioResult } from '../engine/index.ts';

export function formatCsv(r: ScenarioResult): string {
  const header = ['platform', 'guest', 'os', 'workload', 'state', 'throughput', 'unit', 'relative_to_native', 'p50_ms', 'p99_ms', 'boot_ms', 'memory_mib', ...LAYERS.map((l) => `cpu_ms_${l}`), 'reason'];
  const lines = [header.join(',')];
  for (const [kind, p] of Object.entries(r.platforms)) {
    for (const g of p.guests) {
      const memory = Object.values(g.memoryMiB).reduce((a, b) => a + b, 0);
      const row = [kind, g.name, g.os, g.workload, g.state, g.throughput.perSecond, g.throughput.unit, g.relativeToNative, g.latencyMs.p50, g.latencyMs.p99, g.bootMs, memory, ...LAYERS.map((l) => g.cpuMsByLayer[l] ?? 0), g.reason ?? ''];
      lines.push(row.map(csvCell).join(','));
    }
  }
  return lines.join('\n');
}

/** RFC 4180 quoting; a leading = + - @ is neutralised so spreadsheets never run a cell as a formula. */
function csvCell(v: string | number | null): string {
  if (v === null) return '';
  const s = String(v);
  const safe = typeof v === 'string' && /^[=+\-@]/.test(s) ? `'${s}` : s;
  return /[",\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
