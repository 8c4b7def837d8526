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
  write(path: string, content: string, append: boolean, nowNs: number): FsResult<void>;
  mkdir(path: string, nowNs: number): FsResult<void>;
  remove(path: string, recursive: boolean): FsResult<void>;
  /** Bytes stored by this machine's own writes (a container: its upper layer only). */
  usedBytes(): number;
}
