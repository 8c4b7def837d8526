/**
 * The Validation view: the published experiments rerun on the model (in a worker), paper vs
 * model per cell with provenance, misses shown, a chart per experiment and a link to each
 * scenario. The same report as `npm run -s cli -- validate` (docs/validation.md).
 */
import { useEffect } from 'react';
import { summaryLines } from '../../../validation/report-text.ts';
import { getValidation, useValidation } from '../../store/validation-store.ts';
import { ExperimentSection } from './ExperimentSection.tsx';
import './validation.css';

export function ValidationPanel() {
  const status = useValidation((s) => s.status);
  const total = useValidation((s) => s.total);
  const experiments = useValidation((s) => s.experiments);
  const summary = useValidation((s) => s.summary);
  const problem = useValidation((s) => s.problem);

  useEffect(() => {
    if (getValidation().getState().status === 'idle') void getValidation().getState().run();
  }, []);

  const progress =
    status === 'running' ? `Running the experiments on the model… ${experiments.length} of ${total || '…'} done` : status === 'done' ? `${experiments.length} experiments rerun` : '';
  return (
    <div className="validation-panel">
      <header className="validation-header">
        <p>
          Published measurements beside what the model produces from its mechanisms. Nothing is fitted: a cell that misses is shown as
          missing. Each paper figure says where it was read: <em>verified</em> in the paper, <em>secondary</em> (quoted elsewhere), or{' '}
          <em>unverified</em>.
        </p>
        <button type="button" className="button small-button" disabled={status === 'running'} onClick={() => void getValidation().getState().run()}>
          Run again
        </button>
        <span role="status" className="muted">
          {progress}
        </span>
      </header>
      {problem ? <p role="alert">The validation could not run: {problem}</p> : null}
      {summary ? (
        <ul className="validation-summary" aria-label="Summary">
          {summaryLines(summary).map((l) => (
            <li key={l}>{l}</li>
          ))}
        </ul>
      ) : null}
      {experiments.map((e) => (
        <ExperimentSection key={e.id} e={e} />
      ))}
    </div>
  );
}
