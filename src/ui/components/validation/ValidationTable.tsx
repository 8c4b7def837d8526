/** An experiment's cells: paper vs model with the error, each figure's provenance, misses marked; then the orderings. */
import { modelText, paperText, pct } from '../../../validation/report-text.ts';
import type { BenchmarkResult, CellResult, ExperimentResult } from '../../../validation/validation-report.ts';

const STATUS_TEXT = { verified: 'verified', secondary: 'secondary', unverified: 'unverified' } as const;

function Provenance({ c }: { readonly c: CellResult }) {
  return (
    <details className={`provenance ${c.provenance.status}`}>
      <summary>{STATUS_TEXT[c.provenance.status]}</summary>
      <span>{c.provenance.where}</span>
    </details>
  );
}

function CellRow({ b, c, first }: { readonly b: BenchmarkResult; readonly c: CellResult; readonly first: boolean }) {
  const missing = c.error === null;
  return (
    <tr data-cell={`${b.id}/${c.column}`} data-missing={missing ? 'true' : undefined} className={missing ? 'miss' : undefined}>
      {first ? (
        <th scope="rowgroup" rowSpan={b.cells.length}>
          {b.label}
          <small>{b.relative ? 'relative to native' : b.unit}</small>
          <small className="muted">{b.asModelled}</small>
        </th>
      ) : null}
      <td>{c.columnLabel}</td>
      <td className="num">{paperText(c)}</td>
      <td className="num">{modelText(c)}</td>
      <td className="num">{missing ? <strong>missing</strong> : pct(c.error ?? 0)}</td>
      <td>
        <Provenance c={c} />
        {c.missing && c.missing !== b.asModelled ? <small className="muted">{c.missing}</small> : null}
      </td>
    </tr>
  );
}

export function ValidationTable({ e }: { readonly e: ExperimentResult }) {
  return (
    <>
      <div className="table-scroll">
        <table className="validation-table">
          <caption>{e.title}: paper vs model per cell</caption>
          <thead>
            <tr>
              <th scope="col">Benchmark</th>
              <th scope="col">Column</th>
              <th scope="col">Paper</th>
              <th scope="col">Model</th>
              <th scope="col">Error</th>
              <th scope="col">Where the paper figure was read</th>
            </tr>
          </thead>
          {e.benchmarks.map((b) => (
            <tbody key={b.id}>
              {b.cells.map((c, i) => (
                <CellRow key={c.column} b={b} c={c} first={i === 0} />
              ))}
            </tbody>
          ))}
        </table>
      </div>
      <ul className="validation-orderings" aria-label={`${e.title}: orderings, best first`}>
        {e.benchmarks.map((b) => (
          <li key={b.id}>
            <strong>{b.label}</strong>: paper {b.ordering.paper ?? '(not stated for every column)'}; model {b.ordering.model ?? '(a figure missing)'} —{' '}
            {b.ordering.matched === null ? 'not comparable' : b.ordering.matched ? 'matched' : 'not matched'}
          </li>
        ))}
      </ul>
    </>
  );
}
