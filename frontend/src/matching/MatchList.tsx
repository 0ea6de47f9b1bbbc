import { Badge, Button, Card, Group, List, Progress, Stack, Text } from "@mantine/core";
import { useRef } from "react";
import { FormError, QueryState } from "../common/ui";
import { AnchorLink } from "../common/links";
import { useT } from "../i18n/locale";
import { useProblemForm } from "../common/useProblemForm";
import { featureWords } from "./explain";
import { JUDGEMENTS, postDecision, useAfterDecision, useMatches, type Judgement, type Match, type MatchedRecord } from "./queries";

// Mantine's teal.9, red.9 and grape.9 as hex values: white labels keep an AA contrast on them,
// and a hovered filled button darkens (a theme shade 9 would hover to the lighter shade 8,
// below AA under the pointer that just decided).
const JUDGEMENT_COLOR: Record<Judgement, string> = { positive: "#087f5b", negative: "#c92a2a", unsure: "#862e9c" };

/** The candidate matches of one subject or asset in the other cases the caller may see, best
 * first, each with what made its score; the case team decides on each, others only read. */
export function MatchList({ kind, recordId, canDecide }: { kind: MatchedRecord; recordId: string; canDecide: boolean }) {
  const { t } = useT();
  const query = useMatches(kind, recordId);
  const matches = query.data ?? [];
  return (
    <QueryState pending={query.isPending} error={query.error} retry={() => void query.refetch()}>
      {matches.length === 0 ? (
        <Text>{t("matches.none")}</Text>
      ) : (
        <Stack gap="sm">
          {!canDecide && (
            <Text size="sm" c="gray.8">
              {t("matches.readOnly")}
            </Text>
          )}
          <Stack component="ul" gap="sm" aria-label={t("matches.list")} p={0} m={0} style={{ listStyle: "none" }}>
            {matches.map((match) => (
              <MatchCard key={match.id} kind={kind} recordId={recordId} match={match} canDecide={canDecide} />
            ))}
          </Stack>
        </Stack>
      )}
    </QueryState>
  );
}

function matchedName(match: Match): string {
  return "name" in match.matched ? match.matched.name : match.matched.description;
}

function MatchCard({ kind, recordId, match, canDecide }: { kind: MatchedRecord; recordId: string; match: Match; canDecide: boolean }) {
  const { t, label, percent, dateTime } = useT();
  const afterDecision = useAfterDecision();
  const chosen = useRef<Judgement>("unsure");
  const name = matchedName(match);
  const titleId = `match-${match.id}`;
  const { summary, mutation } = useProblemForm({
    mutationFn: () => postDecision(kind, recordId, match.id, chosen.current),
    onSuccess: afterDecision,
    controlFor: () => null,
    onProblem: (problem, _placed, rest) =>
      [t("matches.failed"), problem?.errors?.length ? "" : (problem?.detail ?? ""), ...rest].filter(Boolean).join(" "),
  });
  const decide = (judgement: Judgement) => {
    chosen.current = judgement;
    mutation.mutate();
  };
  const features = Object.entries(match.explanation).filter(([, feature]) => feature.score !== 0);
  return (
    <Card component="li" withBorder padding="sm" aria-labelledby={titleId} data-testid="match">
      <Stack gap={6}>
        <Group justify="space-between" align="start" wrap="wrap">
          <Stack gap={2}>
            <Group gap="xs">
              <Text fw={600} id={titleId}>
                {name}
              </Text>
              <Badge variant="outline" color="dark">
                {label(kind === "subject" ? "subjectKind" : "assetKind", match.matched.kind)}
              </Badge>
            </Group>
            <AnchorLink to="/cases/$caseId" params={{ caseId: match.matched.case }} size="sm">
              {t("matches.case", { reference: match.matched.case_reference })}
            </AnchorLink>
          </Stack>
          <Stack gap={2} align="end">
            <Badge color={match.judgement ? JUDGEMENT_COLOR[match.judgement] : "gray.8"} data-testid="judgement">
              {match.judgement ? t(`judgement.${match.judgement}`) : t("matches.undecided")}
            </Badge>
            {match.decided_at && (
              <Text size="xs" c="gray.8">
                {t("matches.decidedAt", { when: dateTime(match.decided_at) })}
              </Text>
            )}
          </Stack>
        </Group>
        <Group gap="sm" wrap="nowrap">
          <Text size="sm" fw={500} style={{ whiteSpace: "nowrap" }}>
            {t("matches.scoreValue", { score: percent(match.score) })}
          </Text>
          <Progress value={Math.round(Math.min(1, Math.max(0, match.score)) * 100)} color="blue.9" w={160} aria-hidden />
        </Group>
        {features.length > 0 && (
          <div>
            <Text size="sm" fw={500}>
              {t("matches.why")}
            </Text>
            <List size="sm" spacing={2}>
              {features.map(([feature, { score, detail }]) => {
                const words = featureWords(detail);
                return (
                  <List.Item key={feature}>
                    {t(words.compared.length > 0 ? "matches.featureWith" : "matches.featureAlone", {
                      feature: label("matches.feature", feature),
                      score: percent(score),
                      compared: words.compared.join(", "),
                    })}
                    {words.oneSideOnly.length > 0 && ` · ${t("matches.oneSideOnly", { parts: words.oneSideOnly.join(", ") })}`}
                  </List.Item>
                );
              })}
            </List>
          </div>
        )}
        <FormError message={summary} />
        {canDecide && (
          <Group gap="xs" role="group" aria-label={t("matches.decide", { name })}>
            {JUDGEMENTS.map((judgement) => (
              <Button
                key={judgement}
                size="xs"
                variant={match.judgement === judgement ? "filled" : "outline"}
                color={JUDGEMENT_COLOR[judgement]}
                aria-pressed={match.judgement === judgement}
                loading={mutation.isPending && chosen.current === judgement}
                disabled={mutation.isPending}
                onClick={() => decide(judgement)}
              >
                {t(`judgement.${judgement}`)}
              </Button>
            ))}
          </Group>
        )}
      </Stack>
    </Card>
  );
}
