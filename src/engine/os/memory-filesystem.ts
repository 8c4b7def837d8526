/**
 * An in-memory file system: a tree of directories and text files, optionally laid as an
 * upper layer over a read-only lower layer — how a container's root is an overlay on its
 * image (overlayfs/aufs: reads fall through, the first write copies the file up, deleting
 * a lower file leaves a whiteout, a directory re-created over a whiteout is opaque).
 *
 * Simplified: no permissions, owners, links or inodes; file contents are strings; a
 * directory's size is the ext3 block size. Limits keep untrusted terminal input bounded.
 */
import type { FileStat, FileSystem, FsResult } from './filesystem.ts';

export interface FsLimits {
  /** Files and directories in this layer (the root not counted). */
  readonly maxNodes: number;
  /** Bytes of one file (UTF-8). */
  readonly maxFileBytes: number;
  /** Bytes of all files in this layer. */
  readonly maxTotalBytes: number;
}

/** Bounds on what a terminal can store: generous for a lab, small for a browser tab. */
export const DEFAULT_FS_LIMITS: FsLimits = {
  maxNodes: 10_000,
  maxFileBytes: 1024 * 1024,
  maxTotalBytes: 16 * 1024 * 1024,
};

/** The POSIX strerror texts the file system answers with. */
export const FS_ERRORS = {
  noEntry: 'No such file or directory',
  isDir: 'Is a directory',
  notDir: 'Not a directory',
  notEmpty: 'Directory not empty',
  exists: 'File exists',
  noSpace: 'No space left on device',
  readOnly: 'Read-only file system',
  busy: 'Device or resource busy',
} as const;

/** A directory's reported size: one ext3 block. */
const DIR_SIZE_BYTES = 4096;

/** What an overlay needs of the layer beneath it (another MemoryFileSystem, usually frozen). */
export type LowerLayer = Pick<FileSystem, 'stat' | 'list' | 'read'>;

export interface MemoryFileSystemOptions {
  readonly lower?: LowerLayer;
  readonly limits?: Partial<FsLimits>;
  /** Directories mounted read-only from elsewhere (a sparse-root zone's /usr): nothing at or under them can be written or removed. */
  readonly readOnlyDirs?: readonly string[];
}

interface FileNode {
  readonly kind: 'file';
  content: string;
  /** Bytes of its text (what the limits count), and the size it reports (more when it stands for bytes not kept). */
  bytes: number;
  size: number;
  modifiedNs: number;
}

interface DirNode {
  readonly kind: 'dir';
  readonly children: Map<string, FsNode>;
  /** Names of lower-layer entries deleted here. */
  readonly whiteouts: Set<string>;
  /** Hides the whole lower directory (re-created after a delete). */
  opaque: boolean;
  modifiedNs: number;
}

type FsNode = FileNode | DirNode;

interface Resolved {
  /** This layer's node at the path, if any. */
  readonly upper: FsNode | null;
  /** Whether the lower layer's entry at the path (if any) shows through. */
  readonly lowerVisible: boolean;
}

/** Splits a path into its components, resolving `.`, `..` (never above the root) and repeated slashes. */
export function splitPath(path: string): string[] {
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return parts;
}

/** The absolute, normalised form of a path. */
export function normalisePath(path: string): string {
  return '/' + splitPath(path).join('/');
}

/** Bytes of a string in UTF-8. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

function newDir(modifiedNs: number, opaque: boolean): DirNode {
  return { kind: 'dir', children: new Map(), whiteouts: new Set(), opaque, modifiedNs };
}

function ok<T>(value: T): FsResult<T> {
  return { ok: true, value };
}

function fail<T>(error: string): FsResult<T> {
  return { ok: false, error };
}

/** Files and directories in a subtree, the bytes of its files' text, and their reported sizes. */
function measure(node: FsNode): { nodes: number; bytes: number; size: number } {
  if (node.kind === 'file') return { nodes: 1, bytes: node.bytes, size: node.size };
  let nodes = 1;
  let bytes = 0;
  let size = 0;
  for (const child of node.children.values()) {
    const m = measure(child);
    nodes += m.nodes;
    bytes += m.bytes;
    size += m.size;
  }
  return { nodes, bytes, size };
}

export class MemoryFileSystem implements FileSystem {
  private readonly root: DirNode = newDir(0, false);
  private readonly lower: LowerLayer | null;
  private readonly limits: FsLimits;
  private nodes = 0;
  private bytes = 0;
  private size = 0;
  private frozen = false;
  private readonly readOnlyDirs: readonly string[][];

