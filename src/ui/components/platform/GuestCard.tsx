/**
 * One guest on one platform: its OS and workload, state (with the refusal's reason), CPU,
 * memory, throughput and throughput relative to native — as the engine reported them.
 * Every figure has one clock: the rate and "vs native" are both the average since the
 * workload started (the engine's result), CPU time and memory the totals now; units are
 * shared by every card (card-scales.ts). Compact: three guests and the layer stack fit a
 * column on a 720-pixel-high screen.
 */
import { memo, useState } from 'react';
import { WORKLOADS, type GuestResult, type PlatformKind, type Scenario } from '../../../engine/index.ts';
import { memoryColour } from '../../charts/palette.ts';
import { formatClock, formatIn, formatNumber, formatShare } from '../format/format.ts';
import { layerName, memoryPartName } from '../names/layer-names.ts';
import type { CardScales } from './card-scales.ts';
import { guestCpu, memoryParts } from './guest-figures.ts';
import { GuestStateBadge, type CardState } from './GuestStateBadge.tsx';
import { CrashedGuest } from '../faults/CrashedGuest.tsx';
import { getPlayground } from '../../store/use-playground.ts';
import { InfoButton } from '../comparison/InfoButton.tsx';
import { WhyButton } from '../why/WhyButton.tsx';

const OS_NAME: Readonly<Record<string, string>> = { linux: 'Linux', windows: 'Windows', solaris: 'Solaris' };

export interface GuestCardProps {
  readonly platform: PlatformKind;
  readonly spec: Scenario['guests'][number];
  readonly result: GuestResult | null;
  /** The clock has not moved yet: nothing has powered on, whatever state the engine starts a guest in. */
  readonly notStarted: boolean;
  readonly scales: CardScales;
  /** Shows a console (`${platform}:${guest}`) in the terminal panel. */
  readonly onOpenConsole: (key: string) => void;
}

/**
 * Memoised: a big scenario's ticks bring a few guests' results at a time (lockstep.ts
 * guestWindowAt), so most cards' props are the same objects as before and need no render.
 */
export const GuestCard = memo(function GuestCard({ platform, spec, result, notStarted, scales, onOpenConsole }: GuestCardProps) {
  const done = result?.state === 'running' ? result.workloadDoneMs : undefined;
  const state = cardState(result, notStarted);
  const workload = WORKLOADS[spec.workload.kind];
  return (
    <article className="guest-card" data-state={state} aria-label={`${spec.name} on ${platform}`}>
      <header className="guest-head">
        <h3 className="guest-name">{spec.name}</h3>
        <span className="guest-meta" title={`${OS_NAME[spec.os] ?? spec.os}, ${spec.vcpus} vCPU, ${workload.label}`}>
          {OS_NAME[spec.os] ?? spec.os} · {spec.workload.kind} · {spec.vcpus} vCPU
        </span>
        <GuestStateBadge
          state={state}
          {...(state === 'paused' && result?.migration
            ? { why: 'Paused for the last copy of its memory to the second host (a container: frozen while its processes are checkpointed)' }
            : state === 'done'
              ? { why: `It did its ${formatNumber(spec.workload.operations ?? 0)} operations at ${formatClock((done ?? 0) * 1e6)} and stays up; its rate and “vs native” are over the time they took` }
              : {})}
        />
        {state !== 'refused' ? (
          <button type="button" className="console-button" onClick={() => onOpenConsole(`${platform}:${spec.name}`)} aria-label={`Open the console of ${spec.name} on ${platform}`} title="Open its console">
            <span aria-hidden="true">&gt;_</span>
          </button>
        ) : null}
        {state === 'running' || state === 'done' ? <MigrateButton name={spec.name} platform={platform} /> : null}
        {result && state !== 'refused' ? <WhyButton platform={platform} result={result} unit={workload.unit} /> : null}
      </header>
      {result?.state === 'refused' ? <RefusalReason reason={result.reason ?? 'refused by the platform'} /> : null}
      {result?.state === 'crashed' ? <CrashedGuest platform={platform} name={spec.name} reason={result.reason} /> : null}
      {result && result.state !== 'refused' ? <GuestFigures platform={platform} result={result} scales={scales} unit={workload.unit} /> : null}
    </article>
  );
});

