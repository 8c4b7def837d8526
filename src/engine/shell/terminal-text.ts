/**
 * What the shell needs to know about text on its way to the terminal: commands write `\n`
 * line ends but a raw-mode terminal needs `\r\n`, and the line editor needs the column
 * where the prompt left the cursor (ANSI colour sequences take no room).
 */

/** `\n` (and `\r\n`) → `\r\n`. */
export function toTerminalNewlines(text: string): string {
  return text.replace(/\r?\n/g, '\r\n');
}

/** CSI sequences (colours, cursor movement), OSC titles, and two-byte ESC sequences. */
// eslint-disable-next-line no-control-regex -- escape sequences are made of control characters.
const ESCAPE = /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-Z\\-_]/g;

/**
 * The cursor column after writing `text` starting at `column`. Counts code points outside
 * escape sequences; CR, LF and a cursor-position sequence (`ESC[row;colH`) restart it.
 * Columns beyond the row width are kept: the line editor works out the wrapping.
 */
export function columnAfter(column: number, fullText: string): number {
  // Only what follows the last line break matters.
  const lineStart = Math.max(fullText.lastIndexOf('\n'), fullText.lastIndexOf('\r')) + 1;
  const text = fullText.slice(lineStart);
  let col = lineStart > 0 ? 0 : column;
  let last = 0;
  const advance = (plain: string): void => {
    for (const ch of plain) {
      if (ch === '\r' || ch === '\n') col = 0;
      else if (ch === '\b') col = Math.max(0, col - 1);
      else if ((ch.codePointAt(0) ?? 0) >= 0x20) col += 1;
    }
  };
  for (const match of text.matchAll(ESCAPE)) {
    advance(text.slice(last, match.index));
    last = match.index + match[0].length;
    const seq = match[0];
    if (seq.startsWith('\x1b[') && (seq.endsWith('H') || seq.endsWith('f'))) {
      const colParam = Number(seq.slice(2, -1).split(';')[1] ?? '1');
      col = Number.isFinite(colParam) && colParam > 0 ? colParam - 1 : 0;
    }
  }
  advance(text.slice(last));
  return col;
}
