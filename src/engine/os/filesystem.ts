/**
 * A machine's file system as shells use it. Paths are absolute and normalised by the
 * shell (`/`-separated; Windows shells map `C:\` onto `/`). Errors are returned as
 * messages in the style of the OS ("No such file or directory"), never thrown.
 */
export interface FileStat {
  readonly kind: 'file' | 'dir';
  readonly size: number;
  readonly modifiedNs: number;
}

export type FsResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string };

export interface FileSystem {
  stat(path: string): FileStat | null;
  /** Names in a directory, sorted. */
  list(path: string): FsResult<readonly string[]>;
  read(path: string): FsResult<string>;
  /**
   * Writes a text file. `sizeBytes`, when given, is the size the file reports (`ls`, `df`)
   * because it stands for more bytes than its text: dd's output, whose bytes are not kept.
   */
  write(path: string, content: string, append: boolean, nowNs: number, sizeBytes?: number): FsResult<void>;
  mkdir(path: string, nowNs: number): FsResult<void>;
  remove(path: string, recursive: boolean): FsResult<void>;
  /** Bytes of the files this machine wrote, as their sizes report them (a container: its upper layer only). */
  usedBytes(): number;
}
