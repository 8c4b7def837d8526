/**
 * Share: the link that reproduces the scenario (optionally with the commands typed so far,
 * the faults and migrations made so far — on by default: they are the run, not typing — and
 * the current virtual instant), a copy button, a QR code for a projector, and the scenario
 * as a JSON file to save or load. Loaded lazily with the link codec and the QR library.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { fittingLink } from '../../../share/fitting-link.ts';
import { eventsInWords, runCounts, selectLines, type Recordings } from '../../../share/run-events.ts';
import type { SharedMigration } from '../../../share/shared-run.ts';
import { loggedMigrations } from '../../store/migration-log.ts';
import { viewOf } from '../../store/share-slice.ts';
import { getPlayground, usePlayground } from '../../store/use-playground.ts';
import { formatClock } from '../format/format.ts';
import { Modal } from '../layout/Modal.tsx';
import { OverLimits } from './OverLimits.tsx';
import { QrCode } from './QrCode.tsx';
import { ScenarioFile } from './ScenarioFile.tsx';
import './share.css';

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
  const [migrations, setMigrations] = useState<readonly SharedMigration[]>([]);
  const [withCommands, setWithCommands] = useState(false);
  const [withEvents, setWithEvents] = useState(true);
  const [copied, setCopied] = useState<string | null>(null);
  const field = useRef<HTMLInputElement>(null);
  const fieldId = useId();

  // Asked again for a new run: the commands typed and the migrations made are its own.
  useEffect(() => {
    let current = true;
    void getPlayground()
      .getState()
      .commandRecordings()
      .then((r) => {
        if (!current) return;
        setRecordings(r);
        setMigrations(loggedMigrations(getPlayground().getState));
      });
    return () => {
      current = false;
    };
  }, [scenario]);

  const counts = runCounts(recordings, migrations);
  const events = eventsInWords(counts);
  // The page makes a link's migrations on its way to the instant the link opens at, so they travel only with it.
  const migrationsGo = withEvents && atNow && migrations.length > 0;
  const offer = useMemo(() => {
    const commands = selectLines(recordings, { typed: withCommands, events: withEvents });
    return fittingLink(
      {
        scenario,
        view,
        ...(Object.keys(commands).length > 0 ? { commands } : {}),
        ...(migrationsGo ? { migrations } : {}),
        ...(atNow ? { atNs: nowNs } : {}),
      },
      window.location.href,
    );
  }, [scenario, view, withCommands, withEvents, recordings, migrations, migrationsGo, atNow, nowNs]);
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
        <input type="checkbox" checked={withCommands} disabled={counts.typed === 0} onChange={(e) => setWithCommands(e.target.checked)} /> Include the commands typed so
        far ({counts.typed})
      </label>
      <label className="share-option">
        <input type="checkbox" checked={withEvents && events !== ''} disabled={events === ''} onChange={(e) => setWithEvents(e.target.checked)} /> Include the faults and
        migrations so far ({events || 'none'})
      </label>
      {withEvents && !atNow && counts.migrations > 0 && (
        <p className="muted share-note">Migrations travel only with the current virtual time: the recipient&apos;s page makes them on its way there.</p>
      )}
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
