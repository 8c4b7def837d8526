/** Exits, traps, hypercalls and world switches per second, by reason, stacked per platform. */
import { useMemo } from 'react';
import { ChartCanvas } from '../../charts/ChartCanvas.tsx';
import type { ChartSpec } from '../../charts/chart-spec.ts';
import { exitColour } from '../../charts/palette.ts';
import { usePlayground } from '../../store/use-playground.ts';
import { formatCompact } from '../format/format.ts';
import { PLATFORM_TITLE } from '../names/platform-names.ts';
import { ChartCard } from './ChartCard.tsx';
import { FiguresTable } from './FiguresTable.tsx';
import { figuresOf, keysOf } from './platform-figures.ts';

/** Each reason's position within its mechanism family (exit:, trap:, hypercall:), for its shade. */
function familyIndexes(reasons: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  const out = new Map<string, number>();
  for (const r of reasons) {
    const fam = r.split(':')[0] ?? r;
    const i = counts.get(fam) ?? 0;
    out.set(r, i);
    counts.set(fam, i + 1);
  }
  return out;
}

export function ExitsChart() {
  const platforms = usePlayground((s) => s.platforms);
  const theme = usePlayground((s) => s.theme);
  const figures = useMemo(() => figuresOf(platforms), [platforms]);
  const reasons = useMemo(() => keysOf(figures.map((f) => f.rates?.exitsPerSecond)).sort(), [figures]);

  const spec = useMemo<ChartSpec>(() => {
    const shade = familyIndexes(reasons);
    return {
      type: 'bar',
      stacked: true,
      horizontal: true,
      labels: figures.map((f) => PLATFORM_TITLE[f.kind]),
      series: reasons.map((r) => ({ label: r, colour: exitColour(r, shade.get(r) ?? 0), data: figures.map((f) => f.rates?.exitsPerSecond[r] ?? 0) })),
      valueTitle: 'per second',
      format: formatCompact,
    };
  }, [figures, reasons]);

  const table = (
    <FiguresTable
      caption="Exits per second by reason and platform, over the last step"
      rowHeading="Reason"
      figures={figures}
      empty="No exits in the last step."
      rows={reasons.map((r) => ({
        key: r,
        heading: r,
        cell: (f) => (f.rates ? formatCompact(f.rates.exitsPerSecond[r] ?? 0) : '—'),
      }))}
    />
  );

  return (
    <ChartCard
      title="Exits per second"
      metric="exits"
      table={table}
      chart={
        <ChartCanvas spec={spec} theme={theme} label="Stacked bar chart: VM exits, traps, hypercalls and world switches per second by reason, per platform">
          {table}
        </ChartCanvas>
      }
      note="exit: VM exit · trap: binary translation · hypercall: paravirtual"
    />
  );
}
