/**
 * The table behind every comparison figure: one row per guest, layer or reason, one column
 * per platform. Every chart offers it, so colour is never the only way to read a figure.
 */
import { memo } from 'react';
import { PLATFORM_TITLE } from '../names/platform-names.ts';
import type { PlatformFigures } from './platform-figures.ts';

export interface FiguresRow {
  readonly key: string;
  readonly heading: string;
  /** The cell for one platform, already formatted. */
  readonly cell: (f: PlatformFigures) => string;
  /** A totals row, set apart. */
  readonly total?: boolean;
}

export interface FiguresTableProps {
  /** Read by screen readers: what the table holds. */
  readonly caption: string;
  /** The heading of the first column (Guest, Layer, Reason…). */
  readonly rowHeading: string;
  readonly figures: readonly PlatformFigures[];
  readonly rows: readonly FiguresRow[];
  /** What to say when there are no rows. */
  readonly empty?: string;
}

export function FiguresTable({ caption, rowHeading, figures, rows, empty }: FiguresTableProps) {
  return (
    <table className="figures">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{rowHeading}</th>
          {figures.map((f) => (
            <th scope="col" key={f.kind}>
              {PLATFORM_TITLE[f.kind]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 && empty ? (
          <tr>
            <td colSpan={figures.length + 1}>{empty}</td>
          </tr>
        ) : (
          rows.map((r) => <Row key={r.key} heading={r.heading} total={r.total === true} cells={figures.map((f) => r.cell(f))} />)
        )}
      </tbody>
    </table>
  );
}

interface RowProps {
  readonly heading: string;
  readonly total: boolean;
  readonly cells: readonly string[];
}

/**
 * A row re-renders only when its text changes: with hundreds of guests most rows read the
 * same from one update to the next, and reconciling every cell of every row was the cost.
 */
const Row = memo(
  function Row({ heading, total, cells }: RowProps) {
    return (
      <tr className={total ? 'total' : undefined}>
        <th scope="row">{heading}</th>
        {cells.map((c, i) => (
          <td key={i}>{c}</td>
        ))}
      </tr>
    );
  },
  (a, b) => a.heading === b.heading && a.total === b.total && a.cells.length === b.cells.length && a.cells.every((c, i) => c === b.cells[i]),
);
