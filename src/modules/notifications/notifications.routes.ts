import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { listRoute } from "../../http/list-route.ts";
import { readerOf } from "../../http/reader.ts";
import { idParams } from "../common/fields.ts";
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

export async function notificationRoutes(root: FastifyInstance) {
  const app = root.withTypeProvider<ZodTypeProvider>();

  listRoute(app, {
    path: "/notifications",
    tags,
    summary: "List your own notifications (newest first; unread=true; with the unread count)",
    query: notificationListQuerySchema,
    schema: notificationPageSchema,
    list: listMyNotifications,
    present: (row, { locale }) => presentNotification(row, locale),
    extra: (page) => ({ unreadCount: page.unreadCount }),
  });

  app.post(
    "/notifications/:id/read",
    {
      schema: {
        tags,
        summary: "Mark one of your notifications read (idempotent)",
        params: idParams,
        response: { 200: notificationSchema },
      },
    },
    async (request) => {
      const row = await readNotification(request.ctx, request.params.id);
      return presentNotification(row, readerOf(request).locale);
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
    async (request) => readAllNotifications(request.ctx),
  );
}
