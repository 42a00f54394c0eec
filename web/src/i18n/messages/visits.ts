/** Visits: due list, week planning, map, calendar, check-in/out, today's route. */
export const en = {} as const;

export const zhCN: Record<keyof typeof en, string> = {};
