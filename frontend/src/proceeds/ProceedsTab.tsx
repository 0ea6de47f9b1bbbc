import { Badge, Button, Checkbox, Group, NativeSelect, Radio, SimpleGrid, Stack, Table, Text, Textarea, TextInput } from "@mantine/core";
import { Fragment, useState, type ReactNode } from "react";
import { api, unwrap, type Schemas } from "../api/client";
import { ifMatchVersion } from "../assets/queries";
import { useStates } from "../common/queries";
import { FormError, HeadedTable, PAGE_SIZE, Pages, QueryState, SectionCard, WHOLE_LABEL } from "../common/ui";
import { useT } from "../i18n/locale";
import { ProceedsModal, useProceedsForm } from "./form";
import { claimBody, decisionBody, satisfactionBody, sharingAgreementBody, valueOrderBody } from "./payloads";
import { useCaseAssets, useCaseSubjects, useSatisfactions, useSharingAgreements, useThirdPartyClaims, useValueOrders } from "./queries";

type Asset = Schemas["Asset"];
type ValueOrder = Schemas["ValueOrder"];
type Claim = Schemas["ThirdPartyClaim"];

/** The case file's proceeds: value-based confiscation orders with what satisfied them,
 * asset-sharing agreements between states, and third parties' claims on the assets. The case
 * team (`canEdit`) records them; a partner state's liaison sees what the API gives them. */
export function ProceedsTab({ caseId, canEdit }: { caseId: string; canEdit: boolean }) {
  const assets = useCaseAssets(caseId);
  const assetList = assets.data?.results ?? [];
  return (
    <Stack>
      <ValueOrders caseId={caseId} canEdit={canEdit} assets={assetList} />
      <ThirdPartyClaims caseId={caseId} canEdit={canEdit} assets={assetList} />
      <SharingAgreements caseId={caseId} canEdit={canEdit} assets={assetList} />
    </Stack>
  );
}

function assetName(assets: Asset[], id: string | null | undefined) {
  return assets.find((a) => a.id === id)?.description ?? "—";
}

/** The order behind a record: reference, authority, state and date. */
function OrderCell({ order }: { order: Schemas["LegalOrder"] }) {
  const { date, state } = useT();
  return (
    <Table.Td>
      <Text fw={600} size="sm">
        {order.reference}
      </Text>
      <Text size="sm">
        {order.authority} ({state(order.jurisdiction)}) · {date(order.issued_on)}
      </Text>
    </Table.Td>
  );
}

/** One kind of proceeds record on the case file: what it is, the team's button to record one,
 * and a page of them as a table (or a line saying there is none yet). */
function ProceedsSection({
  title,
  help,
  newLabel,
  onNew,
  empty,
  testId,
  headers,
  query,
  page,
  onPage,
  failure,
  forms,
  children,
}: {
  title: string;
  help: string;
  /** The team's button; absent for those who only read. */
  newLabel?: string;
  onNew: () => void;
  empty: string;
  testId: string;
  headers: ReactNode[];
  query: { isPending: boolean; error: unknown; data?: { count: number; results: unknown[] } };
  page: number;
  onPage: (page: number) => void;
  failure?: string | null;
  /** The dialogs the section opens. */
  forms: ReactNode;
  children: ReactNode;
}) {
  return (
    <SectionCard size="h4" title={title}>
      <Stack>
        <Text size="sm">{help}</Text>
        {newLabel && (
          <Group>
            <Button variant="outline" onClick={onNew}>
              {newLabel}
            </Button>
          </Group>
        )}
        {failure !== undefined && <FormError message={failure} />}
        <QueryState pending={query.isPending} error={query.error}>
          {(query.data?.results.length ?? 0) === 0 ? (
            <Text>{empty}</Text>
          ) : (
            <Table.ScrollContainer minWidth={900}>
              <HeadedTable striped data-testid={testId} headers={headers}>
                {children}
              </HeadedTable>
            </Table.ScrollContainer>
          )}
          <Pages count={query.data?.count ?? 0} page={page} onChange={onPage} pageSize={PAGE_SIZE} />
        </QueryState>
      </Stack>
      {forms}
    </SectionCard>
  );
}

