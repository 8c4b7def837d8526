/**
 * A chart as a PNG image: the chart's canvas drawn under a caption (what it shows, the
 * scenario, the virtual instant) on an opaque background — chart.js draws on a transparent
 * canvas, which image viewers and slides show as black or checkered.
 */

/** The caption's layout above a saved chart (PNG and SVG alike), in CSS pixels. */
export const CAPTION = { pad: 12, height: 44, detailTop: 19, titleSize: 14, detailSize: 11 } as const;

export interface ChartCaption {
  readonly title: string;
  readonly detail: string;
}

export interface ChartColours {
  readonly background: string;
  readonly text: string;
  readonly muted: string;
  readonly font: string;
}

/** `chart` is drawn at `scale` device pixels per CSS pixel; the caption is scaled the same way so it matches the chart's text. */
export function chartPng(chart: HTMLCanvasElement, caption: ChartCaption, colours: ChartColours, scale: number): Promise<Blob> {
  const pad = Math.round(CAPTION.pad * scale);
  const captionHeight = Math.round(CAPTION.height * scale);
  const out = document.createElement('canvas');
  out.width = chart.width + 2 * pad;
  out.height = chart.height + captionHeight + pad;
  const ctx = out.getContext('2d');
  if (!ctx) return Promise.reject(new Error('This browser cannot draw on a canvas.'));
  ctx.fillStyle = colours.background;
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.textBaseline = 'top';
  ctx.fillStyle = colours.text;
  ctx.font = `600 ${Math.round(CAPTION.titleSize * scale)}px ${colours.font}`;
  ctx.fillText(caption.title, pad, pad);
  ctx.fillStyle = colours.muted;
  ctx.font = `${Math.round(CAPTION.detailSize * scale)}px ${colours.font}`;
  ctx.fillText(caption.detail, pad, pad + Math.round(CAPTION.detailTop * scale));
  ctx.drawImage(chart, pad, captionHeight);
  return new Promise((resolve, reject) => {
    out.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The chart could not be encoded as PNG.'))), 'image/png');
  });
}
