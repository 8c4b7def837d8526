/**
 * The one module that owns chart.js (STYLE 6). It is loaded with a dynamic import after the
 * page's first paint, so the chart library is not in the initial bundle. A chart is created
 * once per canvas and then updated in place from new data (series matched by label), never
 * re-created; its owner disposes it on unmount (STYLE 12).
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartConfiguration,
  type ChartDataset,
  type ChartOptions,
} from 'chart.js';
import type { ChartHandle, ChartSeries, ChartSpec, ChartTheme } from './chart-spec.ts';
import { barFill } from './pattern-fill.ts';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, LineController, LineElement, PointElement, Legend, Tooltip);

type AnyDataset = ChartDataset<'bar' | 'line', (number | null)[]>;

function dataset(spec: ChartSpec, s: ChartSeries): AnyDataset {
  if (spec.type === 'line') {
    return {
      type: 'line',
      label: s.label,
      data: [...s.data],
      borderColor: s.colour,
      backgroundColor: s.colour,
      borderDash: s.dash ? [...s.dash] : [],
      borderWidth: 2,
      pointRadius: 0,
      pointHitRadius: 6,
      spanGaps: true,
    };
  }
  const colour = s.spacer === true ? 'transparent' : s.colour;
  return {
    type: 'bar',
    label: s.label,
    data: [...s.data],
    backgroundColor: barFill(colour, s.pattern),
    borderColor: colour,
    borderWidth: 0,
    maxBarThickness: 36,
  };
}

/** Copies new values into an existing dataset object so chart.js animates nothing and allocates little. */
function refresh(target: AnyDataset, spec: ChartSpec, s: ChartSeries): void {
  const d = target.data;
  d.length = s.data.length;
  s.data.forEach((v, i) => (d[i] = v));
  const colour = s.spacer === true ? 'transparent' : s.colour;
  target.backgroundColor = spec.type === 'line' ? colour : barFill(colour, s.pattern);
  target.borderColor = colour;
  if (spec.type === 'line') (target as ChartDataset<'line'>).borderDash = s.dash ? [...s.dash] : [];
}

/**
 * Past this many categories (a hosting server's guests) not every label fits: chart.js skips
 * some, and sizes the axis from a sample of them instead of measuring every label on every
 * redraw, which took hundreds of milliseconds with a thousand guests.
 */
const MANY_CATEGORIES = 40;

const manyCategories = (spec: ChartSpec): boolean => spec.labels.length > MANY_CATEGORIES;

/**
 * What the options depend on besides the data: while it stays the same the options object is
 * kept, since assigning new options makes chart.js resolve its whole configuration again.
 */
function optionsKey(spec: ChartSpec, theme: ChartTheme): string {
  const spacers = spec.series.filter((s) => s.spacer === true).map((s) => s.label);
  return JSON.stringify([spec.type, spec.stacked, spec.horizontal, spec.valueTitle, spec.valueMax, spec.valueSuggestedMax, spec.categoryTitle, spec.numericLabels, manyCategories(spec), spacers, theme]);
}

/** The options for `spec`'s shape; formatting reads the newest spec through `current`. */
export function chartOptions(spec: ChartSpec, theme: ChartTheme, current: () => ChartSpec): ChartOptions<'bar' | 'line'> {
  const fmt = (v: number): string => (current().format ?? String)(v);
  const spacers = new Set(spec.series.filter((s) => s.spacer === true).map((s) => s.label));
  const font = { family: theme.font, size: 11 };
  const many = manyCategories(spec);
  const valueAxis = {
    stacked: spec.stacked === true,
    beginAtZero: true,
    ...(spec.valueMax !== undefined ? { max: spec.valueMax } : {}),
    ...(spec.valueSuggestedMax !== undefined ? { suggestedMax: spec.valueSuggestedMax } : {}),
    title: { display: true, text: spec.valueTitle, color: theme.muted, font },
    ticks: { color: theme.muted, font, callback: (v: number | string) => (typeof v === 'number' ? fmt(v) : v), maxTicksLimit: 6 },
    grid: { color: theme.grid },
    border: { color: theme.grid },
  };
  const categoryAxis = {
    // Numbers on a linear axis: chart.js picks round steps (0, 20, 40 s) instead of labelling points (1.29, 34.6).
    ...(spec.numericLabels === true ? { type: 'linear' as const } : {}),
    stacked: spec.stacked === true,
    title: { display: spec.categoryTitle !== undefined, text: spec.categoryTitle ?? '', color: theme.muted, font },
    ticks: {
      color: theme.text,
      font,
      maxTicksLimit: spec.type === 'line' ? 8 : 20,
      maxRotation: 0,
      // Guests' names that do not fit side by side are skipped (the tooltip and the Table name every bar): drawn all, forty ran into one smear.
      // Down the side are the four platforms, each always named (the card leaves them room).
      autoSkip: spec.horizontal !== true,
      ...(many ? { sampleSize: MANY_CATEGORIES } : {}),
    },
    grid: { display: spec.type === 'line', color: theme.grid },
    border: { color: theme.grid },
  };
  return {
    responsive: true,
    maintainAspectRatio: false,
    animation: false,
    indexAxis: spec.horizontal === true ? 'y' : 'x',
    interaction: { mode: 'index', intersect: false },
    scales: spec.horizontal === true ? { x: valueAxis, y: categoryAxis } : { x: categoryAxis, y: valueAxis },
    plugins: {
      legend: {
        position: 'bottom',
        labels: { color: theme.text, font, boxWidth: 10, boxHeight: 10, padding: 6, filter: (item) => !spacers.has(item.text) },
      },
      tooltip: {
        filter: (item) => !spacers.has(item.dataset.label ?? ''),
        callbacks: {
          label: (item) => {
            const v = item.parsed[spec.horizontal === true ? 'x' : 'y'];
            return `${item.dataset.label ?? ''}: ${typeof v === 'number' ? fmt(v) : '—'}`;
          },
        },
      },
    },
  };
}

