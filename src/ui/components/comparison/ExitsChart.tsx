/**
 * Exits, traps, hypercalls and world switches per second, by reason, stacked per platform.
 * Reasons read in words ("APIC end-of-interrupt (VM exit)"), each in a colour of its own,
 * and the note says which layer handles each mechanism shown.
 */
import { useMemo } from 'react';
import { ChartCanvas } from '../../charts/ChartCanvas.tsx';
import type { ChartSpec } from '../../charts/chart-spec.ts';
import { distinctFill } from '../../charts/palette.ts';
import { useComparisonView } from '../../store/use-playground.ts';
import { formatCompact } from '../format/format.ts';
import { EXIT_MECHANISMS, exitReasonName } from '../names/exit-reason-names.ts';
import { PLATFORM_TITLE } from '../names/platform-names.ts';
import { ChartCard } from './ChartCard.tsx';
import { FiguresTable } from './FiguresTable.tsx';
import { figuresOf, keysOf } from './platform-figures.ts';

export function ExitsChart() {
  const platforms = useComparisonView((s) => s.platforms);
  const theme = useComparisonView((s) => s.theme);
  const figures = useMemo(() => figuresOf(platforms), [platforms]);
  // Sorted by id, so each mechanism's reasons sit together in the stack and the legend.
  const reasons = useMemo(() => keysOf(figures.map((f) => f.rates?.exitsPerSecond)).sort(), [figures]);
  const mechanisms = EXIT_MECHANISMS.filter((m) => reasons.some((r) => (r.split(':')[0] ?? r) === m.id));

  const spec = useMemo<ChartSpec>(
    () => ({
      type: 'bar',
      stacked: true,
      horizontal: true,
      labels: figures.map((f) => PLATFORM_TITLE[f.kind]),
      series: reasons.map((r, i) => ({ label: exitReasonName(r), ...distinctFill(i), data: figures.map((f) => f.rates?.exitsPerSecond[r] ?? 0) })),
      valueTitle: 'per second',
      format: formatCompact,
    }),
    [figures, reasons],
  );

  const table = (
    <FiguresTable
      caption="Exits per second by reason and platform, over the last virtual second"
      rowHeading="Reason"
      figures={figures}
      empty="No exits in the last virtual second."
      rows={reasons.map((r) => ({
        key: r,
        heading: exitReasonName(r),
        cell: (f) => (f.rates ? formatCompact(f.rates.exitsPerSecond[r] ?? 0) : '—'),
      }))}
    />
  );

  const note =
    mechanisms.length === 0 ? null : (
      <span className="exit-mechanisms">
        {mechanisms.map((m) => (
          <span key={m.id}>
            <strong>{m.name}</strong>: handled by {m.handledBy}.{' '}
          </span>
        ))}
      </span>
    );

  return (
    <ChartCard
      title="Exits per second"
      metric="exits"
      wide
      table={table}
      chart={
        <ChartCanvas spec={spec} theme={theme} label="Stacked bar chart: VM exits, traps, hypercalls and world switches per second by reason, per platform" />
      }
      note={note}
    />
  );
}
