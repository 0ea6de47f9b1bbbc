import { Badge } from "@mantine/core";
import { Link } from "@tanstack/react-router";
import { useT } from "../i18n/locale";
import { useUnreadCount } from "../notifications/NotificationsPage";

/** The unread count in the header, a link to the unread part of the inbox. */
export function UnreadLink() {
  const { t } = useT();
  const query = useUnreadCount();
  const count = query.data?.unread ?? 0;
  return (
    <Badge
      component={Link}
      to="/notifications"
      search={{ unread: true } as never}
      color={count ? "red.9" : "gray.8"}
      size="lg"
      style={{ cursor: "pointer", textTransform: "none" }}
      data-testid="unread-count"
    >
      {t("header.unread", { count })}
    </Badge>
  );
}
