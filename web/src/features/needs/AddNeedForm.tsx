import {
  Button,
  Group,
  Input,
  SegmentedControl,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
} from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useI18n } from "../../i18n/i18n.tsx";
import { FormAlert } from "../../ui/FormAlert.tsx";
import { useIdempotencyKey } from "../../ui/useIdempotencyKey.ts";
import { useMutationForm } from "../../ui/useMutationForm.ts";
import { needsApi } from "./api.ts";
import { typeLabel, useNeedTypes } from "./BoardFilters.tsx";

const IMPORTANCE = ["1", "2", "3", "4", "5"];

/**
 * Records a need in a couple of taps: the first type is preselected, importance starts at the
 * middle and the server sets the due date from the type's SLA. Its validation is the server's.
 */
export function AddNeedForm({ customerId, onDone }: { customerId: string; onDone: () => void }) {
  const { t, locale } = useI18n();
  const qc = useQueryClient();
  const types = useNeedTypes();
  const active = (types.data?.items ?? []).filter((x) => x.active);
  const [type, setType] = useState<string | null>(null);
  const [title, setTitle] = useState("");
  const [detail, setDetail] = useState("");
  const [importance, setImportance] = useState("3");
  const chosenType = type ?? active[0]?.key ?? "";
  const [key, renewKey] = useIdempotencyKey();
  const save = useMutation({
    mutationFn: () =>
      needsApi.create(
        customerId,
        {
          type: chosenType,
          title,
          detail: detail.trim() ? detail : undefined,
          importance: Number(importance),
        },
        key,
      ),
    onSuccess: async () => {
      renewKey();
      await Promise.all([
        qc.invalidateQueries({ queryKey: ["needs"] }),
        qc.invalidateQueries({ queryKey: ["customer", customerId, "timeline"] }),
      ]);
      onDone();
    },
  });
  const { errors, general, submit } = useMutationForm(save, [
    "type",
    "title",
    "detail",
    "importance",
  ]);
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <FormAlert message={general} />
        <Select
          label={t("needs.add.type")}
          data={active.map((x) => ({ value: x.key, label: typeLabel(active, x.key, locale) }))}
          value={chosenType || null}
          onChange={setType}
          allowDeselect={false}
          error={errors.type}
        />
        <TextInput
          label={t("needs.add.title")}
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          error={errors.title}
          data-autofocus
        />
        <Input.Wrapper
          label={t("needs.add.importance")}
          labelElement="div"
          error={errors.importance}
        >
          <SegmentedControl
            fullWidth
            data={IMPORTANCE}
            value={importance}
            onChange={setImportance}
            aria-label={t("needs.add.importance")}
          />
        </Input.Wrapper>
        <Textarea
          label={t("needs.add.detail")}
          autosize
          minRows={2}
          value={detail}
          onChange={(e) => setDetail(e.currentTarget.value)}
          error={errors.detail}
        />
        <Text size="xs" c="dimmed">
          {t("needs.add.dueHint")}
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t("needs.add.cancel")}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t("needs.add.save")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