  constructor(options: MemoryFileSystemOptions = {}) {
    this.lower = options.lower ?? null;
    this.limits = { ...DEFAULT_FS_LIMITS, ...options.limits };
    this.readOnlyDirs = (options.readOnlyDirs ?? []).map(splitPath);
  }

  /** Whether a change at `path` is refused: the whole tree is frozen, or the path is in a read-only mount. */
  private readOnly(parts: readonly string[]): boolean {
    return this.frozen || this.readOnlyDirs.some((dir) => dir.length <= parts.length && dir.every((c, i) => parts[i] === c));
  }

  /** Makes this tree read-only (an image that containers share); returns it. */
  freeze(): this {
    this.frozen = true;
    return this;
  }

  /** Files and directories stored in this layer. */
  nodeCount(): number {
    return this.nodes;
  }

  usedBytes(): number {
    return this.size;
  }

  stat(path: string): FileStat | null {
    const parts = splitPath(path);
    const r = this.resolve(parts);
    if (r.upper !== null) {
      return r.upper.kind === 'file'
        ? { kind: 'file', size: r.upper.size, modifiedNs: r.upper.modifiedNs }
        : { kind: 'dir', size: DIR_SIZE_BYTES, modifiedNs: r.upper.modifiedNs };
    }
    if (r.lowerVisible && this.lower !== null) return this.lower.stat('/' + parts.join('/'));
    return null;
  }

  list(path: string): FsResult<readonly string[]> {
    const parts = splitPath(path);
    const st = this.stat(path);
    if (st === null) return fail(this.missingError(parts));
    if (st.kind !== 'dir') return fail(FS_ERRORS.notDir);
    const r = this.resolve(parts);
    const upper = r.upper?.kind === 'dir' ? r.upper : null;
    const names = new Set<string>(upper === null ? [] : upper.children.keys());
    if (r.lowerVisible && this.lower !== null && !(upper?.opaque ?? false)) {
      const below = this.lower.list('/' + parts.join('/'));
      if (below.ok) for (const name of below.value) if (!(upper?.whiteouts.has(name) ?? false)) names.add(name);
    }
    return ok([...names].sort());
  }

  read(path: string): FsResult<string> {
    const parts = splitPath(path);
    const r = this.resolve(parts);
    if (r.upper !== null) return r.upper.kind === 'file' ? ok(r.upper.content) : fail(FS_ERRORS.isDir);
    if (r.lowerVisible && this.lower !== null) {
      const below = this.lower.read('/' + parts.join('/'));
      if (below.ok || below.error !== FS_ERRORS.noEntry) return below;
    }
    return fail(this.missingError(parts));
  }

  write(path: string, content: string, append: boolean, nowNs: number, sizeBytes?: number): FsResult<void> {
    const parts = splitPath(path);
    if (this.readOnly(parts)) return fail(FS_ERRORS.readOnly);
    const name = parts.pop();
    if (name === undefined) return fail(FS_ERRORS.isDir);
    const parentError = this.parentError(parts);
    if (parentError !== null) return fail(parentError);
    const full = [...parts, name];
    const existing = this.stat('/' + full.join('/'));
    if (existing?.kind === 'dir') return fail(FS_ERRORS.isDir);

    let text = content;
    if (append && existing !== null) {
      const old = this.read('/' + full.join('/'));
      if (!old.ok) return fail(old.error);
      text = old.value + content;
    }
    const bytes = utf8Length(text);
    // Appending to a file that stands for more bytes than its text adds to that size.
    const size = sizeBytes ?? (append && existing !== null ? existing.size + utf8Length(content) : bytes);
    const r = this.resolve(full);
    const oldBytes = r.upper?.kind === 'file' ? r.upper.bytes : 0;
    const oldSize = r.upper?.kind === 'file' ? r.upper.size : 0;
    const newNodes = this.missingUpperDirs(parts) + (r.upper === null ? 1 : 0);
    if (bytes > this.limits.maxFileBytes || this.bytes - oldBytes + bytes > this.limits.maxTotalBytes) {
      return fail(FS_ERRORS.noSpace);
    }
    if (this.nodes + newNodes > this.limits.maxNodes) return fail(FS_ERRORS.noSpace);

    const parent = this.ensureUpperDirs(parts);
    if (r.upper?.kind === 'file') {
      r.upper.content = text;
      r.upper.bytes = bytes;
      r.upper.size = size;
      r.upper.modifiedNs = nowNs;
    } else {
      parent.children.set(name, { kind: 'file', content: text, bytes, size, modifiedNs: nowNs });
      parent.whiteouts.delete(name);
      parent.modifiedNs = nowNs;
      this.nodes += 1;
    }
    this.bytes += bytes - oldBytes;
    this.size += size - oldSize;
    return ok(undefined);
  }

