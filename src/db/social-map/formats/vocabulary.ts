/**
 * What a converted file (HSDS, spreadsheet) is matched against: the wijken, topics,
 * organisations, professionals and services already in the database. Those formats name wijken
 * and topics in words, not by our ids, and leave out fields only we keep (an organisation's
 * kind, a service's response norm): those come from here so that an import does not blank them.
 */

import type { Vocabulary } from "../../../features/directory/core/vocabulary.model.js";
import type { PrismaClient } from "../../../generated/prisma/client.js";
import type { Tx } from "../import-support.js";

export type { Vocabulary };

export async function loadVocabulary(client: Tx | PrismaClient): Promise<Vocabulary> {
  const [wijken, topics, organisations, professionals, services] = await Promise.all([
    client.wijk.findMany({
      select: { id: true, name: true, aliases: true, municipality: { select: { name: true } } },
    }),
    client.topic.findMany({
      select: { id: true, nameNl: true, nameEn: true, synonymsNl: true, synonymsEn: true },
    }),
    client.organisation.findMany({
      select: { id: true, name: true, kind: true, phone: true, email: true, website: true },
    }),
    client.professional.findMany({ select: { id: true, name: true, email: true } }),
    client.service.findMany({
      select: {
        id: true,
        name: true,
        organisationId: true,
        responseWorkingDays: true,
        assuredDate: true,
        notes: true,
        contacts: { select: { professionalId: true }, orderBy: { position: "asc" } },
      },
    }),
  ]);
  return {
    wijken: wijken.map((w) => ({
      id: w.id,
      name: w.name,
      aliases: w.aliases,
      municipality: w.municipality.name,
    })),
    topics,
    organisations,
    professionals,
    services: services.map(({ contacts, ...s }) => ({
      ...s,
      contacts: contacts.map((c) => c.professionalId),
    })),
  };
}
