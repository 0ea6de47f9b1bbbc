import { Alert, Badge, Button, Card, Center, Group, Loader, Pagination, Table, Text, Textarea, Title, type TableProps } from "@mantine/core";
import type { ReactNode } from "react";
import { ApiError } from "../api/client";
import type { MessageId } from "../i18n/en";
import { useT } from "../i18n/locale";

export const PAGE_SIZE = 25;

export function Loading() {
  const { t } = useT();
  return (
    <Center p="lg" role="status" aria-live="polite">
      <Loader size="sm" aria-hidden />
      <Text ml="sm">{t("app.loading")}</Text>
    </Center>
  );
}

export function QueryState({
  error,
  pending,
  retry,
  children,
}: {
  error: unknown;
  pending: boolean;
  retry?: () => void;
  children: ReactNode;
}) {
  const { t } = useT();
  if (pending) return <Loading />;
  if (error) {
    const notFound = error instanceof ApiError && error.status === 404;
    // 501: the embedded demo database cannot run this (reports need PostgreSQL).
    const unsupported = error instanceof ApiError && error.status === 501;
    const message: MessageId = notFound
      ? "app.notFound"
      : unsupported
        ? "app.needsPostgresql"
        : "app.error";
    return (
      <Alert color={notFound || unsupported ? "gray" : "red"} role="alert">
        <Text>{t(message)}</Text>
        {retry && !notFound && (
          <Button mt="sm" size="xs" variant="outline" onClick={retry}>
            {t("app.retry")}
          </Button>
        )}
      </Alert>
    );
  }
  return <>{children}</>;
}

export function Pages({
  count,
  page,
  onChange,
  pageSize = PAGE_SIZE,
  atLeast = false,
}: {
  count: number;
  page: number;
  onChange: (page: number) => void;
  pageSize?: number;
  /** The count is a lower bound (API.md: `count_is_lower_bound`): there are more pages after. */
  atLeast?: boolean;
}) {
  const { t } = useT();
  const pages = Math.max(1, Math.ceil(count / pageSize));
  if (pages <= 1) return null;
  return (
    <Group justify="space-between" mt="md">
      <Text size="sm">{atLeast ? t("common.pageOfAtLeast", { page, pages }) : t("common.pageOf", { page, pages })}</Text>
      <Pagination
        total={pages}
        value={page}
        onChange={onChange}
        getControlProps={(control) => ({
          "aria-label": control === "previous" ? t("common.previous") : control === "next" ? t("common.next") : undefined,
        })}
        getItemProps={(item) => ({ "aria-label": t("common.pageOf", { page: item, pages }) })}
      />
    </Group>
  );
}

// Filled, in the darkest shades: white labels keep a WCAG AA contrast on every one of them.
const STAGE_COLORS: Record<string, string> = {
  identified: "gray.8",
  frozen: "blue.9",
  seized: "indigo.9",
  under_appeal: "violet.9",
  confiscated: "grape.9",
  repatriated: "teal.9",
  released: "dark.4",
  lapsed: "orange.9",
};

// A badge's label, a flex item that hides its overflow, could shrink to an ellipsis in a narrow
// table column: it keeps its whole width (`styles={WHOLE_LABEL}`).
export const WHOLE_LABEL = { label: { overflow: "visible" } } as const;

export function StageBadge({ stage }: { stage: string }) {
  const { label } = useT();
  return (
    <Badge color={STAGE_COLORS[stage] ?? "gray.8"}>
      {label("stage", stage)}
    </Badge>
  );
}

export function StatusBadge({ group, value }: { group: string; value: string }) {
  const { label } = useT();
  return (
    <Badge variant="outline" color="dark">
      {label(group, value)}
    </Badge>
  );
}

/** A page of a list as a striped table with column headers, or a sentence when it is empty. */
export function ListTable({
  empty,
  emptyText,
  minWidth,
  headers,
  children,
}: {
  empty: boolean;
  emptyText: string;
  minWidth: number;
  headers: ReactNode[];
  children: ReactNode;
}) {
  if (empty) return <Text>{emptyText}</Text>;
  return (
    <Table.ScrollContainer minWidth={minWidth}>
      <HeadedTable striped headers={headers}>
        {children}
      </HeadedTable>
    </Table.ScrollContainer>
  );
}

/** A table whose first row names its columns (`scope="col"`, for screen readers), then its rows. */
export function HeadedTable({ headers, children, ...table }: TableProps & { headers: ReactNode[]; children: ReactNode }) {
  return (
    <Table {...table}>
      <Table.Thead>
        <Table.Tr>
          {headers.map((header, index) => (
            <Table.Th key={index} scope="col">
              {header}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>{children}</Table.Tbody>
    </Table>
  );
}

/** A bordered section of a page under its heading (`h3` on a page of sections, `h4` inside a tab). */
export function SectionCard({ title, size, children }: { title: ReactNode; size: "h3" | "h4"; children: ReactNode }) {
  return (
    <Card withBorder>
      <Title order={2} size={size} mb={size === "h3" ? "sm" : "xs"}>
        {title}
      </Title>
      {children}
    </Card>
  );
}

/** The last column of a list of grants (shares, feed tokens): its header, named for screen readers only. */
export function RevokeHeader() {
  const { t } = useT();
  return <span className="visually-hidden">{t("sharing.revoke")}</span>;
}

/** The row's button that revokes its grant; `label` names the grant for screen readers. */
export function RevokeCell({ label, loading, onClick }: { label: string; loading?: boolean; onClick: () => void }) {
  const { t } = useT();
  return (
    <Table.Td>
      <Button size="xs" color="red.9" variant="outline" loading={loading} onClick={onClick} aria-label={label}>
        {t("sharing.revoke")}
      </Button>
    </Table.Td>
  );
}

/** A form's last row: Cancel, and the button that submits it. */
export function FormActions({ onCancel, submitLabel, loading }: { onCancel: () => void; submitLabel: string; loading: boolean }) {
  const { t } = useT();
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onCancel}>
        {t("cases.cancel")}
      </Button>
      <Button type="submit" loading={loading}>
        {submitLabel}
      </Button>
    </Group>
  );
}

/** The note of an act (an asset's or an MLA request's): its reasons, or what else it records. */
export function ActNote({
  value,
  error,
  required,
  onChange,
}: {
  value: string;
  error?: string;
  required: boolean;
  onChange: (value: string) => void;
}) {
  const { t } = useT();
  return (
    <Textarea
      label={t("acts.note")}
      required={required}
      autosize
      minRows={2}
      value={value}
      error={error}
      onChange={(e) => onChange(e.currentTarget.value)}
    />
  );
}

/** What went wrong with a form as a whole, above its fields; nothing while all is well. */
export function FormError({ message }: { message: string | null }) {
  return message ? (
    <Alert color="red" role="alert">
      {message}
    </Alert>
  ) : null;
}
