/**
 * The density curve: on request, each platform's worker runs 1…n guests of one kind on the
 * scenario's host and reports throughput per guest; one line per platform, and the knee.
 * The page only asks and draws: the curves are computed in the engine workers.
 */
import { useId, useMemo, useState } from 'react';
import { DEFAULT_DENSITY, PLATFORM_KINDS, type DensityCurve, type DensityProgress, type PlatformKind } from '../../../engine/index.ts';
import { ChartCanvas } from '../../charts/ChartCanvas.tsx';
import type { ChartSpec } from '../../charts/chart-spec.ts';
import { PLATFORM_COLOUR } from '../../charts/palette.ts';
import { getPlayground, useComparisonView } from '../../store/use-playground.ts';
import { formatNumber } from '../format/format.ts';
import { PLATFORM_TITLE } from '../names/platform-names.ts';
import { ChartCard } from './ChartCard.tsx';
import { FiguresTable } from './FiguresTable.tsx';
import { figuresOf, type PlatformFigures } from './platform-figures.ts';

type Curves = Partial<Record<PlatformKind, DensityCurve | { error: string }>>;

const curveOf = (curves: Curves | null, k: PlatformKind): DensityCurve | null => {
  const c = curves?.[k];
  return c && !('error' in c) ? c : null;
};

export function DensityCurveChart() {
  const guests = useComparisonView((s) => s.scenario.guests);
  const platforms = useComparisonView((s) => s.platforms);
  const theme = useComparisonView((s) => s.theme);
  const selectId = useId();
  const kinds = useMemo(() => [...new Set(guests.map((g) => `${g.os}:${g.workload.kind}`))], [guests]);
  const [chosen, setChosen] = useState<string | null>(null);
  const guest = chosen !== null && kinds.includes(chosen) ? chosen : (kinds[0] ?? '');
  const [result, setResult] = useState<{ guest: string; curves: Curves } | null>(null);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<Partial<Record<PlatformKind, DensityProgress>>>({});
  const curves = result?.guest === guest ? result.curves : null;
  const figures = useMemo(() => figuresOf(platforms), [platforms]);
  const counts = useMemo(
    () => [...new Set(PLATFORM_KINDS.flatMap((k) => curveOf(curves, k)?.points.map((p) => p.guests) ?? []))].sort((a, b) => a - b),
    [curves],
  );

  const compute = (): void => {
    setBusy(true);
    setProgress({});
    void getPlayground()
      .getState()
      .densityCurves(guest, (k, p) => setProgress((old) => ({ ...old, [k]: p })))
      .then((c) => {
        if (c) setResult({ guest, curves: c });
      })
      .finally(() => setBusy(false));
  };
  const cancel = (): void => {
    getPlayground().getState().cancelDensity();
    setBusy(false);
  };

  const spec = useMemo<ChartSpec>(
    () => ({
      type: 'line',
      labels: counts.map(String),
      numericLabels: true,
      series: PLATFORM_KINDS.map((k) => ({
        label: PLATFORM_TITLE[k],
        colour: PLATFORM_COLOUR[k],
        data: counts.map((n) => {
          const p = curveOf(curves, k)?.points.find((x) => x.guests === n);
          return p ? p.relative * 100 : null;
        }),
      })),
      valueTitle: '% of one guest alone',
      categoryTitle: 'guests',
      format: (v) => `${formatNumber(Math.round(v))} %`,
    }),
    [counts, curves],
  );

  const cell = (n: number) => (f: PlatformFigures) => {
    const p = curveOf(curves, f.kind)?.points.find((x) => x.guests === n);
    return p ? `${formatNumber(Math.round(p.perGuest))} (${Math.round(p.relative * 100)} %)${p.running < n ? `, ${n - p.running} down` : ''}` : '—';
  };
  const table = (
    <FiguresTable
      caption="Throughput per guest as guests are added, per platform, and the knee"
      rowHeading="Guests"
      figures={figures}
      empty={curves ? 'No platform answered.' : 'Press "Compute" to run the curve in each platform\'s engine.'}
      rows={
        curves
          ? [
              ...counts.map((n) => ({ key: String(n), heading: String(n), cell: cell(n) })),
              {
                key: 'knee',
                heading: 'Knee',
                total: true,
                cell: (f: PlatformFigures) => {
                  const c = curves[f.kind];
                  if (!c) return '—';
                  if ('error' in c) return c.error;
                  if (c.refusal) return 'refused';
                  // Native's baseline is a server per guest: its guests never slow each other.
                  return c.serverEach ? `${formatNumber(c.knee)} servers, one each` : formatNumber(c.knee);
                },
              },
            ]
          : []
      }
    />
  );

  const controls = (
    <>
      <label htmlFor={selectId} className="visually-hidden">
        Guest kind
      </label>
      <select id={selectId} value={guest} onChange={(e) => setChosen(e.target.value)}>
        {kinds.map((k) => (
          <option key={k} value={k}>
            {k}
          </option>
        ))}
      </select>
      <button type="button" className="small-button" onClick={busy ? cancel : compute} disabled={guest === ''}>
        {busy ? 'Cancel' : 'Compute'}
      </button>
      {busy ? (
        <span className="density-progress" role="status">
          {PLATFORM_KINDS.map((k) => {
            const p = progress[k];
            return p ? `${PLATFORM_TITLE[k]}: ${p.points} points, running ${p.guests} guests` : null;
          })
            .filter((t) => t !== null)
            .join(' · ') || 'Starting…'}
        </span>
      ) : null}
    </>
  );

  return (
    <ChartCard
      wide
      title="Density curve"
      metric="density-curve"
      controls={controls}
      table={table}
      chart={
        curves ? (
          <ChartCanvas spec={spec} theme={theme} label={`Line chart: throughput per ${guest} guest as guests are added, per platform`} />
        ) : (
          table
        )
      }
      note={curves ? `Throughput per guest relative to one such guest alone; at most ${DEFAULT_DENSITY.maxGuests} guests, measured after every guest has booted.` : undefined}
    />
  );
}
