import type { FastifyError, FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { EXTENSION } from "../../domain/files/image-type.ts";
import type { AppDeps } from "../../http/deps.ts";
import { idParams, problemSchema } from "../common/fields.ts";
import { openFileStore } from "../storage/open-store.ts";
import { PhotoErrors } from "./visit-photos.errors.ts";
import { photoUrl, presentPhoto } from "./visit-photos.presenter.ts";
import {
  photoBodySchema,
  photoContentResponse,
  photoUploadQuerySchema,
  UPLOAD_TYPES,
  visitPhotoListSchema,
  visitPhotoSchema,
} from "./visit-photos.schema.ts";
import {
  addVisitPhoto,
  deleteVisitPhoto,
  readVisitPhoto,
  visitPhotos,
} from "./visit-photos.service.ts";

const tags = ["visits"];

/**
 * Photos as proof of a visit: uploaded as the raw request body (decision 0014), listed with
 * the visit, read back only by those who can read the visit — never from a public URL.
 */
export async function visitPhotoRoutes(root: FastifyInstance, deps: AppDeps) {
  const store = openFileStore(deps.config);
  const maxBytes = deps.config.files.photoMaxBytes;

  // The upload's own context: image bodies are parsed here only, and nothing else is.
  await root.register(async (upload) => {
    upload.removeAllContentTypeParsers();
    upload.addContentTypeParser(
      UPLOAD_TYPES,
      { parseAs: "buffer", bodyLimit: maxBytes },
      (_request, body, done) => done(null, body),
    );
    upload.addContentTypeParser("*", (_request, _payload, done) =>
      done(PhotoErrors.unsupportedType(), undefined),
    );
    // Thrown on to the app's one error handler, as a photo's own 413 that names the limit.
    upload.setErrorHandler((err: FastifyError) => {
      throw err.code === "FST_ERR_CTP_BODY_TOO_LARGE" ? PhotoErrors.tooLarge(maxBytes) : err;
    });
    upload.withTypeProvider<ZodTypeProvider>().post(
      "/visits/:id/photos",
      {
        bodyLimit: maxBytes,
        schema: {
          tags,
          summary:
            "Add a photo taken at check-in or check-out: the body is the image (JPEG, PNG, WebP, HEIC)",
          description:
            "Send the photo's bytes as the body with its image Content-Type. The server " +
            "recognises the type from the bytes, stamps its own time and the visit's position " +
            "at that stage, and answers 201; the same bytes again answer 200 with that photo.",
          params: idParams,
          querystring: photoUploadQuerySchema,
          body: photoBodySchema,
          consumes: UPLOAD_TYPES,
          response: { 200: visitPhotoSchema, 201: visitPhotoSchema },
        },
      },
      async (request, reply) => {
        const { photo, created } = await addVisitPhoto(request.ctx, store, {
          visitId: request.params.id,
          stage: request.query.stage,
          bytes: request.body,
          maxBytes,
        });
        if (created) reply.status(201).header("location", photoUrl(photo.id));
        return presentPhoto(photo);
      },
    );
  });

  const app = root.withTypeProvider<ZodTypeProvider>();
  app.get(
    "/visits/:id/photos",
    {
      schema: {
        tags,
        summary: "A visit's photos, oldest first, each stamped with time, place and distance",
        params: idParams,
        response: { 200: visitPhotoListSchema },
      },
    },
    async ({ ctx, params }) => ({
      items: (await visitPhotos(ctx, params.id)).map((p) => presentPhoto(p)),
    }),
  );

  // Without the zod type provider: the answer is bytes (or a 304), not the JSON it would type.
  root.get<{ Params: { id: string } }>(
    "/visit-photos/:id",
    {
      schema: {
        tags,
        summary: "A photo's bytes, for whoever can read its visit",
        description:
          "Sent under the type recognised at upload, with Content-Disposition and an ETag " +
          "(If-None-Match answers 304). HEIC is an attachment; the others show inline.",
        params: idParams,
        // 410: the row is there but its file is not (a restore without FILES_DIR).
        response: { 200: photoContentResponse, 410: problemSchema },
      },
    },
    async (request, reply) => {
      const { photo, bytes } = await readVisitPhoto(request.ctx, store, request.params.id);
      const etag = `"${photo.sha256}"`;
      // HEIC has no browser to show it inline: it downloads. The others show in an <img>.
      const disposition = photo.contentType === "image/heic" ? "attachment" : "inline";
      reply
        .header("content-type", photo.contentType)
        .header(
          "content-disposition",
          `${disposition}; filename="visit-photo-${photo.id}.${EXTENSION[photo.contentType]}"`,
        )
        // Re-checked on every use (access can end); the ETag spares the bytes when unchanged.
        .header("cache-control", "private, no-cache")
        .header("etag", etag)
        // Even opened on its own, the response runs nothing and loads nothing.
        .header("content-security-policy", "default-src 'none'; sandbox");
      if (request.headers["if-none-match"] === etag) return reply.status(304).send();
      return reply.send(bytes);
    },
  );

  app.delete(
    "/visit-photos/:id",
    {
      schema: {
        tags,
        summary: "Delete a photo while its visit is not completed",
        description:
          "Its uploader, the manager of the rep's team, or an admin; the file is removed " +
          "from the store and the deletion is audited. A completed visit's photos stay (409).",
        params: idParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await deleteVisitPhoto(request.ctx, store, request.params.id);
      return reply.status(204).send(null);
    },
  );
}
