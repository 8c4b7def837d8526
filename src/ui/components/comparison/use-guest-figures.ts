/** What every per-guest comparison figure reads from the store: each platform's figures and the guests' names, in order. */
import { useMemo } from 'react';
import { useComparisonView } from '../../store/use-playground.ts';
import { figuresOf, type PlatformFigures } from './platform-figures.ts';

export function useGuestFigures(): { readonly figures: PlatformFigures[]; readonly names: string[] } {
  const platforms = useComparisonView((s) => s.platforms);
  const guests = useComparisonView((s) => s.scenario.guests);
  const figures = useMemo(() => figuresOf(platforms), [platforms]);
  const names = useMemo(() => guests.map((g) => g.name), [guests]);
  return { figures, names };
}
