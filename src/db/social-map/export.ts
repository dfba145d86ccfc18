/**
 * Export of the database as a social map (wijkbot-social-map/1): the inverse of import.ts.
 * Importing a file and exporting it gives the same file back (keys may come in another order);
 * records the program added since are exported too, after the imported ones.
 */
import { chatIdsOf } from "../../core/access/chat-channel.js";
import { isLifeDomain } from "../../core/shared/life-domains.js";
import type { PrismaClient } from "../../generated/prisma/client.js";
import { chatIdFieldsOf } from "./chat-id-fields.js";
import { exportCases, exportConsults, exportDigestSubscriptions, exportHandovers } from "./export-cases.js";
import { day } from "./export-values.js";
import { compare, inOrder, type Layout, listInOrder, readLayout, recordKey } from "./layout.js";
import { SOCIAL_MAP_FORMAT, type SocialMap } from "./social-map.schema.js";

const WEEKDAY_ORDER = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

export async function exportSocialMap(prisma: PrismaClient): Promise<SocialMap> {
  const layout = await readLayout(prisma);
  const [wijken, topics, organizations] = await Promise.all([
    prisma.wijk.findMany(),
    prisma.topic.findMany(),
    prisma.organisation.findMany(),
  ]);
  return {
    format: SOCIAL_MAP_FORMAT,
    ...metaOf(layout),
    municipalities: inOrder(
      (await prisma.municipality.findMany()).map((m) => ({ cbsCode: m.cbsCode, name: m.name })),
      recordKey.municipalities,
      layout.order.municipalities,
    ),
    wijken: inOrder(
      wijken.map((w) => ({ id: w.id, name: w.name, municipality: w.municipalityCode, aliases: w.aliases })),
      recordKey.byId,
      layout.order.wijken,
    ),
    topics: inOrder(
      topics.map((t) => ({
        id: t.id,
        nl: t.nameNl,
        en: t.nameEn,
        synonyms: { nl: t.synonymsNl, en: t.synonymsEn },
        positiveHealthDimension: t.positiveHealthDimension,
        // Only when set, so a map without domains comes back as it went in.
        ...(t.domains.length > 0 ? { domains: t.domains.filter(isLifeDomain) } : {}),
      })),
      recordKey.byId,
      layout.order.topics,
    ),
    organizations: inOrder(
      organizations.map((o) => ({
        id: o.id,
        name: o.name,
        kind: o.kind,
        phone: o.phone,
        email: o.email,
        website: o.website,
      })),
      recordKey.byId,
      layout.order.organizations,
    ),
    services: await exportServices(prisma, layout),
    professionals: await exportProfessionals(prisma, layout),
    cases: await exportCases(prisma, layout),
    handovers: await exportHandovers(prisma, layout),
    consults: await exportConsults(prisma, layout),
    digestSubscriptions: await exportDigestSubscriptions(prisma, layout),
  };
}

async function exportServices(prisma: PrismaClient, layout: Layout): Promise<SocialMap["services"]> {
  const rows = await prisma.service.findMany({
    include: { topics: true, wijken: true, contacts: { orderBy: { position: "asc" } } },
  });
  const services = rows.map((s) => ({
    id: s.id,
    organization: s.organisationId,
    name: s.name,
    topics: listInOrder(
      s.topics.map((t) => t.topicId),
      layout,
      `services/${s.id}/topics`,
    ),
    wijken: listInOrder(
      s.wijken.map((w) => w.wijkId),
      layout,
      `services/${s.id}/wijken`,
    ),
    intake: { phone: s.intakePhone, hours: s.intakeHours },
    responseWorkingDays: s.responseWorkingDays,
    assuredDate: day(s.assuredDate),
    contacts: s.contacts.map((c) => c.professionalId),
    notes: s.notes,
  }));
  return inOrder(services, recordKey.byId, layout.order.services);
}

async function exportProfessionals(
  prisma: PrismaClient,
  layout: Layout,
): Promise<SocialMap["professionals"]> {
  const rows = await prisma.professional.findMany({
    include: {
      wijken: true,
      topics: true,
      identities: { where: { tenant: "" }, orderBy: { createdAt: "asc" } },
    },
  });
  const professionals = rows.map((p) => {
    const absence =
      p.absenceFrom && p.absenceTo
        ? { from: day(p.absenceFrom), to: day(p.absenceTo), deputy: p.deputyId }
        : null;
    return {
      id: p.id,
      name: p.name,
      role: p.role,
      organization: p.organisationId,
      wijken: listInOrder(
        p.wijken.map((w) => w.wijkId),
        layout,
        `professionals/${p.id}/wijken`,
      ),
      topics: listInOrder(
        p.topics.map((t) => t.topicId),
        layout,
        `professionals/${p.id}/topics`,
      ),
      email: p.email,
      languages: p.languages as ("nl" | "en")[],
      coordinator: p.isCoordinator,
      availability: weekdaysInOrder(p.availability as Record<string, string[]>),
      absence,
      ...chatIdFieldsOf(chatIdsOf(p.identities)),
      ...(p.networkMunicipality ? { networkMunicipality: p.networkMunicipality } : {}),
      ...(p.isAdmin ? { admin: true } : {}),
      ...(p.locale ? { locale: p.locale as "nl" | "en" } : {}),
    };
  });
  return inOrder(professionals, recordKey.byId, layout.order.professionals);
}

/** jsonb keeps object keys in its own order; people read mon..sun. */
function weekdaysInOrder(availability: Record<string, string[]>): Record<string, string[]> {
  const keys = Object.keys(availability).sort(
    (a, b) => WEEKDAY_ORDER.indexOf(a) - WEEKDAY_ORDER.indexOf(b) || compare(a, b),
  );
  return Object.fromEntries(keys.map((key) => [key, availability[key]!]));
}

/** jsonb reorders keys; the header is written in the format's order. */
function metaOf(layout: Layout): Partial<Pick<SocialMap, "fictional" | "about" | "timezone">> {
  const { fictional, about, timezone } = layout.meta;
  return {
    ...(fictional !== undefined ? { fictional } : {}),
    ...(about !== undefined ? { about } : {}),
    ...(timezone !== undefined ? { timezone } : {}),
  };
}
