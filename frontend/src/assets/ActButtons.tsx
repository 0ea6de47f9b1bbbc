import { Button, Group } from "@mantine/core";
import { useState } from "react";
import type { Schemas } from "../api/client";
import { useT } from "../i18n/locale";
import { ActDialog } from "./ActDialog";
import { allowedActs, type AssetAction } from "./actRules";

/** One button per act the caller may record now on this asset (nothing else is offered). */
export function ActButtons({
  asset,
  history,
  tier,
  size = "sm",
}: {
  asset: Schemas["Asset"];
  history?: Schemas["AssetTransition"][];
  tier?: string;
  size?: "xs" | "sm";
}) {
  const { label } = useT();
  const [open, setOpen] = useState<AssetAction | null>(null);
  // A correction names an earlier act: offered where the history is shown.
  const acts = allowedActs(asset).filter((action) => history !== undefined || action !== "correct_record");
  if (acts.length === 0) return null;
  return (
    <>
      <Group gap="xs" wrap="wrap">
        {acts.map((action) => (
          <Button key={action} size={size} variant={action === "correct_record" ? "default" : "light"} onClick={() => setOpen(action)}>
            {label("action", action)}
          </Button>
        ))}
      </Group>
      {open && <ActDialog action={open} assets={[asset]} history={history} tier={tier} onClose={() => setOpen(null)} />}
    </>
  );
}
