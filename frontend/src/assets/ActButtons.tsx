import { Button, Group } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { api, unwrap, type Schemas } from "../api/client";
import { useT } from "../i18n/locale";
import { ActDialog } from "./ActDialog";
import { orderedActs, type OpenAct } from "./actRules";

/** The acts the caller may record on an asset now, per caller (empty for a liaison). */
export function actsQuery(assetId: string) {
  return {
    queryKey: ["/api/v1/assets/{asset_id}/actions/", assetId],
    queryFn: async () =>
      orderedActs(unwrap(await api.GET("/api/v1/assets/{asset_id}/actions/", { params: { path: { asset_id: assetId } } }))),
  };
}

export function useAssetActs(assetId: string) {
  return useQuery(actsQuery(assetId));
}

/** One button per act the caller may record now on this asset (nothing else is offered). */
export function ActButtons({
  asset,
  acts,
  history,
  tier,
  size = "sm",
}: {
  asset: Schemas["Asset"];
  acts: OpenAct[];
  history?: Schemas["AssetTransition"][];
  tier?: string;
  size?: "xs" | "sm";
}) {
  const { label } = useT();
  const [open, setOpen] = useState<OpenAct | null>(null);
  // A correction names an earlier act: offered where the history is shown.
  const shown = acts.filter((act) => history !== undefined || act.action !== "correct_record");
  if (shown.length === 0) return null;
  return (
    <>
      <Group gap="xs" wrap="wrap">
        {shown.map((act) => (
          <Button
            key={act.action}
            size={size}
            variant={act.action === "correct_record" ? "default" : "light"}
            title={act.meaning}
            onClick={() => setOpen(act)}
          >
            {label("action", act.action)}
          </Button>
        ))}
      </Group>
      {open && <ActDialog act={open} assets={[asset]} history={history} tier={tier} onClose={() => setOpen(null)} />}
    </>
  );
}
