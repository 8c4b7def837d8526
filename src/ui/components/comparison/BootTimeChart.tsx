/** Time from power-on until each guest's workload started, per platform. */
import { useMemo } from 'react';
import { ChartCanvas } from '../../charts/ChartCanvas.tsx';
import type { ChartSpec } from '../../charts/chart-spec.ts';
import { PLATFORM_COLOUR } from '../../charts/palette.ts';
import { useComparisonView } from '../../store/use-playground.ts';
import { formatMs, formatSeconds } from '../format/format.ts';
import { PLATFORM_TITLE } from '../names/platform-names.ts';
import { ChartCard } from './ChartCard.tsx';
import { FiguresTable } from './FiguresTable.tsx';
import { useGuestFigures } from './use-guest-figures.ts';
import { guestResult, type PlatformFigures } from './platform-figures.ts';
import { chartedGuests, chartedNote } from './charted-guests.ts';

export function BootTimeChart() {
  const theme = useComparisonView((s) => s.theme);
  const { figures, names } = useGuestFigures();

  // Past a few dozen guests, the slowest to boot on some platform.
  const charted = useMemo(() => chartedGuests(names, (n) => Math.max(...figures.map((f) => guestResult(f, n)?.bootMs ?? Number.NEGATIVE_INFINITY))), [figures, names]);
  const spec = useMemo<ChartSpec>(
    () => ({
      type: 'bar',
      labels: [...charted],
      series: figures.map((f) => ({
        label: PLATFORM_TITLE[f.kind],
        colour: PLATFORM_COLOUR[f.kind],
        data: charted.map((n) => {
          const ms = guestResult(f, n)?.bootMs;
          return ms === null || ms === undefined ? null : ms / 1000;
        }),
      })),
      valueTitle: 'seconds',
      // One unit on the axis and in its tooltips (formatMs would read "1 min 00 s" beside "40.0 s" and "0 ms").
      format: formatSeconds,
    }),
    [figures, charted],
  );

  const table = (
    <FiguresTable
      caption="Boot time by guest and platform"
      rowHeading="Guest"
      figures={figures}
      rows={[
        ...names.map((n) => ({
          key: n,
          heading: n,
          cell: (f: PlatformFigures) => {
            const g = guestResult(f, n);
            return !g ? '—' : g.state === 'refused' ? 'refused' : g.bootMs === null ? 'booting…' : formatMs(g.bootMs);
          },
        })),
        {
          key: 'all',
          heading: 'All running',
          total: true,
          cell: (f: PlatformFigures) => (f.result ? (f.result.bootMs === null ? 'not yet' : formatMs(f.result.bootMs)) : '—'),
        },
      ]}
    />
  );

  return (
    <ChartCard
      title="Boot time"
      metric="boot"
      table={table}
      chart={
        <ChartCanvas spec={spec} theme={theme} label="Bar chart: seconds from power-on until each guest's workload started, per platform" />
      }
      note={chartedNote(charted.length, names.length, 'slowest to boot on some platform')}
    />
  );
}
