/** Where each platform's CPU time went over the last virtual second: one stacked bar per platform, layers as segments. */
import { useMemo } from 'react';
import { LAYERS } from '../../../engine/index.ts';
import { ChartCanvas } from '../../charts/ChartCanvas.tsx';
import type { ChartSpec } from '../../charts/chart-spec.ts';
import { layerColour } from '../../charts/palette.ts';
import { useComparisonView } from '../../store/use-playground.ts';
import { formatShare } from '../format/format.ts';
import { layerName } from '../names/layer-names.ts';
import { PLATFORM_TITLE } from '../names/platform-names.ts';
import { ChartCard } from './ChartCard.tsx';
import { FiguresTable } from './FiguresTable.tsx';
import { figuresOf, pct } from './platform-figures.ts';

export function CpuByLayerChart() {
  const platforms = useComparisonView((s) => s.platforms);
  const theme = useComparisonView((s) => s.theme);
  const figures = useMemo(() => figuresOf(platforms), [platforms]);
  /** Layers some platform used, plus idle, in the engine's order. */
  const layers = useMemo(() => LAYERS.filter((l) => l === 'idle' || figures.some((f) => (f.rates?.cpuShareByLayer[l] ?? 0) > 0)), [figures]);

  const spec = useMemo<ChartSpec>(
    () => ({
      type: 'bar',
      stacked: true,
      horizontal: true,
      labels: figures.map((f) => PLATFORM_TITLE[f.kind]),
      series: layers.map((l) => ({ label: layerName(l), colour: layerColour(l), data: figures.map((f) => pct(f.rates?.cpuShareByLayer[l] ?? null)) })),
      valueTitle: '% of host CPU',
      valueMax: 100,
      format: (v) => `${Math.round(v)} %`,
    }),
    [figures, layers],
  );

  const table = (
    <FiguresTable
      caption="Share of the host's CPU by layer and platform, over the last virtual second"
      rowHeading="Layer"
      figures={figures}
      rows={layers.map((l) => ({
        key: l,
        heading: layerName(l),
        cell: (f) => (f.rates ? formatShare(f.rates.cpuShareByLayer[l] ?? 0) : '—'),
      }))}
    />
  );

  return (
    <ChartCard
      title="CPU time by layer"
      metric="cpu"
      table={table}
      chart={
        <ChartCanvas spec={spec} theme={theme} label="Stacked bar chart: share of the host's CPU each layer used, per platform" />
      }
    />
  );
}
