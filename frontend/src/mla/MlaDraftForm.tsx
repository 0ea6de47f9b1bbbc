import { Checkbox, Modal, NativeSelect, SimpleGrid, Stack, Textarea, TextInput } from "@mantine/core";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { useState } from "react";
import { api, unwrap, type Schemas } from "../api/client";
import { FormActions, FormError } from "../common/ui";
import { useProblemForm } from "../common/useProblemForm";
import { useT } from "../i18n/locale";
import { useCase } from "../cases/queries";
import { draftControlFor, draftSides, type Direction } from "./mlaRules";

const KINDS: Schemas["MlaKindEnum"][] = [
  "evidence",
  "tracing",
  "freeze",
  "seizure",
  "confiscation",
  "enforcement",
  "return",
  "spontaneous_disclosure",
];

/** Drafts an MLA request of a case (sent afterwards from its page, with "Send"). */
export function MlaDraftForm({ caseId, onClose }: { caseId: string; onClose: () => void }) {
  const { t, label, state } = useT();
  const client = useQueryClient();
  const navigate = useNavigate();
  const caseQuery = useCase(caseId);
  const assets = useQuery({
    queryKey: ["/api/v1/assets/", { case: caseId, page: 1, pageSize: 200 }],
    queryFn: async () => unwrap(await api.GET("/api/v1/assets/", { params: { query: { case: caseId, page_size: 200 } } })),
  });
  const owner = caseQuery.data?.data.owner_state;
  const places = [...new Set((caseQuery.data?.data.jurisdictions ?? []).map((j) => j.state))].filter((code) => code !== owner);
  const [kind, setKind] = useState<Schemas["MlaKindEnum"]>("freeze");
  const [direction, setDirection] = useState<Direction>("outgoing");
  const [other, setOther] = useState("");
  const [subdivision, setSubdivision] = useState("");
  const [dueOn, setDueOn] = useState("");
  const [reference, setReference] = useState("");
  const [description, setDescription] = useState("");
  const [chosen, setChosen] = useState<string[]>([]);
  const [share, setShare] = useState(true);
  const { errors, summary, mutation, submit } = useProblemForm({
    mutationFn: async () =>
      unwrap(
        await api.POST("/api/v1/mla-requests/", {
          body: {
            case: caseId,
            kind,
            ...draftSides({ direction, otherState: other, subdivision }),
            due_on: dueOn || null,
            requesting_reference: reference.trim(),
            description: description.trim(),
            assets: chosen,
            share_with_requested_state: share,
          },
        }),
      ),
    onSuccess: async (created) => {
      await client.invalidateQueries({ queryKey: ["/api/v1/mla-requests/"] });
      onClose();
      void navigate({ to: "/mla-requests/$mlaId", params: { mlaId: created.id } });
    },
    controlFor: (attr): string | null => (attr ? (draftControlFor(attr) ?? attr) : null),
  });
  return (
    <Modal opened onClose={onClose} closeButtonProps={{ "aria-label": t("common.close") }} title={t("mla.new")} centered size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormError message={summary} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NativeSelect
              label={t("mla.kind")}
              required
              value={kind}
              error={errors.kind}
              onChange={(e) => setKind(e.currentTarget.value as Schemas["MlaKindEnum"])}
              data={KINDS.map((k) => ({ value: k, label: label("mlaKind", k) }))}
            />
            <NativeSelect
              label={t("mla.direction")}
              description={t(`mla.directionHelp.${direction}`)}
              required
              value={direction}
              error={errors.direction}
              onChange={(e) => setDirection(e.currentTarget.value as Direction)}
              data={(["outgoing", "incoming"] as const).map((d) => ({ value: d, label: t(`direction.${d}`) }))}
            />
            {direction === "outgoing" && places.length > 0 ? (
              <NativeSelect
                label={t("mla.requested")}
                required
                value={other}
                error={errors.otherState}
                onChange={(e) => setOther(e.currentTarget.value)}
                data={[{ value: "", label: t("acts.choose") }, ...places.map((code) => ({ value: code, label: state(code) }))]}
              />
            ) : (
              <TextInput
                label={direction === "outgoing" ? t("mla.requested") : t("mla.requesting")}
                description={t("acts.stateCode")}
                required
                maxLength={2}
                value={other}
                error={errors.otherState}
                onChange={(e) => setOther(e.currentTarget.value)}
              />
            )}
            <TextInput
              label={t("mla.requestedSubdivision")}
              description={t("mla.subdivisionHelp")}
              maxLength={8}
              value={subdivision}
              error={errors.subdivision}
              onChange={(e) => setSubdivision(e.currentTarget.value)}
            />
            <TextInput
              type="date"
              label={t("mla.dueProposed")}
              value={dueOn}
              error={errors.due_on}
              onChange={(e) => setDueOn(e.currentTarget.value)}
            />
            <TextInput
              label={t("mla.requestingReference")}
              value={reference}
              error={errors.requesting_reference}
              onChange={(e) => setReference(e.currentTarget.value)}
            />
          </SimpleGrid>
          <Textarea
            label={t("mla.assistance")}
            autosize
            minRows={3}
            value={description}
            error={errors.description}
            onChange={(e) => setDescription(e.currentTarget.value)}
          />
          {(assets.data?.results.length ?? 0) > 0 && (
            <Checkbox.Group label={t("mla.assets")} value={chosen} onChange={setChosen} error={errors.assets}>
              <Stack gap={4} mt={4}>
                {assets.data!.results.map((asset) => (
                  <Checkbox key={asset.id} value={asset.id} label={`${asset.description} (${state(asset.jurisdiction)})`} />
                ))}
              </Stack>
            </Checkbox.Group>
          )}
          <Checkbox
            label={direction === "outgoing" ? t("mla.shareWithRequested") : t("mla.shareWithRequesting")}
            checked={share}
            onChange={(e) => setShare(e.currentTarget.checked)}
          />
          <FormActions onCancel={onClose} submitLabel={t("mla.saveDraft")} loading={mutation.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
