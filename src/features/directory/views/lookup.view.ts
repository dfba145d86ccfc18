/** Puts a lookup result into words and buttons, in Dutch or English. */
import { formatDay, formatLocal } from "../../../core/calendar/amsterdam-time.js";
import type { Lang } from "../../../core/shared/lang.js";
import { joinOr, t } from "../../../views/i18n.js";
import { type Block, type Inline, type Message, personInline } from "../../../views/message.js";
import { roleLabel } from "../../../views/role-label.js";
import type { AvailabilityView } from "../core/availability.policy.js";
import type { ContactPerson, TopicRecord } from "../core/directory.ports.js";
import type { LookupResult, PersonAnswer, ServiceAnswer, TopicSection } from "../core/lookup.result.js";

/** Services shown per topic; the rest are counted, so answers stay within every platform's limits. */
export const MAX_SERVICES_PER_TOPIC = 5;

export function lookupView(result: LookupResult, lang: Lang): Message {
  switch (result.kind) {
    case "answer":
      return answerView(result, lang);
    case "ask-wijk":
      return askWijkView(result, lang);
    case "choose-topic":
      return chooseTopicView(result, lang);
    case "unknown-topic":
      return unknownTopicView(result, lang);
  }
}

function answerView(result: Extract<LookupResult, { kind: "answer" }>, lang: Lang): Message {
  const blocks = result.sections.flatMap((section, i) => [
    ...(i > 0 ? [{ type: "divider" } as const] : []),
    ...sectionBlocks(section, result.wijk.name, result.wijk.id, lang),
  ]);
  const summary = result.sections
    .map((s) =>
      t(lang, "lookup.summary", {
        count: s.services.length,
        topic: topicName(s.topic, lang),
        wijk: result.wijk.name,
      }),
    )
    .join("; ");
  return { lang, summary, blocks, visibility: "shared" };
}

function sectionBlocks(section: TopicSection, wijkName: string, wijkId: string, lang: Lang): Block[] {
  const topic = topicName(section.topic, lang);
  const blocks: Block[] = [{ type: "heading", text: t(lang, "lookup.heading", { topic, wijk: wijkName }) }];
  if (section.services.length === 0) {
    blocks.push({
      type: "notice",
      tone: "warning",
      content: [t(lang, "lookup.none", { topic, wijk: wijkName })],
    });
    if (section.nearby.length > 0) {
      blocks.push({ type: "text", content: [t(lang, "lookup.nearby")] });
      for (const s of section.nearby) blocks.push(...serviceBlocks(s, section.topic.id, wijkId, lang, false));
    }
    return blocks;
  }
  for (const s of section.services.slice(0, MAX_SERVICES_PER_TOPIC)) {
    blocks.push(...serviceBlocks(s, section.topic.id, wijkId, lang, true));
  }
  const hidden = section.services.length - MAX_SERVICES_PER_TOPIC;
  if (hidden > 0) blocks.push({ type: "context", content: [t(lang, "lookup.more", { count: hidden })] });
  return blocks;
}

function serviceBlocks(
  answer: ServiceAnswer,
  topicId: string,
  wijkId: string,
  lang: Lang,
  handover: boolean,
): Block[] {
  const { service } = answer;
  const intake: Inline[] = [];
  if (service.intakePhone) intake.push({ kind: "phone", number: service.intakePhone });
  if (service.intakeHours) intake.push(intake.length > 0 ? `, ${service.intakeHours}` : service.intakeHours);
  if (intake.length === 0 && service.organisation.phone)
    intake.push({ kind: "phone", number: service.organisation.phone });
  const blocks: Block[] = [
    { type: "text", content: [{ kind: "strong", text: service.name }] },
    {
      type: "fields",
      fields: [
        { label: t(lang, "lookup.organisation"), value: [service.organisation.name] },
        ...(intake.length > 0 ? [{ label: t(lang, "lookup.intake"), value: intake }] : []),
        {
          label: t(lang, "lookup.response"),
          value: [t(lang, "lookup.response-days", { days: service.responseWorkingDays })],
        },
        { label: t(lang, "lookup.verified"), value: [formatDay(service.assuredDate, lang)] },
      ],
    },
    { type: "list", items: peopleLines(answer.people, lang) },
  ];
  if (answer.stale) {
    blocks.push({
      type: "notice",
      tone: "warning",
      content: [t(lang, "lookup.stale", { date: formatDay(service.assuredDate, lang) })],
    });
  }
  if (handover) {
    blocks.push({
      type: "actions",
      actions: [
        {
          intent: "handover.start",
          label: t(lang, "lookup.start-handover"),
          data: { serviceId: service.id, topicId, wijkId },
          style: "primary",
        },
      ],
    });
  }
  return blocks;
}