/** The plot's least height, px: each category down the side a bar's row; a vertical chart room for its bars to read. */
function minPlotHeight(spec: ChartSpec): number {
  return spec.horizontal === true ? 20 * spec.labels.length : 100;
}

/**
 * Keeps the plot at least `minPlotHeight` tall: when the legend and axes leave it less (an
 * exits chart's dozen reasons), the box the chart fills (its canvas wrapper's positioned
 * parent) grows by the difference, and chart.js lays out again once it has. The canvas
 * carries the plot's height (data-plot-height), which is what the browser specs read.
 */
function roomForBars(spec: () => ChartSpec) {
  return {
    id: 'roomForBars',
    afterLayout(chart: Chart) {
      // Written only when it changes: an attribute set on every tick's layout is a DOM mutation for nothing.
      const height = String(Math.round(chart.chartArea.height));
      if (chart.canvas.dataset['plotHeight'] !== height) chart.canvas.dataset['plotHeight'] = height;
      const short = minPlotHeight(spec()) - chart.chartArea.height;
      const box = chart.canvas.parentElement?.offsetParent;
      if (short > 1 && box instanceof HTMLElement && box.clientHeight > 0) box.style.minHeight = `${Math.ceil(box.clientHeight + short)}px`;
    },
  };
}

export function createChart(canvas: HTMLCanvasElement, first: ChartSpec, firstTheme: ChartTheme): ChartHandle {
  let current = first;
  const config = {
    type: first.type,
    data: { labels: [...first.labels], datasets: first.series.map((s) => dataset(first, s)) },
    options: chartOptions(first, firstTheme, () => current),
    plugins: [roomForBars(() => current)],
  } as ChartConfiguration<'bar' | 'line', (number | null)[], string>;
  let chart: Chart<'bar' | 'line', (number | null)[], string> | null = new Chart(canvas, config);
  let key = optionsKey(first, firstTheme);

  return {
    update(spec, theme) {
      if (!chart) return;
      current = spec;
      const labels = chart.data.labels ?? (chart.data.labels = []);
      labels.length = spec.labels.length;
      spec.labels.forEach((l, i) => (labels[i] = l));
      const old = new Map(chart.data.datasets.map((d) => [d.label, d]));
      chart.data.datasets = spec.series.map((s) => {
        const existing = old.get(s.label);
        if (!existing) return dataset(spec, s);
        refresh(existing, spec, s);
        return existing;
      });
      const newKey = optionsKey(spec, theme);
      if (newKey !== key) {
        key = newKey;
        chart.options = chartOptions(spec, theme, () => current);
      }
      chart.update('none');
    },
    dispose() {
      chart?.destroy();
      chart = null;
    },
  };
}

/**
 * A copy of the chart on `canvas` drawn at `scale` device pixels per CSS pixel (2 for a slide,
 * 3 for print), or null when no chart is drawn there. The chart is redrawn at that ratio for
 * the copy and then back at the screen's.
 */
export function canvasAtScale(canvas: HTMLCanvasElement, scale: number): HTMLCanvasElement | null {
  const chart = Chart.getChart(canvas);
  if (!chart) return null;
  const screenRatio = chart.options.devicePixelRatio;
  chart.options.devicePixelRatio = scale;
  chart.resize();
  const copy = document.createElement('canvas');
  copy.width = canvas.width;
  copy.height = canvas.height;
  copy.getContext('2d')?.drawImage(canvas, 0, 0);
  chart.options.devicePixelRatio = screenRatio;
  chart.resize();
  return copy;
}
