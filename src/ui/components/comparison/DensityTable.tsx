/**
 * How many guests like each one the host's memory holds, per platform (the engine's
 * fitsOnHost). With hundreds of guests the first few rows show, and a button brings the rest.
 */
import { useState } from 'react';
import { formatNumber } from '../format/format.ts';
import { firstShown } from '../platform/many-guests.ts';
import { FiguresTable } from './FiguresTable.tsx';
import { InfoButton } from './InfoButton.tsx';
import { guestResult } from './platform-figures.ts';
import { useGuestFigures } from './use-guest-figures.ts';

export function DensityTable() {
  const { figures, names } = useGuestFigures();
  const [all, setAll] = useState(false);
  const shown = firstShown(names, names.length, all);
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
          rows={shown.map((name) => ({
            key: name,
            heading: name,
            cell: (f) => {
              const g = guestResult(f, name);
              return !g ? '—' : g.state === 'refused' ? 'refused' : formatNumber(g.fitsOnHost);
            },
          }))}
        />
        {shown.length < names.length ? (
          <button type="button" className="button guest-show-all" onClick={() => setAll(true)}>
            Show all {names.length} guests
          </button>
        ) : null}
      </div>
    </section>
  );
}
