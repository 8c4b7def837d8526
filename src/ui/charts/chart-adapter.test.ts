import { describe, expect, test } from 'vitest';
import { chartOptions } from './chart-adapter.ts';
import type { ChartSpec, ChartTheme } from './chart-spec.ts';

const theme: ChartTheme = { text: '#000', muted: '#333', grid: '#ccc', surface: '#fff', font: 'sans-serif' };

describe('chart axes', () => {
  test('a line over virtual seconds puts its points on a linear axis, so ticks fall on round numbers', () => {
    const spec: ChartSpec = { type: 'line', labels: ['1.29', '34.6'], series: [], valueTitle: '%', categoryTitle: 'virtual seconds', numericLabels: true };
    const x = chartOptions(spec, theme, () => spec).scales?.['x'] as { type?: string };
    expect(x.type).toBe('linear');
  });

  test('an empty percentage chart still spans 0–100 %, instead of 0–1 read as "0 % 0 % 1 % 1 %"', () => {
    const spec: ChartSpec = { type: 'bar', labels: ['web1'], series: [{ label: 'Hosted', colour: '#000', data: [null] }], valueTitle: '% of native', valueSuggestedMax: 100 };
    const y = chartOptions(spec, theme, () => spec).scales?.['y'] as { suggestedMax?: number };
    expect(y.suggestedMax).toBe(100);
  });

  test('guests on a bar chart: names that do not fit are skipped, never drawn over each other; past forty the axis is sized from a sample, not every name measured each redraw', () => {
    const spec = (n: number): ChartSpec => ({ type: 'bar', labels: Array.from({ length: n }, (_, i) => `vps${i}`), series: [], valueTitle: '% of native' });
    const ticks = (n: number) => (chartOptions(spec(n), theme, () => spec(n)).scales?.['x'] as { ticks: { autoSkip?: boolean; sampleSize?: number } }).ticks;
    for (const n of [6, 40, 1000]) expect(ticks(n).autoSkip).toBe(true);
    expect(ticks(6).sampleSize).toBeUndefined();
    expect(ticks(1000).sampleSize).toBeLessThan(100);
    const platforms: ChartSpec = { type: 'bar', horizontal: true, labels: ['Native', 'Hosted', 'Bare-metal', 'Containers'], series: [], valueTitle: 'per second' };
    expect((chartOptions(platforms, theme, () => platforms).scales?.['y'] as { ticks: { autoSkip?: boolean } }).ticks.autoSkip).toBe(false);
  });
});
