/**
 * A platform's guest cards. A scenario of hundreds of guests (a hosting server) would be
 * hundreds of cards per column, each re-rendered with every snapshot: past FULL_LIST the
 * column shows how many guests are in each state, a search by name, and the first cards
 * that match, with a button for all of them.
 */
import { useMemo, useState } from 'react';
import type { GuestResult, PlatformKind, Scenario } from '../../../engine/index.ts';
import type { CardScales } from './card-scales.ts';
import { GuestCard } from './GuestCard.tsx';
import { firstShown, FULL_LIST } from './many-guests.ts';

export interface GuestListProps {
  readonly kind: PlatformKind;
  readonly guests: Scenario['guests'];
  readonly results: readonly GuestResult[] | null;
  readonly notStarted: boolean;
  readonly scales: CardScales;
  readonly onOpenConsole: (key: string) => void;
}

export function GuestList({ kind, guests, results, notStarted, scales, onOpenConsole }: GuestListProps) {
  const [query, setQuery] = useState('');
  const [all, setAll] = useState(false);
  const byName = useMemo(() => new Map((results ?? []).map((r) => [r.name, r])), [results]);
  const many = guests.length > FULL_LIST;
  const needle = query.trim().toLowerCase();
  const matching = needle === '' ? guests : guests.filter((g) => g.name.toLowerCase().includes(needle));
  const shown = firstShown(matching, guests.length, all);
  const states = useMemo(() => countStates(guests.length, results), [guests.length, results]);

  return (
    <div className="guest-list" data-grouped={many ? 'true' : undefined}>
      {many ? (
        <div className="guest-summary">
          <p className="guest-states" aria-live="polite">
            {guests.length} guests: {states}
          </p>
          <input type="search" className="guest-search" aria-label={`Find a guest on ${kind}`} placeholder="Find a guest by name" value={query} onChange={(e) => setQuery(e.target.value)} />
        </div>
      ) : null}
      {many && matching.length === 0 ? <p className="muted guest-no-match">No guest matches '{query.trim()}'</p> : null}
      {shown.map((g) => (
        <GuestCard
          key={g.name}
          platform={kind}
          spec={g}
          result={byName.get(g.name) ?? null}
          notStarted={notStarted}
          scales={scales}
          onOpenConsole={onOpenConsole}
        />
      ))}
      {many && shown.length < matching.length ? (
        <button type="button" className="button guest-show-all" onClick={() => setAll(true)}>
          Show all {matching.length} guests
        </button>
      ) : null}
    </div>
  );
}

/** "183 running, 117 crashed": the guests by state, most first. */
function countStates(total: number, results: readonly GuestResult[] | null): string {
  if (!results || results.length === 0) return 'not started';
  const counts = new Map<string, number>();
  for (const r of results) counts.set(r.state, (counts.get(r.state) ?? 0) + 1);
  const missing = total - results.length;
  if (missing > 0) counts.set('not started', missing);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([state, n]) => `${n} ${state}`)
    .join(', ');
}
