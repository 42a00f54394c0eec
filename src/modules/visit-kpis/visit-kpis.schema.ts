import { z } from "zod";
import { isoDate, uuid } from "../common/fields.ts";

export const kpiQuerySchema = z
  .strictObject({
    from: isoDate.optional(),
    to: isoDate.optional(),
    repId: uuid.optional(),
    teamId: uuid.optional(),
  })
  .refine((q) => !(q.repId && q.teamId), {
    message: "Ask for a rep or a team, not both.",
    path: ["teamId"],
    params: { rule: "exclusive" },
  })
  .refine((q) => !(q.from && q.to) || q.from <= q.to, {
    message: "`from` must not be after `to`.",
    path: ["to"],
    params: { rule: "from_before_to" },
  });

export type KpiQuery = z.infer<typeof kpiQuerySchema>;

const counts = {
  workingDays: z.number().int(),
  planned: z.number().int().describe("Visits planned in the period, cancelled excluded"),
  completed: z.number().int(),
  verified: z.number().int().describe("Completed visits with a verified check-in"),
  missed: z.number().int().describe("Visits still planned after their day (in `planned`)"),
  cancelled: z.number().int().describe("Cancelled visits (not in `planned`)"),
  followUpsDue: z
    .number()
    .int()
    .describe("Follow-ups assigned to the rep and due in the period, cancelled excluded"),
  followUpsDone: z.number().int().describe("Of those, the ones done"),
  dueCustomers: z.number().int(),
  coveredCustomers: z.number().int(),
};

const figures = {
  visitsPerWorkingDay: z.number().nullable(),
  planCompletionRate: z.number().nullable(),
  coverageRate: z.number().nullable(),
  validVisitRate: z.number().nullable(),
  avgDwellMinutes: z.number().nullable(),
  faceMinutes: z.number(),
  travelMinutes: z.number().nullable().describe("null: no published plan explains the travel"),
  travelShare: z.number().nullable(),
  effectiveness: z.number().nullable().describe("Σ result scores ÷ Σ visit hours"),
};

export const kpiBlockSchema = z.object({ ...counts, ...figures }).meta({ id: "VisitKpis" });

export const kpiReportSchema = z
  .object({
    from: z.string(),
    to: z.string(),
    reps: z.array(
      z.object({ repId: z.uuid(), name: z.string(), timeZone: z.string(), ...counts, ...figures }),
    ),
    total: kpiBlockSchema,
  })
  .meta({ id: "VisitKpiReport" });

export type KpiReport = z.infer<typeof kpiReportSchema>;
