/**
 * The one source of randomness in the engine: a seeded xoshiro128** generator.
 *
 * `Math.random` is never used: a scenario's seed fixes every draw, so a run (and a
 * share link) repeats byte for byte. Each guest gets its own stream through `split`,
 * keyed by its name.
 */
export class Rng {
  private readonly seed: number;
  private s0: number;
  private s1: number;
  private s2: number;
  private s3: number;
  /** Box–Muller's second draw, while `hasSpare` (a number field apart from a flag: a nullable one would box each draw). */
  private spare = 0;
  private hasSpare = false;

  constructor(seed: number) {
    this.seed = seed >>> 0;
    // splitmix32 expands the seed into the four state words (never all zero).
    let x = this.seed;
    const next = (): number => {
      x = (x + 0x9e3779b9) >>> 0;
      let z = x;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
      return (z ^ (z >>> 16)) >>> 0;
    };
    // The state words are kept as int32 (small integers to V8, not boxed doubles): only bit operations read them.
    this.s0 = next() | 0;
    this.s1 = next() | 0;
    this.s2 = next() | 0;
    this.s3 = next() | 1;
  }

  /** A uniform 32-bit unsigned integer. */
  nextU32(): number {
    const result = Math.imul(rotl(Math.imul(this.s1, 5), 7), 9) >>> 0;
    const t = this.s1 << 9;
    this.s2 ^= this.s0;
    this.s3 ^= this.s1;
    this.s1 ^= this.s2;
    this.s0 ^= this.s3;
    this.s2 ^= t;
    this.s3 = rotl(this.s3, 11);
    return result;
  }

  /** A uniform float in [0, 1). */
  next(): number {
    return this.nextU32() / 4294967296;
  }

  /**
   * An independent generator for a named sub-stream (a guest, a device). It depends only
   * on this generator's seed and the label — not on draws made or other splits — so
   * adding, removing or reordering guests never changes another guest's stream.
   */
  split(label: string): Rng {
    return new Rng(Math.imul(this.seed ^ 0x5bd1e995, 0x01000193) ^ hashLabel(label));
  }

  /**
   * A draw from Gamma(shape, 1/shape): mean 1, coefficient of variation 1/sqrt(shape).
   * Marsaglia–Tsang (a rejection method: the number of uniforms a call consumes varies,
   * so a stream must feed nothing else if its draws are to stay aligned across platforms).
   */
  unitGamma(shape: number): number {
    const d = shape - 1 / 3;
    const c = 1 / Math.sqrt(9 * d);
    for (;;) {
      const x = this.normal();
      const v0 = 1 + c * x;
      if (v0 <= 0) continue;
      const v = v0 * v0 * v0;
      const u = this.next();
      // Marsaglia and Tsang's squeeze: a lower bound of the acceptance test that takes most draws without a logarithm.
      const x2 = x * x;
      if (u < 1 - 0.0331 * x2 * x2) return (d * v) / shape;
      if (Math.log(u) < 0.5 * x2 + d - d * v + d * Math.log(v)) return (d * v) / shape;
    }
  }

  /** A standard normal draw (Box–Muller: each pair of uniforms gives two, the second kept for the next call). */
  normal(): number {
    if (this.hasSpare) {
      this.hasSpare = false;
      return this.spare;
    }
    const r = Math.sqrt(-2 * Math.log(1 - this.next()));
    const theta = 2 * Math.PI * this.next();
    this.spare = r * Math.sin(theta);
    this.hasSpare = true;
    return r * Math.cos(theta);
  }
}

/** Rotates the 32 bits of `x` left by `k`, as an int32. */
function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

/** FNV-1a, 32 bits: a stable hash of a stream label. */
export function hashLabel(label: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < label.length; i++) {
    h ^= label.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}
