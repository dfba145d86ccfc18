import type { LexiconSourcePort } from "../../../core/shared/lexicon-source.port.js";
import type { PrismaClient } from "../../../generated/prisma/client.js";

export const DIRECTORY_REVISION_KEY = "directory.revision";

export function lexiconSourceRepository(prisma: PrismaClient): LexiconSourcePort {
  return {
    async revision() {
      const row = await prisma.appState.findUnique({ where: { key: DIRECTORY_REVISION_KEY } });
      return typeof row?.value === "number" ? row.value : 0;
    },
    async load() {
      const [wijken, topics] = await Promise.all([
        prisma.wijk.findMany({
          select: { id: true, name: true, aliases: true, municipality: { select: { name: true } } },
        }),
        prisma.topic.findMany({
          select: { id: true, nameNl: true, nameEn: true, synonymsNl: true, synonymsEn: true, domains: true },
        }),
      ]);
      return {
        wijken: wijken.map((w) => ({
          id: w.id,
          name: w.name,
          aliases: w.aliases,
          municipalityName: w.municipality.name,
        })),
        topics,
      };
    },
  };
}
