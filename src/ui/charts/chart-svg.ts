/**
 * A chart as SVG, for slides and print that scale without blur: the chart on `canvas` drawn a
 * second time by chart.js onto svgcanvas's stand-in canvas, whose 2D context records SVG
 * instead of pixels, from the same configuration (no animation, at its size on screen).
 * chart.js's BasicPlatform draws without touching the page's DOM.
 */
import { BasicPlatform, Chart, type ChartConfiguration } from 'chart.js';
import { Element as SvgCanvas } from 'svgcanvas';
import { refill } from './pattern-fill.ts';

/** The chart on `canvas` as an `<svg>` element, or null when no chart is drawn there. */
export function chartSvg(canvas: HTMLCanvasElement): SVGSVGElement | null {
  const chart = Chart.getChart(canvas);
  if (!chart) return null;
  const target = new SvgCanvas({ width: chart.width, height: chart.height });
  const context = target.getContext('2d');
  const config = {
    type: (chart.config as ChartConfiguration).type,
    // A copy: the second chart keeps its own state on the data it draws. A patterned fill
    // cannot be cloned: it is made again on the SVG context, which records it as an SVG pattern.
    data: {
      labels: structuredClone(chart.data.labels),
      datasets: chart.data.datasets.map(({ backgroundColor, ...rest }) => ({ ...structuredClone(rest), backgroundColor: refill(backgroundColor, context) })),
    },
    options: { ...chart.config.options, animation: false, responsive: false, devicePixelRatio: 1 },
    platform: BasicPlatform,
  } as ChartConfiguration<'bar' | 'line', (number | null)[], string>;
  const copy = new Chart(target as unknown as HTMLCanvasElement, config);
  // Taken before destroy(), which clears the stand-in canvas (and so the recorded SVG).
  const svg = target.svg.cloneNode(true) as SVGSVGElement;
  copy.destroy();
  return svg;
}
