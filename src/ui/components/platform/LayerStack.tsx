/**
 * A platform's layers drawn as a stack from the hardware up, each with the share of the
 * host's CPU it used over the last virtual second (the engine's cpuShareByLayer). The hardware row
 * shows what was left idle.
 */
import type { CSSProperties } from 'react';
import type { PlatformKind } from '../../../engine/index.ts';
import { layerColour } from '../../charts/palette.ts';
import { formatShare } from '../format/format.ts';
import { layerName } from '../names/layer-names.ts';

export interface LayerStackProps {
  readonly platform: PlatformKind;
  /** The result's stack, from the hardware up. */
  readonly stack: readonly string[];
  readonly shares: Readonly<Record<string, number>> | null;
}

export function LayerStack({ platform, stack, shares }: LayerStackProps) {
  const top = [...stack].reverse();
  const share = (layer: string): number | null => (shares ? (shares[layer] ?? 0) : null);
  return (
    <ol className="layer-stack" aria-label="Layers from the workload down to the hardware, with their share of the host's CPU">
      {top.map((layer) => (
        <LayerRow key={layer} name={layerName(layer, platform)} colour={layerColour(layer)} share={share(layer)} />
      ))}
      <LayerRow name="Hardware" colour={layerColour('hardware')} share={share('idle')} shareLabel="idle" hardware />
    </ol>
  );
}

interface LayerRowProps {
  readonly name: string;
  readonly colour: string;
  readonly share: number | null;
  readonly shareLabel?: string;
  readonly hardware?: boolean;
}

function LayerRow({ name, colour, share, shareLabel, hardware }: LayerRowProps) {
  const width = share === null ? 0 : Math.max(0, Math.min(1, share)) * 100;
  return (
    <li className={hardware ? 'layer layer-hardware' : 'layer'} style={{ '--layer-colour': colour } as CSSProperties}>
      <span className="layer-swatch" aria-hidden="true" />
      <span className="layer-name">{name}</span>
      <span className="layer-bar" aria-hidden="true">
        <span className="layer-bar-fill" style={{ transform: `scaleX(${width / 100})` }} />
      </span>
      <span className="layer-share figure">
        {formatShare(share)}
        {shareLabel ? <span className="layer-share-label"> {shareLabel}</span> : null}
      </span>
    </li>
  );
}
