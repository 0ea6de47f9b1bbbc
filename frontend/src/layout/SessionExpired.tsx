import { Modal, Text } from "@mantine/core";
import { LoginForm } from "../auth/LoginForm";
import { useSession } from "../auth/session";
import { useT } from "../i18n/locale";

/** The session ended (idle or absolute expiry) while the user worked: sign in again over the
 * screen, so that nothing typed in it is lost. */
export function SessionExpired() {
  const { t } = useT();
  const { me, expired, clearExpired } = useSession();
  return (
    <Modal opened={expired} onClose={() => undefined} withCloseButton={false} title={t("login.title")} centered>
      <Text mb="md">{t("app.sessionExpired")}</Text>
      <LoginForm username={me?.username} onDone={clearExpired} />
    </Modal>
  );
}
