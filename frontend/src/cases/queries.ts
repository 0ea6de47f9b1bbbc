import { useQuery } from "@tanstack/react-query";
import { api, unwrap } from "../api/client";

export const caseKey = (caseId: string) => ["/api/v1/cases/{id}/", caseId] as const;

/** One case with its ETag, for If-Match on the next write. */
export function useCase(caseId: string) {
  return useQuery({
    queryKey: caseKey(caseId),
    enabled: caseId !== "",
    queryFn: async () => {
      const result = await api.GET("/api/v1/cases/{id}/", { params: { path: { id: caseId } } });
      const data = unwrap(result);
      return { data, etag: result.response.headers.get("ETag") };
    },
  });
}