  mkdir(path: string, nowNs: number): FsResult<void> {
    const parts = splitPath(path);
    if (this.readOnly(parts)) return fail(FS_ERRORS.readOnly);
    const name = parts.pop();
    if (name === undefined) return fail(FS_ERRORS.exists);
    const parentError = this.parentError(parts);
    if (parentError !== null) return fail(parentError);
    if (this.stat('/' + [...parts, name].join('/')) !== null) return fail(FS_ERRORS.exists);
    if (this.nodes + this.missingUpperDirs(parts) + 1 > this.limits.maxNodes) return fail(FS_ERRORS.noSpace);

    const parent = this.ensureUpperDirs(parts);
    // Re-created over a whiteout: the old lower directory's entries must stay hidden.
    const opaque = parent.whiteouts.delete(name);
    parent.children.set(name, newDir(nowNs, opaque));
    parent.modifiedNs = nowNs;
    this.nodes += 1;
    return ok(undefined);
  }

  remove(path: string, recursive: boolean): FsResult<void> {
    const parts = splitPath(path);
    if (this.readOnly(parts)) return fail(FS_ERRORS.readOnly);
    const name = parts[parts.length - 1];
    if (name === undefined) return fail(FS_ERRORS.busy);
    const full = '/' + parts.join('/');
    const st = this.stat(full);
    if (st === null) return fail(this.missingError(parts));
    if (st.kind === 'dir' && !recursive) {
      const entries = this.list(full);
      if (entries.ok && entries.value.length > 0) return fail(FS_ERRORS.notEmpty);
    }

    const parentParts = parts.slice(0, -1);
    const r = this.resolve(parts);
    const inLower = r.lowerVisible && this.lower !== null && this.lower.stat(full) !== null;
    if (inLower && this.nodes + this.missingUpperDirs(parentParts) > this.limits.maxNodes) {
      return fail(FS_ERRORS.noSpace);
    }
    const parent = this.ensureUpperDirs(parentParts);
    if (r.upper !== null) {
      const m = measure(r.upper);
      parent.children.delete(name);
      this.nodes -= m.nodes;
      this.bytes -= m.bytes;
      this.size -= m.size;
    }
    if (inLower) parent.whiteouts.add(name);
    return ok(undefined);
  }

  /** Walks this layer along `parts`, noting whether the lower layer still shows through. */
  private resolve(parts: readonly string[]): Resolved {
    let upper: FsNode | null = this.root;
    let lowerVisible = this.lower !== null;
    for (const part of parts) {
      if (upper === null) continue;
      if (upper.kind === 'file') return { upper: null, lowerVisible: false };
      if (upper.opaque || upper.whiteouts.has(part)) lowerVisible = false;
      upper = upper.children.get(part) ?? null;
    }
    return { upper, lowerVisible };
  }

  /** Why a missing path is missing: a component that is a file, or plain absence. */
  private missingError(parts: readonly string[]): string {
    for (let i = 1; i < parts.length; i++) {
      const st = this.stat('/' + parts.slice(0, i).join('/'));
      if (st === null) return FS_ERRORS.noEntry;
      if (st.kind === 'file') return FS_ERRORS.notDir;
    }
    return FS_ERRORS.noEntry;
  }

  /** The error for creating an entry in the directory `parts`, or null when it is a directory. */
  private parentError(parts: readonly string[]): string | null {
    const st = this.stat('/' + parts.join('/'));
    if (st === null) return this.missingError([...parts, '']);
    return st.kind === 'dir' ? null : FS_ERRORS.notDir;
  }

  /** Directories of `parts` that exist only in the lower layer (each costs a node to copy up). */
  private missingUpperDirs(parts: readonly string[]): number {
    let dir: FsNode | undefined = this.root;
    let missing = 0;
    for (const part of parts) {
      dir = dir?.kind === 'dir' ? dir.children.get(part) : undefined;
      if (dir === undefined) missing++;
    }
    return missing;
  }

  /** Copies up the directories of `parts` (already known to be directories) and returns the last. */
  private ensureUpperDirs(parts: readonly string[]): DirNode {
    let dir = this.root;
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i] ?? '';
      const child = dir.children.get(part);
      if (child?.kind === 'dir') {
        dir = child;
        continue;
      }
      const below = this.lower?.stat('/' + parts.slice(0, i + 1).join('/'));
      const created = newDir(below?.modifiedNs ?? 0, false);
      dir.children.set(part, created);
      this.nodes += 1;
      dir = created;
    }
    return dir;
  }
}
