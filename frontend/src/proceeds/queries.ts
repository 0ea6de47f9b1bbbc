import { useQuery } from "@tanstack/react-query";
import { api, unwrap } from "../api/client";
import { PAGE_SIZE } from "../common/ui";

export { useCaseSubjects } from "../common/queries";

export function useValueOrders(caseId: string, page: number) {
  return useQuery({
    queryKey: ["/api/v1/value-orders/", { case: caseId, page }],
    queryFn: async () =>
      unwrap(await api.GET("/api/v1/value-orders/", { params: { query: { case: caseId, page, page_size: PAGE_SIZE } as never } })),
  });
}

export function useSatisfactions(orderId: string) {
  return useQuery({
    queryKey: ["/api/v1/value-orders/{id}/satisfactions/", orderId],
    queryFn: async () =>
      unwrap(
        await api.GET("/api/v1/value-orders/{id}/satisfactions/", {
          params: { path: { id: orderId }, query: { page_size: 200 } as never },
        }),
      ),
  });
}

export function useSharingAgreements(caseId: string, page: number) {
  return useQuery({
    queryKey: ["/api/v1/sharing-agreements/", { case: caseId, page }],
    queryFn: async () =>
      unwrap(await api.GET("/api/v1/sharing-agreements/", { params: { query: { case: caseId, page, page_size: PAGE_SIZE } as never } })),
  });
}

export function useThirdPartyClaims(caseId: string, page: number) {
  return useQuery({
    queryKey: ["/api/v1/third-party-claims/", { case: caseId, page }],
    queryFn: async () =>
      unwrap(await api.GET("/api/v1/third-party-claims/", { params: { query: { case: caseId, page, page_size: PAGE_SIZE } as never } })),
  });
}

/** The case's assets (one page of 200), to name them and to choose one in a form. */
export function useCaseAssets(caseId: string) {
  return useQuery({
    queryKey: ["/api/v1/assets/", { case: caseId, page: 1, page_size: 200 }],
    queryFn: async () => unwrap(await api.GET("/api/v1/assets/", { params: { query: { case: caseId, page: 1, page_size: 200 } } })),
  });
}