function ValueOrders({ caseId, canEdit, assets }: { caseId: string; canEdit: boolean; assets: Asset[] }) {
  const { t, label, money } = useT();
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);
  const [open, setOpen] = useState<string | null>(null);
  const [satisfying, setSatisfying] = useState<ValueOrder | null>(null);
  const [finalising, setFinalising] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const query = useValueOrders(caseId, page);
  const subjects = useCaseSubjects(caseId);
  const subjectName = (id: string | null) => (id ? (subjects.data?.results.find((s) => s.id === id)?.name ?? "—") : t("proceeds.againstCase"));
  const orders = query.data?.results ?? [];
  const markFinal = async (order: ValueOrder) => {
    setFinalising(order.id);
    setFailure(null);
    try {
      unwrap(
        await api.PATCH("/api/v1/value-orders/{id}/", { params: { path: { id: order.id } }, headers: ifMatchVersion(order), body: { final: true } }),
      );
      await query.refetch();
    } catch (error) {
      setFailure(error instanceof Error ? error.message : t("app.error"));
    } finally {
      setFinalising(null);
    }
  };
  return (
    <ProceedsSection
      title={t("proceeds.valueOrders")}
      help={t("proceeds.valueOrdersHelp")}
      newLabel={canEdit ? t("proceeds.newValueOrder") : undefined}
      onNew={() => setCreating(true)}
      empty={t("proceeds.noValueOrders")}
      testId="value-orders"
      headers={[
        t("proceeds.order"),
        t("proceeds.against"),
        t("acts.amount"),
        t("proceeds.satisfied"),
        t("proceeds.outstanding"),
        t("proceeds.status"),
        <span className="visually-hidden">{t("proceeds.actions")}</span>,
      ]}
      query={query}
      page={page}
      onPage={setPage}
      failure={failure}
      forms={
        <>
          {creating && <ValueOrderForm caseId={caseId} subjects={subjects.data?.results ?? []} onClose={() => setCreating(false)} />}
          {satisfying && <SatisfyForm order={satisfying} assets={assets} onClose={() => setSatisfying(null)} />}
        </>
      }
    >
      {orders.map((order) => (
        <Fragment key={order.id}>
          <Table.Tr>
            <OrderCell order={order.order} />
            <Table.Td>{subjectName(order.subject)}</Table.Td>
            <Table.Td style={{ whiteSpace: "nowrap" }}>{money(order.amount)}</Table.Td>
            <Table.Td style={{ whiteSpace: "nowrap" }}>{money(order.satisfied)}</Table.Td>
            <Table.Td style={{ whiteSpace: "nowrap" }} data-testid="outstanding">
              {money(order.outstanding)}
            </Table.Td>
            <Table.Td>
              <Group gap={4}>
                <Badge color={order.final ? "grape.9" : "gray.8"} styles={WHOLE_LABEL}>{order.final ? t("proceeds.final") : t("proceeds.notFinal")}</Badge>
                {order.basis && <Text size="xs">{label("basis", order.basis)}</Text>}
                {order.restricted && <Badge color="red.9">{t("common.restricted")}</Badge>}
              </Group>
            </Table.Td>
            <Table.Td>
              <Group gap="xs" wrap="wrap">
                <Button
                  size="xs"
                  variant={open === order.id ? "filled" : "default"}
                  aria-expanded={open === order.id}
                  aria-label={t("proceeds.paymentsOf", { reference: order.order.reference })}
                  onClick={() => setOpen(open === order.id ? null : order.id)}
                >
                  {t("proceeds.payments")}
                </Button>
                {canEdit && order.final && Number(order.outstanding.amount) > 0 && (
                  <Button size="xs" variant="light" onClick={() => setSatisfying(order)}>
                    {t("proceeds.satisfy")}
                  </Button>
                )}
                {canEdit && !order.final && (
                  <Button size="xs" variant="light" loading={finalising === order.id} onClick={() => void markFinal(order)}>
                    {t("proceeds.markFinal")}
                  </Button>
                )}
              </Group>
            </Table.Td>
          </Table.Tr>
          {open === order.id && (
            <Table.Tr>
              <Table.Td colSpan={7}>
                <Satisfactions order={order} assets={assets} />
              </Table.Td>
            </Table.Tr>
          )}
        </Fragment>
      ))}
    </ProceedsSection>
  );
}

