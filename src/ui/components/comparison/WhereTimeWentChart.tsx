/**
 * Where one guest's time per transaction went on each platform: a stacked bar per platform
 * of the parts the engine measured (CPU by mechanism, then waiting), which add up to the
 * whole. The guest is picked beside the title.
 */
import { useId, useMemo, useState } from 'react';
import { TIME_PARTS, partInfo, partUs, perWhat, WORKLOADS, type TimePart } from '../../../engine/index.ts';
import { ChartCanvas } from '../../charts/ChartCanvas.tsx';
import type { ChartSpec } from '../../charts/chart-spec.ts';
import { distinctFill } from '../../charts/palette.ts';
import { useComparisonView } from '../../store/use-playground.ts';
import { formatMicros } from '../format/format.ts';
import { PLATFORM_TITLE } from '../names/platform-names.ts';
import { ChartCard } from './ChartCard.tsx';
import { FiguresTable } from './FiguresTable.tsx';
import { guestResult, type PlatformFigures } from './platform-figures.ts';
import { useGuestFigures } from './use-guest-figures.ts';

export function WhereTimeWentChart() {
  const theme = useComparisonView((s) => s.theme);
  const guests = useComparisonView((s) => s.scenario.guests);
  const { figures, names } = useGuestFigures();
  const selectId = useId();
  const [chosen, setChosen] = useState('');
  const name = names.includes(chosen) ? chosen : (names[0] ?? '');
  const spec = guests.find((g) => g.name === name);
  const per = perWhat(spec ? WORKLOADS[spec.workload.kind].unit : 'tx/s');
  const parts = useMemo(() => TIME_PARTS.filter((p) => figures.some((f) => (partOf(f, name, p) ?? 0) !== 0)), [figures, name]);

  const chart = useMemo<ChartSpec>(
    () => ({
      type: 'bar',
      horizontal: true,
      stacked: true,
      labels: figures.map((f) => PLATFORM_TITLE[f.kind]),
      series: parts.map((p, i) => ({
        label: partInfo(p).label,
        ...distinctFill(i),
        data: figures.map((f) => partOf(f, name, p) ?? null),
      })),
      valueTitle: `µs per ${per}`,
      format: formatMicros,
    }),
    [figures, name, parts, per],
  );

  const table = (
    <FiguresTable
      caption={`${name}'s time per ${per} by part, per platform`}
      rowHeading="Part"
      figures={figures}
      empty={`No ${per} of ${name} completed yet.`}
      rows={[
        ...parts.map((p) => ({ key: p, heading: partInfo(p).label, cell: (f: PlatformFigures) => cellOf(partOf(f, name, p)) })),
        ...(parts.length > 0 ? [{ key: 'total', heading: 'total', total: true, cell: (f: PlatformFigures) => cellOf(guestResult(f, name)?.timePerTransaction?.us) }] : []),
      ]}
    />
  );

  const controls = (
    <>
      <label htmlFor={selectId} className="visually-hidden">
        Guest
      </label>
      <select id={selectId} className="small-select" value={name} onChange={(e) => setChosen(e.target.value)}>
        {names.map((n) => (
          <option key={n} value={n}>
            {n}
          </option>
        ))}
      </select>
    </>
  );

  return (
    <ChartCard
      title="Where the time went"
      metric="time-went"
      wide
      controls={controls}
      table={table}
      chart={
        <ChartCanvas spec={chart} theme={theme} label={`Stacked bar chart: ${name}'s time per ${per} on each platform, by mechanism and waiting`} />
      }
      note="Each guest card's Why? shows the difference from native part by part."
    />
  );
}

/** One part of the guest's time per transaction on one platform, µs (undefined: none completed there). */
function partOf(f: PlatformFigures, name: string, part: TimePart): number | undefined {
  const t = guestResult(f, name)?.timePerTransaction;
  return t ? partUs(t, part) : undefined;
}

function cellOf(us: number | undefined): string {
  return us === undefined ? '—' : formatMicros(us);
}
