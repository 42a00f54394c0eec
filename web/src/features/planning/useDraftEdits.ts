import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useI18n } from "../../i18n/i18n.tsx";
import { planKey, type VisitPlan } from "./api.ts";
import { type DraftEdit, draftApi } from "./draft-api.ts";
import { draftErrorText, staleAfter } from "./draft-model.ts";

/**
 * Editing a draft: one change at a time, each made on the version on screen (If-Match) and
 * answered with the re-timed plan, which replaces the cached one so the map, calendar and
 * stops redraw at once. A refusal is said in the user's language; when the plan changed
 * meanwhile, it is read again.
 */
export function useDraftEdits(plan: VisitPlan) {
  const { t, formatNumber, formatDate } = useI18n();
  const qc = useQueryClient();
  const [notice, setNotice] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const start = () => {
    setFailure(null);
    setNotice(null);
  };
  const settle = (updated: VisitPlan) => qc.setQueryData(planKey(plan.id), updated);
  const onError = (error: unknown, v?: { name: string }) => {
    setFailure(draftErrorText(t, error, { name: v?.name, formatDate }));
    if (staleAfter(error)) void qc.invalidateQueries({ queryKey: planKey(plan.id) });
  };

  const edit = useMutation({
    mutationFn: (v: { body: DraftEdit; name: string }) => draftApi.edit(plan, v.body),
    onMutate: start,
    onSuccess: (updated, v) => {
      settle(updated);
      setNotice(t(`draft.done.${v.body.op}`, { name: v.name }));
    },
    onError: (error, v) => onError(error, v),
  });
  const reoptimise = useMutation({
    mutationFn: () => draftApi.reoptimise(plan),
    onMutate: start,
    onSuccess: (updated) => {
      settle(updated);
      const totals = updated.result?.totals;
      setNotice(
        t("draft.reoptimised", {
          visits: formatNumber(totals?.visits ?? 0),
          km: formatNumber(totals?.km ?? 0),
        }),
      );
    },
    onError: (error) => onError(error),
  });

  const busy = edit.isPending || reoptimise.isPending;
  return {
    /** Ignored while another change is on its way: it would be made on a stale version. */
    edit: (body: DraftEdit, name: string) => {
      if (!busy) edit.mutate({ body, name });
    },
    reoptimise: () => {
      if (!busy) reoptimise.mutate();
    },
    busy,
    reoptimising: reoptimise.isPending,
    notice,
    failure,
  };
}

export type DraftEditing = ReturnType<typeof useDraftEdits>;
