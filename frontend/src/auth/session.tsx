import { useQuery, useQueryClient } from "@tanstack/react-query";
import { createContext, useContext, useEffect, useState, type ReactNode } from "react";
import { api, ApiError, ensureCsrf, onUnauthorized, unwrap, type Schemas } from "../api/client";

export type Me = Schemas["Me"];
export const ME_KEY = ["/api/v1/auth/me/"] as const;

async function fetchMe(): Promise<Me | null> {
  // Both at once: the first screen waits for one round trip, not two.
  const [result, mfa] = await Promise.all([api.GET("/api/v1/auth/me/"), api.GET("/api/v1/auth/mfa/")]);
  if (result.response.status === 401 || result.response.status === 403) return null;
  const me = unwrap(result);
  // A half sign-in (the role requires a second factor, none enrolled yet) may only enrol: end
  // it, and the sign-in form starts again with the enrolment.
  if (mfa.response.ok && mfa.data?.pending) {
    await ensureCsrf();
    await api.POST("/api/v1/auth/logout/");
    return null;
  }
  return me;
}

type Session = {
  me: Me | null;
  loading: boolean;
  /** The session ended while the user was working (idle or absolute expiry). */
  expired: boolean;
  clearExpired: () => void;
};
const SessionContext = createContext<Session>({
  me: null,
  loading: true,
  expired: false,
  clearExpired: () => undefined,
});

export function SessionProvider({ children }: { children: ReactNode }) {
  const query = useQuery({ queryKey: ME_KEY, queryFn: fetchMe, staleTime: 60_000, retry: false });
  const [expired, setExpired] = useState(false);
  useEffect(
    () =>
      onUnauthorized(() => {
        // Keep the screen (and what is typed in it); ask for the password over it.
        setExpired(true);
      }),
    [],
  );
  const me = query.data ?? null;
  return (
    <SessionContext.Provider
      value={{
        me,
        loading: query.isPending,
        expired: expired && me !== null,
        clearExpired: () => setExpired(false),
      }}
    >
      {children}
    </SessionContext.Provider>
  );
}

export function useSession() {
  return useContext(SessionContext);
}

export function useSignOut() {
  const client = useQueryClient();
  return async () => {
    try {
      unwrapOrIgnore(await api.POST("/api/v1/auth/logout/"));
    } finally {
      client.setQueryData(ME_KEY, null);
      client.removeQueries({ predicate: (q) => q.queryKey[0] !== ME_KEY[0] });
    }
  };
}

function unwrapOrIgnore(result: { response: Response }) {
  if (!result.response.ok && result.response.status !== 401) {
    throw new ApiError(result.response.status, undefined);
  }
}

export function isOwningTeam(me: Me | null, item: { team?: { id: string }[]; lead_prosecutor?: { id: string } }) {
  if (!me) return false;
  return item.lead_prosecutor?.id === me.id || (item.team ?? []).some((m) => m.id === me.id);
}
