/**
 * The toolbar's Export menu: the results of every platform at the current virtual instant,
 * as CSV or JSON — the same files the CLI's `run --format csv|json` prints — and where to
 * find the charts' PNG buttons. A popover (the browser's popover API: Esc and a click
 * outside close it).
 */
import { useId, useRef, type ToggleEvent } from 'react';
import { resultsCsv, type ScenarioResult } from '../../../engine/index.ts';
import { getPlayground, usePlayground } from '../../store/use-playground.ts';
import { downloadBlob } from './download.ts';
import { exportFileName } from './file-name.ts';
import { pageResults } from './page-results.ts';
import './export.css';

interface Format {
  readonly label: string;
  readonly extension: string;
  readonly type: string;
  readonly text: (r: ScenarioResult) => string;
}

/** Each ends with a newline, as the CLI prints it. */
const FORMATS: readonly Format[] = [
  { label: 'Results as CSV', extension: 'csv', type: 'text/csv', text: (r) => `${resultsCsv(r)}\n` },
  { label: 'Results as JSON', extension: 'json', type: 'application/json', text: (r) => `${JSON.stringify(r, null, 2)}\n` },
];

export function ExportMenu() {
  const id = useId();
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const notReady = usePlayground((s) => {
    const r = pageResults(s);
    return r.ok ? null : r.why;
  });

  /** Under the button, kept inside the viewport. */
  const place = () => {
    const pop = menu.current;
    const r = button.current?.getBoundingClientRect();
    if (!pop || !r) return;
    pop.style.top = `${r.bottom + 6}px`;
    pop.style.left = `${Math.max(8, Math.min(r.left, window.innerWidth - pop.offsetWidth - 8))}px`;
  };

  const onToggle = (e: ToggleEvent<HTMLDivElement>) => {
    if (e.newState === 'open') place();
  };

  const save = (format: Format) => {
    const r = pageResults(getPlayground().getState());
    if (!r.ok) return;
    downloadBlob(new Blob([format.text(r.result)], { type: format.type }), exportFileName(r.result.scenario, r.nowNs, 'results', format.extension));
    menu.current?.hidePopover();
  };

  return (
    <>
      <button ref={button} type="button" className="button icon-button" popoverTarget={id} aria-haspopup="dialog" aria-label="Export" title="Export the results">
        <svg className="export-glyph" viewBox="0 0 16 16" aria-hidden="true">
          <path d="M8 2v8M4.5 6.5 8 10l3.5-3.5M2.5 11.5v2h11v-2" />
        </svg>
      </button>
      <div ref={menu} id={id} popover="auto" className="info-popover export-menu" role="dialog" aria-label="Export" onToggle={onToggle}>
        {FORMATS.map((f) => (
          <button key={f.extension} type="button" className="export-item" disabled={notReady !== null} onClick={() => save(f)}>
            {f.label}
          </button>
        ))}
        {notReady ? <p className="export-note">{notReady}</p> : null}
        <p className="export-note">Each chart in the Comparison tab has a PNG button.</p>
      </div>
    </>
  );
}
