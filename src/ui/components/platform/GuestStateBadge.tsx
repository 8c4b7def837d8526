/** A guest's state as a word and a symbol (never colour alone). */
import type { GuestResult } from '../../../engine/index.ts';

type State = GuestResult['state'] | 'waiting';

const SHOWN: Readonly<Record<State, { readonly symbol: string; readonly text: string }>> = {
  booting: { symbol: '◔', text: 'Booting' },
  running: { symbol: '▶', text: 'Running' },
  stopped: { symbol: '■', text: 'Stopped' },
  crashed: { symbol: '✖', text: 'Crashed' },
  refused: { symbol: '⊘', text: 'Refused' },
  waiting: { symbol: '…', text: 'Waiting' },
};

export function GuestStateBadge({ state }: { readonly state: State }) {
  const s = SHOWN[state];
  return (
    <span className="state-badge" data-state={state}>
      <span aria-hidden="true">{s.symbol}</span> {s.text}
    </span>
  );
}
