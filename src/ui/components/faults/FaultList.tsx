/**
 * What the faults did on one platform, newest first, as the engine recorded them: what
 * went down, what stalled, what kept running, the limit that contained a runaway guest (or
 * what it exhausted without one), the recovery time — or that the kind does not apply here.
 */
import type { FaultKind, FaultResult } from '../../../engine/index.ts';
import { FAULT_LABEL } from './fault-names.ts';

/** Faults shown per column: the latest few. */
const SHOWN = 4;

function names(list: readonly string[]): string {
  return list.length > 0 ? list.join(', ') : 'none';
}

function FaultItem({ f }: { readonly f: FaultResult }) {
  const title = `${FAULT_LABEL[f.kind as FaultKind] ?? f.kind}${f.target ? ` in ${f.target}` : ''} at ${(f.atMs / 1000).toFixed(1)} s`;
  if (!f.applicable)
    return (
      <li className="fault-item" data-applicable="false">
        <strong>{title}</strong>
        <span className="fault-na">Not applicable here:</span> {f.effect}
      </li>
    );
  return (
    <li className="fault-item" data-applicable="true">
      <strong>{title}</strong>
      <span className="fault-effect">{f.effect}</span>
      <span className="fault-down">Went down: {names(f.down)}</span>
      {f.stalled.length > 0 ? <span className="fault-stalled">Stalled: {names(f.stalled)}</span> : null}
      <span className="fault-kept">Kept running: {names(f.keptRunning)}</span>
      {f.containment ? <span className="fault-containment">{f.containment}</span> : null}
      <span className="fault-recovery">Recovery: {f.recoveryMs === null ? 'not yet' : `${(f.recoveryMs / 1000).toFixed(1)} s`}</span>
    </li>
  );
}

export function FaultList({ faults }: { readonly faults: readonly FaultResult[] | undefined }) {
  if (!faults || faults.length === 0) return null;
  const latest = faults.slice(-SHOWN).reverse();
  return (
    <section className="fault-list" aria-label="Faults">
      <h3>Faults</h3>
      {/* Focusable: the list scrolls in its own room, and a keyboard must be able to scroll it. */}
      <ul tabIndex={0} aria-label="Faults, newest first">
        {latest.map((f, i) => (
          <FaultItem key={`${f.atMs}-${f.kind}-${i}`} f={f} />
        ))}
      </ul>
    </section>
  );
}
