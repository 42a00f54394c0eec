// The communications module's public API (decision 0018): what other modules may ask of
// communications. Reads see what the caller's scope reaches; every call runs on `ctx.db`, so
// inside the caller's transaction when it is one.
import { documentTokens } from "../../domain/text/search-tokens.ts";
import type { ServiceContext } from "../common/context.ts";
import {
  type CommunicationInsert,
  type CommunicationRow,
  findCommunication,
  insertCommunication,
  linkNeed,
} from "./communications.repository.ts";

/** The communication, if the caller's scope reaches its customer: deleted or not. */
export async function communicationById(
  ctx: ServiceContext,
  id: string,
): Promise<CommunicationRow | undefined> {
  return findCommunication(ctx.db, ctx.scope, id);
}

/**
 * Writes a communication as given, searchable by its subject and content, with no rules and no
 * audit of its own: for another module's flow that checked and audits it (a visit's check-out
 * records its `visit` communication).
 */
export async function addCommunication(
  ctx: ServiceContext,
  values: CommunicationInsert,
): Promise<CommunicationRow> {
  return insertCommunication(ctx.db, values, documentTokens(values.subject, values.content));
}

/** Links a communication to a need (the need raised or served by it); a second link is a no-op. */
export async function linkToNeed(
  ctx: ServiceContext,
  link: { needId: string; communicationId: string; relation: "raised" | "served" },
): Promise<void> {
  await linkNeed(ctx.db, link);
}
