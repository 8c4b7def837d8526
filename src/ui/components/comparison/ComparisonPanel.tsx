/** The figures across platforms, side by side: each a chart (or table) with its ⓘ explanation. */
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
