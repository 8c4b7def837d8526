/** The virtual instant every column shows, as h:mm:ss (its own component: it changes ten times a second). */
import { usePlayground } from '../../store/use-playground.ts';
import { formatClock } from '../format/format.ts';

export function VirtualClock() {
  const nowNs = usePlayground((s) => s.nowNs);
  const runState = usePlayground((s) => s.runState);
  return (
    <div className="clock" role="timer" aria-label="Virtual time">
      <span className="clock-label">virtual time</span>
      <span className="clock-value figure">{formatClock(nowNs)}</span>
      <span className="clock-state" data-run-state={runState}>
        {runState}
      </span>
    </div>
  );
}
