// The case's chronology from what the API gives: offices held (subjects' occupancies), legal
// acts on assets (their transitions and orders), freezes' expiry, MLA requests' steps and answer
// dates, documents, tasks (due, or done). Pure: the screen fetches, this puts in order and filters.
import type { Schemas } from "../api/client";

export type TimelineEvent = {
  id: string;
  date: string; // YYYY-MM-DD
  kind: "office_start" | "office_end" | "order" | "act" | "freeze_expiry" | "mla_step" | "mla_due" | "document" | "task";
  title: string;
  detail?: string;
  subjects: string[];
  assets: string[];
  link?: { to: "/assets/$assetId"; params: { assetId: string } } | { to: "/mla-requests/$mlaId"; params: { mlaId: string } };
};

export type TimelineInput = {
  subjects: Schemas["Subject"][];
  assets: Schemas["Asset"][];
  acts: Record<string, Schemas["AssetTransition"][]>;
  requests: Schemas["Mla"][];
  steps: Record<string, Schemas["MlaTransition"][]>;
  documents: Schemas["Document"][];
  tasks?: Schemas["Task"][];
};

export type Labels = {
  action: (action: string) => string;
  mlaStep: (action: string) => string;
  mlaKind: (kind: string) => string;
  state: (code: string) => string;
  tookOffice: (position: string) => string;
  leftOffice: (position: string) => string;
  freezeExpires: string;
  mlaDue: string;
  document: string;
  taskDue?: string;
  taskDone?: string;
};

export type TimelineFilter = { subject?: string; asset?: string };

function day(instant: string): string {
  return instant.slice(0, 10);
}

export function assembleTimeline(input: TimelineInput, l: Labels): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  const assetSubjects = new Map<string, string[]>();
  for (const asset of input.assets) {
    assetSubjects.set(asset.id, [asset.holder, asset.beneficial_owner].filter((s): s is string => !!s));
  }
  for (const subject of input.subjects) {
    for (const o of subject.occupancies) {
      const where = [o.position, o.institution].filter(Boolean).join(", ");
      if (o.start_date) events.push({ id: `${o.id}-start`, date: o.start_date, kind: "office_start", title: l.tookOffice(where), detail: subject.name, subjects: [subject.id], assets: [] });
      if (o.end_date) events.push({ id: `${o.id}-end`, date: o.end_date, kind: "office_end", title: l.leftOffice(where), detail: subject.name, subjects: [subject.id], assets: [] });
    }
  }
  for (const asset of input.assets) {
    const subjects = assetSubjects.get(asset.id) ?? [];
    const link = { to: "/assets/$assetId" as const, params: { assetId: asset.id } };
    for (const act of input.acts[asset.id] ?? []) {
      const order = act.order ? `${act.order.authority}, ${act.order.reference}` : "";
      // An act counts from its order's date of issue where it has one (the legal date).
      events.push({
        id: act.id,
        date: act.order?.issued_on ?? day(act.performed_at),
        kind: act.order ? "order" : "act",
        title: `${l.action(act.action)}: ${asset.description}`,
        detail: [order, act.note].filter(Boolean).join(" · ") || undefined,
        subjects,
        assets: [asset.id],
        link,
      });
    }
    if (asset.freeze_expires_on) {
      events.push({ id: `${asset.id}-expiry`, date: asset.freeze_expires_on, kind: "freeze_expiry", title: `${l.freezeExpires}: ${asset.description}`, subjects, assets: [asset.id], link });
    }
  }
  for (const request of input.requests) {
    const subjects = [...new Set(request.assets.flatMap((a) => assetSubjects.get(a) ?? []))];
    const link = { to: "/mla-requests/$mlaId" as const, params: { mlaId: request.id } };
    const name = `${l.mlaKind(request.kind)} → ${l.state(request.requested_state)}`;
    for (const step of input.steps[request.id] ?? []) {
      events.push({ id: step.id, date: day(step.performed_at), kind: "mla_step", title: `${l.mlaStep(step.action)}: ${name}`, detail: step.reason || step.note || undefined, subjects, assets: request.assets, link });
    }
    if (request.due_on && !request.closed_on) {
      events.push({ id: `${request.id}-due`, date: request.due_on, kind: "mla_due", title: `${l.mlaDue}: ${name}`, subjects, assets: request.assets, link });
    }
  }
  const requestAssets = new Map(input.requests.map((r) => [r.id, r.assets]));
  for (const doc of input.documents) {
    const assets = doc.asset ? [doc.asset] : doc.mla_request ? requestAssets.get(doc.mla_request) ?? [] : [];
    const subjects = [...new Set(assets.flatMap((a) => assetSubjects.get(a) ?? []))];
    events.push({
      id: doc.id,
      date: day(doc.uploaded_at),
      kind: "document",
      title: `${l.document}: ${doc.title}`,
      subjects,
      assets,
      ...(doc.mla_request ? { link: { to: "/mla-requests/$mlaId" as const, params: { mlaId: doc.mla_request } } } : {}),
    });
  }
  for (const task of input.tasks ?? []) {
    const assets = task.asset ? [task.asset] : [];
    const subjects = [...new Set(assets.flatMap((a) => assetSubjects.get(a) ?? []))];
    const link = task.asset ? { link: { to: "/assets/$assetId" as const, params: { assetId: task.asset } } } : {};
    if (task.status === "done" && task.completed_at) {
      events.push({ id: `${task.id}-done`, date: day(task.completed_at), kind: "task", title: `${l.taskDone ?? "Task done"}: ${task.title}`, subjects, assets, ...link });
    } else if (task.due_on && (task.status === "open" || task.status === "in_progress")) {
      events.push({ id: `${task.id}-due`, date: task.due_on, kind: "task", title: `${l.taskDue ?? "Task due"}: ${task.title}`, subjects, assets, ...link });
    }
  }
  return events.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}

/** Keeps what concerns a subject (its offices, the assets it holds or owns, their acts, requests
 * and documents) or one asset. */
export function filterTimeline(events: TimelineEvent[], filter: TimelineFilter): TimelineEvent[] {
  return events.filter(
    (e) => (!filter.subject || e.subjects.includes(filter.subject)) && (!filter.asset || e.assets.includes(filter.asset)),
  );
}
