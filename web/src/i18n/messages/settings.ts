/** Settings, admin (users and teams) and the manager's team view. */
export const en = {} as const;

export const zhCN: Record<keyof typeof en, string> = {};
