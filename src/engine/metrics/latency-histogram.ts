/**
 * Response times on a log scale: ten buckets per decade from 10 ns to 10^4 s. Constant
 * memory whatever the run's length; percentiles are read by interpolating in log space.
 * The floor is below the cheapest transaction modelled (a null system call, ≈ 100 ns), so
 * no workload's percentiles read as the floor.
 */
const MIN_NS = 10;
const PER_DECADE = 10;
const BUCKETS = 12 * PER_DECADE;
/** Bucket index = ln(ns) × this − offset: one natural log per sample. */
const PER_LN = PER_DECADE / Math.LN10;
const LN_OFFSET = Math.log(MIN_NS) * PER_LN;

export class LatencyHistogram {
  private readonly counts = new Float64Array(BUCKETS);
  private total = 0;

  /** The bucket of a response time of `ns`: worked out once for a batch that two histograms record (its task's and its guest's). */
  static bucketOf(ns: number): number {
    const x = ns <= MIN_NS ? 0 : Math.log(ns) * PER_LN - LN_OFFSET;
    return Math.min(BUCKETS - 1, Math.floor(x));
  }

  /** Records `weight` transactions whose response times fall in `bucket` (bucketOf). */
  record(bucket: number, weight: number): void {
    this.counts[bucket] = (this.counts[bucket] as number) + weight;
    this.total += weight;
  }

  /** The `q` quantile (0–1) in ns, or null with no samples. */
  quantile(q: number): number | null {
    if (this.total === 0) return null;
    const target = q * this.total;
    let seen = 0;
    for (let i = 0; i < BUCKETS; i++) {
      const c = this.counts[i] as number;
      if (seen + c >= target && c > 0) {
        const frac = (target - seen) / c;
        return MIN_NS * 10 ** ((i + frac) / PER_DECADE);
      }
      seen += c;
    }
    return MIN_NS * 10 ** (BUCKETS / PER_DECADE);
  }
}
