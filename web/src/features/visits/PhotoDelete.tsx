import { ActionIcon, Button, Group, Modal, Stack, Text } from "@mantine/core";
import { IconTrash } from "@tabler/icons-react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { ApiError } from "../../api/problem.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import type { MessageKey } from "../../i18n/messages.ts";
import type { Visit } from "./api.ts";
import { proofApi, proofKeys, type VisitPhoto } from "./proof-api.ts";

type Me = { id: string; role: string } | undefined;

/**
 * Whether to offer deleting a photo: the visit is not completed, and the user took it, or may
 * manage the rep's work (a manager or an admin — the server checks it is the rep's team).
 */
export function mayDeletePhoto(me: Me, visit: Pick<Visit, "status">, photo: VisitPhoto): boolean {
  if (!me || visit.status === "completed") return false;
  return me.id === photo.uploadedBy || me.role === "manager" || me.role === "admin";
}

const REFUSALS = new Set([
  "visit_photo_completed",
  "visit_photo_delete_forbidden",
  "visit_photo_not_found",
]);

/** What a refused delete says, in the user's language. */
export function deleteErrorKey(error: unknown): MessageKey {
  const code = error instanceof ApiError ? (error.code ?? "") : "";
  return (
    REFUSALS.has(code) ? `proof.deleteError.${code}` : "proof.deleteError.other"
  ) as MessageKey;
}

/** A photo's delete control: asks first, then removes it from the visit. */
export function PhotoDelete({
  visitId,
  photo,
  label,
}: {
  visitId: string;
  photo: VisitPhoto;
  /** Names the photo (stage and time), for screen readers. */
  label: string;
}) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [asking, setAsking] = useState(false);
  const remove = useMutation({
    mutationFn: () => proofApi.remove(photo.id),
    onSuccess: () => {
      setAsking(false);
      void qc.invalidateQueries({ queryKey: proofKeys.photos(visitId) });
    },
    onError: (error) => {
      // Gone already, or no longer allowed: show the visit's photos as they now are.
      if (error instanceof ApiError && error.status !== 0) {
        void qc.invalidateQueries({ queryKey: proofKeys.photos(visitId) });
      }
    },
  });
  return (
    <>
      <ActionIcon
        variant="subtle"
        color="red"
        size="lg"
        aria-label={label}
        onClick={() => {
          remove.reset();
          setAsking(true);
        }}
      >
        <IconTrash size={18} aria-hidden />
      </ActionIcon>
      <Modal
        opened={asking}
        onClose={() => setAsking(false)}
        title={t("proof.deleteTitle")}
        closeButtonProps={{ "aria-label": t("visits.close") }}
        centered
      >
        <Stack>
          <Text size="sm">{t("proof.deleteBody")}</Text>
          {remove.isError ? (
            <Text size="sm" c="red" role="alert">
              {t(deleteErrorKey(remove.error))}
            </Text>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setAsking(false)}>
              {t("proof.cancel")}
            </Button>
            <Button color="red" loading={remove.isPending} onClick={() => remove.mutate()}>
              {t("proof.deleteConfirm")}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
