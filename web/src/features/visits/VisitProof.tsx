import {
  Alert,
  Anchor,
  Button,
  Card,
  Group,
  Image,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useI18n } from "../../i18n/i18n.tsx";
import { formatTime } from "../../i18n/time.ts";
import { useFormError } from "../../ui/useFieldErrors.ts";
import { useSession } from "../auth/session.ts";
import { type Visit, visitsApi } from "./api.ts";
import { mayDeletePhoto, PhotoDelete } from "./PhotoDelete.tsx";
import { PhotoPicker } from "./PhotoPicker.tsx";
import {
  type FailedPhoto,
  type PhotoStage,
  proofApi,
  proofKeys,
  type VisitPhoto,
} from "./proof-api.ts";
import { alertText } from "./tones.ts";

function ReasonLine({ label, reason }: { label: "in" | "out"; reason: Visit["checkInReason"] }) {
  const { t } = useI18n();
  if (!reason) return null;
  const text = [t(`proof.reason.${reason.code}`), reason.note].filter(Boolean).join(" — ");
  return (
    <Text size="sm" style={{ overflowWrap: "anywhere" }}>
      {t(label === "in" ? "proof.checkInReason" : "proof.checkOutReason", { reason: text })}
    </Text>
  );
}

function Photo({
  photo,
  timeZone,
  deletable,
}: {
  photo: VisitPhoto;
  timeZone: string;
  deletable: boolean;
}) {
  const { t, locale, formatNumber } = useI18n();
  const time = formatTime(photo.uploadedAt, locale, timeZone);
  const stage = t(`proof.stage.${photo.stage}`);
  const place =
    photo.distanceM == null
      ? t("proof.photoNoPlace")
      : t("proof.photoAt", { distance: formatNumber(Math.round(photo.distanceM)) });
  return (
    <Stack gap={4} data-testid="visit-photo">
      {photo.contentType === "image/heic" ? (
        <Anchor href={photo.url} size="sm">
          {t("proof.downloadPhoto")}
        </Anchor>
      ) : (
        <Anchor href={photo.url} target="_blank" rel="noopener" aria-label={t("proof.openPhoto")}>
          <Image
            src={photo.url}
            alt={t("proof.photoAlt", { stage, time })}
            radius="sm"
            h={120}
            fit="cover"
          />
        </Anchor>
      )}
      <Group gap={4} wrap="nowrap" align="flex-start" justify="space-between">
        <Text size="xs" c="dimmed">
          {t("proof.photoStamp", { stage, time, place })}
        </Text>
        {deletable ? (
          <PhotoDelete
            visitId={photo.visitId}
            photo={photo}
            label={t("proof.deletePhoto", { stage, time })}
          />
        ) : null}
      </Group>
    </Stack>
  );
}

/**
 * What proves the visit, for the rep and for the manager reviewing it: the reasons given for a
 * check-in or check-out that broke a rule, and the photos, each stamped by the server with its
 * time and the distance from the customer. The visit's rep may add a photo here while the
 * visit is under way or done — and is offered again a photo whose upload failed. Until the
 * visit is completed, whoever took a photo (or the rep's manager, an admin) may delete it.
 */
export function VisitProof({ visit, timeZone }: { visit: Visit; timeZone: string }) {
  const { t, formatNumber } = useI18n();
  const qc = useQueryClient();
  const me = useSession().data?.user;
  const started = visit.status === "checked_in" || visit.status === "completed";
  const photos = useQuery({
    queryKey: proofKeys.photos(visit.id),
    queryFn: () => proofApi.photos(visit.id),
    enabled: started,
  });
  const failed = useQuery<FailedPhoto | null>({
    queryKey: proofKeys.failedPhoto(visit.id),
    queryFn: () => null,
    enabled: false,
  }).data;
  const config = useQuery({
    queryKey: ["app-config"],
    queryFn: visitsApi.appConfig,
    staleTime: Number.POSITIVE_INFINITY,
  });
  const [adding, setAdding] = useState<File | null>(null);
  const stage: PhotoStage = visit.status === "completed" ? "check_out" : "check_in";
  const upload = useMutation({
    mutationFn: (p: { stage: PhotoStage; file: File }) =>
      proofApi.upload(visit.id, p.stage, p.file),
    onSuccess: () => {
      setAdding(null);
      qc.setQueryData(proofKeys.failedPhoto(visit.id), null);
      void qc.invalidateQueries({ queryKey: proofKeys.photos(visit.id) });
    },
  });
  const uploadError = useFormError(upload.error);
  if (!started) return null;
  const items = photos.data?.items ?? [];
  const mine = me?.id === visit.repId;
  const away =
    visit.checkOutVerification === "out_of_radius" && visit.checkOutDistanceM != null
      ? t("proof.checkOutAway", { distance: formatNumber(visit.checkOutDistanceM) })
      : null;
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="visit-proof">
      <Stack gap="sm">
        <Title order={3} size="h5" id="visit-proof">
          {t("proof.title")}
        </Title>
        <ReasonLine label="in" reason={visit.checkInReason} />
        {away ? <Text size="sm">{away}</Text> : null}
        <ReasonLine label="out" reason={visit.checkOutReason} />
        {failed ? (
          <Alert color="orange" vars={alertText("orange")} role="alert">
            <Stack gap="xs">
              <Text size="sm">{t("proof.uploadFailed")}</Text>
              <Button
                size="sm"
                variant="light"
                loading={upload.isPending}
                onClick={() => upload.mutate(failed)}
              >
                {t("proof.uploadRetry")}
              </Button>
            </Stack>
          </Alert>
        ) : null}
        {items.length > 0 ? (
          <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="sm">
            {items.map((p) => (
              <Photo
                key={p.id}
                photo={p}
                timeZone={timeZone}
                deletable={mayDeletePhoto(me, visit, p)}
              />
            ))}
          </SimpleGrid>
        ) : photos.isSuccess ? (
          <Text size="sm" c="dimmed">
            {t("proof.noPhotos")}
          </Text>
        ) : null}
        {mine ? (
          <Stack gap="xs">
            <PhotoPicker
              file={adding}
              onChange={setAdding}
              maxBytes={config.data?.photoMaxBytes}
              label={t("proof.addPhoto")}
            />
            {adding ? (
              <Button
                size="md"
                fullWidth
                loading={upload.isPending}
                onClick={() => upload.mutate({ stage, file: adding })}
              >
                {t("proof.addPhoto")}
              </Button>
            ) : null}
            {uploadError ? (
              <Text size="sm" c="red" role="alert">
                {uploadError}
              </Text>
            ) : null}
          </Stack>
        ) : null}
      </Stack>
    </Card>
  );
}
