import { useNavigate, useSearch } from "@tanstack/react-router";

/** The page of a case file tab's list, kept in the URL (?page=N) like every list's page. */
export function useTabPage(): [number, (page: number) => void] {
  const search = useSearch({ strict: false }) as { page?: number };
  const navigate = useNavigate();
  const page = typeof search.page === "number" && search.page > 1 ? search.page : 1;
  return [
    page,
    (next: number) =>
      void navigate({ to: ".", search: (previous: Record<string, unknown>) => ({ ...previous, page: next > 1 ? next : undefined }) } as never),
  ];
}
