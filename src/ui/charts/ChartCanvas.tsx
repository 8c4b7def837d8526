/**
 * A chart on the page: a canvas whose chart is drawn by the lazily loaded adapter. The
 * chart is created once when the adapter arrives, updated in place when the spec or the
 * theme changes, and destroyed on unmount. Until the adapter loads, and for assistive
 * technology always, the same figures are in the fallback content the caller passes.
 */
import { useEffect, useRef, type ReactNode } from 'react';
import type { ChartHandle, ChartSpec, ChartTheme } from './chart-spec.ts';

function readTheme(el: Element): ChartTheme {
  const css = getComputedStyle(el);
  const v = (name: string, fallback: string): string => css.getPropertyValue(name).trim() || fallback;
  return {
    text: v('--text', '#1f2328'),
    muted: v('--text-muted', '#57606a'),
    grid: v('--border', '#d0d7de'),
    surface: v('--surface', '#ffffff'),
    font: css.fontFamily || 'system-ui, sans-serif',
  };
}

export interface ChartCanvasProps {
  readonly spec: ChartSpec;
  /** Describes the chart to assistive technology. */
  readonly label: string;
  /** The store's theme: a change redraws with the new colours. */
  readonly theme: string;
  /** Text alternative (e.g. a table of the same figures). */
  readonly children?: ReactNode;
}

export function ChartCanvas({ spec, label, theme, children }: ChartCanvasProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const handle = useRef<ChartHandle | null>(null);
  const latest = useRef(spec);

  useEffect(() => {
    latest.current = spec;
    if (handle.current && canvas.current) handle.current.update(spec, readTheme(canvas.current));
  }, [spec, theme]);

  useEffect(() => {
    let disposed = false;
    void import('./chart-adapter.ts').then(({ createChart }) => {
      const el = canvas.current;
      if (disposed || !el) return;
      handle.current = createChart(el, latest.current, readTheme(el));
    });
    return () => {
      disposed = true;
      handle.current?.dispose();
      handle.current = null;
    };
  }, []);

  return (
    <div className="chart-canvas">
      <canvas ref={canvas} role="img" aria-label={label}>
        {children}
      </canvas>
    </div>
  );
}