/** What the badge says: a pause or a move comes before the engine's state (both happen to a running guest). */
function cardState(result: GuestResult | null, notStarted: boolean): CardState {
  if (notStarted && result?.state === 'booting') return 'not-started';
  if (result?.paused) return 'paused';
  if (result?.migration) return result.migration;
  if (result?.state === 'running' && result.workloadDoneMs !== undefined) return 'done';
  return result?.state ?? 'waiting';
}

interface GuestFiguresProps {
  readonly platform: PlatformKind;
  readonly result: GuestResult;
  readonly scales: CardScales;
  readonly unit: string;
}

const SPLIT =
  'vs native splits in two: the guest alone on this platform against its own dedicated server (the cost of virtualization), times the guest with its neighbours against alone here (the cost of sharing the host)';

const SINCE_START = 'Average since the workload started (the rate and “vs native” over the same time)';

function GuestFigures({ platform, result, scales, unit }: GuestFiguresProps) {
  const cpu = guestCpu(result);
  const mem = memoryParts(result);
  const rel = result.relativeToNative;
  const partsText = mem.parts.map((p) => `${memoryPartName(p.part, platform)} ${formatIn(p.mib, scales.memory)}`).join(' · ');
  const below = platform !== 'native' && platform !== 'container' && cpu.belowShare !== null;
  const belowText = cpu.belowByLayer.map((l) => `${layerName(l.layer, platform)} ${formatShare(l.share)}`).join(', ');
  return (
    <dl className="guest-figures">
      <div className="fig">
        <dt title={SINCE_START}>
          <span className="visually-hidden">Throughput, </span>
          {unit} <span className="fig-window">avg</span>
        </dt>
        <dd className="figure">{formatNumber(result.throughput.perSecond)}</dd>
      </div>
      <div className="fig">
        <dt title={SINCE_START}>
          vs native <span className="fig-window">avg</span>
        </dt>
        <dd className="figure">
          {platform === 'native' ? (
            'baseline'
          ) : (
            <>
              <span className="rel-bar" aria-hidden="true">
                <span className="rel-bar-fill" style={{ transform: `scaleX(${Math.min(1, rel ?? 0)})` }} />
              </span>
              {formatShare(rel)}
              {result.aboveNative ? <InfoButton title={`Why ${result.name} runs faster than native`} text={[result.aboveNative]} /> : null}
              {result.aloneVsNative !== null && result.sharedVsAlone !== null ? (
                <span className="unit baseline-split" title={SPLIT}>
                  {' '}
                  = {formatShare(result.aloneVsNative)} alone × {formatShare(result.sharedVsAlone)} shared
                </span>
              ) : null}
            </>
          )}
        </dd>
      </div>
      <div className="fig">
        <dt title="CPU time used for this guest so far, its own and the layers' under it">CPU time</dt>
        <dd className="figure">
          {formatIn(cpu.totalMs, scales.time)}
          {below ? (
            <span className="unit" title={`Spent for this guest outside it, in the layers under it: ${belowText}`}>
              {' '}
              · {formatShare(cpu.belowShare)} outside the guest
            </span>
          ) : null}
        </dd>
      </div>
      <div className="fig fig-memory">
        <dt>Memory</dt>
        <dd className="figure">
          <span className="mem-total">{formatIn(mem.total, scales.memory)}</span>
          <span className="mem-bar" aria-hidden="true">
            {mem.parts.map((p) => (
              <span key={p.part} style={{ flexGrow: p.mib, background: memoryColour(p.part) }} />
            ))}
          </span>
          <span className="mem-parts" title={partsText}>
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
