import { Button, Card, Stack, Textarea, Title } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { formError } from "../../api/problem.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { FormAlert } from "../../ui/FormAlert.tsx";
import { useFieldErrors } from "../../ui/useFieldErrors.ts";
import { type Visit, visitKeys, visitsApi } from "./api.ts";

/** Cancelling needs a reason (the server insists); the form stays hidden until asked for. */
export function CancelVisitForm({ visit }: { visit: Visit }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const cancel = useMutation({
    mutationFn: () => visitsApi.cancel(visit.id, visit.version, reason),
    onSuccess: (updated) => {
      qc.setQueryData(visitKeys.one(visit.id), updated);
      void qc.invalidateQueries({ queryKey: visitKeys.all });
    },
  });
  const errors = useFieldErrors(cancel.error);
  if (!open) {
    return (
      <Button variant="subtle" color="red" size="md" onClick={() => setOpen(true)}>
        {t("visits.cancelVisit")}
      </Button>
    );
  }
  const general = formError(cancel.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    cancel.mutate();
  };
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="visit-cancel">
      <Title order={3} size="h5" id="visit-cancel" mb="sm">
        {t("visits.cancelVisit")}
      </Title>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <FormAlert message={general} />
          <Textarea
            size="md"
            label={t("visits.cancelReason")}
            autosize
            minRows={2}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={errors.reason}
            data-autofocus
          />
          <Button type="submit" color="red" size="md" fullWidth loading={cancel.isPending}>
            {t("visits.cancelConfirm")}
          </Button>
          <Button variant="default" size="md" fullWidth onClick={() => setOpen(false)}>
            {t("visits.keep")}
          </Button>
        </Stack>
      </form>
    </Card>
  );
}
