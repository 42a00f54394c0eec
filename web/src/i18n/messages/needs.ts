/** Needs board. */
export const en = {} as const;

export const zhCN: Record<keyof typeof en, string> = {};
