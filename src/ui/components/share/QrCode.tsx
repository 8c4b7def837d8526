/**
 * A QR code of a link, for a projector: the `qrcode` library lays out the modules and each
 * dark one becomes a square in one SVG path, drawn as a React element (never as markup).
 */
import { create } from 'qrcode';
import { useMemo } from 'react';

/** The blank margin the QR specification asks for, in modules. */
const QUIET_ZONE = 4;

export function QrCode({ text, label }: { readonly text: string; readonly label: string }) {
  const code = useMemo(() => {
    try {
      const { modules } = create(text, { errorCorrectionLevel: 'L' });
      let path = '';
      for (let row = 0; row < modules.size; row++)
        for (let col = 0; col < modules.size; col++) if (modules.get(row, col)) path += `M${col + QUIET_ZONE} ${row + QUIET_ZONE}h1v1h-1z`;
      return { size: modules.size + 2 * QUIET_ZONE, path };
    } catch {
      return null;
    }
  }, [text]);
  if (!code) return <p className="muted">This link is too long for a QR code ({text.length} characters); share it as text.</p>;
  return (
    <svg className="qr-code" role="img" aria-label={label} viewBox={`0 0 ${code.size} ${code.size}`} shapeRendering="crispEdges">
      <rect width={code.size} height={code.size} fill="#fff" />
      <path d={code.path} fill="#000" />
    </svg>
  );
}
