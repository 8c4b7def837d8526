/**
 * A bar's patterned fill (palette.ts distinctFill): its hue with white stripes or dots over
 * it, so two series of one hue differ in their bars and legend boxes. Each tile is drawn
 * once and kept; the SVG export draws the same tile onto its own context (chart-svg.ts).
 */
import type { FillPattern } from './palette.ts';

const TILE = 8;
const tiles = new Map<string, HTMLCanvasElement>();
const tileOfPattern = new WeakMap<CanvasPattern, HTMLCanvasElement>();

function tile(colour: string, pattern: Exclude<FillPattern, 'solid'>): HTMLCanvasElement {
  const key = `${colour} ${pattern}`;
  const cached = tiles.get(key);
  if (cached) return cached;
  const canvas = document.createElement('canvas');
  canvas.width = TILE;
  canvas.height = TILE;
  const ctx = canvas.getContext('2d');
  if (ctx) {
    ctx.fillStyle = colour;
    ctx.fillRect(0, 0, TILE, TILE);
    ctx.fillStyle = ctx.strokeStyle = 'rgba(255, 255, 255, 0.75)';
    if (pattern === 'stripes') {
      // Corner to corner and the two corners' remainders, so the stripes join across tiles.
      ctx.lineWidth = 2;
      ctx.beginPath();
      for (const [x0, y0, x1, y1] of [[0, TILE, TILE, 0], [-TILE / 2, TILE / 2, TILE / 2, -TILE / 2], [TILE / 2, TILE * 1.5, TILE * 1.5, TILE / 2]] as const) {
        ctx.moveTo(x0, y0);
        ctx.lineTo(x1, y1);
      }
      ctx.stroke();
    } else {
      ctx.beginPath();
      ctx.arc(TILE / 2, TILE / 2, 1.6, 0, 2 * Math.PI);
      ctx.fill();
    }
  }
  tiles.set(key, canvas);
  return canvas;
}

const fills = new Map<string, CanvasPattern>();

/** What a bar series fills with: its colour, or a pattern of it (one per colour and pattern, kept). */
export function barFill(colour: string, pattern: FillPattern | undefined): string | CanvasPattern {
  if (pattern === undefined || pattern === 'solid') return colour;
  const key = `${colour} ${pattern}`;
  const kept = fills.get(key);
  if (kept) return kept;
  const t = tile(colour, pattern);
  const fill = t.getContext('2d')?.createPattern(t, 'repeat');
  if (!fill) return colour;
  fills.set(key, fill);
  tileOfPattern.set(fill, t);
  return fill;
}

/** The same fill made again on another context (the SVG export's), or the fill itself when it is a colour. */
export function refill(fill: unknown, ctx: CanvasRenderingContext2D): unknown {
  const t = fill instanceof CanvasPattern ? tileOfPattern.get(fill) : undefined;
  return (t && ctx.createPattern(t, 'repeat')) ?? fill;
}
