/** A guest's state as a word and a symbol (never colour alone). */
import type { GuestResult } from '../../../engine/index.ts';

/** 'not-started': the clock has not moved yet, so nothing has powered on. */
export type CardState = GuestResult['state'] | 'waiting' | 'not-started';

const SHOWN: Readonly<Record<CardState, { readonly symbol: string; readonly text: string; readonly why?: string }>> = {
  booting: { symbol: '◔', text: 'Booting' },
  running: { symbol: '▶', text: 'Running' },
  stopped: { symbol: '■', text: 'Stopped' },
  crashed: { symbol: '✖', text: 'Crashed' },
  refused: { symbol: '⊘', text: 'Refused' },
  waiting: { symbol: '…', text: 'Waiting' },
  'not-started': { symbol: '○', text: 'Not started', why: 'The clock is at 0:00:00: the guest powers on when you press Run or Step' },
};

export function GuestStateBadge({ state }: { readonly state: CardState }) {
  const s = SHOWN[state];
  return (
    <span className="state-badge" data-state={state} title={s.why ?? s.text}>
      <span aria-hidden="true">{s.symbol}</span> <span className="state-text">{s.text}</span>
    </span>
  );
}
