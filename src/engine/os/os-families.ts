/** Guest and host operating systems a scenario can name. */
export const OS_IDS = ['linux', 'windows', 'solaris'] as const;
export type OsId = (typeof OS_IDS)[number];
