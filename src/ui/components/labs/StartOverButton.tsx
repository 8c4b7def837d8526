/** Starts the lab over, forgetting every answer, once the student confirms it. */
import { useState } from 'react';
import { getLabStore } from '../../store/lab-store.ts';

export function StartOverButton({ label }: { readonly label: string }) {
  const [confirming, setConfirming] = useState(false);
  if (!confirming)
    return (
      <button type="button" className="button" onClick={() => setConfirming(true)}>
        {label}
      </button>
    );
  return (
    <span role="group" aria-label="Start the lab over?">
      Forget every answer and start over?{' '}
      <button
        type="button"
        className="button"
        onClick={() => {
          setConfirming(false);
          void getLabStore().getState().reset();
        }}
      >
        Start over
      </button>{' '}
      <button type="button" className="button" onClick={() => setConfirming(false)}>
        Keep going
      </button>
    </span>
  );
}
