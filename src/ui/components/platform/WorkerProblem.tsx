/** A platform whose worker crashed or stopped answering: what happened, and a restart. */
import { useState } from 'react';
import type { PlatformKind } from '../../../engine/index.ts';
import type { WorkerHealth } from '../../store/playground-state.ts';
import { PLATFORM_TITLE } from '../names/platform-names.ts';

export interface WorkerProblemProps {
  readonly kind: PlatformKind;
  readonly health: Extract<WorkerHealth, 'crashed' | 'hung'>;
  readonly problem: string | undefined;
  readonly onRestart: () => Promise<void>;
}

export function WorkerProblem({ kind, health, problem, onRestart }: WorkerProblemProps) {
  const [pressed, setPressed] = useState(false);
  return (
    <div className="worker-problem" role="alert">
      <p>
        <strong>
          <span aria-hidden="true">⚠ </span>
          {health === 'crashed' ? 'This simulation crashed.' : 'This simulation stopped answering.'}
        </strong>{' '}
        The other columns keep running; the figures below are from before it stopped.
      </p>
      {problem ? <p className="problem-detail">{problem}</p> : null}
      <button
        type="button"
        className="button primary"
        disabled={pressed}
        onClick={() => {
          setPressed(true);
          onRestart()
            .catch((e: unknown) => console.error(`restarting ${kind} failed`, e))
            .finally(() => setPressed(false));
        }}
        aria-label={`Restart the ${PLATFORM_TITLE[kind]} simulation`}
      >
        {pressed ? 'Restarting…' : 'Restart'}
      </button>
    </div>
  );
}
