/**
 * The PNG buttons of a chart card: save the card's chart, with a caption naming it, the
 * scenario and the virtual instant, drawn at 2× (a slide: a 400-px-wide chart becomes
 * 800 px) or 3× (print). SVG is not offered: chart.js draws only on a canvas, and the
 * canvas-to-SVG shims (canvas2svg and its forks) are unmaintained.
 */
import { useState, type RefObject } from 'react';
import './export.css';
import { getPlayground } from '../../store/use-playground.ts';
import { formatClock } from '../format/format.ts';
import { chartPng, type PngColours } from './chart-png.ts';
import { downloadBlob } from './download.ts';
import { exportFileName } from './file-name.ts';

function coloursOf(el: Element): PngColours {
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
  const save = (scale: number) => {
    const canvas = card.current?.querySelector('canvas');
    if (!canvas) return;
    const { scenario, nowNs } = getPlayground().getState();
    const caption = { title, detail: `${scenario.name} · virtual time ${formatClock(nowNs)}` };
    import('../../charts/chart-adapter.ts')
      .then(({ canvasAtScale }) => chartPng(canvasAtScale(canvas, scale) ?? canvas, caption, coloursOf(canvas), scale))
      .then((png) => {
        setProblem(null);
        downloadBlob(png, exportFileName(scenario.name, nowNs, title, 'png'));
      })
      .catch((e: unknown) => setProblem(e instanceof Error ? e.message : String(e)));
  };
  const hint = (size: string): string => (disabled ? 'Show the chart to save it as PNG' : `Save “${title}” as PNG, ${size}`);
  return (
    <>
      {problem ? (
        <span className="export-problem" role="alert">
          {problem}
        </span>
      ) : null}
      <button type="button" className="small-button" disabled={disabled} onClick={() => save(2)} aria-label={`Save ${title} as PNG`} title={hint('twice the size on screen (slides)')}>
        PNG
      </button>
      <button type="button" className="small-button" disabled={disabled} onClick={() => save(3)} aria-label={`Save ${title} as PNG at 3×`} title={hint('three times the size on screen (print)')}>
        3×
      </button>
    </>
  );
}
