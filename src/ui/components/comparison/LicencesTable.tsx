/** Operating-system instances each platform needs installed and licensed. */
import { useMemo } from 'react';
import { useComparisonView } from '../../store/use-playground.ts';
import { PLATFORM_TITLE } from '../names/platform-names.ts';
import { InfoButton } from './InfoButton.tsx';
import { figuresOf } from './platform-figures.ts';

export function LicencesTable() {
  const platforms = useComparisonView((s) => s.platforms);
  const figures = useMemo(() => figuresOf(platforms), [platforms]);
  return (
    <section className="chart-card" aria-labelledby="licences-title">
      <header className="chart-card-header">
        <h3 id="licences-title">OS licences needed</h3>
        <InfoButton metric="licences" />
      </header>
      <ul className="stat-tiles">
        {figures.map((f) => (
          <li key={f.kind} className="stat-tile">
            <span className="stat-label">{PLATFORM_TITLE[f.kind]}</span>
            <span className="stat-value">{f.result ? f.result.licenses : '—'}</span>
            <span className="stat-unit">{f.result?.licenses === 1 ? 'OS instance' : 'OS instances'}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
