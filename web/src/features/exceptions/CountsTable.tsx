import { Button, Stack, Table, Text } from "@mantine/core";
import { useId } from "react";
import { useI18n } from "../../i18n/i18n.tsx";
import { type ExceptionCounts, KINDS } from "./api.ts";

/**
 * Per rep, how many visits had each kind of exception; a rep's name filters the list below.
 * Scrolls sideways on a phone rather than squeezing eight columns into 390 px.
 */
export function CountsTable({
  counts,
  selected,
  onPick,
  caption,
}: {
  counts: ExceptionCounts;
  selected: string;
  onPick: (repId: string) => void;
  caption: string;
}) {
  const { t, formatNumber } = useI18n();
  const n = (v: number) => (v === 0 ? "–" : formatNumber(v));
  const captionId = useId();
  // The caption sits above the scrolling table: inside it, a phone would cut it off.
  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed" id={captionId}>
        {caption}
      </Text>
      <Table.ScrollContainer minWidth={620}>
        <Table
          striped
          highlightOnHover
          withTableBorder
          data-testid="exception-counts"
          aria-labelledby={captionId}
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t("exceptions.rep")}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t("exceptions.visits")}
              </Table.Th>
              {KINDS.map((k) => (
                <Table.Th key={k} scope="col" ta="right">
                  {t(`exceptions.kind.${k}`)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {counts.reps.map((r) => (
              <Table.Tr key={r.repId} bg={r.repId === selected ? "blue.0" : undefined}>
                <Table.Th scope="row">
                  <Button
                    variant="subtle"
                    size="compact-sm"
                    px={4}
                    aria-pressed={r.repId === selected}
                    aria-label={t("exceptions.showRep", { name: r.name })}
                    onClick={() => onPick(r.repId === selected ? "" : r.repId)}
                  >
                    {r.name}
                  </Button>
                </Table.Th>
                <Table.Td ta="right" fw={600}>
                  {n(r.visits)}
                </Table.Td>
                {KINDS.map((k) => (
                  <Table.Td key={k} ta="right">
                    {n(r.counts[k])}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th scope="row">
                <Text fw={700} size="sm" px={4}>
                  {t("exceptions.total")}
                </Text>
              </Table.Th>
              <Table.Td ta="right" fw={700}>
                {n(counts.total.visits)}
              </Table.Td>
              {KINDS.map((k) => (
                <Table.Td key={k} ta="right" fw={700}>
                  {n(counts.total.counts[k])}
                </Table.Td>
              ))}
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
