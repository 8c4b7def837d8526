/** A crashed guest on its card: why it went down, and a Restart that boots it again through its own paths. */
import { useState } from 'react';
import type { PlatformKind } from '../../../engine/index.ts';
import { getPlayground } from '../../store/use-playground.ts';

export interface CrashedGuestProps {
  readonly platform: PlatformKind;
  readonly name: string;
  readonly reason: string | undefined;
}

export function CrashedGuest({ platform, name, reason }: CrashedGuestProps) {
  const [problem, setProblem] = useState<string | null>(null);
  const restart = async (): Promise<void> => setProblem(await getPlayground().getState().restartGuest(platform, name));
  return (
    <div className="crashed-guest" role="note">
      <p className="crash-reason">{reason ?? 'crashed'}</p>
      <button type="button" onClick={() => void restart()} aria-label={`Restart ${name} on ${platform}`}>
        Restart
      </button>
      {problem ? <p className="crash-problem">{problem}</p> : null}
    </div>
  );
}
