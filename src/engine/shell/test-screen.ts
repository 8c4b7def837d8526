/**
 * A minimal VT100 screen for tests: applies what the shell sends (text, CR, LF, the cursor
 * and erase sequences it uses) to a grid, with xterm's deferred wrap at the last column,
 * so tests can assert what a user would see rather than the exact bytes.
 */

export class TestScreen {
  private grid: string[][] = [[]];
  row = 0;
  col = 0;
  /** xterm keeps the cursor on the last column after writing there; the next character wraps. */
  private wrapPending = false;

  constructor(readonly columns: number) {}

  write(data: string): void {
    // eslint-disable-next-line no-control-regex -- the input is terminal control sequences.
    const re = /\x1b\[([0-9;?]*)([@-~])|([^\x1b])/gsu;
    for (const match of data.matchAll(re)) {
      if (match[2] !== undefined) this.csi(match[1] ?? '', match[2]);
      else this.char(match[3] ?? '');
    }
  }

  /** The screen's rows, trailing blanks trimmed, trailing empty rows dropped. */
  lines(): string[] {
    const rows = this.grid.map((r) => Array.from({ length: r.length }, (_, i) => r[i] ?? ' ').join('').trimEnd());
    while (rows.length > 0 && rows[rows.length - 1] === '') rows.pop();
    return rows;
  }

  text(): string {
    return this.lines().join('\n');
  }

  private char(ch: string): void {
    if (ch === '\r') {
      this.col = 0;
      this.wrapPending = false;
    } else if (ch === '\n') {
      this.moveRow(this.row + 1);
    } else if (ch === '\b') {
      this.col = Math.max(0, this.col - 1);
      this.wrapPending = false;
    } else if ((ch.codePointAt(0) ?? 0) >= 0x20) {
      if (this.wrapPending) {
        this.moveRow(this.row + 1);
        this.col = 0;
      }
      this.rowCells()[this.col] = ch;
      if (this.col === this.columns - 1) this.wrapPending = true;
      else this.col += 1;
    }
  }

  private csi(params: string, final: string): void {
    const n = Math.max(1, Number(params.split(';')[0]) || 1);
    this.wrapPending = false;
    switch (final) {
      case 'A':
        this.row = Math.max(0, this.row - n);
        break;
      case 'B':
        this.moveRow(this.row + n);
        break;
      case 'C':
        this.col = Math.min(this.columns - 1, this.col + n);
        break;
      case 'D':
        this.col = Math.max(0, this.col - n);
        break;
      case 'H':
        this.row = 0;
        this.col = 0;
        break;
      case 'K':
        this.rowCells().length = Math.min(this.rowCells().length, this.col);
        break;
      case 'J':
        if (params === '2') this.grid = this.grid.map(() => []);
        else {
          this.rowCells().length = Math.min(this.rowCells().length, this.col);
          this.grid.length = this.row + 1;
        }
        break;
      default:
        break; // Colours and anything else do not move the cursor.
    }
  }

  private moveRow(row: number): void {
    this.row = row;
    this.wrapPending = false;
    while (this.grid.length <= row) this.grid.push([]);
  }

  private rowCells(): string[] {
    while (this.grid.length <= this.row) this.grid.push([]);
    return this.grid[this.row] ?? [];
  }
}
