/** When the run asked for is more than a link carries: why, what the offered link leaves out, and the file as the way to keep the scenario. */
import type { FittingLink } from '../../../share/fitting-link.ts';
import { inWords } from '../../../share/run-events.ts';

const LEFT_OUT = { commands: 'the typed commands', events: 'the faults and migrations', time: 'the virtual time' } as const;

export function OverLimits({ offer }: { readonly offer: FittingLink }) {
  if (offer.problems.length === 0) return null;
  const without = inWords(offer.leftOut.map((k) => LEFT_OUT[k]));
  return (
    <div className="banner share-over-limits" role="status" aria-label="More than a link carries">
      <p>
        <strong>This run is more than a link carries</strong>: {offer.problems.join('; ')}.
      </p>
      <p>
        {offer.link === null ? 'No link fits.' : `The link above leaves out ${without}.`} To keep the scenario whole, export it as a JSON file
        below.
      </p>
    </div>
  );
}