function Satisfactions({ order, assets }: { order: ValueOrder; assets: Asset[] }) {
  const { t, money, dateTime } = useT();
  const query = useSatisfactions(order.id);
  const rows = query.data?.results ?? [];
  return (
    <QueryState pending={query.isPending} error={query.error}>
      {rows.length === 0 ? (
        <Text size="sm">{t("proceeds.noPayments")}</Text>
      ) : (
        <HeadedTable
          withTableBorder
          data-testid="satisfactions"
          aria-label={t("proceeds.paymentsOf", { reference: order.order.reference })}
          headers={[t("proceeds.fromAsset"), t("acts.amount"), t("proceeds.recordedAt")]}
        >
          {rows.map((row) => (
            <Table.Tr key={row.id}>
              <Table.Td>{assetName(assets, row.asset)}</Table.Td>
              <Table.Td>{money(row.amount)}</Table.Td>
              <Table.Td>{dateTime(row.recorded_at)}</Table.Td>
            </Table.Tr>
          ))}
        </HeadedTable>
      )}
    </QueryState>
  );
}

/** The legal order's fields, as every proceeds form asks them. */
function OrderFields({ bind }: { bind: (key: string) => { value: string; error?: string; onChange: (e: { currentTarget: { value: string } }) => void } }) {
  const { t } = useT();
  return (
    <fieldset className="plain-fieldset">
      <legend>{t("acts.order")}</legend>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label={t("acts.authority")} required {...bind("authority")} />
        <TextInput label={t("acts.orderJurisdiction")} description={t("acts.stateCode")} required maxLength={2} {...bind("jurisdiction")} />
        <TextInput label={t("acts.reference")} required {...bind("reference")} />
        <TextInput type="date" label={t("acts.issuedOn")} required {...bind("issued_on")} />
      </SimpleGrid>
    </fieldset>
  );
}

function ValueOrderForm({ caseId, subjects, onClose }: { caseId: string; subjects: Schemas["Subject"][]; onClose: () => void }) {
  const { t } = useT();
  const [final, setFinal] = useState(false);
  const form = useProceedsForm({
    initial: {},
    known: ["subject", "authority", "jurisdiction", "reference", "issued_on", "amount", "currency", "basis", "final", "note"],
    save: async (v) => unwrap(await api.POST("/api/v1/value-orders/", { body: valueOrderBody(caseId, v, final) })),
    onDone: onClose,
  });
  return (
    <ProceedsModal title={t("proceeds.newValueOrder")} summary={form.summary} pending={form.pending} onSubmit={form.submit} onClose={onClose}>
      <Text size="sm">{t("proceeds.valueOrdersHelp")}</Text>
      <NativeSelect
        label={t("proceeds.against")}
        {...form.bind("subject")}
        data={[{ value: "", label: t("proceeds.againstCase") }, ...subjects.map((s) => ({ value: s.id, label: s.name }))]}
      />
      <OrderFields bind={form.bind} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label={t("acts.amount")} required inputMode="decimal" {...form.bind("amount")} />
        <TextInput label={t("acts.currency")} description={t("acts.currencyCode")} required maxLength={3} {...form.bind("currency")} />
      </SimpleGrid>
      <NativeSelect
        label={t("acts.basis")}
        {...form.bind("basis")}
        data={[
          { value: "", label: t("acts.choose") },
          { value: "conviction", label: t("basis.conviction") },
          { value: "non_conviction", label: t("basis.non_conviction") },
        ]}
      />
      <Checkbox label={t("acts.final")} checked={final} error={form.errors.final} onChange={(e) => setFinal(e.currentTarget.checked)} />
      <Textarea label={t("acts.note")} autosize minRows={2} {...form.bind("note")} />
    </ProceedsModal>
  );
}

