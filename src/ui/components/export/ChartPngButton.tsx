/**
 * The export buttons of a chart card: save the card's chart, with a caption naming it, the
 * scenario and the virtual instant, as a PNG drawn at 2× (a slide: a 400-px-wide chart
 * becomes 800 px) or 3× (print), or as SVG (any size without blur; charts/chart-svg.ts).
 */
import { useState, type RefObject } from 'react';
import './export.css';
import { getPlayground } from '../../store/use-playground.ts';
import { formatClock } from '../format/format.ts';
import { chartPng, type ChartCaption, type ChartColours } from './chart-png.ts';
import { chartSvgFile } from './chart-svg-file.ts';
import { downloadBlob } from './download.ts';
import { exportFileName } from './file-name.ts';

function coloursOf(el: Element): ChartColours {
  const css = getComputedStyle(el);
  const v = (name: string, fallback: string): string => css.getPropertyValue(name).trim() || fallback;
  return { background: v('--surface', '#ffffff'), text: v('--text', '#1f2328'), muted: v('--text-muted', '#57606a'), font: css.fontFamily || 'system-ui, sans-serif' };
}

export interface ChartPngButtonProps {
  readonly title: string;
  /** The chart card; its canvas is the chart. */
  readonly card: RefObject<HTMLElement | null>;
  /** The card shows its table instead of the chart. */
  readonly disabled: boolean;
}

export function ChartPngButton({ title, card, disabled }: ChartPngButtonProps) {
  const [problem, setProblem] = useState<string | null>(null);
  /** Makes the file from the chart's canvas and offers it as a download. */
  const saveAs = (make: (canvas: HTMLCanvasElement, caption: ChartCaption) => Promise<Blob>, extension: 'png' | 'svg') => {
    const canvas = card.current?.querySelector('canvas');
    if (!canvas) return;
    const { scenario, nowNs } = getPlayground().getState();
    const caption = { title, detail: `${scenario.name} · virtual time ${formatClock(nowNs)}` };
    make(canvas, caption)
      .then((file) => {
        setProblem(null);
        downloadBlob(file, exportFileName(scenario.name, nowNs, title, extension));
      })
      .catch((e: unknown) => setProblem(e instanceof Error ? e.message : String(e)));
  };
  const save = (scale: number) =>
    saveAs((canvas, caption) => import('../../charts/chart-adapter.ts').then(({ canvasAtScale }) => chartPng(canvasAtScale(canvas, scale) ?? canvas, caption, coloursOf(canvas), scale)), 'png');
  // Lazy with svgcanvas: a page that never saves an SVG does not load it.
  const saveSvg = () =>
    saveAs(
      (canvas, caption) =>
        import('../../charts/chart-svg.ts').then(({ chartSvg }) => {
          const svg = chartSvg(canvas);
          if (!svg) throw new Error('The chart is not drawn yet.');
          return chartSvgFile(svg, caption, coloursOf(canvas));
        }),
      'svg',
    );
  const hint = (what: string): string => (disabled ? 'Show the chart to save it' : `Save “${title}” as ${what}`);
  return (
    <>
      {problem ? (
        <span className="export-problem" role="alert">
          {problem}
        </span>
      ) : null}
      <button type="button" className="small-button" disabled={disabled} onClick={() => save(2)} aria-label={`Save ${title} as PNG`} title={hint('PNG, twice the size on screen (slides)')}>
        PNG
      </button>
      <button type="button" className="small-button" disabled={disabled} onClick={() => save(3)} aria-label={`Save ${title} as PNG at 3×`} title={hint('PNG, three times the size on screen (print)')}>
        3×
      </button>
      <button type="button" className="small-button" disabled={disabled} onClick={saveSvg} aria-label={`Save ${title} as SVG`} title={hint('SVG, sharp at any size')}>
        SVG
      </button>
    </>
  );
}
