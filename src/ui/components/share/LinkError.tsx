/** Why the link the page was opened with could not be opened; the page keeps its scenario. */
import type { LinkProblem } from './use-link-on-open.ts';

export function LinkError({ problem }: { readonly problem: LinkProblem }) {
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
