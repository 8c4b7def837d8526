/** One figure over virtual time, one line per platform (store.series). */
import { useId, useMemo, useState } from 'react';
import { LAYERS, PLATFORM_KINDS } from '../../../engine/index.ts';
import { ChartCanvas } from '../../charts/ChartCanvas.tsx';
import type { ChartSpec } from '../../charts/chart-spec.ts';
import { PLATFORM_COLOUR } from '../../charts/palette.ts';
import { useComparisonView } from '../../store/use-playground.ts';
import { formatCompact } from '../format/format.ts';
import { PLATFORM_TITLE } from '../names/platform-names.ts';
import { ChartCard } from './ChartCard.tsx';
import { alignSeries, figureChoices } from './time-series-figures.ts';

/** Lines differ by dash as well as colour. */
const DASH: Readonly<Record<string, readonly number[]>> = { native: [], hosted: [6, 3], 'bare-metal': [2, 2], container: [10, 3, 2, 3] };

export function TimeSeriesChart() {
  const series = useComparisonView((s) => s.series);
  const guests = useComparisonView((s) => s.scenario.guests);
  const theme = useComparisonView((s) => s.theme);
  const selectId = useId();
  const choices = useMemo(() => figureChoices(guests.map((g) => g.name), LAYERS), [guests]);
  const [chosen, setChosen] = useState('busy');
  const figure = choices.find((c) => c.id === chosen) ?? choices[0];
  const aligned = useMemo(() => (figure ? alignSeries(series, figure.read) : null), [series, figure]);

  const spec = useMemo<ChartSpec>(
    () => ({
      type: 'line',
      labels: (aligned?.times ?? []).map(String),
      numericLabels: true,
      series: PLATFORM_KINDS.map((k) => ({ label: PLATFORM_TITLE[k], colour: PLATFORM_COLOUR[k], dash: DASH[k] ?? [], data: aligned?.values[k] ?? [] })),
      valueTitle: figure?.unit ?? '',
      categoryTitle: 'virtual seconds',
      format: formatCompact,
    }),
    [aligned, figure],
  );

  const last = (k: (typeof PLATFORM_KINDS)[number]): string => {
    const row = aligned?.values[k] ?? [];
    return formatCompact(row.at(-1) ?? null);
  };

  const table = (
    <table className="figures">
      <caption className="visually-hidden">{figure?.label}: latest value per platform</caption>
      <thead>
        <tr>
          <th scope="col">Platform</th>
          <th scope="col">Latest ({figure?.unit})</th>
        </tr>
      </thead>
      <tbody>
        {PLATFORM_KINDS.map((k) => (
          <tr key={k}>
            <th scope="row">{PLATFORM_TITLE[k]}</th>
            <td>{last(k)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );

  const controls = (
    <>
      <label htmlFor={selectId} className="visually-hidden">
        Figure to follow
      </label>
      <select id={selectId} className="small-select" value={figure?.id ?? ''} onChange={(e) => setChosen(e.target.value)}>
        {choices.map((c) => (
          <option key={c.id} value={c.id}>
            {c.label}
          </option>
        ))}
      </select>
    </>
  );

  return (
    <ChartCard
      title="Over time"
      metric="series"
      controls={controls}
      table={table}
      chart={
        <ChartCanvas spec={spec} theme={theme} label={`Line chart: ${figure?.label ?? ''} over virtual time, one line per platform`} />
      }
    />
  );
}
