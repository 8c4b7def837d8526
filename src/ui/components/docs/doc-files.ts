/**
 * The project's documentation (docs/*.md), built into the page so that Help can show it
 * offline and on any host. Each file is its own lazily loaded chunk: a page that never opens
 * the documentation does not download it.
 */
const loaders = import.meta.glob<string>('../../../../docs/*.md', { query: '?raw', import: 'default' });

export interface DocFile {
  /** The file's name, as other docs link to it: `model.md`. */
  readonly name: string;
  readonly load: () => Promise<string>;
}

export const DOC_FILES: readonly DocFile[] = Object.entries(loaders)
  .map(([path, load]) => ({ name: path.slice(path.lastIndexOf('/') + 1), load }))
  .sort((a, b) => a.name.localeCompare(b.name));

/** A doc's title: its first `# ` heading, else its file name. */
export function docTitle(text: string, name: string): string {
  return /^# (.+)$/m.exec(text)?.[1]?.trim() ?? name;
}
