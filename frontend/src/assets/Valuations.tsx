import { Button, Group, Modal, SimpleGrid, Stack, Table, Text, TextInput } from "@mantine/core";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { api, unwrap, type Schemas } from "../api/client";
import { FormActions, FormError, ListTable, QueryState } from "../common/ui";
import { useProblemForm } from "../common/useProblemForm";
import { useT } from "../i18n/locale";
import { moneyInput } from "./actRules";

/** The asset's dated valuations, newest first (the team's and the partners' view alike). */
export function useValuations(assetId: string) {
  return useQuery({
    queryKey: ["/api/v1/assets/{asset_id}/valuations/", assetId],
    queryFn: async () =>
      unwrap(
        await api.GET("/api/v1/assets/{asset_id}/valuations/", {
          params: { path: { asset_id: assetId }, query: { page_size: 200 } },
        }),
      ),
  });
}

/** What the asset was worth on each day, and how it was valued; the team may add one (append-only:
 * a wrong figure is put right by a new valuation, never rewritten). */
export function Valuations({ asset, team }: { asset: Schemas["Asset"]; team: boolean }) {
  const { t, money, date } = useT();
  const valuations = useValuations(asset.id);
  const [adding, setAdding] = useState(false);
  const rows = valuations.data?.results ?? [];
  return (
    <Stack gap="xs" data-testid="valuations">
      <Group justify="space-between">
        <Text size="sm">{t("valuations.latestNote")}</Text>
        {team && (
          <Button size="xs" variant="light" onClick={() => setAdding(true)}>
            {t("valuations.add")}
          </Button>
        )}
      </Group>
      <QueryState pending={valuations.isPending} error={valuations.error}>
        <ListTable
          empty={rows.length === 0}
          emptyText={t("valuations.none")}
          minWidth={520}
          headers={[
            t("valuations.valuedOn"),
            t("valuations.amount"),
            t("valuations.method"),
            ...(team ? [t("valuations.recordedBy")] : []),
          ]}
        >
          {rows.map((v) => (
            <Table.Tr key={v.id}>
              <Table.Td>{date(v.valued_on)}</Table.Td>
              <Table.Td>{money(v.amount)}</Table.Td>
              <Table.Td>{v.method}</Table.Td>
              {/* Partners' liaisons are not told who recorded it (the API leaves it out). */}
              {team && <Table.Td>{v.recorded_by ? v.recorded_by.name || v.recorded_by.username : "—"}</Table.Td>}
            </Table.Tr>
          ))}
        </ListTable>
      </QueryState>
      {adding && <ValuationForm asset={asset} onClose={() => setAdding(false)} />}
    </Stack>
  );
}

type ValuationValues = { valued_on: string; amount: string; currency: string; method: string };

/** The control an API error (`errors[].attr`) belongs beside. */
export function valuationControlFor(attr: string | null | undefined): keyof ValuationValues | null {
  if (!attr) return null;
  const [head, tail] = attr.split(".");
  if (head === "amount") return tail === "currency" ? "currency" : "amount";
  if (head === "valued_on" || head === "method") return head;
  return null;
}

function ValuationForm({ asset, onClose }: { asset: Schemas["Asset"]; onClose: () => void }) {
  const { t } = useT();
  const client = useQueryClient();
  const [values, setValues] = useState<ValuationValues>({
    valued_on: "",
    amount: "",
    currency: asset.estimated_value?.currency ?? "",
    method: "",
  });
  const { errors, summary, mutation, submit } = useProblemForm({
    // No If-Match: a valuation rewrites nothing (it is appended), so an act recorded meanwhile is
    // no conflict; the API still decides whether it is the latest.
    mutationFn: async () =>
      unwrap(
        await api.POST("/api/v1/assets/{asset_id}/valuations/", {
          params: { path: { asset_id: asset.id } },
          body: { valued_on: values.valued_on, amount: moneyInput(values.amount, values.currency), method: values.method.trim() },
        }),
      ),
    onSuccess: async () => {
      // The latest valuation is the asset's estimated value: the asset, its lists and the totals change.
      await Promise.all(
        [
          "/api/v1/assets/{asset_id}/valuations/",
          "/api/v1/assets/{id}/",
          "/api/v1/assets/",
          "/api/v1/reports/summary/",
          "/api/v1/cases/{id}/",
        ].map((key) => client.invalidateQueries({ queryKey: [key] })),
      );
      onClose();
    },
    controlFor: valuationControlFor,
  });
  const bind = (key: keyof ValuationValues) => ({
    value: values[key],
    error: errors[key],
    onChange: (e: { currentTarget: { value: string } }) => {
      const value = e.currentTarget.value;
      setValues((old) => ({ ...old, [key]: value }));
    },
  });
  return (
    <Modal
      opened
      onClose={onClose}
      closeButtonProps={{ "aria-label": t("common.close") }}
      title={`${t("valuations.add")}: ${asset.description}`}
      size="lg"
      centered
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormError message={summary} />
          <TextInput type="date" label={t("valuations.valuedOn")} description={t("valuations.valuedOnHelp")} required {...bind("valued_on")} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t("valuations.amount")} required inputMode="decimal" {...bind("amount")} />
            <TextInput label={t("acts.currency")} description={t("acts.currencyCode")} required maxLength={3} {...bind("currency")} />
          </SimpleGrid>
          <TextInput label={t("valuations.method")} description={t("valuations.methodHelp")} required {...bind("method")} />
          <FormActions onCancel={onClose} submitLabel={t("valuations.record")} loading={mutation.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
