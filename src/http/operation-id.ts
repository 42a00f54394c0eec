/**
 * An operationId from a route's method and URL, so that every operation in the OpenAPI
 * document has a stable, readable name without each route spelling one out:
 * `GET /customers` → listCustomers, `POST /customers/:id/contacts` → createCustomerContact,
 * `POST /customers/:id/restore` → restoreCustomer. A route may still declare its own.
 */
const ACTIONS = new Set([
  "restore",
  "transition",
  "complete",
  "cancel",
  "check-in",
  "check-out",
  "run",
  "publish",
  "read",
  "read-all",
  "login",
  "logout",
]);
/** Path words that only group routes: `/auth/tokens` is about tokens. */
const GROUPS = new Set(["api", "v1", "auth"]);

const pascal = (word: string) =>
  word
    .split("-")
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join("");
const plural = (word: string) => /[^su]s$/.test(word);
const singular = (word: string) =>
  word.endsWith("ies") ? `${word.slice(0, -3)}y` : plural(word) ? word.slice(0, -1) : word;

export function operationIdFor(method: string, url: string): string {
  const parts = url.split("/").filter((p) => p && !GROUPS.has(p));
  const words: string[] = [];
  parts.forEach((part, i) => {
    if (part.startsWith(":")) return;
    const next = parts[i + 1];
    words.push(next?.startsWith(":") ? singular(part) : part);
  });
  const last = parts.at(-1) ?? "";
  const endsWithParam = last.startsWith(":");
  let verb: string;
  if (!endsWithParam && ACTIONS.has(last)) {
    words.pop();
    verb = last;
  } else if (method === "GET") verb = endsWithParam || !plural(last) ? "get" : "list";
  else if (method === "POST") {
    verb = "create";
    if (!endsWithParam && words.length) words.push(singular(words.pop()!));
  } else verb = { PATCH: "update", PUT: "put", DELETE: "delete" }[method] ?? method.toLowerCase();
  const name = pascal(verb) + words.map(pascal).join("");
  return name.charAt(0).toLowerCase() + name.slice(1);
}
