/**
 * The figures across platforms, side by side: each a chart (or table) with its ⓘ explanation.
 * They read the store through the comparison's held view, opened only while this tab is in
 * front, so a hidden Comparison tab costs the running page nothing.
 */
import { useEffect } from 'react';
import { getComparisonView, usePlayground } from '../../store/use-playground.ts';
import { BootTimeChart } from './BootTimeChart.tsx';
import { CpuByLayerChart } from './CpuByLayerChart.tsx';
import { DensityCurveChart } from './DensityCurveChart.tsx';
import { DensityTable } from './DensityTable.tsx';
import { ExitsChart } from './ExitsChart.tsx';
import { LicencesTable } from './LicencesTable.tsx';
import { MemoryChart } from './MemoryChart.tsx';
import { ThroughputChart } from './ThroughputChart.tsx';
import { TimeSeriesChart } from './TimeSeriesChart.tsx';
import { WhereTimeWentChart } from './WhereTimeWentChart.tsx';

export function ComparisonPanel() {
  const inFront = usePlayground((s) => s.tab === 'comparison');
  useEffect(() => {
    getComparisonView().setOpen(inFront);
    return () => getComparisonView().setOpen(false);
  }, [inFront]);
  return (
    <div className="comparison-grid">
      <ThroughputChart />
      <WhereTimeWentChart />
      <CpuByLayerChart />
      <ExitsChart />
      <TimeSeriesChart />
      <MemoryChart />
      <DensityTable />
      <DensityCurveChart />
      <BootTimeChart />
      <LicencesTable />
    </div>
  );
}
