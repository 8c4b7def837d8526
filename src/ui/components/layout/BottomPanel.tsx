/**
 * The lower part of the page, in tabs: the consoles, the comparison across platforms and
 * the validation against published measurements. Each loads lazily (xterm and the chart library arrive after the first paint). The panel
 * can be made taller or folded away, so the columns get the room on a small screen.
 */
import { lazy, Suspense } from 'react';
import { VIEW_TABS, type ViewTab } from '../../../share/view-tabs.ts';
import { Tabs } from './Tabs.tsx';

const TerminalPanel = lazy(() => import('../../terminal/TerminalPanel.tsx').then((m) => ({ default: m.TerminalPanel })));
const ComparisonPanel = lazy(() => import('../comparison/ComparisonPanel.tsx').then((m) => ({ default: m.ComparisonPanel })));
const ValidationPanel = lazy(() => import('../validation/ValidationPanel.tsx').then((m) => ({ default: m.ValidationPanel })));

export type PanelSize = 'folded' | 'normal' | 'tall';

const NEXT_SIZE: Readonly<Record<PanelSize, PanelSize>> = { folded: 'normal', normal: 'tall', tall: 'folded' };
const SIZE_LABEL: Readonly<Record<PanelSize, string>> = { folded: 'Show panel', normal: 'Taller panel', tall: 'Fold panel' };

export interface BottomPanelProps {
  readonly tab: ViewTab;
  readonly onTab: (tab: ViewTab) => void;
  readonly size: PanelSize;
  readonly onSize: (size: PanelSize) => void;
}

const loading = <p className="muted panel-loading">Loading…</p>;

export function BottomPanel({ tab, onTab, size, onSize }: BottomPanelProps) {
  return (
    <Tabs
      label="Consoles and comparison"
      className="bottom-panel"
      selected={tab}
      onSelect={(id) => {
        const chosen = VIEW_TABS.find((t) => t === id);
        if (chosen) onTab(chosen);
        if (size === 'folded') onSize('normal');
      }}
      tabs={[
        {
          id: 'consoles',
          label: 'Consoles',
          render: () => (
            <Suspense fallback={loading}>
              {/* Four terminals in the normal panel get a row or two each on a laptop: side by side, the panel grows. */}
              <TerminalPanel onGridOpened={() => size === 'normal' && onSize('tall')} />
            </Suspense>
          ),
        },
        {
          id: 'comparison',
          label: 'Comparison',
          render: () => (
            <Suspense fallback={loading}>
              <ComparisonPanel />
            </Suspense>
          ),
        },
        {
          id: 'validation',
          label: 'Validation',
          render: () => (
            <Suspense fallback={loading}>
              <ValidationPanel />
            </Suspense>
          ),
        },
      ]}
      end={
        <button type="button" className="button small-button panel-size" aria-label={SIZE_LABEL[size]} title={SIZE_LABEL[size]} onClick={() => onSize(NEXT_SIZE[size])}>
          <span aria-hidden="true">{size === 'tall' ? '▾' : '▴'}</span> {SIZE_LABEL[size]}
        </button>
      }
    />
  );
}
