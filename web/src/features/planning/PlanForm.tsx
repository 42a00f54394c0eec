import {
  Button,
  Card,
  Group,
  MultiSelect,
  NumberInput,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
} from "@mantine/core";
import { useMutation, useQuery } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import type { User as SessionUser } from "../../api/types.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { FormAlert } from "../../ui/FormAlert.tsx";
import { useFieldErrors, useFormError } from "../../ui/useFieldErrors.ts";
import { useIdempotencyKey } from "../../ui/useIdempotencyKey.ts";
import { type PlanCreate, planApi, type VisitPlan } from "./api.ts";
import { nextMonday } from "./model.ts";

type Who = "me" | "team" | "reps";

/** Step 1: who and when. A rep plans their own week; a manager the team or chosen reps. */
export function PlanForm({
  user,
  onQueued,
}: {
  user: SessionUser;
  onQueued: (plan: VisitPlan) => void;
}) {
  const { t } = useI18n();
  const canChoose = user.role !== "rep";
  const [who, setWho] = useState<Who>(
    user.role === "manager" ? "team" : user.role === "admin" ? "reps" : "me",
  );
  const [repIds, setRepIds] = useState<string[]>([]);
  const [startDate, setStartDate] = useState(nextMonday());
  const [days, setDays] = useState<number | string>(5);
  const [repsMissing, setRepsMissing] = useState(false);
  const users = useQuery({
    queryKey: ["users"],
    queryFn: planApi.users,
    select: (d) => d.items,
    enabled: canChoose,
  });
  const reps = (users.data ?? [])
    .filter((u) => u.role === "rep" && u.active)
    .map((u) => ({ value: u.id, label: u.name }));

  const [key, renewKey] = useIdempotencyKey();
  const create = useMutation({
    mutationFn: (body: PlanCreate) => planApi.create(body, key),
    onSuccess: (plan) => {
      renewKey();
      onQueued(plan);
    },
  });
  const errors = useFieldErrors(create.error);
  const general = useFormError(create.error, ["startDate", "days", "repIds", "teamId"]);

  function submit(e: FormEvent) {
    e.preventDefault();
    if (who === "reps" && repIds.length === 0) {
      setRepsMissing(true);
      return;
    }
    const body: PlanCreate = { startDate, days: Number(days) || 5 };
    if (who === "reps") body.repIds = repIds;
    if (who === "team" && user.teamId) body.teamId = user.teamId;
    create.mutate(body);
  }

  return (
    <Card withBorder padding="md" component="form" onSubmit={submit} noValidate maw={560}>
      <Stack gap="md">
        {canChoose ? (
          <Stack gap={4}>
            <Text size="sm" fw={500} id="plan-for">
              {t("plan.for")}
            </Text>
            <SegmentedControl
              aria-labelledby="plan-for"
              value={who}
              onChange={(v) => setWho(v as Who)}
              data={[
                ...(user.teamId ? [{ value: "team", label: t("plan.forTeam") }] : []),
                { value: "reps", label: t("plan.forReps") },
              ]}
            />
          </Stack>
        ) : null}
        {who === "reps" ? (
          <MultiSelect
            label={t("plan.reps")}
            placeholder={repIds.length === 0 ? t("plan.repsPlaceholder") : undefined}
            data={reps}
            value={repIds}
            onChange={(v) => {
              setRepIds(v);
              setRepsMissing(false);
            }}
            searchable
            error={repsMissing ? t("plan.repsRequired") : errors.repIds}
          />
        ) : null}
        <Group grow align="flex-start" wrap="wrap">
          <TextInput
            type="date"
            label={t("plan.startDate")}
            value={startDate}
            onChange={(e) => setStartDate(e.currentTarget.value)}
            error={errors.startDate}
            required
            miw={150}
          />
          <NumberInput
            label={t("plan.days")}
            value={days}
            onChange={setDays}
            min={1}
            max={14}
            clampBehavior="strict"
            allowDecimal={false}
            error={errors.days}
            required
            miw={120}
          />
        </Group>
        <FormAlert message={general} />
        <Group>
          <Button type="submit" loading={create.isPending}>
            {t("plan.submit")}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
