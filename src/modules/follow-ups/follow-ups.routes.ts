import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { AppDeps } from "../../http/deps.ts";
import { listRoute } from "../../http/list-route.ts";
import { recordAction, recordCreate, recordRoutes } from "../../http/record-routes.ts";
import { presentFollowUp, presentMyDay } from "./follow-ups.presenter.ts";
import type { FollowUpRow } from "./follow-ups.repository.ts";
import {
  dayQuerySchema,
  followUpCompleteSchema,
  followUpCreateSchema,
  followUpListQuerySchema,
  followUpPageSchema,
  followUpPatchSchema,
  followUpSchema,
  myDaySchema,
  teamDayQuerySchema,
  teamDaySchema,
} from "./follow-ups.schema.ts";
import {
  cancelFollowUp,
  completeFollowUp,
  createFollowUp,
  getFollowUp,
  myDay,
  patchFollowUp,
  searchFollowUps,
  teamDay,
} from "./follow-ups.service.ts";

const tags = ["follow-ups"];

export async function followUpRoutes(root: FastifyInstance, deps: AppDeps) {
  const app = root.withTypeProvider<ZodTypeProvider>();

  recordCreate(app, deps, {
    path: "/customers/:id/follow-ups",
    tags,
    summary: "Create a follow-up for a customer",
    body: followUpCreateSchema,
    schema: followUpSchema,
    present: (row: FollowUpRow) => presentFollowUp(row),
    run: (ctx, body, parentId) => createFollowUp(ctx, parentId, body),
  });

  listRoute(app, {
    path: "/follow-ups",
    tags,
    summary: "List follow-ups (soonest due first)",
    query: followUpListQuerySchema,
    schema: followUpPageSchema,
    list: searchFollowUps,
    present: (row, { now }) => presentFollowUp(row, now),
  });

  app.get(
    "/me/day",
    {
      schema: {
        tags,
        summary: "My day: overdue, due today and upcoming follow-ups, in my time zone",
        querystring: dayQuerySchema,
        response: { 200: myDaySchema },
      },
    },
    async (request) => presentMyDay(await myDay(request.ctx, request.query.date)),
  );

  app.get(
    "/team/day",
    {
      schema: {
        tags,
        summary: "A manager's view of the team's day",
        querystring: teamDayQuerySchema,
        response: { 200: teamDaySchema },
      },
    },
    async (request) => teamDay(request.ctx, request.query),
  );

  recordRoutes(app, {
    path: "/follow-ups",
    noun: "follow-up",
    tags,
    schema: followUpSchema,
    patchSchema: followUpPatchSchema,
    present: (row: FollowUpRow) => presentFollowUp(row),
    get: getFollowUp,
    patch: patchFollowUp,
  });

  for (const [action, done, summary] of [
    ["complete", completeFollowUp, "Mark a follow-up done, with its result"],
    ["cancel", cancelFollowUp, "Cancel a follow-up"],
  ] as const) {
    recordAction(app, {
      path: `/follow-ups/:id/${action}`,
      tags,
      summary,
      body: followUpCompleteSchema,
      schema: followUpSchema,
      present: (row: FollowUpRow) => presentFollowUp(row),
      ifMatch: "optional",
      run: (ctx, id, body, version) => done(ctx, id, version, body.result),
    });
  }
}
