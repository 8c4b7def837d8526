/** The page's controls: run, pause, step, speed, the virtual clock, scenario choice and editing, sharing, export, theme, help. */
import { usePlayground } from '../../store/use-playground.ts';
import { COMMANDS } from '../commands/commands.ts';
import { formatSpeed } from '../format/format.ts';
import { ExportMenu } from '../export/ExportMenu.tsx';
import { GalleryButtons } from '../gallery/GalleryButtons.tsx';
import { CommandButton } from './CommandButton.tsx';
import { VirtualClock } from './VirtualClock.tsx';

const SPEED_COMMANDS = COMMANDS.filter((c) => c.group === 'speed');

export function Toolbar({ onRun, onShare }: { readonly onRun: (name: string) => void; readonly onShare: () => void }) {
  const running = usePlayground((s) => s.runState === 'running');
  const speed = usePlayground((s) => s.speed);
  const dark = usePlayground((s) => s.theme === 'dark');
  return (
    <header className="toolbar">
      <h1 className="brand">
        VirtScope<span className="visually-hidden"> — comparative virtualization playground</span>
      </h1>
      <div className="toolbar-group" role="group" aria-label="Run control">
        <CommandButton name={running ? 'pause' : 'run'} onRun={onRun} className="button primary run-button">
          <span aria-hidden="true">{running ? '❚❚' : '▶'}</span> {running ? 'Pause' : 'Run'}
        </CommandButton>
        <CommandButton name="step" onRun={onRun} />
      </div>
      <div className="toolbar-group segmented" role="group" aria-label={`Speed, now ${formatSpeed(speed)}`}>
        {SPEED_COMMANDS.map((c) => (
          <CommandButton key={c.name} name={c.name} onRun={onRun} className="segment" pressable>
            {c.label.replace('Speed ', '')}
          </CommandButton>
        ))}
      </div>
      <VirtualClock />
      <span className="spacer" />
      <GalleryButtons />
      <CommandButton name="edit-scenario" onRun={onRun} className="button">
        Edit…
      </CommandButton>
      <button type="button" className="button" onClick={onShare}>
        Share…
      </button>
      <ExportMenu />
      <CommandButton name="toggle-theme" onRun={onRun} className="button icon-button" pressable>
        <span aria-hidden="true">{dark ? '☾' : '☀'}</span>
      </CommandButton>
      <CommandButton name="help" onRun={onRun} className="button icon-button">
        <span aria-hidden="true">?</span>
      </CommandButton>
    </header>
  );
}
