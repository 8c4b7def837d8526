/**
 * Why the link the page was opened with could not be opened (the page keeps its scenario),
 * or, for a link that opened, what to know about it (a v1 link has no checksum).
 */
import type { LinkProblem } from './use-link-on-open.ts';

export function LinkError({ problem }: { readonly problem: LinkProblem }) {
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
        <strong>This link could not be opened</strong> — the scenario already on the page keeps running.
      </p>
      <p>{problem.error}</p>
      <button type="button" className="button" onClick={problem.dismiss}>
        Dismiss
      </button>
    </div>
  );
}
