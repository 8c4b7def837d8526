/**
 * What a chart shows, as plain data: the components describe it, the adapter
 * (chart-adapter.ts, the only module that knows chart.js) draws it. No chart.js types here,
 * so this file costs nothing in the initial bundle.
 */
import type { FillPattern } from './palette.ts';

export interface ChartSeries {
  /** The series' name: unique within a chart, it is also how updates find the series again. */
  readonly label: string;
  readonly data: readonly (number | null)[];
  readonly colour: string;
  /** Bars: drawn in `colour` with this pattern over it, for series that share a hue (palette.ts distinctFill); solid when absent. */
  readonly pattern?: FillPattern;
  /** Line charts: dash pattern, so lines differ by more than colour. */
  readonly dash?: readonly number[];
  /** Stacked bars: an invisible series that lifts the next one (a waterfall's floating bars); no legend, no tooltip. */
  readonly spacer?: boolean;
}

export interface ChartSpec {
  readonly type: 'bar' | 'line';
  readonly labels: readonly string[];
  readonly series: readonly ChartSeries[];
  /** Stack bar series on top of each other. */
  readonly stacked?: boolean;
  /** Bars run left to right, categories down the side. */
  readonly horizontal?: boolean;
  /** The value axis' title, with its unit. */
  readonly valueTitle: string;
  /** Fixed value-axis maximum (e.g. 100 for percentages). */
  readonly valueMax?: number;
  /** The value axis reaches at least this far, so an empty chart's axis still reads in round steps (0–100 %). */
  readonly valueSuggestedMax?: number;
  /** The labels are numbers (`String(n)`), placed on a linear axis with round ticks rather than each labelled. */
  readonly numericLabels?: boolean;
  /** Formats a value in tooltips and axis ticks. */
  readonly format?: (value: number) => string;
  /** A line's category axis holds numbers (virtual seconds) and is titled so. */
  readonly categoryTitle?: string;
}

/** Colours of the page's current theme that a chart draws with (read from CSS variables). */
export interface ChartTheme {
  readonly text: string;
  readonly muted: string;
  readonly grid: string;
  readonly surface: string;
  readonly font: string;
}

/** A drawn chart: updated in place, disposed by its owner. */
export interface ChartHandle {
  update(spec: ChartSpec, theme: ChartTheme): void;
  dispose(): void;
}
