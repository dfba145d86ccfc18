/** The pseudonymous case codes of a wijk's series ("WYC-015"), shared by every way a case is made. */
import type { PrismaClient } from "../../../generated/prisma/client.js";

/** Issues the next code for the prefix; gaps after a failure are harmless. */
export async function issueCaseCode(prisma: PrismaClient, prefix: string): Promise<string> {
  // A code already taken (a case made outside the counter) is skipped, not reused.
  for (;;) {
    const [row] = await prisma.$queryRaw<{ issued: number }[]>`
      INSERT INTO "CaseCodeCounter" (prefix, next) VALUES (${prefix}, 2)
      ON CONFLICT (prefix) DO UPDATE SET next = "CaseCodeCounter".next + 1
      RETURNING next - 1 AS issued`;
    const code = `${prefix}-${String(Number(row?.issued)).padStart(3, "0")}`;
    if (!(await prisma.case.findUnique({ where: { code }, select: { id: true } }))) return code;
  }
}
