/** The four platforms side by side: native, hosted, bare-metal, containers. */
import { PLATFORM_KINDS } from '../../../engine/index.ts';
import { PlatformColumn } from './PlatformColumn.tsx';

export function PlatformColumns({ onOpenConsole }: { readonly onOpenConsole: (key: string) => void }) {
  return (
    <div className="platform-columns">
      {PLATFORM_KINDS.map((k) => (
        <PlatformColumn key={k} kind={k} onOpenConsole={onOpenConsole} />
      ))}
    </div>
  );
}
