/**
 * A disk flood (`dd if=/dev/zero of=/tmp/x` without end): the target writes to the shared
 * disk as fast as it will take the writes. The disk is shared fairly between the guests
 * with work queued (QueuedDevice), so the flood takes its share and the neighbours' requests wait longer.
 */
import type { RadiusRule } from '../blast-radius.ts';

export const diskFlood: RadiusRule = () => ({
  effect: 'disk-flood',
  why: "the flood takes its fair share of the shared disk: the neighbours' disk requests wait behind it",
});
