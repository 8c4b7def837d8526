/**
 * Share: the link that reproduces the scenario (optionally with the commands typed so far
 * and the current virtual instant), a copy button, a QR code for a projector, and the
 * scenario as a JSON file to save or load. Loaded lazily with the link codec and the QR library.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { PlatformKind, RecordedLine } from '../../../engine/index.ts';
import { fittingLink } from '../../../share/fitting-link.ts';
import { viewOf } from '../../store/share-slice.ts';
import { getPlayground, usePlayground } from '../../store/use-playground.ts';
import { formatClock } from '../format/format.ts';
import { Modal } from '../layout/Modal.tsx';
import { OverLimits } from './OverLimits.tsx';
import { QrCode } from './QrCode.tsx';
import { ScenarioFile } from './ScenarioFile.tsx';
import './share.css';

type Recordings = Partial<Record<PlatformKind, readonly RecordedLine[]>>;

export default function ShareDialog({ onClose }: { readonly onClose: () => void }) {
  const scenario = usePlayground((s) => s.scenario);
  const [atNow, setAtNow] = useState(false);
  // The instant the dialog opened: the link does not change under the reader while the run goes on.
  const [opened, setOpened] = useState(() => ({ scenario, nowNs: getPlayground().getState().nowNs }));
  // A scenario loaded meanwhile (a file imported here) is a new run, from 0:00:00: its instant is the one to offer.
  if (opened.scenario !== scenario) {
    setOpened({ scenario, nowNs: getPlayground().getState().nowNs });
    setAtNow(false);
  }
  const nowNs = opened.nowNs;
  // The tab, speed and console in front when the dialog opened: the recipient sees the run as the sender did.
  const [view] = useState(() => viewOf(getPlayground().getState()));
  const [recordings, setRecordings] = useState<Recordings>({});
  const [withCommands, setWithCommands] = useState(false);
  const [copied, setCopied] = useState<string | null>(null);
  const field = useRef<HTMLInputElement>(null);
  const fieldId = useId();

  // Asked again for a new run: the commands typed are its own.
  useEffect(() => {
    let current = true;
    void getPlayground()
      .getState()
      .commandRecordings()
      .then((r) => current && setRecordings(r));
    return () => {
      current = false;
    };
  }, [scenario]);

  const typed = Object.values(recordings).reduce((n, lines) => n + lines.length, 0);
  const offer = useMemo(
    () =>
      fittingLink(
        { scenario, view, ...(withCommands && typed > 0 ? { commands: recordings } : {}), ...(atNow ? { atNs: nowNs } : {}) },
        window.location.href,
      ),
    [scenario, view, withCommands, typed, recordings, atNow, nowNs],
  );
  const link = offer.link ?? '';

  const copy = async (): Promise<void> => {
    try {
      await navigator.clipboard.writeText(link);
      setCopied('Copied.');
    } catch {
      field.current?.select();
      setCopied('The link is selected: press Ctrl+C (⌘C) to copy it.');
    }
  };

  return (
    <Modal title="Share" onClose={onClose} className="share-dialog">
      <label htmlFor={fieldId}>Link to this scenario ({link.length} characters)</label>
      <div className="share-link-row">
        <input id={fieldId} ref={field} className="input share-link" type="text" readOnly value={link} onFocus={(e) => e.target.select()} />
        <button type="button" className="button primary" onClick={() => void copy()}>
          Copy link
        </button>
      </div>
      <p className="muted" role="status" aria-live="polite">
        {copied ?? ''}
      </p>
      <label className="share-option">
        <input type="checkbox" checked={withCommands} disabled={typed === 0} onChange={(e) => setWithCommands(e.target.checked)} /> Include the commands typed so far (
        {typed})
      </label>
      <label className="share-option">
        <input type="checkbox" checked={atNow} disabled={nowNs === 0} onChange={(e) => setAtNow(e.target.checked)} /> Open at the current virtual time (
        {formatClock(nowNs)}), paused
      </label>
      <OverLimits offer={offer} />
      <QrCode text={link} label="QR code of the link" />
      <ScenarioFile scenario={scenario} onLoaded={onClose} />
    </Modal>
  );
}
