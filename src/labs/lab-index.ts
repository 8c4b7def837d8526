/**
 * The index of shipped labs (public/labs/index.json): what the page lists before it
 * fetches a lab, and what `cli labs` prints. A test keeps it in step with the lab files.
 */
import { z } from 'zod';
import { isSlug } from './lab-schema.ts';

export const labIndexSchema = z.strictObject({
  labs: z
    .array(
      z.strictObject({
        id: z.string().refine(isSlug),
        title: z.string().min(1).max(100),
        summary: z.string().min(1).max(500),
      }),
    )
    .max(200),
});

export type LabIndex = z.infer<typeof labIndexSchema>;
export type LabIndexEntry = LabIndex['labs'][number];

/** Whether a string may name a shipped lab (a link's `#lab=<id>`): checked before it is used in a URL. */
export const isLabId = isSlug;
