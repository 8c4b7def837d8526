/**
 * Why the link the page was opened with could not be opened (the page keeps its scenario),
 * or, for a link that opened, what to know about it (a v1 link has no checksum).
 */
import type { LinkProblem } from './use-link-on-open.ts';
import { usePlayground } from '../../store/use-playground.ts';

export function LinkError({ problem }: { readonly problem: LinkProblem }) {
  const scenario = usePlayground((s) => s.scenario.name);
  // A page opened with the bad link has not run yet; one that was running goes on.
  const running = usePlayground((s) => s.runState === 'running');
  if (problem.error === null && problem.note !== null)
    return (
      <div className="banner link-note" role="status">
        <p>{problem.note}</p>
        <button type="button" className="button" onClick={problem.dismiss}>
          Dismiss
        </button>
      </div>
    );
  if (problem.error === null) return null;
  return (
    <div className="banner banner-error link-error" role="alert">
      <p>
        <strong>This link could not be opened</strong> — the page keeps the scenario it had, {scenario}
        {running ? ', which goes on running' : ''}.
      </p>
      <p>{problem.error}</p>
      <button type="button" className="button" onClick={problem.dismiss}>
        Dismiss
      </button>
    </div>
  );
}
