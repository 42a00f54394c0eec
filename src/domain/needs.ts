/** The need lifecycle, as pure rules. */
export type NeedStatus = "open" | "in_progress" | "resolved" | "dropped";

/**
 * open → in_progress → resolved, or dropped from either; resolved and dropped needs can be
 * reopened, and work in progress can go back to open. Anything else is refused (409).
 */
const NEXT: Record<NeedStatus, readonly NeedStatus[]> = {
  open: ["in_progress", "dropped"],
  in_progress: ["resolved", "dropped", "open"],
  resolved: ["open"],
  dropped: ["open"],
};

export function canTransition(from: NeedStatus, to: NeedStatus): boolean {
  return NEXT[from].includes(to);
}

export function allowedTransitions(from: NeedStatus): readonly NeedStatus[] {
  return NEXT[from];
}

/** Closing a need (resolved or dropped) needs a note saying how. */
export function needsResolutionNote(to: NeedStatus): boolean {
  return to === "resolved" || to === "dropped";
}

export function isActive(status: NeedStatus): boolean {
  return status === "open" || status === "in_progress";
}

/** The SLA due date: `slaDays[importance - 1]` days after creation. */
export function slaDueAt(createdAt: Date, slaDays: readonly number[], importance: number): Date {
  const days = slaDays[Math.min(Math.max(importance, 1), slaDays.length) - 1] ?? 30;
  return new Date(createdAt.getTime() + days * 86_400_000);
}
