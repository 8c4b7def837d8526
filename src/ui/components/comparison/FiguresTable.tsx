/**
 * The table behind every comparison figure: one row per guest, layer or reason, one column
 * per platform. Every chart offers it, so colour is never the only way to read a figure.
 */
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
          rows.map((r) => (
            <tr key={r.key} className={r.total ? 'total' : undefined}>
              <th scope="row">{r.heading}</th>
              {figures.map((f) => (
                <td key={f.kind}>{r.cell(f)}</td>
              ))}
            </tr>
          ))
        )}
      </tbody>
    </table>
  );
}
