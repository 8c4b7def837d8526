/** Why the last scenario could not be loaded (the running one stays). */
import { useState } from 'react';
import { usePlayground } from '../../store/use-playground.ts';

export function ScenarioErrors() {
  const errors = usePlayground((s) => s.scenarioErrors);
  const [dismissed, setDismissed] = useState<readonly string[] | null>(null);
  if (errors.length === 0 || dismissed === errors) return null;
  return (
    <div className="banner banner-error" role="alert">
      <p>
        <strong>The scenario was not loaded</strong> — the previous one keeps running:
      </p>
      <ul>
        {errors.slice(0, 6).map((e) => (
          <li key={e}>{e}</li>
        ))}
        {errors.length > 6 ? <li>… and {errors.length - 6} more</li> : null}
      </ul>
      <button type="button" className="button" onClick={() => setDismissed(errors)}>
        Dismiss
      </button>
    </div>
  );
}
