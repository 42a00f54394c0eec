import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type Visit, visitKeys } from "./api.ts";
import { type FailedPhoto, type PhotoStage, proofApi, proofKeys } from "./proof-api.ts";

/**
 * A check-in or check-out, then its photo, as one action. The visit's new state is shown
 * only after both, so the page never swaps the form away under a running upload. A photo
 * that fails to upload does not undo the visit: it is kept (in the query cache, this tab
 * only) and the proof card offers it again.
 */
export function useSendWithPhoto<B>(
  visit: Visit,
  stage: PhotoStage,
  photo: File | null,
  action: (body: B) => Promise<Visit>,
  /** Other views the action changes (the customer's timeline, my day). */
  alsoInvalidate: readonly (readonly string[])[] = [],
) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (body: B) => {
      const updated = await action(body);
      let failed: FailedPhoto | null = null;
      if (photo) {
        try {
          await proofApi.upload(visit.id, stage, photo);
        } catch {
          failed = { stage, file: photo };
        }
      }
      return { updated, failed };
    },
    onSuccess: ({ updated, failed }) => {
      qc.setQueryData(proofKeys.failedPhoto(visit.id), failed);
      void qc.invalidateQueries({ queryKey: proofKeys.photos(visit.id) });
      qc.setQueryData(visitKeys.one(visit.id), updated);
      void qc.invalidateQueries({ queryKey: visitKeys.all });
      for (const queryKey of alsoInvalidate) void qc.invalidateQueries({ queryKey });
    },
  });
}
