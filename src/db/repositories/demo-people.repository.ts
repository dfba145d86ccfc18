import type { DemoPeople } from "../../core/access/demo-people.port.js";
import type { PrismaClient } from "../../generated/prisma/client.js";

/** The professionals a demo visitor of the web chat can log in as. */
export function demoPeopleRepository(prisma: PrismaClient): DemoPeople {
  return {
    async list() {
      const rows = await prisma.professional.findMany({
        where: { active: true },
        select: { id: true, name: true, role: true, organisation: { select: { name: true } } },
        orderBy: { name: "asc" },
      });
      return rows.map((r) => ({
        id: r.id,
        name: r.name,
        role: r.role,
        organisation: r.organisation?.name ?? null,
      }));
    },
  };
}
