/**
 * What a share link can carry: one set of limits, read by the decoder's schema
 * (shared-run.ts) and checked by the encoder before it makes a link, so the page never
 * hands out a link its recipient would be refused.
 */
import { MAX_LINE } from '../engine/shell/line-editor.ts';

/** A day of virtual time, like the CLI's longest --duration. */
export const MAX_SHARED_NS = 86_400e9;
/** Lines per platform: far more than a class types, few enough to replay at once. */
export const MAX_SHARED_LINES = 500;
/** Migrations per link: each moves a guest for seconds of virtual time, so a run has a handful. */
export const MAX_SHARED_MIGRATIONS = 100;
/** Characters per typed line: what the consoles' line editor lets anyone type, so every typed line fits. */
export const MAX_SHARED_LINE_CHARS = MAX_LINE;
/** The longest link data read (characters after `#v2.`): well past a long command script, far below what could hurt. */
export const MAX_LINK_CHARS = 32_768;
/** The largest the data may inflate to, bytes: a 64-guest scenario is ~15 KB, a 1,000-guest one ~200 KB, a full command script a few hundred. */
export const MAX_INFLATED_BYTES = 262_144;
/** The fastest finite speed a link asks for (virtual seconds per wall second); "max" is carried as such. */
export const MAX_SHARED_SPEED = 10_000;
