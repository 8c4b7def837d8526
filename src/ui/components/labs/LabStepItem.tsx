/** One step of the open lab: its instructions, hints on request, an answer field if it asks a question, and its check's status. */
import type { StepOutcome } from '../../../labs/evaluate-lab.ts';
import type { LabStep } from '../../../labs/lab-schema.ts';
import { getLabStore } from '../../store/lab-store.ts';
import { AnswerForm } from './AnswerForm.tsx';
import { LabMarkdown } from './LabMarkdown.tsx';

export interface LabStepItemProps {
  readonly index: number;
  readonly step: LabStep;
  /** How the step passed, once it has; null until then. */
  readonly passed: StepOutcome | null;
  readonly outcome: StepOutcome | undefined;
  readonly hintsShown: number;
  readonly answer: string;
}

export function LabStepItem({ index, step, passed, outcome, hintsShown, answer }: LabStepItemProps) {
  const hints = step.hints ?? [];
  const labs = getLabStore().getState();
  return (
    <li className="lab-step" data-passed={passed !== null} aria-label={`Step ${index + 1}: ${step.title}`}>
      <h3 className="lab-step-title">
        <span className="lab-step-mark" aria-hidden="true">
          {passed ? '✓' : index + 1}
        </span>
        {step.title}
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
      {step.check.kind === 'answer' ? <AnswerForm question={step.check.question} saved={answer} onAnswer={(t) => getLabStore().getState().answer(index, t)} /> : null}
      <p className="lab-check">
        <strong>{passed ? 'Passed' : 'Not yet'}</strong>
        {(passed ?? outcome) ? <span className="muted"> — {(passed ?? outcome)?.reason}</span> : null}
      </p>
    </li>
  );
}
