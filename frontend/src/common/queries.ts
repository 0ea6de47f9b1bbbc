import { useQuery } from "@tanstack/react-query";
import { api, unwrap, type Schemas } from "../api/client";

/** Every cooperating state (two pages of 200), for state pickers; names come from Intl. */
export function useStates() {
  return useQuery({
    queryKey: ["/api/v1/states/", "all"],
    staleTime: 3_600_000,
    queryFn: async () => {
      const states: Schemas["State"][] = [];
      for (let page = 1; page <= 5; page += 1) {
        const data = unwrap(await api.GET("/api/v1/states/", { params: { query: { page, page_size: 200 } } }));
        states.push(...data.results);
        if (!data.next) break;
      }
      return states;
    },
  });
}

/** The case's subjects (one page of 200): to name them (who holds an asset, whom a value order is against) and to
 * choose one in a form. Only the subjects the caller may see: a hidden holder is not named. */
export function useCaseSubjects(caseId: string) {
  return useQuery({
    queryKey: ["/api/v1/subjects/", { case: caseId, page: 1, page_size: 200 }],
    enabled: caseId !== "",
    queryFn: async () =>
      unwrap(await api.GET("/api/v1/subjects/", { params: { query: { case: caseId, page: 1, page_size: 200 } as never } })),
  });
}
