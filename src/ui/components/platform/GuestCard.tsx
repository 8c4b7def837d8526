/**
 * One guest on one platform: its OS and workload, state (with the refusal's reason), CPU,
 * memory, throughput and throughput relative to native — as the engine reported them.
 * Compact: three guests and the layer stack fit a column on a 720-pixel-high screen.
 */
import { useState } from 'react';
import { WORKLOADS, type GuestResult, type PlatformKind, type Scenario } from '../../../engine/index.ts';
import { memoryColour } from '../../charts/palette.ts';
import { formatCpuTime, formatMiB, formatNumber, formatShare } from '../format/format.ts';
import { memoryPartName } from '../names/layer-names.ts';
import { guestCpu, memoryParts } from './guest-figures.ts';
import { GuestStateBadge } from './GuestStateBadge.tsx';
import { CrashedGuest } from '../faults/CrashedGuest.tsx';
import { getPlayground } from '../../store/use-playground.ts';
import { WhyButton } from '../why/WhyButton.tsx';

const OS_NAME: Readonly<Record<string, string>> = { linux: 'Linux', windows: 'Windows', solaris: 'Solaris' };

export interface GuestCardProps {
  readonly platform: PlatformKind;
  readonly spec: Scenario['guests'][number];
  readonly result: GuestResult | null;
  /** Transactions per second over the last step (rates.throughputByGuest). */
  readonly perSecond: number | null;
  readonly onOpenConsole: () => void;
}

export function GuestCard({ platform, spec, result, perSecond, onOpenConsole }: GuestCardProps) {
  const state = result?.state ?? 'waiting';
  const workload = WORKLOADS[spec.workload.kind];
  return (
    <article className="guest-card" data-state={state} aria-label={`${spec.name} on ${platform}`}>
      <header className="guest-head">
        <h3 className="guest-name">{spec.name}</h3>
        <span className="guest-meta" title={`${OS_NAME[spec.os] ?? spec.os}, ${spec.vcpus} vCPU, ${workload.label}`}>
          {OS_NAME[spec.os] ?? spec.os} · {spec.workload.kind} · {spec.vcpus} vCPU
        </span>
        <GuestStateBadge state={state} />
        {state !== 'refused' ? (
          <button type="button" className="console-button" onClick={onOpenConsole} aria-label={`Open the console of ${spec.name} on ${platform}`} title="Open its console">
            <span aria-hidden="true">&gt;_</span>
          </button>
        ) : null}
        {state === 'running' ? <MigrateButton name={spec.name} platform={platform} /> : null}
        {result && state !== 'refused' ? <WhyButton platform={platform} result={result} unit={workload.unit} /> : null}
      </header>
      {result?.state === 'refused' ? <RefusalReason reason={result.reason ?? 'refused by the platform'} /> : null}
      {result?.state === 'crashed' ? <CrashedGuest platform={platform} name={spec.name} reason={result.reason} /> : null}
      {result && result.state !== 'refused' ? <GuestFigures platform={platform} result={result} perSecond={perSecond} unit={workload.unit} /> : null}
    </article>
  );
}

interface GuestFiguresProps {
  readonly platform: PlatformKind;
  readonly result: GuestResult;
  readonly perSecond: number | null;
  readonly unit: string;
}

function GuestFigures({ platform, result, perSecond, unit }: GuestFiguresProps) {
  const cpu = guestCpu(result);
  const mem = memoryParts(result);
  const rel = result.relativeToNative;
  const partsText = mem.parts.map((p) => `${memoryPartName(p.part)} ${Math.round(p.mib)}`).join(' · ');
  return (
    <dl className="guest-figures">
      <div className="fig">
        <dt>
          <span className="visually-hidden">Throughput, </span>
          {unit}
        </dt>
        <dd className="figure">{formatNumber(perSecond)}</dd>
      </div>
      <div className="fig">
        <dt>vs native</dt>
        <dd className="figure">
          {platform === 'native' ? (
            'baseline'
          ) : (
            <>
              <span className="rel-bar" aria-hidden="true">
                <span className="rel-bar-fill" style={{ width: `${Math.min(100, (rel ?? 0) * 100)}%` }} />
              </span>
              {formatShare(rel)}
            </>
          )}
        </dd>
      </div>
      <div className="fig">
        <dt title="CPU time so far; the share in the layers under the guest">
          CPU{platform !== 'native' && platform !== 'container' && cpu.belowShare !== null ? ` · ${formatShare(cpu.belowShare)} below` : ' time'}
        </dt>
        <dd className="figure">{formatCpuTime(cpu.totalMs)}</dd>
      </div>
      <div className="fig fig-memory">
        <dt>Memory</dt>
        <dd className="figure">
          <span className="mem-total">{formatMiB(mem.total)}</span>
          <span className="mem-bar" aria-hidden="true">
            {mem.parts.map((p) => (
              <span key={p.part} style={{ flexGrow: p.mib, background: memoryColour(p.part) }} />
            ))}
          </span>
          <span className="mem-parts" title={`${partsText} (MiB)`}>
            {partsText}
          </span>
        </dd>
      </div>
    </dl>
  );
}

function RefusalReason({ reason }: { readonly reason: string }) {
  const [open, setOpen] = useState(false);
  return (
    <div className="refusal">
      <p className={open ? 'refusal-text' : 'refusal-text clamped'}>{reason}</p>
      <button type="button" className="link-button" aria-expanded={open} onClick={() => setOpen((v) => !v)}>
        {open ? 'Less' : 'Full reason'}
      </button>
    </div>
  );
}

/** Moves this guest to a second host on every platform (the migration panel shows the comparison). */
function MigrateButton({ name, platform }: { readonly name: string; readonly platform: PlatformKind }) {
  return (
    <button
      type="button"
      className="console-button"
      onClick={() => void getPlayground().getState().migrateGuest(name)}
      aria-label={`Migrate ${name} to a second host (from ${platform}; every platform compared)`}
      title="Migrate to a second host: live pre-copy, checkpoint and restore, compared on every platform"
    >
      <span aria-hidden="true">⇄</span>
    </button>
  );
}
