/** Where the lab panel goes: nothing until a lab is opened, then the panel (loaded on demand with its Markdown renderer). */
import { lazy, Suspense } from 'react';
import { useLab } from '../../store/lab-store.ts';

const LabPanel = lazy(() => import('./LabPanel.tsx').then((m) => ({ default: m.LabPanel })));

export function LabPanelSlot() {
  const open = useLab((s) => s.status !== 'closed');
  return open ? (
    <Suspense fallback={null}>
      <LabPanel />
    </Suspense>
  ) : null;
}
