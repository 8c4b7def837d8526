import { describe, expect, it } from 'vitest';
import { ADAMS_AGESEN_NANO, BARHAM_FIGURE_3, BARHAM_FIGURE_3_STATED, BARHAM_LMBENCH, BARHAM_SCALABILITY, BARHAM_TTCP, type PublishedFigure } from './published-figures.ts';

const tables: Readonly<Record<string, Readonly<Record<string, PublishedFigure>>>>[] = [BARHAM_FIGURE_3, BARHAM_FIGURE_3_STATED, BARHAM_LMBENCH, BARHAM_TTCP, ADAMS_AGESEN_NANO];
const all: PublishedFigure[] = tables.flatMap((table) => Object.values(table).flatMap((row) => Object.values(row))).concat(Object.values(BARHAM_SCALABILITY));

describe('the published figures', () => {
  it('each say where they were read', () => {
    for (const f of all) {
      expect(Number.isFinite(f.value)).toBe(true);
      expect(f.provenance.where.length).toBeGreaterThan(20);
    }
  });

  it('call verified only what quotes the paper itself', () => {
    const verified = all.filter((f) => f.provenance.status === 'verified');
    expect(verified.length).toBeGreaterThan(0);
    for (const f of verified) expect(f.provenance.where).toMatch(/doi:10\.1145\/945445\.945462.*"/);
  });
});
