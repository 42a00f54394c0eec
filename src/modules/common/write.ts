import type { AppError } from "../../errors.ts";
import { CommonErrors } from "../../errors.ts";
import { type AuditAction, audit } from "../audit/audit.service.ts";
import type { ServiceContext } from "./context.ts";

/**
 * The write kit: every change to a versioned record takes the same steps, in one transaction —
 * find it locked (`FOR UPDATE`, in the caller's scope), check the rules that may refuse, compare
 * the version If-Match named, change it (the repository bumps the version), audit before →
 * after. Services state what differs; the steps and their order are written once.
 */
export function inTransaction<T>(ctx: ServiceContext, work: (t: ServiceContext) => Promise<T>) {
  return ctx.db.transaction((tx) => work({ ...ctx, db: tx }));
}

/** `expected` null means If-Match: * (any current version). */
export function assertVersion(row: { version: number }, expected: number | null) {
  if (expected !== null && row.version !== expected) throw CommonErrors.versionMismatch();
}

export type VersionedWrite<Row extends { id: string; version: number }, Out extends Row = Row> = {
  /** The audit trail's entity type, e.g. "customer". */
  entity: string;
  action?: AuditAction;
  /** Reads the record locked for update, in the caller's scope; undefined when out of reach. */
  find: (t: ServiceContext) => Promise<Row | undefined>;
  notFound: () => AppError;
  /** Rules that refuse the change (deleted, not the author, wrong state), before the version. */
  check?: (before: Row, t: ServiceContext) => void | Promise<void>;
  /** Applies the change and returns the record as it now is. */
  change: (before: Row, t: ServiceContext) => Promise<Out>;
  /** The audit trail's view of a record (the presenter). */
  present: (row: Row) => object;
};

export function versionedWrite<Row extends { id: string; version: number }, Out extends Row = Row>(
  ctx: ServiceContext,
  expectedVersion: number | null,
  spec: VersionedWrite<Row, Out>,
): Promise<Out> {
  return inTransaction(ctx, async (t) => {
    const before = await spec.find(t);
    if (!before) throw spec.notFound();
    await spec.check?.(before, t);
    assertVersion(before, expectedVersion);
    const after = await spec.change(before, t);
    await audit(
      t,
      spec.action ?? "update",
      { type: spec.entity, id: before.id },
      spec.present(before),
      spec.present(after),
    );
    return after;
  });
}

/**
 * Soft-delete (`deleted` true) or restore a record: a deleted record is not found for another
 * delete, a live one cannot be restored (`notDeleted`, 409).
 */
export function setDeleted<Row extends { id: string; version: number; deletedAt: Date | null }>(
  ctx: ServiceContext,
  expectedVersion: number | null,
  deleted: boolean,
  spec: Omit<VersionedWrite<Row>, "action" | "check"> & { notDeleted: () => AppError },
): Promise<Row> {
  return versionedWrite(ctx, expectedVersion, {
    ...spec,
    action: deleted ? "delete" : "restore",
    check: (before) => {
      if (deleted && before.deletedAt) throw spec.notFound();
      if (!deleted && !before.deletedAt) throw spec.notDeleted();
    },
  });
}
