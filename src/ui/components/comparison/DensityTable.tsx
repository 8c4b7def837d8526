/** How many guests like each one the host's memory holds, per platform (the engine's fitsOnHost). */
import { formatNumber } from '../format/format.ts';
import { FiguresTable } from './FiguresTable.tsx';
import { InfoButton } from './InfoButton.tsx';
import { guestResult } from './platform-figures.ts';
import { useGuestFigures } from './use-guest-figures.ts';

export function DensityTable() {
  const { figures, names } = useGuestFigures();
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
          rows={names.map((name) => ({
            key: name,
            heading: name,
            cell: (f) => {
              const g = guestResult(f, name);
              return !g ? '—' : g.state === 'refused' ? 'refused' : formatNumber(g.fitsOnHost);
            },
          }))}
        />
      </div>
    </section>
  );
}
