import type { FastifyRequest } from "fastify";
import { type Locale, localeOf } from "../domain/locale.ts";

/** Who reads a response, as far as presenters care: the language to render texts in. */
export type Reader = { locale: Locale };

/**
 * The language a request asks for (Accept-Language, which the web app sets to the language
 * its UI speaks now), else the signed-in user's profile language, else English.
 */
export function readerOf(request: FastifyRequest): Reader {
  const asked = request.headers["accept-language"];
  if (asked && /^\s*(en|zh)\b/i.test(asked)) return { locale: localeOf(asked) };
  return { locale: request.auth?.user.locale ?? "en" };
}
