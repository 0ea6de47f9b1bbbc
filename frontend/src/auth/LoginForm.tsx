import { Button, Code, List, PasswordInput, Stack, Text, TextInput, Title } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { api, ApiError, ensureCsrf, unwrap } from "../api/client";
import { FormError } from "../common/ui";
import { useT } from "../i18n/locale";
import { ME_KEY } from "./session";

type Step = "password" | "otp" | "enrol" | "codes";

/** Password, then the second factor when asked; enrolment when the role requires one. */
export function LoginForm({ onDone, username: fixedUsername }: { onDone: () => void; username?: string }) {
  const { t } = useT();
  const client = useQueryClient();
  const [username, setUsername] = useState(fixedUsername ?? "");
  const [password, setPassword] = useState("");
  const [otp, setOtp] = useState("");
  const [step, setStep] = useState<Step>("password");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [enrolment, setEnrolment] = useState<{ secret: string; uri: string } | null>(null);
  const [codes, setCodes] = useState<string[]>([]);

  async function finish() {
    await client.invalidateQueries();
    await client.refetchQueries({ queryKey: ME_KEY });
    onDone();
  }

  async function signIn(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await ensureCsrf();
      const body = step === "otp" ? { username, password, otp } : { username, password };
      const result = await api.POST("/api/v1/auth/login/", { body });
      unwrap(result);
      await ensureCsrf(true); // login rotates the token
      const status = unwrap(await api.GET("/api/v1/auth/mfa/"));
      if (status.pending && !status.enrolled) {
        const started = unwrap(await api.POST("/api/v1/auth/mfa/totp/"));
        setEnrolment({ secret: started.secret, uri: started.otpauth_uri });
        setOtp("");
        setStep("enrol");
        return;
      }
      await finish();
    } catch (caught) {
      if (caught instanceof ApiError) {
        const codesGiven = (caught.problem?.errors ?? []).map((e) => e.code);
        if (codesGiven.includes("otp_required")) {
          setStep("otp");
        } else if (codesGiven.includes("invalid_otp")) {
          setError(caught.fieldErrors().otp ?? t("login.failed"));
        } else if (caught.status === 429) {
          setError(t("login.locked"));
        } else {
          setError(t("login.failed"));
        }
      } else {
        setError(t("app.error"));
      }
    } finally {
      setBusy(false);
    }
  }

  async function confirmEnrolment(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const answer = unwrap(await api.POST("/api/v1/auth/mfa/totp/confirm/", { body: { otp } }));
      setCodes(answer.recovery_codes);
      setStep("codes");
    } catch (caught) {
      setError(caught instanceof ApiError ? (caught.fieldErrors().otp ?? caught.message) : t("app.error"));
    } finally {
      setBusy(false);
    }
  }

  if (step === "codes") {
    return (
      <Stack>
        <Text>{t("login.recoveryCodes")}</Text>
        <List>
          {codes.map((code) => (
            <List.Item key={code}>
              <Code>{code}</Code>
            </List.Item>
          ))}
        </List>
        <Button onClick={() => void finish()}>{t("login.continue")}</Button>
      </Stack>
    );
  }

  // The authenticator's code: to confirm a new app, or as the second factor of a sign-in.
  const otpInput = (extra: { inputMode?: "numeric"; autoFocus?: boolean }) => (
    <TextInput
      label={t("login.otp")}
      description={t("login.otpHint")}
      value={otp}
      onChange={(e) => setOtp(e.currentTarget.value)}
      autoComplete="one-time-code"
      required
      {...extra}
    />
  );

  if (step === "enrol" && enrolment) {
    return (
      <form onSubmit={confirmEnrolment} noValidate>
        <Stack>
          <Title order={2} size="h3">
            {t("login.enrolTitle")}
          </Title>
          <Text>{t("login.enrolIntro")}</Text>
          <Text>
            {t("login.enrolSecret")}: <Code data-testid="totp-secret">{enrolment.secret}</Code>
          </Text>
          <FormError message={error} />
          {otpInput({ inputMode: "numeric" })}
          <Button type="submit" loading={busy}>
            {t("login.enrolConfirm")}
          </Button>
        </Stack>
      </form>
    );
  }

  return (
    <form onSubmit={signIn} noValidate>
      <Stack>
        <FormError message={error} />
        <TextInput
          label={t("login.username")}
          value={username}
          onChange={(e) => setUsername(e.currentTarget.value)}
          autoComplete="username"
          required
          readOnly={Boolean(fixedUsername)}
        />
        <PasswordInput
          label={t("login.password")}
          value={password}
          onChange={(e) => setPassword(e.currentTarget.value)}
          autoComplete="current-password"
          required
          visibilityToggleButtonProps={{ "aria-label": t("login.showPassword") }}
        />
        {/* A recovery code has letters too: no numeric keyboard here. */}
        {step === "otp" && otpInput({ autoFocus: true })}
        <Button type="submit" loading={busy}>
          {t("login.submit")}
        </Button>
      </Stack>
    </form>
  );
}
