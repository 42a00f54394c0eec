/** Server validation rules shown next to fields, by `rule` code (the API speaks English). */
export const en = {} as const;

export const zhCN: Record<keyof typeof en, string> = {};
