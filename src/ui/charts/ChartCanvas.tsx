/**
 * A chart on the page: a canvas whose chart is drawn by the lazily loaded adapter. The
 * chart is created once when the adapter arrives, updated in place when the spec or the
 * theme changes, and destroyed on unmount. To assistive technology it is an image with a
 * label (role="img" makes anything inside it presentational, so it holds no fallback); the
 * figures themselves are in the chart card's Table view. With a thousand guests a hidden
 * fallback table was a thousand rows reconciled on every update for nobody.
 *
 * Creation and redraws go through the frame queue (frame-queue.ts): the Comparison's charts
 * are created one per frame rather than all in the task that opens it (with a thousand guests
 * that task took 140 ms). Redraws happen only while the canvas is on screen: a chart in a
 * hidden tab or scrolled out of the panel keeps its latest spec and draws it when it comes
 * into view, so a running scenario costs only the charts one sees.
 */
import { useEffect, useRef } from 'react';
import type { createChart as CreateChart } from './chart-adapter.ts';
import type { ChartHandle, ChartSpec, ChartTheme } from './chart-spec.ts';
import { cancelRedraw, queueRedraw } from './frame-queue.ts';

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
}

export function ChartCanvas({ spec, label, theme }: ChartCanvasProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const handle = useRef<ChartHandle | null>(null);
  const latest = useRef(spec);
  // Read once per theme: getComputedStyle on every update would force a style recalculation each time.
  const colours = useRef<{ theme: string; read: ChartTheme } | null>(null);
  const themeName = useRef(theme);
  const onScreen = useRef(false);
  const owner = useRef({});

  const create = useRef<typeof CreateChart | null>(null);

  /** Creates the chart once the adapter is loaded, on screen or not; afterwards redraws it while on screen. */
  const redraw = useRef(() => {
    const el = canvas.current;
    if (!el || !create.current || (handle.current && !onScreen.current)) return;
    if (colours.current?.theme !== themeName.current) colours.current = { theme: themeName.current, read: readTheme(el) };
    if (handle.current) handle.current.update(latest.current, colours.current.read);
    else handle.current = create.current(el, latest.current, colours.current.read);
  });

  useEffect(() => {
    latest.current = spec;
    themeName.current = theme;
    if (onScreen.current) queueRedraw(owner.current, redraw.current);
  }, [spec, theme]);

  useEffect(() => {
    let disposed = false;
    const el = canvas.current;
    const key = owner.current;
    const observer = new IntersectionObserver((entries) => {
      onScreen.current = entries.some((e) => e.isIntersecting);
      if (onScreen.current) queueRedraw(key, redraw.current);
    });
    if (el) observer.observe(el);
    void import('./chart-adapter.ts').then(({ createChart }) => {
      if (disposed) return;
      create.current = createChart;
      queueRedraw(key, redraw.current);
    });
    return () => {
      disposed = true;
      observer.disconnect();
      cancelRedraw(key);
      handle.current?.dispose();
      handle.current = null;
    };
  }, []);

  return (
    <div className="chart-canvas">
      <canvas ref={canvas} role="img" aria-label={label} />
    </div>
  );
}
