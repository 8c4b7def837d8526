/** The PNG button of a chart card: saves the card's chart, with a caption naming it, the scenario and the virtual instant. */
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
  const save = () => {
    const canvas = card.current?.querySelector('canvas');
    if (!canvas) return;
    const { scenario, nowNs } = getPlayground().getState();
    const caption = { title, detail: `${scenario.name} · virtual time ${formatClock(nowNs)}` };
    chartPng(canvas, caption, coloursOf(canvas))
      .then((png) => {
        setProblem(null);
        downloadBlob(png, exportFileName(scenario.name, nowNs, title, 'png'));
      })
      .catch((e: unknown) => setProblem(e instanceof Error ? e.message : String(e)));
  };
  const label = disabled ? 'Show the chart to save it as PNG' : `Save “${title}” as PNG`;
  return (
    <>
      {problem ? (
        <span className="export-problem" role="alert">
          {problem}
        </span>
      ) : null}
      <button type="button" className="small-button" disabled={disabled} onClick={save} aria-label={`Save ${title} as PNG`} title={label}>
        PNG
      </button>
    </>
  );
}
