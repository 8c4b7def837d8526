/**
 * Told when the lab opens again with its progress on a run from 0:00:00 (a reload, a new
 * tab, Start the lab again): which passed steps acted on the run that is gone, to do again
 * where a later step builds on them (ballooning's xm create big wants the xm mem-set before
 * it), or, the lab done, before a hand-in carries the run. The progress stays unless the
 * student starts over.
 */
import { getLabStore, useLab } from '../../store/lab-store.ts';
import { StepLinks } from './StepLinks.tsx';
import { StartOverButton } from './StartOverButton.tsx';

export function LabStartedOver() {
  const steps = useLab((s) => s.startedOver);
  const lab = useLab((s) => s.lab);
  const passed = useLab((s) => s.passed);
  if (steps.length === 0 || !lab) return null;
  const labs = getLabStore().getState();
  const these = steps.length === 1 ? 'this step' : 'these steps';
  const complete = passed.every((p) => p !== null);
  return (
    <section className="banner lab-warning lab-started-over" aria-label="The run started over">
      <p>
        This run started from 0:00:00 again. Your progress is kept, but what you did in the run before is not in this one.{' '}
        {complete ? `A hand-in carries the run: to hand in, Verify ${these} again in this run:` : `Where a later step builds on it, do ${these} again:`}
      </p>
      <StepLinks lab={lab} steps={steps} />
      <div className="lab-started-over-buttons">
        <button type="button" className="button" onClick={() => labs.dismissStartedOver()}>
          Got it
        </button>
        <StartOverButton label="Start the lab over from step 1" />
      </div>
    </section>
  );
}
