/**
 * A step's check in the lab editor: its kind picked from the four the format has, the
 * fields of that kind, and **Try this check now**, which runs it against the playground as
 * it is — the same evaluator and wording a student's Verify uses — so a teacher sees what
 * the student will see before handing the lab out.
 */
import { useState } from 'react';
import { PLATFORM_KINDS } from '../../../../engine/index.ts';
import { evaluateCheck, type StepOutcome } from '../../../../labs/evaluate-lab.ts';
import { checkSchema, GUEST_STATES, type CheckKind } from '../../../../labs/lab-schema.ts';
import { figuresOf } from '../../../store/lab-store.ts';
import { getPlayground } from '../../../store/use-playground.ts';
import { pageWording } from '../page-wording.ts';
import { checkOf, DEFAULT_FIELDS, type DraftStep } from './lab-draft.ts';
import { Choice, TextField } from './LabFields.tsx';

const KINDS: readonly CheckKind[] = ['command', 'metric', 'guest-state', 'answer'];

export function CheckFields({ step, onChange }: { readonly step: DraftStep; readonly onChange: (step: DraftStep) => void }) {
  const f = step.fields;
  const set = (name: string) => (value: string) => onChange({ ...step, fields: { ...f, [name]: value } });
  const text = (name: string, label: string, placeholder?: string) => <TextField label={label} value={f[name] ?? ''} onChange={set(name)} {...(placeholder ? { placeholder } : {})} />;
  const platform = <Choice label="Platform" value={f.platform ?? 'hosted'} options={PLATFORM_KINDS} onChange={set('platform')} />;
  return (
    <fieldset className="lab-editor-check">
      <legend>Check</legend>
      <Choice label="Kind of check" value={step.kind} options={KINDS} onChange={(kind) => onChange({ ...step, kind: kind as CheckKind, fields: DEFAULT_FIELDS[kind as CheckKind] })} />
      {step.kind === 'command' ? (
        <>
          {platform}
          {text('console', 'Console (a guest, or manager)')}
          {text('pattern', 'Pattern (a regular expression)')}
        </>
      ) : step.kind === 'metric' ? (
        <>
          {text('metric', 'Figure (metric path)', 'platforms.hosted.guests.web1.relativeToNative')}
          {text('above', 'Above')}
          {text('below', 'Below')}
          {text('afterS', 'Not before (virtual s)')}
        </>
      ) : step.kind === 'guest-state' ? (
        <>
          {platform}
          {text('guest', 'Guest')}
          <Choice label="State" value={f.state ?? 'running'} options={GUEST_STATES} onChange={set('state')} />
          {text('afterS', 'Not before (virtual s)')}
        </>
      ) : (
        <>
          {text('question', 'Question')}
          <Choice label="The right answer is" value={f.by ?? 'accept'} options={['accept', 'number', 'metric']} onChange={set('by')} />
          {f.by === 'number' ? text('number', 'Number') : f.by === 'metric' ? text('metric', 'Figure (metric path)') : text('accept', 'Accepted answers (comma-separated)')}
          {f.by === 'accept' || f.by === undefined ? null : text('tolerance', 'Tolerance')}
        </>
      )}
      <TryCheck step={step} />
    </fieldset>
  );
}

/** Runs the draft check against the running playground and says what a student would read. */
function TryCheck({ step }: { readonly step: DraftStep }) {
  const [seen, setSeen] = useState<StepOutcome | string | null>(null);
  const [answer, setAnswer] = useState('');
  const tryNow = async (): Promise<void> => {
    const check = checkSchema.safeParse(checkOf(step));
    if (!check.success) return setSeen('The check is not complete yet: see the mistakes below.');
    const p = getPlayground().getState();
    const recordings = check.data.kind === 'command' ? await p.commandRecordings() : {};
    setSeen(evaluateCheck(check.data, { figures: figuresOf(p), recordings, answers: {} }, answer, pageWording(p.scenario)));
  };
  return (
    <div className="lab-editor-try">
      {step.kind === 'answer' ? <TextField label="Answer to try" value={answer} onChange={setAnswer} /> : null}
      <button type="button" className="button" onClick={() => void tryNow()}>
        Try this check now
      </button>
      <p role="status" className="lab-check">
        {seen === null ? null : typeof seen === 'string' ? seen : `${seen.passed ? 'Passed' : 'Not yet'} — ${seen.reason}`}
      </p>
    </div>
  );
}
