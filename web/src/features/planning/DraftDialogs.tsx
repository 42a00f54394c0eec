import { Badge, Button, Group, Modal, Select, Stack, Text } from "@mantine/core";
import { useQueries } from "@tanstack/react-query";
import { useState } from "react";
import { useI18n } from "../../i18n/i18n.tsx";
import type { PlanStop, VisitPlan } from "./api.ts";
import { type DueCustomer, draftApi } from "./draft-api.ts";
import { plannedCustomers } from "./draft-model.ts";
import { dayLabel, type RepInfo } from "./model.ts";
import type { DraftEditing } from "./useDraftEdits.ts";

type Where = { repId: string; date: string };

function MoveForm({
  stop,
  from,
  days,
  reps,
  editing,
  onClose,
}: {
  stop: PlanStop;
  from: Where;
  days: string[];
  reps: RepInfo[];
  editing: DraftEditing;
  onClose: () => void;
}) {
  const { t, locale } = useI18n();
  const [date, setDate] = useState(from.date);
  const [repId, setRepId] = useState(from.repId);
  const changed = date !== from.date || repId !== from.repId;
  const submit = () => {
    editing.edit(
      {
        op: "move",
        customerId: stop.customerId,
        ...(date !== from.date ? { date } : {}),
        ...(repId !== from.repId ? { repId } : {}),
      },
      stop.name,
    );
    onClose();
  };
  return (
    <Stack>
      <Select
        label={t("draft.day")}
        value={date}
        onChange={(v) => setDate(v ?? from.date)}
        data={days.map((d) => ({ value: d, label: dayLabel(d, locale) }))}
        allowDeselect={false}
        comboboxProps={{ withinPortal: false }}
      />
      {reps.length > 1 ? (
        <Select
          label={t("draft.rep")}
          value={repId}
          onChange={(v) => setRepId(v ?? from.repId)}
          data={reps.map((r) => ({ value: r.id, label: r.name }))}
          allowDeselect={false}
          comboboxProps={{ withinPortal: false }}
        />
      ) : null}
      <Text size="xs" c="dimmed">
        {t("draft.bestPlace")}
      </Text>
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {t("draft.cancel")}
        </Button>
        <Button onClick={submit} disabled={!changed}>
          {t("draft.move")}
        </Button>
      </Group>
    </Stack>
  );
}

/** Moving a stop to another day or rep; the server picks the cheapest place in that route. */
export function MoveStopDialog({
  target,
  days,
  reps,
  editing,
  onClose,
}: {
  target: { stop: PlanStop; from: Where } | null;
  days: string[];
  reps: RepInfo[];
  editing: DraftEditing;
  onClose: () => void;
}) {
  const { t } = useI18n();
  return (
    <Modal
      opened={target !== null}
      onClose={onClose}
      title={target ? t("draft.moveTitle", { name: target.stop.name }) : ""}
      centered
    >
      {target ? (
        // Keyed: each stop starts from where it is now.
        <MoveForm
          key={target.stop.customerId}
          stop={target.stop}
          from={target.from}
          days={days}
          reps={reps}
          editing={editing}
          onClose={onClose}
        />
      ) : null}
    </Modal>
  );
}

/** The due customers of the plan's reps that the draft does not visit, most urgent first. */
function useDueOutsidePlan(plan: VisitPlan, enabled: boolean): DueCustomer[] {
  const lists = useQueries({
    queries: plan.repIds.map((rep) => ({
      queryKey: ["visits", "due", rep, plan.startDate],
      queryFn: () => draftApi.due(rep, plan.startDate),
      enabled,
    })),
  });
  const planned = plannedCustomers(plan.result);
  return lists
    .flatMap((q) => q.data?.items ?? [])
    .filter((d) => !planned.has(d.customerId) && d.latitude != null && d.longitude != null)
    .sort((a, b) => Number(b.mandatory) - Number(a.mandatory) || b.score - a.score);
}

export function AddCustomerDialog({
  opened,
  plan,
  days,
  reps,
  editing,
  onClose,
}: {
  opened: boolean;
  plan: VisitPlan;
  days: string[];
  reps: Map<string, RepInfo>;
  editing: DraftEditing;
  onClose: () => void;
}) {
  const { t, locale } = useI18n();
  const due = useDueOutsidePlan(plan, opened);
  const [customerId, setCustomerId] = useState<string | null>(null);
  const [day, setDay] = useState("best");
  const byId = new Map(due.map((d) => [d.customerId, d]));
  const close = () => {
    setCustomerId(null);
    setDay("best");
    onClose();
  };
  const submit = () => {
    const chosen = customerId ? byId.get(customerId) : undefined;
    if (!chosen) return;
    editing.edit(
      { op: "add", customerId: chosen.customerId, ...(day !== "best" ? { date: day } : {}) },
      chosen.name,
    );
    close();
  };
  return (
    <Modal opened={opened} onClose={close} title={t("draft.addTitle")} centered>
      <Stack>
        <Select
          label={t("draft.customer")}
          placeholder={t("draft.customerPlaceholder")}
          searchable
          value={customerId}
          onChange={setCustomerId}
          nothingFoundMessage={t("draft.noDue")}
          data={due.map((d) => ({ value: d.customerId, label: d.name }))}
          comboboxProps={{ withinPortal: false }}
          renderOption={({ option }) => {
            const d = byId.get(option.value);
            return (
              <Stack gap={0}>
                <Group gap={6}>
                  <Text size="sm">{option.label}</Text>
                  {d?.mandatory ? (
                    <Badge size="xs" color="red.9">
                      {t("draft.mustVisit")}
                    </Badge>
                  ) : null}
                </Group>
                <Text size="xs" c="dimmed">
                  {[reps.size > 1 && d?.ownerId ? reps.get(d.ownerId)?.name : null, d?.reasonText]
                    .filter(Boolean)
                    .join(" · ")}
                </Text>
              </Stack>
            );
          }}
        />
        <Select
          label={t("draft.day")}
          value={day}
          onChange={(v) => setDay(v ?? "best")}
          data={[
            { value: "best", label: t("draft.bestDay") },
            ...days.map((d) => ({ value: d, label: dayLabel(d, locale) })),
          ]}
          allowDeselect={false}
          comboboxProps={{ withinPortal: false }}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t("draft.cancel")}
          </Button>
          <Button onClick={submit} disabled={!customerId}>
            {t("draft.addSubmit")}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
