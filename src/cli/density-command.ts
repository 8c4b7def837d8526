/**
 * `cli density`: how many guests of one kind fit on the scenario's host on each platform
 * before throughput per guest falls under a threshold; prints the curve and the knee.
 */
import { DEFAULT_DENSITY, densityCurve, maxDensityPoints, parseGuestKind, templateGuest, type DensityCurve } from '../engine/memory/density-curve.ts';
import { MAX_GUESTS, PLATFORM_KINDS } from '../engine/scenario/schema.ts';
import { commandOptions } from './command-options.ts';
import { loadScenario } from './load-scenario.ts';
import { numberOption } from './number-option.ts';
import { escapeControls, quoted } from '../untrusted/clean-line.ts';
import { terminalSafeJson } from './terminal-safe-json.ts';
import { UsageError } from './usage-error.ts';
import type { CliIo } from './cli-io.ts';

export function densityCommand(args: string[], io: CliIo): number {
  const { values, positionals } = commandOptions('density', args, {
    guest: { type: 'string' },
    threshold: { type: 'string' },
    max: { type: 'string' },
    window: { type: 'string' },
    format: { type: 'string' },
  });
  if (positionals.length !== 1) throw new UsageError('density takes one scenario file, preset name or link');
  if (values.guest === undefined) throw new UsageError('density needs --guest <os>:<workload>, e.g. --guest linux:web-server');
  const guest = parseGuestKind(values.guest);
  if (typeof guest === 'string') throw new UsageError(guest);
  const format = values.format ?? 'table';
  if (format !== 'table' && format !== 'json') throw new UsageError(`--format must be table or json, not ${quoted(format)}`);
  const scenario = loadScenario(positionals[0] as string);
  const o = {
    guest,
    threshold: numberOption('--threshold', values.threshold ?? String(DEFAULT_DENSITY.threshold), 0.01, 1),
    maxGuests: numberOption('--max', values.max ?? String(DEFAULT_DENSITY.maxGuests), 1, MAX_GUESTS, true),
    windowS: numberOption('--window', values.window ?? String(DEFAULT_DENSITY.windowS), 1, 600),
  };
  const progress = io.progress(`density of ${guest.os}:${guest.workload} on ${PLATFORM_KINDS.length} platforms`);
  const most = maxDensityPoints(o.maxGuests);
  let curves: DensityCurve[];
  try {
    curves = PLATFORM_KINDS.map((kind, i) => densityCurve(scenario, kind, o, (p) => progress.update((i + Math.min(1, p.points / most)) / PLATFORM_KINDS.length)));
  } finally {
    progress.stop();
  }
  if (format === 'json') {
    io.out(`${terminalSafeJson({ scenario: scenario.name, ...o, template: templateGuest(scenario, guest), curves })}\n`);
    return 0;
  }
  const t = templateGuest(scenario, guest);
  const head =
    `Density of ${guest.os}:${guest.workload} guests (${t.vcpus} vCPU, ${t.memoryMiB} MiB) on ${escapeControls(scenario.name)}: ` +
    `${scenario.host.cores} cores, ${scenario.host.memoryMiB} MiB. Threshold ${Math.round(o.threshold * 100)} % of one guest alone; ` +
    `measured after boot over ${[...new Set(curves.map((c) => c.windowS))].join(' / ')} virtual s (at least ${o.windowS}, longer for few, long transactions).`;
  io.out(`${head}\n\n${formatCurves(curves)}\n`);
  return 0;
}

/** One row per guest count, one column per platform: throughput per guest and its share of one guest alone. */
function formatCurves(curves: readonly DensityCurve[]): string {
  const unit = curves[0]?.unit ?? '';
  const counts = [...new Set(curves.flatMap((c) => c.points.map((p) => p.guests)))].sort((a, b) => a - b);
  const col = 22;
  const lines = [`${'guests'.padEnd(8)}${curves.map((c) => c.platform.padEnd(col)).join('')}(${unit} per guest, % of one alone)`];
  for (const n of counts) {
    const cells = curves.map((c) => {
      const p = c.points.find((x) => x.guests === n);
      return (p ? `${p.perGuest.toFixed(1)} ${Math.round(p.relative * 100)}%${p.running < n ? ` ${n - p.running} down` : ''}` : '—').padEnd(col);
    });
    lines.push(`${String(n).padEnd(8)}${cells.join('')}`.trimEnd());
  }
  const knee = (c: DensityCurve): string => (c.refusal ? 'refused' : c.serverEach ? `${c.knee} servers` : String(c.knee));
  lines.push(`${'knee'.padEnd(8)}${curves.map((c) => knee(c).padEnd(col)).join('')}`.trimEnd());
  for (const c of curves) if (c.refusal) lines.push(`${c.platform}: ${c.refusal}`);
  for (const c of curves) if (c.serverEach) lines.push(`${c.platform}: each guest on a dedicated server of this hardware, so none slows another: ${c.knee} guests take ${c.knee} servers`);
  return lines.join('\n');
}
