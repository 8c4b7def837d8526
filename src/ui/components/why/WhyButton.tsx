/** A guest card's "Why?": opens the breakdown of its time per transaction against the baseline. */
import { useState } from 'react';
import type { GuestResult, PlatformKind } from '../../../engine/index.ts';
import { WhyDialog } from './WhyDialog.tsx';

export interface WhyButtonProps {
  readonly platform: PlatformKind;
  readonly result: GuestResult;
  readonly unit: string;
}

export function WhyButton({ platform, result, unit }: WhyButtonProps) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="console-button why-button"
        onClick={() => setOpen(true)}
        aria-label={`Why? Where ${result.name}'s time goes on ${platform}, by mechanism`}
        title="Why? Its time per transaction against native, by mechanism"
      >
        Why?
      </button>
      {open ? <WhyDialog platform={platform} result={result} unit={unit} onClose={() => setOpen(false)} /> : null}
    </>
  );
}
