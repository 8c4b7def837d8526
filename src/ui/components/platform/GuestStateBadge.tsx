/** A guest's state as a word and a symbol (never colour alone). */
import type { GuestResult } from '../../../engine/index.ts';

/**
 * 'not-started': the clock has not moved yet, so nothing has powered on. 'done': the guest
 * runs, and its workload did all its `operations`. 'paused': up, but given no CPU (paused
 * from its management console, or a migration's stop-and-copy). 'moving', 'moved': a live
 * migration to the second host under way, or over.
 */
export type CardState = GuestResult['state'] | 'waiting' | 'not-started' | 'done' | 'paused' | 'moving' | 'moved';

const SHOWN: Readonly<Record<CardState, { readonly symbol: string; readonly text: string; readonly why?: string }>> = {
  booting: { symbol: '◔', text: 'Booting' },
  running: { symbol: '▶', text: 'Running' },
  moving: { symbol: '⇄', text: 'Moving', why: 'Being moved to the second host: it runs while its memory is copied' },
  moved: {
    symbol: '→',
    text: 'Moved',
    why: "It runs on the second host now, until it goes down: this host's consoles no longer list it, and its figures are its own there",
  },
  paused: {
    symbol: '⏸',
    text: 'Paused',
    why: 'Paused from its management console (xm pause, virsh suspend): it keeps its memory but gets no CPU, and runs again on xm unpause or virsh resume',
  },
  done: { symbol: '✓', text: 'Work done' },
  stopped: { symbol: '■', text: 'Stopped' },
  crashed: { symbol: '✖', text: 'Crashed' },
  refused: { symbol: '⊘', text: 'Refused' },
  waiting: { symbol: '…', text: 'Waiting' },
  'not-started': { symbol: '○', text: 'Not started', why: 'The clock is at 0:00:00: the guest powers on when you press Run or Step' },
};

/** `why`, when given, says more than the state's own words (the badge's tooltip). */
export function GuestStateBadge({ state, why }: { readonly state: CardState; readonly why?: string }) {
  const s = SHOWN[state];
  return (
    <span className="state-badge" data-state={state} title={why ?? s.why ?? s.text}>
      <span aria-hidden="true">{s.symbol}</span> <span className="state-text">{s.text}</span>
    </span>
  );
}
