/** The tabs under the platform columns, by the names a link carries (no imports: the first paint reads it). */
export const VIEW_TABS = ['consoles', 'comparison', 'validation'] as const;
export type ViewTab = (typeof VIEW_TABS)[number];
