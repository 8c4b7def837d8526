/**
 * Series colours shared by the layer diagrams and the charts, so a layer or a platform has
 * one colour everywhere. Mid-tone hues (from Tableau 10, chosen to stay apart for the common
 * colour-vision deficiencies) that read on both the light and the dark background. Colour
 * never carries meaning alone: every series is also named in a legend, a label or a table.
 */
import type { PlatformKind } from '../../engine/index.ts';

export const LAYER_COLOUR: Readonly<Record<string, string>> = {
  'guest-user': '#4e79a7',
  'guest-kernel': '#59a14f',
  vmm: '#f28e2b',
  'host-kernel': '#e15759',
  hypervisor: '#b07aa1',
  'driver-domain': '#edc948',
  'shared-kernel': '#76b7b2',
  idle: '#bab0ac',
  hardware: '#8c8c8c',
};

export const PLATFORM_COLOUR: Readonly<Record<PlatformKind, string>> = {
  native: '#8c8c8c',
  hosted: '#f28e2b',
  'bare-metal': '#4e79a7',
  container: '#59a14f',
};

const MEMORY_COLOUR: Readonly<Record<string, string>> = {
  'host-os': '#e15759',
  hypervisor: '#b07aa1',
  'shared-kernel': '#76b7b2',
  'guest-kernel': '#59a14f',
  workload: '#4e79a7',
  'page-cache': '#9dc3e6',
  'guest-unused': '#d4cfcb',
  'monitor-overhead': '#f28e2b',
  'container-state': '#ff9da7',
  'shared-pages': '#8cd17d',
  allocated: '#edc948',
};

const SPARE = ['#9c755f', '#ff9da7', '#edc948', '#af7aa1', '#86bcb6', '#d37295', '#a0cbe8', '#8cd17d'];

/** A stable pick from the spare colours for a name no table lists. */
function spare(name: string): string {
  let h = 0;
  for (let i = 0; i < name.length; i++) h = (h * 31 + name.charCodeAt(i)) >>> 0;
  return SPARE[h % SPARE.length] ?? '#999999';
}

export function layerColour(layer: string): string {
  return LAYER_COLOUR[layer] ?? spare(layer);
}

/** Memory parts: "kernel (Linux 2.6)" and "driver-domain (dom0)" take their family's colour. */
export function memoryColour(part: string): string {
  if (MEMORY_COLOUR[part]) return MEMORY_COLOUR[part];
  if (part.startsWith('kernel')) return '#59a14f';
  if (part.startsWith('driver-domain')) return LAYER_COLOUR['driver-domain'] ?? spare(part);
  return spare(part);
}

/**
 * Categorical colours that stay apart for the common colour-vision deficiencies: Okabe & Ito's
 * eight (grey for their black, which vanishes on the dark theme), then Paul Tol's "muted"
 * scheme for the ninth on. For a chart whose series have no colour of their own (exit
 * reasons): the i-th series present gets the i-th colour, so a chart with fewer than nine
 * series never shows two close hues.
 */
const DISTINCT = [
  '#e69f00', '#56b4e9', '#009e73', '#f0e442', '#0072b2', '#d55e00', '#cc79a7', '#999999',
  '#332288', '#999933', '#882255', '#cc6677', '#117733', '#ddcc77', '#aa4499', '#88ccee', '#44aa99',
];

/** The colour of the `i`-th series of a chart drawn in distinct colours. */
export function distinctColour(i: number): string {
  return DISTINCT[i % DISTINCT.length] ?? '#999999';
}

/**
 * Tableau 20 and seven more, so each part of a time breakdown (21 mechanisms, then 6 kinds
 * of waiting) has a hue of its own.
 */
const PART_COLOURS = [
  '#4e79a7', '#a0cbe8', '#f28e2b', '#ffbe7d', '#59a14f', '#8cd17d', '#b6992d', '#f1ce63', '#499894', '#86bcb6',
  '#e15759', '#ff9d9a', '#79706e', '#bab0ac', '#d37295', '#fabfd2', '#b07aa1', '#d4a6c8', '#9d7660', '#d7b5a6',
  '#2f4b7c', '#665191', '#a05195', '#ff7c43', '#003f5c', '#7a9e3c', '#5c5c5c',
];

/** The colour of the `i`-th part of a time breakdown (mechanisms then waits, in the engine's order). */
export function partColour(i: number): string {
  return PART_COLOURS[i % PART_COLOURS.length] ?? '#999999';
}