/** The assets a value order may be paid from: frozen (in force) or seized, as the API checks. */
function restrained(assets: Asset[]) {
  return assets.filter((a) => (a.stage === "frozen" && !a.freeze_lapsed_on) || a.stage === "seized");
}

function SatisfyForm({ order, assets, onClose }: { order: ValueOrder; assets: Asset[]; onClose: () => void }) {
  const { t, money } = useT();
  const form = useProceedsForm({
    initial: {},
    known: ["asset", "amount", "note"],
    save: async (v) =>
      unwrap(
        await api.POST("/api/v1/value-orders/{id}/satisfactions/", {
          params: { path: { id: order.id } },
          headers: ifMatchVersion(order),
          body: satisfactionBody(order, v),
        }),
      ),
    onDone: onClose,
  });
  return (
    <ProceedsModal
      title={t("proceeds.satisfyTitle", { reference: order.order.reference })}
      summary={form.summary}
      pending={form.pending}
      onSubmit={form.submit}
      onClose={onClose}
    >
      <Text size="sm">{t("proceeds.satisfyHelp", { outstanding: money(order.outstanding) })}</Text>
      <NativeSelect
        label={t("proceeds.fromAsset")}
        required
        {...form.bind("asset")}
        data={[{ value: "", label: t("acts.choose") }, ...restrained(assets).map((a) => ({ value: a.id, label: a.description }))]}
      />
      <TextInput
        label={t("proceeds.amountPaid", { currency: order.amount.currency })}
        required
        inputMode="decimal"
        {...form.bind("amount")}
      />
      <Textarea label={t("acts.note")} autosize minRows={2} {...form.bind("note")} />
    </ProceedsModal>
  );
}

