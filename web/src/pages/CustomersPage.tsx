import { Stack, Title } from "@mantine/core";
import { CustomerList } from "../features/customers/CustomerList.tsx";
import { useI18n } from "../i18n/i18n.tsx";

export function CustomersPage() {
  const { t } = useI18n();
  return (
    <Stack>
      <Title order={2}>{t("customers.title")}</Title>
      <CustomerList />
    </Stack>
  );
}
