/**
 * The migration the page asked for: one guest moved to an identical second host on every
 * platform, with what each engine reported — the method, the pages sent per pre-copy
 * round, the data moved, the downtime and the whole move's time (the move itself plays
 * in each platform's run). Nothing is computed here beyond laying the figures out.
 */
import { PLATFORM_KINDS, type MigrationReport, type PlatformKind } from '../../../engine/index.ts';
import { getPlayground, usePlayground } from '../../store/use-playground.ts';
import type { MigrationView } from '../../store/playground-state.ts';
import { formatClock, formatMiB, formatMs, formatNumber } from '../format/format.ts';
import { Modal } from '../layout/Modal.tsx';
import { PLATFORM_TITLE } from '../names/platform-names.ts';
import './migration.css';

const METHOD_NAME: Readonly<Record<MigrationReport['method'], string>> = {
  'pre-copy': 'live pre-copy',
  'stop-and-copy': 'suspend, copy, resume',
  'checkpoint-restore': 'checkpoint and restore',
  'cold-restart': 'cold move (restart)',
  'not-applicable': 'not applicable',
};

export function MigrationPanel() {
  const migration = usePlayground((s) => s.migration);
  if (!migration) return null;
  return (
    <Modal title={`Migration of ${migration.guest} at ${formatClock(migration.atNs)}`} onClose={() => getPlayground().getState().closeMigration()} className="migration-dialog">
      {migration.status === 'running' ? <p className="muted">Moving {migration.guest} on every platform…</p> : <MigrationTable migration={migration} />}
    </Modal>
  );
}

function MigrationTable({ migration }: { readonly migration: MigrationView }) {
  return (
    <>
      <div className="migration-platforms">
        {PLATFORM_KINDS.map((k) => (
          <PlatformMigration key={k} kind={k} report={migration.reports[k] ?? null} />
        ))}
      </div>
      <p className="muted migration-note">
        Each platform plays the move in its run: the copy shares the host&apos;s NIC with the other guests and takes CPU in the layer that sends it, and {migration.guest} stops for the
        downtime. The guest cards show what it does to them.
      </p>
    </>
  );
}

function PlatformMigration({ kind, report }: { readonly kind: PlatformKind; readonly report: MigrationReport | null }) {
  const label = `Migration on ${PLATFORM_TITLE[kind]}`;
  if (!report) {
    return (
      <section className="migration-platform" aria-label={label}>
        <h3>{PLATFORM_TITLE[kind]}</h3>
        <p className="muted">No answer from this platform's worker.</p>
      </section>
    );
  }
  return (
    <section className="migration-platform" aria-label={label} data-method={report.method}>
      <h3>
        {PLATFORM_TITLE[kind]} <span className="migration-method">{METHOD_NAME[report.method]}</span>
      </h3>
      {report.refusal !== undefined ? (
        <p className="migration-refusal">{report.refusal}</p>
      ) : (
        <>
          <p className="migration-how">{report.how}</p>
          <dl className="migration-figures">
            <div>
              <dt>Downtime</dt>
              <dd className="figure">{formatMs(report.downtimeMs)}</dd>
            </div>
            <div>
              <dt>Total time</dt>
              <dd className="figure">{formatMs(report.totalMs)}</dd>
            </div>
            <div>
              <dt>Data moved</dt>
              <dd className="figure">{formatMiB(report.dataMiB)}</dd>
            </div>
            <div>
              <dt>Dirty pages/s</dt>
              <dd className="figure">{formatNumber(report.dirtyPagesPerSecond)}</dd>
            </div>
          </dl>
          <RoundsList report={report} />
          <p className="muted migration-stop">
            Stopped: {report.stopReason}. Link {formatNumber(report.linkMBps)} MB/s, bound by the {report.limitedBy?.toUpperCase() ?? '—'}.
            {report.stateLost ? ' The processes restarted: their state was lost.' : ''}
          </p>
        </>
      )}
    </section>
  );
}

function RoundsList({ report }: { readonly report: MigrationReport }) {
  const most = Math.max(1, ...report.rounds.map((r) => r.pages));
  return (
    <ol className="migration-rounds" aria-label="Pages sent per round">
      {report.rounds.map((r) => (
        <li key={r.round} data-live={r.live}>
          <span className="round-label">
            {r.live ? `round ${r.round}` : 'paused'} · {formatNumber(r.pages)} pages
          </span>
          <span className="round-bar" aria-hidden="true">
            <span style={{ width: `${(r.pages / most) * 100}%` }} />
          </span>
        </li>
      ))}
    </ol>
  );
}
