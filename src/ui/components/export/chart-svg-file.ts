/**
 * A chart as an SVG file: the chart's drawing under the same caption as its PNG (what it
 * shows, the scenario, the virtual instant) on an opaque background. The caption is set as
 * text nodes, so a scenario's name is never read as markup.
 */
import { CAPTION, type ChartCaption, type ChartColours } from './chart-png.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';

function text(doc: Document, content: string, x: number, y: number, attrs: Readonly<Record<string, string>>): SVGTextElement {
  const t = doc.createElementNS(SVG_NS, 'text');
  t.setAttribute('x', String(x));
  t.setAttribute('y', String(y));
  t.setAttribute('dominant-baseline', 'hanging');
  for (const [k, v] of Object.entries(attrs)) t.setAttribute(k, v);
  t.textContent = content;
  return t;
}

export function chartSvgFile(chart: SVGSVGElement, caption: ChartCaption, colours: ChartColours): Blob {
  const doc = chart.ownerDocument;
  const width = Number(chart.getAttribute('width')) || 0;
  const height = Number(chart.getAttribute('height')) || 0;
  const out = doc.createElementNS(SVG_NS, 'svg');
  const w = width + 2 * CAPTION.pad;
  const h = height + CAPTION.height + CAPTION.pad;
  out.setAttribute('xmlns', SVG_NS);
  out.setAttribute('width', String(w));
  out.setAttribute('height', String(h));
  out.setAttribute('viewBox', `0 0 ${w} ${h}`);
  const background = doc.createElementNS(SVG_NS, 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', colours.background);
  out.append(
    background,
    text(doc, caption.title, CAPTION.pad, CAPTION.pad, { fill: colours.text, 'font-family': colours.font, 'font-size': String(CAPTION.titleSize), 'font-weight': '600' }),
    text(doc, caption.detail, CAPTION.pad, CAPTION.pad + CAPTION.detailTop, { fill: colours.muted, 'font-family': colours.font, 'font-size': String(CAPTION.detailSize) }),
  );
  chart.setAttribute('x', String(CAPTION.pad));
  chart.setAttribute('y', String(CAPTION.height));
  out.append(chart);
  return new Blob([new XMLSerializer().serializeToString(out)], { type: 'image/svg+xml' });
}
