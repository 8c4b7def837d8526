import { describe, expect, it } from 'vitest';
import { compareOrdering, orderingText } from './ordering.ts';

const r = (label: string, value: number | null) => ({ label, value });

describe('ordering', () => {
  it('lists the best first, with ≈ for figures within 1 %', () => {
    expect(orderingText([r('Linux', 1), r('Xen', 0.995), r('VMware', 0.3)], 'higher')).toBe('Linux ≈ Xen > VMware');
    expect(orderingText([r('Linux', 0.45), r('Xen', 0.46), r('VMware', 0.73)], 'lower')).toBe('Linux > Xen > VMware');
  });

  it('matches only when every pair stands in the same relation', () => {
    const paper = [r('Linux', 1), r('Xen', 0.95), r('VMware', 0.12)];
    expect(compareOrdering(paper, [r('Linux', 1), r('Xen', 0.9), r('VMware', 0.5)], 'higher').matched).toBe(true);
    // The model ties what the paper separates.
    expect(compareOrdering(paper, [r('Linux', 1), r('Xen', 1), r('VMware', 0.5)], 'higher').matched).toBe(false);
    expect(compareOrdering(paper, [r('Linux', 1), r('Xen', 0.4), r('VMware', 0.5)], 'higher').matched).toBe(false);
  });

  it('cannot compare when a figure is missing on either side', () => {
    const o = compareOrdering([r('Linux', 1), r('Xen', 0.95)], [r('Linux', 1), r('Xen', null)], 'higher');
    expect(o).toEqual({ paper: 'Linux > Xen', model: null, matched: null });
  });
});
