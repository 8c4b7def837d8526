/** How many guests like each one the host's memory holds, per platform (the engine's fitsOnHost). */
import { useMemo } from 'react';
import { usePlayground } from '../../store/use-playground.ts';
import { formatNumber } from '../format/format.ts';
import { FiguresTable } from './FiguresTable.tsx';
import { InfoButton } from './InfoButton.tsx';
import { figuresOf } from './platform-figures.ts';

export function DensityTable() {
  const platforms = usePlayground((s) => s.platforms);
  const guests = usePlayground((s) => s.scenario.guests);
  const figures = useMemo(() => figuresOf(platforms), [platforms]);
  return (
    <section className="chart-card" aria-labelledby="density-title">
      <header className="chart-card-header">
        <h3 id="density-title">Guests that fit</h3>
        <InfoButton metric="density" />
      </header>
      <div className="chart-card-body table-scroll">
        <FiguresTable
          caption="How many guests like each one fit in the host's memory, per platform"
          rowHeading="Guest"
          figures={figures}
          rows={guests.map((spec) => ({
            key: spec.name,
            heading: spec.name,
            cell: (f) => {
              const g = f.result?.guests.find((x) => x.name === spec.name);
              return !g ? '—' : g.state === 'refused' ? 'refused' : formatNumber(g.fitsOnHost);
            },
          }))}
        />
      </div>
    </section>
  );
}
