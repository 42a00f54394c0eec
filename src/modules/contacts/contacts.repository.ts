import { and, asc, eq, isNotNull, isNull, ne, type SQL, sql } from "drizzle-orm";
import type { Executor } from "../../db/client.ts";
import { contacts } from "../../db/schema/contacts.ts";
import { customers } from "../../db/schema/customers.ts";
import { ownerWithinScope } from "../../db/scope.ts";
import type { CustomerScope } from "../access/scope.ts";

export type ContactRow = typeof contacts.$inferSelect;
export type ContactInsert = typeof contacts.$inferInsert;
export type ContactUpdate = Partial<
  Omit<ContactInsert, "id" | "customerId" | "createdAt" | "version">
>;

export async function insertContact(ex: Executor, values: ContactInsert): Promise<ContactRow> {
  const [row] = await ex.insert(contacts).values(values).returning();
  return row!;
}

/** Contacts are visible through their customer: the customer's owner decides the scope. */
function visibleThroughCustomer(scope: CustomerScope): SQL | undefined {
  const owner = ownerWithinScope(scope, customers.ownerId);
  if (!owner) return undefined;
  return sql`exists (select 1 from ${customers} where ${customers.id} = ${contacts.customerId} and ${owner})`;
}

export async function findContact(
  ex: Executor,
  scope: CustomerScope,
  id: string,
  opts: { forUpdate?: boolean } = {},
): Promise<ContactRow | undefined> {
  const q = ex
    .select()
    .from(contacts)
    .where(and(eq(contacts.id, id), visibleThroughCustomer(scope)));
  const [row] = opts.forUpdate ? await q.for("update", { of: contacts }) : await q;
  return row;
}

/** Write functions take ids the caller found through a scoped read first. */
export async function updateContact(
  ex: Executor,
  id: string,
  values: ContactUpdate,
): Promise<ContactRow> {
  const [row] = await ex
    .update(contacts)
    .set({ ...values, updatedAt: sql`now()`, version: sql`${contacts.version} + 1` })
    .where(eq(contacts.id, id))
    .returning();
  return row!;
}

/** Clears the primary flag on the customer's other live contacts; returns those changed. */
export async function clearOtherPrimaries(
  ex: Executor,
  customerId: string,
  exceptId: string | null,
): Promise<ContactRow[]> {
  return ex
    .update(contacts)
    .set({ isPrimary: false, updatedAt: sql`now()`, version: sql`${contacts.version} + 1` })
    .where(
      and(
        eq(contacts.customerId, customerId),
        eq(contacts.isPrimary, true),
        isNull(contacts.deletedAt),
        exceptId ? ne(contacts.id, exceptId) : undefined,
      ),
    )
    .returning();
}

export async function listContacts(
  ex: Executor,
  scope: CustomerScope,
  f: { customerId: string; deleted: boolean; after?: { name: string; id: string }; limit: number },
): Promise<ContactRow[]> {
  const conds: (SQL | undefined)[] = [
    visibleThroughCustomer(scope),
    eq(contacts.customerId, f.customerId),
    f.deleted ? isNotNull(contacts.deletedAt) : isNull(contacts.deletedAt),
  ];
  if (f.after) {
    conds.push(sql`(${contacts.name}, ${contacts.id}) > (${f.after.name}, ${f.after.id}::uuid)`);
  }
  return ex
    .select()
    .from(contacts)
    .where(and(...conds))
    .orderBy(asc(contacts.name), asc(contacts.id))
    .limit(f.limit);
}
