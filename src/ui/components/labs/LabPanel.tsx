/**
 * The open lab, as a drawer at the bottom right, beside the consoles (which make room for
 * it) and below the columns (which keep their width, so their layer names fit): one step at a time, the steps
 * as a row of numbers to go back to, the progress, Reset, and the lab's own link. What it
 * shows comes from the lab store, which runs the checks; this panel computes nothing.
 */
import { useEffect, useId, useLayoutEffect, useState } from 'react';
import { furthestStep, getLabStore, useLab } from '../../store/lab-store.ts';
import { labFragment, showLabInAddress } from './lab-link.ts';
import { LabHandIn } from './LabHandIn.tsx';
import { LabStartedOver } from './LabStartedOver.tsx';
import { LabStepItem } from './LabStepItem.tsx';
import { StartOverButton } from './StartOverButton.tsx';
import './labs.css';

export function LabPanel() {
  const status = useLab((s) => s.status);
  const problems = useLab((s) => s.problems);
  const [hidden, setHidden] = useState(false);
  const headingId = useId();
  const top = useDrawerTop();
  const labId = useLab((s) => s.id);
  const shown = !hidden && (status === 'open' || status === 'failed');
  // A lab that opens (from the gallery, whose closing gave the keyboard back to its button) or shows again
  // puts the keyboard at its title, so Tab goes on to its steps — unless the keyboard is already in a
  // terminal or a field someone clicked into while a linked lab was loading: typing is not interrupted.
  useEffect(() => {
    if (shown && !typingIn(document.activeElement)) document.getElementById(headingId)?.focus();
  }, [shown, labId, headingId]);
  if (status === 'closed') return null;
  const close = (): void => {
    getLabStore().getState().closeLab();
    showLabInAddress(null);
  };
  if (hidden && status === 'open') return <ShowLabButton top={top} onShow={() => setHidden(false)} />;
  return (
    <aside className="lab-panel" aria-labelledby={headingId} style={{ top }}>
      {status === 'loading' ? (
        <p id={headingId} className="muted" role="status">
          Opening the lab…
        </p>
      ) : status === 'failed' ? (
        <div role="alert">
          <h2 id={headingId} tabIndex={-1}>
            The lab could not be opened:
          </h2>
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
        <OpenLab headingId={headingId} onClose={close} onHide={() => setHidden(true)} />
      )}
    </aside>
  );
}

/** The least height the drawer keeps, px: where the bottom panel is short (folded), the drawer rises over the columns' foot. */
const MIN_DRAWER_PX = 360;

/**
 * Where the drawer starts, in px from the window's top: level with the bottom panel, so it
 * sits beside the consoles and leaves the columns above it whole. Measured, because the
 * toolbar wraps on a narrow window and the bottom panel can be tall, normal or folded.
 */
function useDrawerTop(): number {
  const [top, setTop] = useState(0);
  useLayoutEffect(() => {
    const bottom = document.querySelector('.bottom-panel');
    const bar = document.querySelector('.toolbar');
    if (!bottom || !bar) return;
    const root = document.documentElement;
    const measure = (): void => {
      const lowest = Math.max(bar.getBoundingClientRect().bottom, window.innerHeight - MIN_DRAWER_PX);
      const top = Math.round(Math.min(bottom.getBoundingClientRect().top, lowest));
      setTop(top);
      // Risen over the columns' foot, the drawer would hide their last cards: they get that much room to scroll into (labs.css).
      root.style.setProperty('--lab-drawer-overlap', `${Math.max(0, Math.round(bottom.getBoundingClientRect().top - top))}px`);
    };
    measure();
    const watch = new ResizeObserver(measure);
    watch.observe(bottom);
    watch.observe(bar);
    // The bottom panel also moves without changing size: when the main area above it grows (the page still filling the window).
    if (bottom.parentElement) watch.observe(bottom.parentElement);
    window.addEventListener('resize', measure);
    return () => {
      watch.disconnect();
      window.removeEventListener('resize', measure);
      root.style.removeProperty('--lab-drawer-overlap');
    };
  }, []);
  return top;
}

