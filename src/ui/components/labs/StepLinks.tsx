/** Steps to go back to, each a link-like button that shows it (the run started over; a hand-in waiting on them). */
import type { Lab } from '../../../labs/parse-lab.ts';
import { getLabStore } from '../../store/lab-store.ts';

export function StepLinks({ lab, steps }: { readonly lab: Lab; readonly steps: readonly number[] }) {
  return (
    <ul>
      {steps.map((i) => (
        <li key={i}>
          <button type="button" className="button link-button" onClick={() => getLabStore().getState().goTo(i)}>
            Step {i + 1}: {lab.steps[i]?.title}
          </button>
        </li>
      ))}
    </ul>
  );
}
