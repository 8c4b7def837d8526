/**
 * The first-visit tour: five stops — the columns, a layer stack, a guest card and its Why?,
 * a terminal, the comparison — each a short card beside the part of the page it is about,
 * which is outlined. It takes the keyboard when it comes (its Next button), so a keyboard-only
 * student can walk or skip it: Tab and Shift+Tab go round its buttons, Esc skips it as it
 * closes the other dialogs, and the keyboard goes back where it was. It does not block the
 * page (a click outside leaves it open), and in presenter mode it steps aside, hidden until
 * the mode ends (first-minute.css): over a projected page it covered the columns.
 * Help offers it again. Once finished or skipped it is remembered per browser.
 */
import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { readSaved, writeSaved } from '../../session/browser-storage.ts';

interface Stop {
  readonly title: string;
  readonly text: string;
  /** The part of the page it is about. */
  readonly target: string;
}

export const TOUR: readonly Stop[] = [
  { title: 'Four architectures, side by side', text: 'Each column runs the same guests on one architecture: native (each on its own server, the baseline), hosted (a VMM on a host OS), bare-metal (a hypervisor) and containers (one shared kernel).', target: '.platform-columns' },
  { title: 'The layer stack', text: 'The layers between the applications and the hardware, and the share of the CPU each one takes. Every layer costs something.', target: '.platform-column[data-platform="hosted"] .layer-stack' },
  { title: 'A guest and its Why?', text: 'A card per guest: its state, throughput, how it compares with native, its CPU and memory. Why? shows where its lost time went, mechanism by mechanism.', target: '.platform-column[data-platform="hosted"] article' },
  { title: 'A terminal per guest', text: 'Every guest and every management console (host OS, dom0, the container host) has a terminal. Type commands as on a real machine: ps, top, xm list, dmesg…', target: '.bottom-panel' },
  { title: 'The comparison', text: 'Charts that put the four platforms next to each other: throughput vs native, CPU by layer, exits, memory, density, boot time.', target: '.bottom-panel [role="tab"]:nth-child(2)' },
];

/** Saved as `virtscope.tour`; before version 1 that key held the bare word "seen", still read. */
const TOUR_SEEN = 'tour';
const TOUR_VERSION = 1;

/** Whether this browser has not yet finished or skipped the tour. */
export function tourNotSeen(): boolean {
  return readSaved(TOUR_SEEN, TOUR_VERSION, (text) => text === 'seen') !== true;
}

const OUTLINE = 'tour-target';

export function Tour({ onClose }: { readonly onClose: () => void }) {
  const [at, setAt] = useState(0);
  const [place, setPlace] = useState<{ top?: number; bottom?: number; left: number }>({ top: 80, left: 16 });
  const stop = TOUR[at];
  const next = useRef<HTMLButtonElement>(null);

  // Appended after everything else, the card would be the page's last tab stop.
  useEffect(() => {
    const before = document.activeElement;
    next.current?.focus();
    return () => {
      if (before instanceof HTMLElement && before !== document.body && before.isConnected) before.focus();
    };
  }, []);

  // Outline the stop's part of the page and put the card beside it (below if there is room, else above).
  // The part may not be drawn yet, or be drawn anew (a platform's first results still on their way on a slow
  // laptop): it is outlined whenever it appears.
  useLayoutEffect(() => {
    if (!stop) return;
    let target: Element | null = null;
    const outline = (): void => {
      const found = document.querySelector(stop.target);
      if (found === null || found === target) return;
      target?.classList.remove(OUTLINE);
      target = found;
      found.classList.add(OUTLINE);
      const r = found.getBoundingClientRect();
      const left = Math.max(8, Math.min(r.left, window.innerWidth - 360));
      setPlace(r.bottom + 220 < window.innerHeight ? { top: r.bottom + 8, left } : { bottom: Math.max(8, window.innerHeight - r.top + 8), left });
    };
    outline();
    const observer = new MutationObserver(outline);
    observer.observe(document.body, { childList: true, subtree: true });
    return () => {
      observer.disconnect();
      target?.classList.remove(OUTLINE);
    };
  }, [stop]);

  if (!stop) return null;
  const finish = (): void => {
    writeSaved(TOUR_SEEN, TOUR_VERSION, true);
    onClose();
  };
  const last = at === TOUR.length - 1;
  // Appended after the rest of the page, the card's last button was the document's last tab stop: Tab left the page.
  const keys = (e: KeyboardEvent<HTMLDivElement>): void => {
    if (e.key === 'Escape') {
      e.preventDefault();
      finish();
      return;
    }
    if (e.key !== 'Tab') return;
    const buttons = [...e.currentTarget.querySelectorAll('button')];
    const edge = e.shiftKey ? buttons[0] : buttons.at(-1);
    if (document.activeElement !== edge) return;
    e.preventDefault();
    (e.shiftKey ? buttons.at(-1) : buttons[0])?.focus();
  };
  return (
    <div className="tour-card" role="dialog" aria-modal="false" aria-label={`Tour: ${stop.title}`} style={place} onKeyDown={keys}>
      <p className="tour-count">
        {at + 1} of {TOUR.length}
      </p>
      <h2>{stop.title}</h2>
      <p>{stop.text}</p>
      <div className="tour-buttons">
        <button type="button" className="button link-button" onClick={finish}>
          Skip the tour
        </button>
        <span className="spacer" />
        {at > 0 ? (
          <button type="button" className="button" onClick={() => setAt(at - 1)}>
            Back
          </button>
        ) : null}
        <button ref={next} type="button" className="button primary" onClick={() => (last ? finish() : setAt(at + 1))}>
          {last ? 'Finish' : 'Next'}
        </button>
      </div>
    </div>
  );
}
