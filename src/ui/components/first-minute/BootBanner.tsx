/**
 * Says what the page is doing in its first seconds: the guests booting in fast-forward,
 * then an offer to watch the boot again at 1× (it is part of the lesson), which goes once
 * something is typed into a terminal, or a lab opens (it sat over the lab's drawer, and the
 * lab's scenario is not the one that booted). Starts the fast-forward when the page was
 * opened on its own address (boot-on-open.ts).
 */
import { useEffect, useState } from 'react';
import { useLab } from '../../store/lab-store.ts';
import { getPlayground } from '../../store/use-playground.ts';
import './first-minute.css';
import { pageBootsOnOpen, fastForwardBoot, replayBoot } from './boot-on-open.ts';

type Phase = 'off' | 'forwarding' | 'settled' | 'dismissed';

export function BootBanner() {
  const [phase, setPhase] = useState<Phase>(() => (pageBootsOnOpen() ? 'forwarding' : 'off'));
  const forwarding = phase === 'forwarding';
  const labOpen = useLab((s) => s.status !== 'closed');
  if (labOpen && (forwarding || phase === 'settled')) setPhase('dismissed');
  useEffect(() => {
    if (!forwarding) return;
    // The keyboard stays where the student puts it: a terminal that took it on opening kept Tab for its shell,
    // so a keyboard-only student could reach neither the tour nor the lab (the first terminal's prompt is a click away).
    return fastForwardBoot(getPlayground(), () => setPhase('settled'));
  }, [forwarding]);
  // Once settled it sits over the terminal's right-hand side: typing there means it was read.
  useEffect(() => {
    if (phase !== 'settled') return;
    const onKey = (e: KeyboardEvent): void => {
      if (e.target instanceof Element && e.target.closest('.terminal-host')) setPhase('dismissed');
    };
    document.addEventListener('keydown', onKey, true);
    return () => document.removeEventListener('keydown', onKey, true);
  }, [phase]);
  if (phase === 'off' || phase === 'dismissed') return null;
  return (
    <div className="banner boot-banner" role="status">
      {phase === 'forwarding' ? (
        <p>Booting the guests in fast-forward — watch their boot logs in the consoles…</p>
      ) : (
        <>
          <p>The guests booted in fast-forward and now run at 1×. A VM boots firmware and a kernel; a container only starts its processes.</p>
          <button
            type="button"
            className="button"
            onClick={() => {
              setPhase('dismissed');
              void replayBoot(getPlayground());
            }}
          >
            Watch the boot again at 1×
          </button>
          <button type="button" className="button" onClick={() => setPhase('dismissed')}>
            Dismiss
          </button>
        </>
      )}
    </div>
  );
}
