import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { serviceContext } from "../../http/context.ts";
import type { AppDeps } from "../../http/deps.ts";
import { idParams, problemSchema } from "../common/fields.ts";
import { presentNotification } from "./notifications.presenter.ts";
import {
  notificationListQuerySchema,
  notificationPageSchema,
  notificationSchema,
  readAllResultSchema,
} from "./notifications.schema.ts";
import {
  listMyNotifications,
  readAllNotifications,
  readNotification,
} from "./notifications.service.ts";

const tags = ["notifications"];

export async function notificationRoutes(root: FastifyInstance, deps: AppDeps) {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.get(
    "/notifications",
    {
      schema: {
        tags,
        summary: "List your own notifications (newest first; unread=true; with the unread count)",
        querystring: notificationListQuerySchema,
        response: { 200: notificationPageSchema, 400: problemSchema },
      },
    },
    async (request) => {
      const page = await listMyNotifications(serviceContext(deps, request), request.query);
      return {
        items: page.items.map((n) => presentNotification(n, page.locale)),
        nextCursor: page.nextCursor,
        unreadCount: page.unreadCount,
      };
    },
  );

  app.post(
    "/notifications/:id/read",
    {
      schema: {
        tags,
        summary: "Mark one of your notifications read (idempotent)",
        params: idParams,
        response: { 200: notificationSchema, 400: problemSchema, 404: problemSchema },
      },
    },
    async (request) => {
      const { row, locale } = await readNotification(
        serviceContext(deps, request),
        request.params.id,
      );
      return presentNotification(row, locale);
    },
  );

  app.post(
    "/notifications/read-all",
    {
      schema: {
        tags,
        summary: "Mark all your notifications read",
        response: { 200: readAllResultSchema },
      },
    },
    async (request) => readAllNotifications(serviceContext(deps, request)),
  );
}
