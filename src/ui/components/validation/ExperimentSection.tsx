/** One published experiment: its setup (paper and model), links to its scenarios, the table and the chart. */
import { useId, useMemo } from 'react';
import { ChartCanvas } from '../../charts/ChartCanvas.tsx';
import { usePlayground } from '../../store/use-playground.ts';
import type { ExperimentResult } from '../../../validation/validation-report.ts';
import { scenarioFragment } from './scenario-link.ts';
import { chartHeightPx, RATIO_CAP, validationChart } from './validation-chart.ts';
import { ValidationTable } from './ValidationTable.tsx';

export function ExperimentSection({ e }: { readonly e: ExperimentResult }) {
  const theme = usePlayground((s) => s.theme);
  const headingId = useId();
  const spec = useMemo(() => validationChart(e), [e]);
  const scenarios = [...new Set(e.benchmarks.flatMap((b) => (b.scenario ? [b.scenario] : [])))];
  const relative = e.benchmarks.every((b) => b.relative);
  const measured = e.benchmarks.some((b) => b.cells.some((c) => c.model !== null));
  return (
    <section className="validation-experiment" aria-labelledby={headingId} data-experiment={e.id}>
      <h3 id={headingId}>{e.title}</h3>
      <p className="muted">{e.citation}</p>
      <details className="validation-setup">
        <summary>Setup</summary>
        <p>
          <strong>Paper:</strong> {e.setup}
        </p>
        <p>
          <strong>Model:</strong> {e.modelSetup}
        </p>
      </details>
      <p className="validation-scenarios">
        {scenarios.length === 0 ? (
          'No scenario: nothing in the model measures these yet.'
        ) : (
          <>
            Open in the playground and run:{' '}
            {scenarios.map((name, i) => (
              <span key={name}>
                {i > 0 ? ', ' : null}
                <a href={scenarioFragment(name) ?? undefined} data-scenario={name}>
                  {name}
                </a>
              </span>
            ))}
          </>
        )}
      </p>
      <ValidationTable e={e} />
      {measured ? (
        <>
          <div className="validation-chart" style={{ height: chartHeightPx(spec) }}>
            <ChartCanvas spec={spec} theme={theme} label={`Bar chart: ${e.title}, paper vs model per cell${relative ? ', as % of native' : `, the model as a multiple of the paper's figure, cut at ${RATIO_CAP}×`}`} />
          </div>
          <p className="muted">{relative ? 'A missing cell has no model bar.' : `1× is the paper's figure; bars are cut at ${RATIO_CAP}× (the table has every figure); a missing cell has no model bar.`}</p>
        </>
      ) : (
        <p className="muted">No chart: the model measured none of these cells.</p>
      )}
    </section>
  );
}