function ThirdPartyClaims({ caseId, canEdit, assets }: { caseId: string; canEdit: boolean; assets: Asset[] }) {
  const { t, label, money, date, sharePercent } = useT();
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);
  const [deciding, setDeciding] = useState<Claim | null>(null);
  const query = useThirdPartyClaims(caseId, page);
  const claims = query.data?.results ?? [];
  const share = (value: string | null) => (value === null ? "—" : sharePercent(value));
  return (
    <ProceedsSection
      title={t("proceeds.claims")}
      help={t("proceeds.claimsHelp")}
      newLabel={canEdit ? t("proceeds.newClaim") : undefined}
      onNew={() => setCreating(true)}
      empty={t("proceeds.noClaims")}
      testId="claims"
      headers={[
        t("proceeds.claimant"),
        t("proceeds.asset"),
        t("proceeds.claimed"),
        t("proceeds.filedOn"),
        t("proceeds.status"),
        t("proceeds.decision"),
        ...(canEdit ? [<span className="visually-hidden">{t("proceeds.actions")}</span>] : []),
      ]}
      query={query}
      page={page}
      onPage={setPage}
      forms={
        <>
          {creating && <ClaimForm caseId={caseId} assets={assets} onClose={() => setCreating(false)} />}
          {deciding && <DecisionForm claim={deciding} onClose={() => setDeciding(null)} />}
        </>
      }
    >
      {claims.map((claim) => (
        <Table.Tr key={claim.id}>
          <Table.Td>
            <Text size="sm" fw={600}>
              {claim.claimant}
            </Text>
            {claim.grounds && <Text size="sm">{claim.grounds}</Text>}
          </Table.Td>
          <Table.Td>{assetName(assets, claim.asset)}</Table.Td>
          <Table.Td style={{ whiteSpace: "nowrap" }}>{claim.claimed_amount ? money(claim.claimed_amount) : share(claim.claimed_share_percent)}</Table.Td>
          <Table.Td>{date(claim.filed_on)}</Table.Td>
          <Table.Td>
            <Badge
              color={claim.status === "dismissed" ? "dark.4" : claim.status === "filed" ? "blue.9" : "teal.9"}
              styles={WHOLE_LABEL}
            >
              {label("claimStatus", claim.status)}
            </Badge>
          </Table.Td>
          <Table.Td>
            {claim.decided_on ? (
              <Text size="sm">
                {claim.decision_authority} · {date(claim.decided_on)}
                {claim.upheld_amount ? ` · ${t("proceeds.upheldLine", { upheld: money(claim.upheld_amount) })}` : ""}
                {claim.upheld_share_percent ? ` · ${t("proceeds.upheldLine", { upheld: share(claim.upheld_share_percent) })}` : ""}
              </Text>
            ) : (
              "—"
            )}
          </Table.Td>
          {canEdit && (
            <Table.Td>
              {claim.status === "filed" && (
                <Button
                  size="xs"
                  variant="light"
                  aria-label={t("proceeds.decideOn", { claimant: claim.claimant })}
                  onClick={() => setDeciding(claim)}
                >
                  {t("proceeds.decide")}
                </Button>
              )}
            </Table.Td>
          )}
        </Table.Tr>
      ))}
    </ProceedsSection>
  );
}

function ClaimForm({ caseId, assets, onClose }: { caseId: string; assets: Asset[]; onClose: () => void }) {
  const { t } = useT();
  const form = useProceedsForm({
    initial: { claim_kind: "amount" },
    known: ["asset", "claimant", "grounds", "filed_on", "amount", "currency", "claimed_share_percent", "note"],
    save: async (v) => unwrap(await api.POST("/api/v1/third-party-claims/", { body: claimBody(caseId, v) })),
    onDone: onClose,
  });
  return (
    <ProceedsModal title={t("proceeds.newClaim")} summary={form.summary} pending={form.pending} onSubmit={form.submit} onClose={onClose}>
      <Text size="sm">{t("proceeds.claimsHelp")}</Text>
      <NativeSelect
        label={t("proceeds.asset")}
        required
        {...form.bind("asset")}
        data={[{ value: "", label: t("acts.choose") }, ...assets.map((a) => ({ value: a.id, label: a.description }))]}
      />
      <TextInput label={t("proceeds.claimant")} required {...form.bind("claimant")} />
      <Textarea label={t("proceeds.grounds")} autosize minRows={2} {...form.bind("grounds")} />
      <TextInput type="date" label={t("proceeds.filedOn")} required {...form.bind("filed_on")} />
      <Radio.Group label={t("proceeds.claimFor")} value={form.values.claim_kind} onChange={(value) => form.set("claim_kind", value)}>
        <Group gap="md" mt={4}>
          <Radio value="amount" label={t("proceeds.claimAmount")} />
          <Radio value="share" label={t("proceeds.claimShare")} />
        </Group>
      </Radio.Group>
      {form.values.claim_kind === "share" ? (
        <TextInput label={t("proceeds.sharePercentLabel")} required inputMode="decimal" {...form.bind("claimed_share_percent")} />
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t("proceeds.claimedAmount")} required inputMode="decimal" {...form.bind("amount")} />
          <TextInput label={t("acts.currency")} description={t("acts.currencyCode")} required maxLength={3} {...form.bind("currency")} />
        </SimpleGrid>
      )}
      <Textarea label={t("acts.note")} autosize minRows={2} {...form.bind("note")} />
    </ProceedsModal>
  );
}

