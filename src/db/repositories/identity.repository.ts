/**
 * Maps chat accounts to professionals. Web (demo login) and CLI accounts name the professional
 * id directly; Slack and Teams accounts go through ChatIdentity, where tenant "" matches any
 * workspace or tenant (identities imported from a social map carry no workspace).
 */
import type { Actor, ChatAccount, IdentityPort } from "../../core/access/actor.js";
import type { Prisma, PrismaClient } from "../../generated/prisma/client.js";

const actorSelect = {
  id: true,
  name: true,
  organisationId: true,
  locale: true,
  isCoordinator: true,
  networkMunicipality: true,
  isAdmin: true,
  active: true,
  wijken: { select: { wijkId: true } },
} satisfies Prisma.ProfessionalSelect;

type ActorRow = Prisma.ProfessionalGetPayload<{ select: typeof actorSelect }>;

function toActor(row: ActorRow): Actor {
  const wijkIds = row.wijken.map((w) => w.wijkId).sort();
  return {
    professionalId: row.id,
    name: row.name,
    organisationId: row.organisationId,
    locale: row.locale === "nl" || row.locale === "en" ? row.locale : null,
    wijkIds,
    coordinatorOf: row.isCoordinator ? wijkIds : [],
    networkMunicipality: row.networkMunicipality,
    isAdmin: row.isAdmin,
  };
}

export interface IdentityRepository extends IdentityPort {
  saveConversation(account: ChatAccount, ref: unknown): Promise<void>;
}

export function identityRepository(prisma: PrismaClient): IdentityRepository {
  async function actorById(professionalId: string): Promise<Actor | null> {
    const row = await prisma.professional.findUnique({ where: { id: professionalId }, select: actorSelect });
    return row?.active ? toActor(row) : null;
  }

  return {
    actorById,
    async actorFor(account) {
      if (account.channel === "web" || account.channel === "cli") return actorById(account.externalId);
      const identity = await prisma.chatIdentity.findFirst({
        where: {
          channel: account.channel,
          externalId: account.externalId,
          tenant: { in: [account.tenant, ""] },
        },
        orderBy: { tenant: "desc" },
        select: { id: true, tenant: true, professional: { select: actorSelect } },
      });
      if (identity && identity.tenant === "" && account.tenantVouched && account.tenant) {
        await bindTenant(prisma, identity.id, account.tenant);
      }
      return identity?.professional.active ? toActor(identity.professional) : null;
    },
    async setLocale(professionalId: string, lang: "nl" | "en") {
      await prisma.professional.update({ where: { id: professionalId }, data: { locale: lang } });
    },
    async saveConversation(account, ref) {
      // Only for accounts already linked: an unknown user's reference is not kept.
      await prisma.chatIdentity.updateMany({
        where: {
          channel: account.channel,
          externalId: account.externalId,
          tenant: { in: [account.tenant, ""] },
        },
        data: { conversationRef: ref as Prisma.InputJsonValue },
      });
    },
  };
}

/** First use binds an identity imported without a tenant; a concurrent first use binds it once. */
async function bindTenant(prisma: PrismaClient, id: string, tenant: string): Promise<void> {
  await prisma.chatIdentity.updateMany({ where: { id, tenant: "" }, data: { tenant } });
}
