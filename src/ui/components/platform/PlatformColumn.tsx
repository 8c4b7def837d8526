/**
 * One platform: its product label, the layer stack with live CPU shares, and its guests'
 * cards (GuestList.tsx: grouped past a few dozen). A crashed or hung worker says so and offers a restart.
 */
import type { PlatformKind } from '../../../engine/index.ts';
import { getPlayground, usePlayground } from '../../store/use-playground.ts';
import { PLATFORM_KIND_NOTE, PLATFORM_TITLE } from '../names/platform-names.ts';
import { useCardScales } from './card-scales.ts';
import { GuestList } from './GuestList.tsx';
import { FaultList } from '../faults/FaultList.tsx';
import { FaultMenu } from '../faults/FaultMenu.tsx';
import { LayerStack } from './LayerStack.tsx';
import { WorkerProblem } from './WorkerProblem.tsx';

export interface PlatformColumnProps {
  readonly kind: PlatformKind;
  /** Shows a console (`${platform}:${target}`) in the terminal panel. */
  readonly onOpenConsole: (key: string) => void;
}

export function PlatformColumn({ kind, onOpenConsole }: PlatformColumnProps) {
  const view = usePlayground((s) => s.platforms[kind]);
  const guests = usePlayground((s) => s.scenario.guests);
  const notStarted = usePlayground((s) => s.nowNs === 0);
  const scales = useCardScales();
  const snapshot = view.snapshot;
  const result = snapshot?.result ?? null;
  const headingId = `column-${kind}`;

  return (
    <section className="platform-column" data-platform={kind} data-health={view.health} aria-labelledby={headingId}>
      <header className="column-head">
        <h2 id={headingId}>
          {PLATFORM_TITLE[kind]} <span className="column-kind">{PLATFORM_KIND_NOTE[kind]}</span>
        </h2>
        <p className="column-label" title={result?.label}>
          {result?.label ?? (view.health === 'starting' ? 'Starting…' : '—')}
        </p>
        <FaultMenu platform={kind} />
      </header>
      <div className="column-body">
        {view.health === 'crashed' || view.health === 'hung' ? (
          <WorkerProblem kind={kind} health={view.health} problem={view.problem} onRestart={() => getPlayground().getState().restartPlatform(kind)} />
        ) : null}
        {result?.refusal ? (
          <p className="platform-refusal" role="note">
            <strong>Cannot run on this host: </strong>
            {result.refusal}
          </p>
        ) : null}
        {result ? <LayerStack platform={kind} stack={result.stack} shares={snapshot?.rates.cpuShareByLayer ?? null} /> : <p className="muted">Waiting for the first figures…</p>}
        <FaultList faults={result?.faults} />
        <GuestList kind={kind} guests={guests} results={result?.guests ?? null} notStarted={notStarted} scales={scales} onOpenConsole={onOpenConsole} />
      </div>
    </section>
  );
}
