import { useQuery } from "@tanstack/react-query";
import { api, unwrap } from "../api/client";

/** The asset's freeze and seizure orders, oldest first, with their status now. */
export function useRestraintOrders(assetId: string, enabled = true) {
  return useQuery({
    queryKey: ["/api/v1/assets/{asset_id}/restraint-orders/", assetId],
    enabled,
    queryFn: async () =>
      unwrap(await api.GET("/api/v1/assets/{asset_id}/restraint-orders/", { params: { path: { asset_id: assetId } } })),
  });
}

/** One asset (the owning state's view carries its `version`, sent back as If-Match). */
export function useAsset(assetId: string) {
  return useQuery({
    queryKey: ["/api/v1/assets/{id}/", assetId],
    queryFn: async () => unwrap(await api.GET("/api/v1/assets/{id}/", { params: { path: { id: assetId } } })),
  });
}

/** If-Match for a record the caller may change (its version); partners see none and send none. */
export function ifMatchVersion(record: { version?: number }): Record<string, string> {
  return record.version === undefined ? {} : { "If-Match": `"${record.version}"` };
}
