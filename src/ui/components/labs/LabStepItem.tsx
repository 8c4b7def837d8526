/**
 * The step on screen: its instructions, hints on request, and how the student hands it in —
 * an answer field with **Check**, or **Verify** for the other checks — then what the check
 * saw, in the page's words, held at the drawer's foot (labs.css). Nothing is checked before
 * the student asks.
 */
import { useEffect, useRef } from 'react';
import type { StepOutcome } from '../../../labs/evaluate-lab.ts';
import type { LabStep } from '../../../labs/lab-schema.ts';
import { getLabStore, useLab } from '../../store/lab-store.ts';
import { AnswerForm } from './AnswerForm.tsx';
import { LabMarkdown } from './LabMarkdown.tsx';

export interface LabStepItemProps {
  readonly index: number;
  readonly total: number;
  readonly step: LabStep;
  /** How the step passed, once it has; null until then. */
  readonly passed: StepOutcome | null;
  /** What the last Verify or Check saw; undefined before the first. */
  readonly outcome: StepOutcome | undefined;
  readonly hintsShown: number;
  readonly answer: string;
}

export function LabStepItem({ index, total, step, passed, outcome, hintsShown, answer }: LabStepItemProps) {
  const hints = step.hints ?? [];
  const labs = getLabStore().getState();
  const verifying = useLab((s) => s.verifying);
  const next = useRef<HTMLButtonElement>(null);
  const wasPassed = useRef(passed);
  const shown = outcome ?? passed;
  // Once the step passes, the way on is the next thing a keyboard user reaches. Not for a step shown
  // already passed (a reload): the focus would scroll the panel past what it says above the step.
  useEffect(() => {
    if (passed && !wasPassed.current) next.current?.focus();
    wasPassed.current = passed;
  }, [passed]);
  return (
    <section className="lab-step" data-passed={passed !== null} aria-label={`Step ${index + 1}: ${step.title}`}>
      <h3 className="lab-step-title">
        <span className="lab-step-mark" aria-hidden="true">
          {passed ? '✓' : index + 1}
        </span>
        <span>
          <span className="visually-hidden">Step {index + 1} of {total}: </span>
          {step.title}
        </span>
      </h3>
      <LabMarkdown text={step.instructions} />
      {hints.slice(0, hintsShown).map((h, i) => (
        <aside key={i} className="lab-hint" aria-label={`Hint ${i + 1}`}>
          <LabMarkdown text={h} />
        </aside>
      ))}
      {hintsShown < hints.length ? (
        <button type="button" className="button link-button" onClick={() => labs.showHint(index)}>
          Show a hint ({hintsShown + 1} of {hints.length})
        </button>
      ) : null}
      <div className="lab-step-act">
        {step.check.kind === 'answer' ? (
          <AnswerForm question={step.check.question} saved={answer} onAnswer={(t) => labs.answer(index, t)} />
        ) : (
          <button type="button" className="button primary lab-verify" disabled={verifying} onClick={() => void labs.verify(index)}>
            Verify
          </button>
        )}
        <p className="lab-check" role="status">
          {shown ? (
            <>
              <strong>{shown.passed ? 'Passed' : passed ? 'Passed before' : 'Not yet'}</strong>
              <span className="muted"> — {shown.reason}</span>
            </>
          ) : null}
        </p>
        {passed && index + 1 < total ? (
          <button ref={next} type="button" className="button primary" onClick={() => labs.goTo(index + 1)}>
            Next step
          </button>
        ) : null}
      </div>
    </section>
  );
}