function peopleLines(people: PersonAnswer[], lang: Lang): Inline[][] {
  if (people.length === 0) return [[t(lang, "lookup.no-people")]];
  return people.map(({ person, availability, deputy }) => {
    const line: Inline[] = [
      personInline(person),
      ` (${roleLabel(lang, person.role)}): ${statusText(availability, lang)}`,
    ];
    if (deputy) line.push(" · ", ...deputyInline(deputy.person, deputy.availability, lang));
    return line;
  });
}

function deputyInline(person: ContactPerson, availability: AvailabilityView, lang: Lang): Inline[] {
  // The template puts the name first; split around it so the name stays a person node (mention).
  const [before, after] = t(lang, "lookup.deputy", {
    name: "\u0000",
    status: statusText(availability, lang),
  }).split("\u0000");
  return [before ?? "", personInline(person), after ?? ""];
}

function statusText(view: AvailabilityView, lang: Lang): string {
  switch (view.status) {
    case "available-now":
      return t(lang, "lookup.available-now");
    case "available-today":
      return t(lang, "lookup.available-today");
    case "not-today":
      return view.nextAvailable
        ? t(lang, "lookup.not-today", { when: formatLocal(view.nextAvailable, lang, "short") })
        : t(lang, "lookup.not-today-unknown");
    case "absent":
      return t(lang, "lookup.absent");
  }
}

function askWijkView(result: Extract<LookupResult, { kind: "ask-wijk" }>, lang: Lang): Message {
  const names = result.suggestions.map((w) => w.name);
  const text = result.wijkText
    ? names.length > 0
      ? t(lang, "lookup.did-you-mean", { text: result.wijkText, options: joinOr(lang, names) })
      : t(lang, "lookup.unknown-wijk", { text: result.wijkText })
    : names.length > 0
      ? `${t(lang, "lookup.ask-wijk")} ${joinOr(lang, names)}?`
      : t(lang, "lookup.which-wijk");
  const blocks: Block[] = [{ type: "text", content: [text] }];
  const ownWijken = result.ownWijken.map((w) => w.name);
  if (names.length === 0 && ownWijken.length > 0) {
    blocks.push({
      type: "context",
      content: [t(lang, "lookup.examples", { examples: ownWijken.join(", ") })],
    });
  }
  const choices = names.length > 0 ? result.suggestions : result.ownWijken;
  if (result.topics.length > 0 && choices.length > 0) {
    const topicIds = result.topics.map((x) => x.id).join(",");
    blocks.push({
      type: "actions",
      actions: choices.map((w) => ({
        intent: "lookup.choose-wijk",
        label: w.name,
        data: { wijkId: w.id, topicIds },
      })),
    });
  }
  return { lang, summary: text, blocks, visibility: "shared" };
}

/** Up to three topics a situation could be about, as buttons; the wijk rides along if named. */
function chooseTopicView(result: Extract<LookupResult, { kind: "choose-topic" }>, lang: Lang): Message {
  const options = joinOr(
    lang,
    result.choices.map((c) => topicName(c, lang)),
  );
  const text = t(lang, "lookup.choose-topic", { options });
  const blocks: Block[] = [
    { type: "text", content: [text] },
    {
      type: "actions",
      actions: result.choices.map((c) => ({
        intent: "lookup.choose-topic",
        label: topicName(c, lang),
        data: { topicIds: c.id, ...(result.wijk ? { wijkId: result.wijk.id } : {}) },
      })),
    },
  ];
  return { lang, summary: text, blocks, visibility: "shared" };
}

function unknownTopicView(result: Extract<LookupResult, { kind: "unknown-topic" }>, lang: Lang): Message {
  const text = t(lang, "lookup.unknown-topic", { text: result.text ? ` ("${result.text}")` : "" });
  const blocks: Block[] = [{ type: "text", content: [text] }];
  if (result.suggestions.length > 0) {
    const options = joinOr(
      lang,
      result.suggestions.map((s) => topicName(s, lang)),
    );
    blocks.push({ type: "text", content: [t(lang, "lookup.topic-suggestions", { options })] });
  }
  const known = result.known.map((s) => topicName(s, lang)).join(", ");
  blocks.push({ type: "context", content: [t(lang, "lookup.known-topics", { topics: known })] });
  return { lang, summary: text, blocks, visibility: "shared" };
}

export function topicName(topic: TopicRecord, lang: Lang): string {
  return lang === "en" ? topic.nameEn : topic.nameNl;
}