/** The folded drawer: a tab at the page's edge with the progress. */
function ShowLabButton({ top, onShow }: { readonly top: number; readonly onShow: () => void }) {
  const done = useLab((s) => s.passed.filter((p) => p !== null).length);
  const total = useLab((s) => s.lab?.steps.length ?? 0);
  return (
    <button type="button" className="button lab-tab" style={{ top }} onClick={onShow}>
      Show the lab ({done} of {total})
    </button>
  );
}

function OpenLab({ headingId, onClose, onHide }: { readonly headingId: string; readonly onClose: () => void; readonly onHide: () => void }) {
  const lab = useLab((s) => s.lab);
  const id = useLab((s) => s.id);
  const passed = useLab((s) => s.passed);
  const outcomes = useLab((s) => s.outcomes);
  const answers = useLab((s) => s.answers);
  const hints = useLab((s) => s.hintsShown);
  const current = useLab((s) => s.current);
  const detached = useLab((s) => s.detached);
  const origin = useLab((s) => s.origin);
  const step = lab?.steps[current];
  if (!lab || id === null || !step) return null;
  const labs = getLabStore().getState();
  const done = passed.filter((p) => p !== null).length;
  const total = lab.steps.length;
  const furthest = furthestStep(passed);
  return (
    <>
      <header className="lab-head">
        <p className="lab-kicker">Lab</p>
        <h2 id={headingId} tabIndex={-1}>
          {lab.title}
        </h2>
        <div className="lab-head-buttons">
          <button type="button" className="button icon-button" aria-label="Hide the lab" title="Hide the lab (it keeps its place)" onClick={onHide}>
            <span aria-hidden="true">⇥</span>
          </button>
          <button type="button" className="button icon-button" aria-label="Close the lab" onClick={onClose}>
            <span aria-hidden="true">✕</span>
          </button>
        </div>
      </header>
      <div className="lab-progress">
        <progress max={total} value={done} aria-label="Lab progress" />
        <span aria-live="polite">{done === total ? `Complete: ${total === 1 ? 'the step is' : `all ${total} steps`} done` : `${done} of ${total} ${total === 1 ? 'step' : 'steps'} done`}</span>
      </div>
      <nav aria-label="Steps">
        <ol className="lab-step-nav">
          {lab.steps.map((s, i) => (
            <li key={i}>
              <button
                type="button"
                className="lab-step-dot"
                data-passed={passed[i] !== null}
                aria-current={i === current ? 'step' : undefined}
                aria-label={`Step ${i + 1}: ${s.title}${passed[i] ? ' (passed)' : ''}`}
                title={s.title}
                disabled={i > furthest}
                onClick={() => labs.goTo(i)}
              >
                {passed[i] ? '✓' : i + 1}
              </button>
            </li>
          ))}
        </ol>
      </nav>
      {detached ? (
        <div className="banner lab-warning" role="alert">
          <p>Another scenario is loaded, so the checks are paused.</p>
          <button type="button" className="button" onClick={() => void labs.resume()}>
            Start the lab again
          </button>
        </div>
      ) : null}
      <LabStartedOver />
      {origin === 'review' ? (
        <p className="banner" role="note">
          A student's hand-in: their answers and the run they handed in, at the instant they handed it in.
        </p>
      ) : null}
      {current === 0 ? <p className="lab-summary">{lab.summary}</p> : null}
      <LabStepItem key={`${id}:${current}`} index={current} total={total} step={step} passed={passed[current] ?? null} outcome={outcomes[current]} hintsShown={hints[current] ?? 0} answer={answers[current] ?? ''} />
      {done === total && origin !== 'review' ? <LabHandIn /> : null}
      <footer className="lab-foot">
        <StartOverButton label="Reset the lab" />
        {origin === 'shipped' ? (
          <p className="lab-link muted">
            This lab's link: <a href={labFragment(id)}>{labFragment(id)}</a>
          </p>
        ) : null}
      </footer>
    </>
  );
}

/** Whether `el` takes typed text (a terminal's input is a textarea): the keyboard is left there. */
function typingIn(el: Element | null): boolean {
  return el instanceof HTMLTextAreaElement || (el instanceof HTMLInputElement && el.type !== 'button' && el.type !== 'checkbox' && el.type !== 'radio');
}
