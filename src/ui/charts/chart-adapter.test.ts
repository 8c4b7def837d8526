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
});
