/** Memory by layer, stacked per platform, with the host's size beside it. */
import { useMemo } from 'react';
import { ChartCanvas } from '../../charts/ChartCanvas.tsx';
import type { ChartSpec } from '../../charts/chart-spec.ts';
import { memoryColour } from '../../charts/palette.ts';
import { useComparisonView } from '../../store/use-playground.ts';
import { formatIn, formatMiB, MEMORY_SCALES, scaleFor } from '../format/format.ts';
import { memoryPartName } from '../names/layer-names.ts';
import { PLATFORM_TITLE } from '../names/platform-names.ts';
import { ChartCard } from './ChartCard.tsx';
import { FiguresTable } from './FiguresTable.tsx';
import { figuresOf, type PlatformFigures, keysOf } from './platform-figures.ts';

export function MemoryChart() {
  const platforms = useComparisonView((s) => s.platforms);
  const hostMiB = useComparisonView((s) => s.scenario.host.memoryMiB);
  const theme = useComparisonView((s) => s.theme);
  const figures = useMemo(() => figuresOf(platforms), [platforms]);
  const parts = useMemo(() => keysOf(figures.map((f) => f.result?.memoryMiB.byLayer)), [figures]);

  // One unit for the whole figure, chosen by the largest bar: the axis and every table column read alike, never MiB beside GiB.
  const scale = useMemo(() => scaleFor(MEMORY_SCALES, Math.max(0, ...figures.map((f) => f.result?.memoryMiB.total ?? 0))), [figures]);

  const spec = useMemo<ChartSpec>(
    () => ({
      type: 'bar',
      stacked: true,
      horizontal: true,
      labels: figures.map((f) => PLATFORM_TITLE[f.kind]),
      series: parts.map((p) => ({ label: memoryPartName(p), colour: memoryColour(p), data: figures.map((f) => (f.result?.memoryMiB.byLayer[p] ?? 0) / scale.per) })),
      valueTitle: scale.unit,
      format: (v) => formatIn(v * scale.per, scale),
    }),
    [figures, parts, scale],
  );

  const table = (
    <FiguresTable
      caption="Memory by layer and platform"
      rowHeading="Part"
      figures={figures}
      rows={[
        ...parts.map((p) => ({
          key: p,
          heading: memoryPartName(p),
          cell: (f: PlatformFigures) => (f.result ? formatIn(f.result.memoryMiB.byLayer[p] ?? 0, scale) : '—'),
        })),
        { key: 'total', heading: 'Total', total: true, cell: (f: PlatformFigures) => formatIn(f.result?.memoryMiB.total, scale) },
      ]}
    />
  );

  return (
    <ChartCard
      wide
      title="Memory by layer"
      metric="memory"
      table={table}
      chart={
        <ChartCanvas spec={spec} theme={theme} label="Stacked bar chart: memory used by each layer, per platform" />
      }
      note={`The host has ${formatMiB(hostMiB)}.`}
    />
  );
}
