/**
 * One figure of the comparison: a title with its ⓘ explanation, a switch between the chart
 * and a table of the same numbers (colour is never the only way to read a chart), a PNG of
 * the chart, and the body.
 */
import { useId, useRef, useState, type ReactNode } from 'react';
import { ChartPngButton } from '../export/ChartPngButton.tsx';
import { InfoButton } from './InfoButton.tsx';
import type { MetricId } from './metric-explanations.ts';

export interface ChartCardProps {
  readonly title: string;
  readonly metric: MetricId;
  /** The chart, drawn lazily. */
  readonly chart: ReactNode;
  /** The same figures as a table. */
  readonly table: ReactNode;
  /** Controls beside the title (e.g. which figure a time series shows). */
  readonly controls?: ReactNode;
  /** A line under the body (e.g. the host's memory). */
  readonly note?: ReactNode;
  /** Takes two grid cells (for a chart with a long legend). */
  readonly wide?: boolean;
}

export function ChartCard({ title, metric, chart, table, controls, note, wide }: ChartCardProps) {
  const [asTable, setAsTable] = useState(false);
  const headingId = useId();
  const card = useRef<HTMLElement>(null);
  return (
    <section ref={card} className={wide ? 'chart-card wide' : 'chart-card'} aria-labelledby={headingId}>
      <header className="chart-card-header">
        <h3 id={headingId}>{title}</h3>
        <InfoButton metric={metric} />
        <span className="spacer" />
        {controls}
        <button type="button" className="small-button" aria-pressed={asTable} onClick={() => setAsTable((v) => !v)}>
          Table
        </button>
        <ChartPngButton title={title} card={card} disabled={asTable} />
      </header>
      <div className="chart-card-body">{asTable ? <div className="table-scroll">{table}</div> : chart}</div>
      {note ? <p className="chart-card-note">{note}</p> : null}
    </section>
  );
}
