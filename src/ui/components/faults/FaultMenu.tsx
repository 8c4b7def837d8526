/**
 * The Fault menu of a platform column: choose a kind (and, for a kind that starts inside a
 * guest, the guest) and inject it into all four platforms at the same virtual instant, so
 * the columns show their blast radii side by side. The engine decides what happens. Escape
 * closes the open menu.
 */
import { memo, useId, useRef, useState, type KeyboardEvent } from 'react';
import { FAULT_KINDS, GUEST_FAULTS, type FaultKind, type PlatformKind } from '../../../engine/index.ts';
import { getPlayground, usePlayground } from '../../store/use-playground.ts';
import { FAULT_LABEL } from './fault-names.ts';
import './faults.css';

/**
 * Memoised: its column renders on every tick, and with a thousand guests the guest select
 * alone is a thousand options to build and compare again, four columns a tick, for nothing.
 */
export const FaultMenu = memo(function FaultMenu({ platform }: { readonly platform: PlatformKind }) {
  const guests = usePlayground((s) => s.scenario.guests);
  const [kind, setKind] = useState<FaultKind>('guest-panic');
  const [target, setTarget] = useState<string>('');
  const [busy, setBusy] = useState(false);
  const id = useId();
  const needsGuest = GUEST_FAULTS.has(kind);
  const chosen = guests.some((g) => g.name === target) ? target : (guests[0]?.name ?? '');

  const menu = useRef<HTMLDetailsElement>(null);
  const summary = useRef<HTMLElement>(null);
  // Escape closes the open menu and gives the keyboard back to its button, as a menu does.
  const closeOnEscape = (e: KeyboardEvent): void => {
    if (e.key !== 'Escape' || !menu.current?.open) return;
    e.preventDefault();
    menu.current.open = false;
    summary.current?.focus();
  };

  const inject = async (): Promise<void> => {
    setBusy(true);
    try {
      await getPlayground().getState().injectFault(kind, needsGuest ? chosen : null);
    } finally {
      setBusy(false);
    }
  };

  return (
    <details ref={menu} className="fault-menu" data-platform={platform} onKeyDown={closeOnEscape}>
      <summary ref={summary} aria-label={`Fault menu (${platform} column)`}>Fault ▾</summary>
      <div className="fault-form">
        <label htmlFor={`${id}-kind`}>Kind</label>
        <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value as FaultKind)}>
          {FAULT_KINDS.map((k) => (
            <option key={k} value={k}>
              {FAULT_LABEL[k]}
            </option>
          ))}
        </select>
        {needsGuest ? (
          <>
            <label htmlFor={`${id}-target`}>In guest</label>
            <select id={`${id}-target`} value={chosen} onChange={(e) => setTarget(e.target.value)}>
              {guests.map((g) => (
                <option key={g.name} value={g.name}>
                  {g.name}
                </option>
              ))}
            </select>
          </>
        ) : null}
        <button type="button" disabled={busy} onClick={() => void inject()}>
          Inject into all four
        </button>
      </div>
    </details>
  );
});
