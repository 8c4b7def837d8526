/**
 * The page: the toolbar, the four platform columns, and below them the consoles and the
 * comparison in tabs. The scenario editor, the help and sharing open as dialogs; a share
 * link in the address opens its run.
 */
import { lazy, Suspense, useLayoutEffect, useMemo, useState } from 'react';
import type { PageControls } from './components/commands/commands.ts';
import { useCommands } from './components/commands/use-commands.ts';
import { BootBanner } from './components/first-minute/BootBanner.tsx';
import { pageBootsOnOpen } from './components/first-minute/boot-on-open.ts';
import { Tour, tourNotSeen } from './components/first-minute/Tour.tsx';
import { BottomPanel, type PanelSize } from './components/layout/BottomPanel.tsx';
import { HelpDialog } from './components/layout/HelpDialog.tsx';
import { LabPanelSlot } from './components/labs/LabPanelSlot.tsx';
import { useLab } from './store/lab-store.ts';
import { MigrationPanel } from './components/migration/MigrationPanel.tsx';
import { ScenarioErrors } from './components/layout/ScenarioErrors.tsx';
import { PlatformColumns } from './components/platform/PlatformColumns.tsx';
import { LinkError } from './components/share/LinkError.tsx';
import { useLinkOnOpen } from './components/share/use-link-on-open.ts';
import { Toolbar } from './components/toolbar/Toolbar.tsx';
import { getPlayground, usePlayground } from './store/use-playground.ts';
import type { ViewTab } from '../share/view-tabs.ts';

const ScenarioEditor = lazy(() => import('./components/editor/ScenarioEditor.tsx'));
// Lazy with the link codec and the QR library: a page that never shares does not load them.
const ShareDialog = lazy(() => import('./components/share/ShareDialog.tsx'));
// Lazy with Markdown and the docs themselves.
const DocsDialog = lazy(() => import('./components/docs/DocsDialog.tsx'));

export function App() {
  const theme = usePlayground((s) => s.theme);
  const [dialog, setDialog] = useState<'editor' | 'help' | 'share' | null>(null);
  const [doc, setDoc] = useState<string | null>(null);
  const tab = usePlayground((s) => s.tab);
  const setTab = (t: ViewTab): void => getPlayground().getState().setTab(t);
  const [panel, setPanel] = useState<PanelSize>('normal');
  // A first visit on the page's own address gets the tour (links and test pages do not); Help offers it again.
  const [tour, setTour] = useState<'first-visit' | 'asked' | null>(() =>
    tourNotSeen() && (pageBootsOnOpen() || new URLSearchParams(window.location.search).has('stopped')) ? 'first-visit' : null,
  );
  // A student sent to a lab (a link, the Gallery) gets the lab, not a tour over it; not remembered as seen.
  const labOpen = useLab((s) => s.status !== 'closed');
  if (labOpen && tour === 'first-visit') setTour(null);
  const [presenter, setPresenter] = useState(false);
  const linkProblem = useLinkOnOpen();

  // A layout effect, so the theme's CSS variables are in place before charts read them.
  useLayoutEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);

  const page = useMemo<PageControls>(() => ({ openEditor: () => setDialog('editor'), openHelp: () => setDialog('help'), togglePresenter: () => setPresenter((p) => !p) }), []);
  const run = useCommands(page);

  const openConsole = (key: string): void => {
    getPlayground().getState().setActiveConsole(key);
    setTab('consoles');
    if (panel === 'folded') setPanel('normal');
  };

  return (
    <div className="app" data-panel={panel} data-presenter={presenter || undefined}>
      <Toolbar onRun={run} onShare={() => setDialog('share')} />
      <ScenarioErrors />
      <LinkError problem={linkProblem} />
      <main className="app-main">
        <PlatformColumns onOpenConsole={openConsole} />
        <BottomPanel tab={tab} onTab={setTab} size={panel} onSize={setPanel} />
      </main>
      <LabPanelSlot />
      <MigrationPanel />
      <BootBanner />
      {tour ? <Tour onClose={() => setTour(null)} /> : null}
      {presenter ? (
        <button type="button" className="button presenter-exit" title="Presenter mode (P)" onClick={() => setPresenter(false)}>
          Leave presenter mode
        </button>
      ) : null}
      {dialog === 'help' ? (
        <HelpDialog
          onClose={() => setDialog(null)}
          onTour={() => {
            setDialog(null);
            setTour('asked');
          }}
          onOpenDoc={(name) => {
            setDialog(null);
            setDoc(name);
          }}
        />
      ) : null}
      {doc !== null ? (
        <Suspense fallback={null}>
          <DocsDialog first={doc} onClose={() => setDoc(null)} />
        </Suspense>
      ) : null}
      {dialog === 'editor' ? (
        <Suspense fallback={null}>
          <ScenarioEditor onClose={() => setDialog(null)} />
        </Suspense>
      ) : null}
      {dialog === 'share' ? (
        <Suspense fallback={null}>
          <ShareDialog onClose={() => setDialog(null)} />
        </Suspense>
      ) : null}
    </div>
  );
}
