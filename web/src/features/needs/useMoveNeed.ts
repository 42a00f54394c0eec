import { type QueryClient, useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { ApiError } from "../../api/problem.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { type NeedItem, type NeedStatus, needsApi, needsNote } from "./api.ts";

type Page = { items: NeedItem[]; nextCursor: string | null };
type Move = { need: NeedItem; to: NeedStatus; note?: string };

/** Board columns are cached per status: ["needs", "board", status, filters]. */
export const boardKey = (status: NeedStatus, filters: unknown) =>
  ["needs", "board", status, filters] as const;

/** Puts the moved need into its new column's cache, so nothing jumps before the refetch. */
function applyMove(qc: QueryClient, before: NeedItem, after: NeedItem) {
  qc.setQueriesData<Page>({ queryKey: ["needs", "board", before.status] }, (page) =>
    page ? { ...page, items: page.items.filter((n) => n.id !== before.id) } : page,
  );
  qc.setQueriesData<Page>({ queryKey: ["needs", "board", after.status] }, (page) =>
    page ? { ...page, items: [after, ...page.items.filter((n) => n.id !== after.id)] } : page,
  );
}

/**
 * Moving a need: the card shows in its new column while the server decides (`pending`), goes
 * back when refused, and the server's reason (409 invalid_transition, 412 stale…) is kept in
 * `failure` for the board to show. Closing moves first ask for a note (`asking`).
 */
export function useMoveNeed() {
  const { t, locale } = useI18n();
  const qc = useQueryClient();
  const [pending, setPending] = useState<Record<string, NeedStatus>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [moved, setMoved] = useState<string | null>(null);
  const [asking, setAsking] = useState<{ need: NeedItem; to: NeedStatus } | null>(null);
  // The card whose handle gets the focus wherever it lands (new column, or back on refusal).
  const [focusId, setFocusId] = useState<string | null>(null);

  const mutation = useMutation({
    mutationFn: ({ need, to, note }: Move) => needsApi.transition(need, to, note),
    onMutate: ({ need, to }) => {
      setFailure(null);
      setMoved(null);
      setPending((p) => ({ ...p, [need.id]: to }));
    },
    onSuccess: (updated, { need, to }) => {
      // The transition answers a plain Need; keep the names the list gave us.
      applyMove(qc, need, { ...need, ...updated });
      setMoved(t("needs.move.moved", { title: need.title, status: t(`needs.status.${to}`) }));
    },
    onError: (error, { need, to }) => {
      if (!(error instanceof ApiError)) return setFailure(String(error));
      if (error.status === 0) return setFailure(t("state.networkError"));
      // The server's reason, in its words; a Chinese UI gets ours for the two it will meet.
      const zh = locale === "zh-CN";
      if (zh && error.code === "invalid_transition") {
        const from = t(`needs.status.${need.status}`);
        return setFailure(t("needs.move.invalid", { from, to: t(`needs.status.${to}`) }));
      }
      if (zh && error.code === "version_mismatch") return setFailure(t("needs.move.stale"));
      setFailure(error.problem.detail ?? error.message);
    },
    onSettled: (_data, _error, { need }) => {
      setPending(({ [need.id]: _, ...rest }) => rest);
      // Versions, overdue flags and counts may all have changed: read the board again.
      void qc.invalidateQueries({ queryKey: ["needs"] });
    },
  });

  const request = (need: NeedItem, to: NeedStatus) => {
    if (need.status === to || pending[need.id]) return;
    setFocusId(need.id);
    if (needsNote(to)) setAsking({ need, to });
    else mutation.mutate({ need, to });
  };
  const confirm = (note: string) => {
    if (!asking) return;
    mutation.mutate({ ...asking, note });
    setAsking(null);
  };

  return {
    pending,
    focusId,
    /** Something else now has the user's attention (a filter): stop pulling focus to a card. */
    releaseFocus: () => setFocusId(null),
    failure,
    moved,
    asking,
    request,
    confirm,
    cancel: () => setAsking(null),
    dismiss: () => setFailure(null),
  };
}
