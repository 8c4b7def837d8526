/**
 * Why a guest takes the time it takes on one platform: the engine's sentence, a waterfall
 * from the baseline's time per transaction through each mechanism's part to the time here,
 * and the same parts as a table, each with what the mechanism is (ⓘ) and the lab that
 * teaches it. It shows the engine's figures as they arrive; it computes none.
 */
import { useMemo } from 'react';
import { explanationSentence, perWhat, type ExplanationPart, type GuestResult, type PlatformKind } from '../../../engine/index.ts';
import { ChartCanvas } from '../../charts/ChartCanvas.tsx';
import { usePlayground } from '../../store/use-playground.ts';
import { formatMicros } from '../format/format.ts';
import { Modal } from '../layout/Modal.tsx';
import { labFragment } from '../labs/lab-link.ts';
import { waterfallRows, waterfallSpec, type WaterfallRow } from './waterfall.ts';
import './why.css';

export interface WhyDialogProps {
  readonly platform: PlatformKind;
  readonly result: GuestResult;
  readonly unit: string;
  readonly onClose: () => void;
}

export function WhyDialog({ platform, result, unit, onClose }: WhyDialogProps) {
  const theme = usePlayground((s) => s.theme);
  const per = perWhat(unit);
  const rows = useMemo(() => waterfallRows(result, platform), [result, platform]);
  const spec = useMemo(() => waterfallSpec(rows, per), [rows, per]);
  const e = result.explain;
  const t = result.timePerTransaction;
  const lead = !t
    ? `${result.name} has not completed a ${per} yet on ${platform}: run past its boot.`
    : e && e.parts.length > 0
      ? explanationSentence(result.name, platform, unit, e)
      : `${result.name} on ${platform}: ${formatMicros(t.us)} per ${per}${platform === 'native' ? ', the baseline' : ''}. Where that time goes:`;
  return (
    <Modal title={`Why? ${result.name} on ${platform}`} onClose={onClose} className="why-dialog">
      <p
        className="why-lead"
        data-total-us={t?.us ?? ''}
        data-baseline-us={e?.baselineUs ?? ''}
        data-difference-us={e ? e.us - e.baselineUs : ''}
      >
        {lead}
      </p>
      {rows.length > 0 ? (
        <>
          <div className="why-chart">
            <ChartCanvas spec={spec} theme={theme} label={`Waterfall: ${result.name}'s time per ${per} on ${platform}, part by part`} />
          </div>
          <PartsTable rows={rows} per={per} parts={e?.parts ?? []} />
        </>
      ) : null}
    </Modal>
  );
}

/**
 * The waterfall's rows with their figures. Against a baseline a mechanism's figure is also
 * split as the engine split it: its own CPU (what "Where the time went" shows for it) and the
 * share of the wait behind the guest's other transactions it is charged with. A share there
 * is of the time the adding parts add, as the sentence says, so a part that takes time off
 * has none (a "-9.9 %" would read as a share of the difference).
 */
function PartsTable({ rows, per, parts }: { readonly rows: readonly WaterfallRow[]; readonly per: string; readonly parts: readonly ExplanationPart[] }) {
  const split = parts.length > 0;
  const byPart = new Map(parts.map((p) => [p.part as string, p]));
  return (
    <table className="why-table">
      <caption className="visually-hidden">Each part's time per {per}</caption>
      <thead>
        <tr>
          <th scope="col">Part</th>
          <th scope="col">µs per {per}</th>
          {split ? (
            <>
              <th scope="col">Own CPU</th>
              <th scope="col">Its waiting</th>
            </>
          ) : null}
          <th scope="col">{split ? 'Share of the time added' : 'Share of the time'}</th>
          <th scope="col">Exits</th>
          <th scope="col">What it is</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => {
          const p = byPart.get(r.key);
          return (
            <tr
              key={r.key}
              className={`why-row why-${r.kind}`}
              data-part={r.key}
              data-us={r.kind === 'saves' ? -r.us : r.us}
              data-cpu-us={p?.cpuUs ?? ''}
              data-queue-us={p?.queueUs ?? ''}
            >
              <th scope="row">{r.label}</th>
              <td className="why-num">{r.kind === 'total' ? formatMicros(r.us) : `${r.kind === 'saves' ? '−' : '+'}${formatMicros(r.us)}`}</td>
              {split ? (
                <>
                  <td className="why-num">{p?.cpuUs === undefined ? '' : signedMicros(p.cpuUs)}</td>
                  <td className="why-num">{p?.queueUs === undefined ? '' : signedMicros(p.queueUs)}</td>
                </>
              ) : null}
              <td className="why-num">{r.sharePercent === null || r.kind === 'saves' ? '' : `${r.sharePercent.toFixed(1)} %`}</td>
              <td>{r.exits === undefined ? '' : `${r.exits.toLocaleString('en')}${r.eachUs === undefined ? '' : `, ${formatMicros(r.eachUs)} each`}`}</td>
              <td>{r.info ? <PartInfoCell info={r.info} label={r.label} /> : null}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function signedMicros(us: number): string {
  return `${us < 0 ? '−' : '+'}${formatMicros(Math.abs(us))}`;
}

function PartInfoCell({ info, label }: { readonly info: NonNullable<WaterfallRow['info']>; readonly label: string }) {
  return (
    <details className="why-info">
      <summary aria-label={`What is ${label}?`}>
        <span className="info-glyph" aria-hidden="true">i</span>
      </summary>
      <p>{info.explanation}</p>
      {info.lab ? (
        <a href={labFragment(info.lab)} className="why-lab">
          The lab that teaches it
        </a>
      ) : null}
    </details>
  );
}
