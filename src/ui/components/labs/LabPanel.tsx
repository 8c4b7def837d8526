/**
 * The open lab beside the playground: its steps with their instructions and live check
 * status, the progress, and the lab's own link. What it shows comes from the lab store,
 * which evaluates the checks; this panel computes nothing.
 */
import { useId } from 'react';
import { getLabStore, useLab } from '../../store/lab-store.ts';
import { labFragment, showLabInAddress } from './lab-link.ts';
import { LabStepItem } from './LabStepItem.tsx';
import './labs.css';

export function LabPanel() {
  const status = useLab((s) => s.status);
  const problems = useLab((s) => s.problems);
  const headingId = useId();
  if (status === 'closed') return null;
  const close = (): void => {
    getLabStore().getState().closeLab();
    showLabInAddress(null);
  };
  return (
    <aside className="lab-panel" aria-labelledby={headingId}>
      {status === 'loading' ? (
        <p id={headingId} className="muted" role="status">
          Opening the lab…
        </p>
      ) : status === 'failed' ? (
        <div role="alert">
          <h2 id={headingId}>The lab could not be opened</h2>
          <ul>
            {problems.slice(0, 8).map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
          <button type="button" className="button" onClick={close}>
            Close
          </button>
        </div>
      ) : (
        <OpenLab headingId={headingId} onClose={close} />
      )}
    </aside>
  );
}

function OpenLab({ headingId, onClose }: { readonly headingId: string; readonly onClose: () => void }) {
  const lab = useLab((s) => s.lab);
  const id = useLab((s) => s.id);
  const passed = useLab((s) => s.passed);
  const outcomes = useLab((s) => s.outcomes);
  const answers = useLab((s) => s.answers);
  const hints = useLab((s) => s.hintsShown);
  const detached = useLab((s) => s.detached);
  if (!lab || id === null) return null;
  const done = passed.filter((p) => p !== null).length;
  const total = lab.steps.length;
  return (
    <>
      <header className="lab-head">
        <p className="lab-kicker">Lab</p>
        <h2 id={headingId}>{lab.title}</h2>
        <button type="button" className="button icon-button" aria-label="Close the lab" onClick={onClose}>
          <span aria-hidden="true">✕</span>
        </button>
      </header>
      <p className="lab-summary">{lab.summary}</p>
      <div className="lab-progress">
        <progress max={total} value={done} aria-label="Lab progress" />
        <span aria-live="polite">{done === total ? `Complete: all ${total} steps done` : `${done} of ${total} steps done`}</span>
      </div>
      {detached ? (
        <div className="banner lab-warning" role="alert">
          <p>Another scenario is loaded, so the checks are paused.</p>
          <button type="button" className="button" onClick={() => void getLabStore().getState().openLab(id)}>
            Start the lab again
          </button>
        </div>
      ) : null}
      <ol className="lab-steps">
        {lab.steps.map((step, i) => (
          <LabStepItem key={`${id}:${i}`} index={i} step={step} passed={passed[i] ?? null} outcome={outcomes[i]} hintsShown={hints[i] ?? 0} answer={answers[i] ?? ''} />
        ))}
      </ol>
      <p className="lab-link muted">
        This lab's link: <a href={labFragment(id)}>{labFragment(id)}</a>
      </p>
    </>
  );
}
