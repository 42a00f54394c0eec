import { ActionIcon, Button, Group, Image, Stack, Text } from "@mantine/core";
import { IconCamera, IconX } from "@tabler/icons-react";
import { useEffect, useRef, useState } from "react";
import { useI18n } from "../../i18n/i18n.tsx";
import { shrinkPhoto } from "./photo-resize.ts";

const PREVIEWABLE = new Set(["image/jpeg", "image/png", "image/webp"]);

/**
 * One photo from the phone's camera (`capture="environment"`: the back camera opens at once;
 * on a desktop, a file picker). The photo is only chosen here; the form uploads it with its
 * check-in or check-out. A preview (a data: URL, which the page's CSP allows) confirms the shot.
 * A large photo is made smaller first (at most 1600 px on its long side, `photo-resize.ts`),
 * so the size limit applies to what is actually sent.
 */
export function PhotoPicker({
  file,
  onChange,
  maxBytes,
  label,
}: {
  file: File | null;
  onChange: (file: File | null) => void;
  /** From the server's app-config: larger photos are refused before any upload. */
  maxBytes?: number;
  label?: string;
}) {
  const { t, formatNumber } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  const [preview, setPreview] = useState<string | null>(null);
  const [tooLarge, setTooLarge] = useState(false);
  const [preparing, setPreparing] = useState(false);
  // Only the latest pick counts: a photo chosen again while the first is being made smaller.
  const picks = useRef(0);
  useEffect(() => {
    setPreview(null);
    if (!file || !PREVIEWABLE.has(file.type)) return;
    const reader = new FileReader();
    reader.onload = () => setPreview(typeof reader.result === "string" ? reader.result : null);
    reader.readAsDataURL(file);
    return () => reader.abort();
  }, [file]);
  const pick = async (chosen: File | undefined) => {
    if (!chosen) return;
    const pickNo = ++picks.current;
    setPreparing(true);
    const photo = await shrinkPhoto(chosen);
    if (pickNo !== picks.current) return;
    setPreparing(false);
    const large = maxBytes !== undefined && photo.size > maxBytes;
    setTooLarge(large);
    onChange(large ? null : photo);
  };
  const kb = file ? Math.max(1, Math.round(file.size / 1024)) : 0;
  return (
    <Stack gap="xs">
      <input
        ref={input}
        type="file"
        accept="image/*"
        capture="environment"
        hidden
        data-testid="photo-input"
        aria-label={label ?? t("proof.takePhoto")}
        onChange={(e) => {
          void pick(e.currentTarget.files?.[0]);
          // The same photo may be chosen again after removing it.
          e.currentTarget.value = "";
        }}
      />
      <Button
        size="md"
        fullWidth
        variant="default"
        leftSection={<IconCamera size={20} aria-hidden />}
        loading={preparing}
        onClick={() => input.current?.click()}
      >
        {file ? t("proof.retakePhoto") : (label ?? t("proof.takePhoto"))}
      </Button>
      {preparing ? (
        <Text size="sm" c="dimmed" role="status">
          {t("proof.preparingPhoto")}
        </Text>
      ) : null}
      {file ? (
        <Group gap="sm" wrap="nowrap" data-testid="photo-chosen">
          {preview ? (
            <Image
              src={preview}
              alt={t("proof.photoPreview")}
              w={64}
              h={64}
              radius="sm"
              fit="cover"
            />
          ) : null}
          <Text size="sm" style={{ flex: 1 }}>
            {t("proof.photoChosen", { size: `${formatNumber(kb)} KB` })}
          </Text>
          <ActionIcon
            variant="subtle"
            color="gray"
            size="lg"
            aria-label={t("proof.removePhoto")}
            onClick={() => onChange(null)}
          >
            <IconX size={18} />
          </ActionIcon>
        </Group>
      ) : null}
      {tooLarge && maxBytes !== undefined ? (
        <Text size="sm" c="red" role="alert">
          {t("proof.photoTooLarge", { max: formatNumber(Math.round(maxBytes / 1024 / 1024)) })}
        </Text>
      ) : null}
    </Stack>
  );
}