function DecisionForm({ claim, onClose }: { claim: Claim; onClose: () => void }) {
  const { t, label } = useT();
  const form = useProceedsForm({
    initial: { status: "" },
    known: ["status", "decision_authority", "decided_on", "upheld"],
    save: async (v) =>
      unwrap(
        await api.POST("/api/v1/third-party-claims/{id}/decision/", {
          params: { path: { id: claim.id } },
          headers: ifMatchVersion(claim),
          body: decisionBody(claim, v),
        }),
      ),
    onDone: onClose,
  });
  return (
    <ProceedsModal
      title={t("proceeds.decisionTitle", { claimant: claim.claimant })}
      summary={form.summary}
      pending={form.pending}
      onSubmit={form.submit}
      onClose={onClose}
    >
      <NativeSelect
        label={t("proceeds.outcome")}
        required
        {...form.bind("status")}
        data={[
          { value: "", label: t("acts.choose") },
          ...(["upheld", "partly_upheld", "dismissed"] as const).map((status) => ({ value: status, label: label("claimStatus", status) })),
        ]}
      />
      <TextInput label={t("proceeds.decisionAuthority")} required {...form.bind("decision_authority")} />
      <TextInput type="date" label={t("proceeds.decidedOn")} required {...form.bind("decided_on")} />
      {form.values.status === "partly_upheld" && (
        <TextInput
          label={claim.claimed_amount ? t("proceeds.upheldAmount", { currency: claim.claimed_amount.currency }) : t("proceeds.upheldShare")}
          required
          inputMode="decimal"
          {...form.bind("upheld")}
        />
      )}
    </ProceedsModal>
  );
}

function SharingAgreements({ caseId, canEdit, assets }: { caseId: string; canEdit: boolean; assets: Asset[] }) {
  const { t, label, money, date, state, sharePercent } = useT();
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);
  const query = useSharingAgreements(caseId, page);
  const valueOrders = useValueOrders(caseId, 1);
  const agreements = query.data?.results ?? [];
  const sharedName = (a: Schemas["SharingAgreement"]) => {
    if (a.asset) return assetName(assets, a.asset);
    const order = valueOrders.data?.results.find((o) => o.id === a.value_order);
    return order ? t("proceeds.valueOrderNamed", { reference: order.order.reference }) : "—";
  };
  return (
    <ProceedsSection
      title={t("proceeds.sharing")}
      help={t("proceeds.sharingHelp")}
      newLabel={canEdit ? t("proceeds.newAgreement") : undefined}
      onNew={() => setCreating(true)}
      empty={t("proceeds.noAgreements")}
      testId="sharing-agreements"
      headers={[
        t("proceeds.shared"),
        t("proceeds.rule"),
        t("acts.amount"),
        t("proceeds.executingShare"),
        t("proceeds.issuingShare"),
        t("proceeds.agreement"),
      ]}
      query={query}
      page={page}
      onPage={setPage}
      forms={
        creating && <AgreementForm caseId={caseId} assets={assets} valueOrders={valueOrders.data?.results ?? []} onClose={() => setCreating(false)} />
      }
    >
      {agreements.map((a) => (
        <Table.Tr key={a.id}>
          <Table.Td>{sharedName(a)}</Table.Td>
          <Table.Td>
            {label("sharingRule", a.rule)}
            {a.issuing_share_percent ? ` (${sharePercent(a.issuing_share_percent)})` : ""}
          </Table.Td>
          <Table.Td style={{ whiteSpace: "nowrap" }}>{money(a.amount)}</Table.Td>
          <Table.Td>{t("proceeds.stateShare", { state: state(a.executing_state), amount: money(a.split.executing_state) })}</Table.Td>
          <Table.Td>{t("proceeds.stateShare", { state: state(a.issuing_state), amount: money(a.split.issuing_state) })}</Table.Td>
          <Table.Td>
            {a.agreement_reference || "—"}
            {a.concluded_on ? ` · ${date(a.concluded_on)}` : ""}
          </Table.Td>
        </Table.Tr>
      ))}
    </ProceedsSection>
  );
}

