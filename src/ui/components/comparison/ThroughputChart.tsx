/** Each guest's throughput relative to the same guest on native, grouped by guest, one bar per platform. */
import { useMemo } from 'react';
import { ChartCanvas } from '../../charts/ChartCanvas.tsx';
import type { ChartSpec } from '../../charts/chart-spec.ts';
import { PLATFORM_COLOUR } from '../../charts/palette.ts';
import { useComparisonView } from '../../store/use-playground.ts';
import { formatShare } from '../format/format.ts';
import { PLATFORM_TITLE } from '../names/platform-names.ts';
import { ChartCard } from './ChartCard.tsx';
import { FiguresTable } from './FiguresTable.tsx';
import { useGuestFigures } from './use-guest-figures.ts';
import { guestResult, pct } from './platform-figures.ts';
import { chartedGuests, chartedNote } from './charted-guests.ts';

export function ThroughputChart() {
  const theme = useComparisonView((s) => s.theme);
  const { figures, names } = useGuestFigures();

  // Past a few dozen guests, those that lose most on some platform.
  const charted = useMemo(
    () => chartedGuests(names, (n) => -Math.min(...figures.map((f) => guestResult(f, n)?.relativeToNative ?? Number.POSITIVE_INFINITY))),
    [figures, names],
  );
  const spec = useMemo<ChartSpec>(
    () => ({
      type: 'bar',
      labels: [...charted],
      series: figures.map((f) => ({
        label: PLATFORM_TITLE[f.kind],
        colour: PLATFORM_COLOUR[f.kind],
        data: charted.map((n) => pct(guestResult(f, n)?.relativeToNative)),
      })),
      valueTitle: '% of native',
      valueSuggestedMax: 100,
      format: (v) => `${Math.round(v)} %`,
    }),
    [figures, charted],
  );

  const table = (
    <FiguresTable
      caption="Throughput relative to native, by guest and platform"
      rowHeading="Guest"
      figures={figures}
      rows={names.map((n) => ({
        key: n,
        heading: n,
        cell: (f) => {
          const g = guestResult(f, n);
          return g?.state === 'refused' ? 'refused' : formatShare(g?.relativeToNative);
        },
      }))}
    />
  );

  return (
    <ChartCard
      title="Throughput vs native"
      metric="throughput"
      table={table}
      chart={
        <ChartCanvas spec={spec} theme={theme} label="Bar chart: each guest's throughput as a percentage of the same guest on native, per platform" />
      }
      note={[chartedNote(charted.length, names.length, 'that lose most on some platform'), 'No bar: refused there, or no work done yet.'].filter(Boolean).join(' ')}
    />
  );
}
