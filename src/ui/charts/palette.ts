/**
 * Series colours shared by the layer diagrams and every chart, so a layer or a platform has
 * one colour everywhere. All come from one colour-blind-safe set: Okabe & Ito's eight (grey
 * for their black, which vanishes on the dark theme), then Paul Tol's "muted" scheme, whose
 * hues stay apart for the common colour-vision deficiencies and read on both the light and
 * the dark background. Colour never carries meaning alone: every series is also named in a
 * legend, a label or a table.
 */
import type { PlatformKind } from '../../engine/index.ts';

const ORANGE = '#e69f00';
const SKY_BLUE = '#56b4e9';
const BLUISH_GREEN = '#009e73';
const YELLOW = '#f0e442';
const BLUE = '#0072b2';
const VERMILLION = '#d55e00';
const REDDISH_PURPLE = '#cc79a7';
const GREY = '#999999';
const INDIGO = '#332288';
const OLIVE = '#999933';
const WINE = '#882255';
const ROSE = '#cc6677';
const GREEN = '#117733';
const SAND = '#ddcc77';
const PURPLE = '#aa4499';
const CYAN = '#88ccee';
const TEAL = '#44aa99';

/** The whole set, Okabe-Ito first: the i-th series present in a chart without colours of its own gets the i-th. */
export const COLOUR_BLIND_SAFE: readonly string[] = [
  ORANGE, SKY_BLUE, BLUISH_GREEN, YELLOW, BLUE, VERMILLION, REDDISH_PURPLE, GREY,
  INDIGO, OLIVE, WINE, ROSE, GREEN, SAND, PURPLE, CYAN, TEAL,
];

export const LAYER_COLOUR: Readonly<Record<string, string>> = {
  'guest-user': BLUE,
  'guest-kernel': SKY_BLUE,
  vmm: ORANGE,
  'host-kernel': VERMILLION,
  hypervisor: REDDISH_PURPLE,
  'driver-domain': YELLOW,
  'shared-kernel': BLUISH_GREEN,
  idle: GREY,
  hardware: INDIGO,
};

/** The same hues as the columns' top borders and the console tab groups (columns.css, terminal.css). */
export const PLATFORM_COLOUR: Readonly<Record<PlatformKind, string>> = {
  native: GREY,
  hosted: ORANGE,
  'bare-metal': BLUE,
  container: BLUISH_GREEN,
};

const MEMORY_COLOUR: Readonly<Record<string, string>> = {
  'host-os': VERMILLION,
  hypervisor: REDDISH_PURPLE,
  'shared-kernel': BLUISH_GREEN,
  'guest-kernel': SKY_BLUE,
  workload: BLUE,
  'page-cache': SAND,
  'guest-unused': GREY,
  'monitor-overhead': ORANGE,
  'container-state': WINE,
  'shared-pages': GREEN,
  allocated: INDIGO,
};

/** Validation charts: a published figure in the neutral grey, the model's beside it in blue. */
export const PAPER_COLOUR = GREY;
export const MODEL_COLOUR = BLUE;

/** A waterfall's bars: totals neutral, what adds time vermillion, what saves it blue (never red against green). */
export const WATERFALL_COLOUR = { total: GREY, adds: VERMILLION, saves: BLUE } as const;

/** What no table names takes one of the hues the tables above leave free. */
const SPARE = [OLIVE, ROSE, PURPLE, CYAN, TEAL];

/** A stable pick from the spare colours for a name no table lists. */
function spare(name: string): string {
  let h = 0;
  for (let i = 0; i < name.length; i++) h = (h * 31 + name.charCodeAt(i)) >>> 0;
  return SPARE[h % SPARE.length] ?? GREY;
}

export function layerColour(layer: string): string {
  return LAYER_COLOUR[layer] ?? spare(layer);
}

/** Memory parts: "kernel (Linux 2.6)" and "driver-domain (dom0)" take their family's colour. */
export function memoryColour(part: string): string {
  if (MEMORY_COLOUR[part]) return MEMORY_COLOUR[part];
  if (part.startsWith('kernel')) return SKY_BLUE;
  if (part.startsWith('driver-domain')) return LAYER_COLOUR['driver-domain'] ?? spare(part);
  return spare(part);
}

/**
 * The hues a chart's unnamed series take, in order: Okabe & Ito's eight, then the three of Tol's
 * muted set that stay well apart from all of them (indigo, olive, wine). The rest of the set
 * has a near twin among these (cyan beside sky blue, teal beside bluish green, rose beside
 * reddish purple), which two series of one chart must never share.
 */
export const SERIES_HUES: readonly string[] = [ORANGE, SKY_BLUE, BLUISH_GREEN, YELLOW, BLUE, VERMILLION, REDDISH_PURPLE, GREY, INDIGO, OLIVE, WINE];

/** How a bar is filled besides its hue: once the hues run out, the same hues again striped, then dotted. */
export type FillPattern = 'solid' | 'stripes' | 'dots';
const PATTERNS: readonly FillPattern[] = ['solid', 'stripes', 'dots'];

export interface SeriesFill {
  readonly colour: string;
  readonly pattern: FillPattern;
}

/**
 * The fill of the `i`-th series of a chart whose series have no colour of their own (exit
 * reasons, parts of a time breakdown): a hue of its own while the hues last, then a pattern
 * tells apart the series that share one. Three patterns over eleven hues cover 33 series.
 */
export function distinctFill(i: number): SeriesFill {
  const n = SERIES_HUES.length;
  return { colour: SERIES_HUES[i % n] ?? GREY, pattern: PATTERNS[Math.floor(i / n) % PATTERNS.length] ?? 'solid' };
}