function AgreementForm({
  caseId,
  assets,
  valueOrders,
  onClose,
}: {
  caseId: string;
  assets: Asset[];
  valueOrders: ValueOrder[];
  onClose: () => void;
}) {
  const { t, label, state } = useT();
  const states = useStates();
  const form = useProceedsForm({
    initial: { rule: "eu_2018_1805_default" },
    known: [
      "shared",
      "executing_state",
      "issuing_state",
      "rule",
      "issuing_share_percent",
      "agreement_reference",
      "concluded_on",
      "amount",
      "currency",
      "eur_value",
      "note",
    ],
    save: async (v) => unwrap(await api.POST("/api/v1/sharing-agreements/", { body: sharingAgreementBody(caseId, v) })),
    onDone: onClose,
  });
  const stateOptions = [
    { value: "", label: t("acts.choose") },
    ...(states.data ?? []).map((s) => ({ value: s.code, label: state(s.code) })).sort((a, b) => a.label.localeCompare(b.label)),
  ];
  // What was obtained: a confiscated asset (whatever was returned of it since), or a final value order.
  const confiscated = assets.filter((a) => a.stage === "confiscated" || a.stage === "repatriated");
  const finalOrders = valueOrders.filter((o) => o.final);
  const currency = (form.values.currency ?? "").trim().toUpperCase();
  return (
    <ProceedsModal title={t("proceeds.newAgreement")} summary={form.summary} pending={form.pending} onSubmit={form.submit} onClose={onClose}>
      <Text size="sm">{t("proceeds.sharingHelp")}</Text>
      <NativeSelect
        label={t("proceeds.shared")}
        required
        {...form.bind("shared")}
        data={[
          { value: "", label: t("acts.choose") },
          ...confiscated.map((a) => ({ value: `asset:${a.id}`, label: a.description })),
          ...finalOrders.map((o) => ({ value: `value_order:${o.id}`, label: t("proceeds.valueOrderNamed", { reference: o.order.reference }) })),
        ]}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NativeSelect label={t("proceeds.executingState")} description={t("proceeds.executingHelp")} required {...form.bind("executing_state")} data={stateOptions} />
        <NativeSelect label={t("proceeds.issuingState")} description={t("proceeds.issuingHelp")} required {...form.bind("issuing_state")} data={stateOptions} />
      </SimpleGrid>
      <NativeSelect
        label={t("proceeds.rule")}
        required
        {...form.bind("rule")}
        data={(["eu_2018_1805_default", "agreed_share"] as const).map((rule) => ({ value: rule, label: label("sharingRule", rule) }))}
      />
      {form.values.rule === "agreed_share" && (
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t("proceeds.issuingSharePercent")} required inputMode="decimal" {...form.bind("issuing_share_percent")} />
          <TextInput label={t("proceeds.agreementReference")} required {...form.bind("agreement_reference")} />
        </SimpleGrid>
      )}
      <TextInput type="date" label={t("proceeds.concludedOn")} {...form.bind("concluded_on")} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label={t("proceeds.amountShared")} required inputMode="decimal" {...form.bind("amount")} />
        <TextInput label={t("acts.currency")} description={t("acts.currencyCode")} required maxLength={3} {...form.bind("currency")} />
      </SimpleGrid>
      {currency !== "" && currency !== "EUR" && form.values.rule !== "agreed_share" && (
        <TextInput label={t("proceeds.eurValue")} description={t("proceeds.eurValueHelp")} inputMode="decimal" {...form.bind("eur_value")} />
      )}
      <Textarea label={t("acts.note")} autosize minRows={2} {...form.bind("note")} />
    </ProceedsModal>
  );
}
