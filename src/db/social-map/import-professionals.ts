/**
 * Import of professionals with their wijken, topics and chat identities. The file manages only
 * identities with tenant "" (any workspace or tenant) on the chat platforms; identities that a user
 * linked to one workspace or tenant are left alone.
 */
import { isChatChannel } from "../../core/access/chat-channel.js";
import type { Clock } from "../../core/shared/clock.js";
import type { Prisma } from "../../generated/prisma/client.js";
import { chatIdentityKeys } from "./chat-id-fields.js";
import {
  byKey,
  createInChunks,
  findInChunks,
  type ImportCounts,
  keys,
  nullableDate,
  scalarsOf,
  sorted,
  syncEntities,
  type Tx,
} from "./import-support.js";
import type { SocialMap, SocialMapProfessional } from "./social-map.schema.js";

/** An identity as "channel:externalId". */
type IdentityKey = string;

function professionalEntity(p: SocialMapProfessional) {
  const identities: IdentityKey[] = chatIdentityKeys(p);
  return {
    key: p.id,
    scalars: {
      id: p.id,
      name: p.name,
      role: p.role,
      organisationId: p.organization,
      email: p.email,
      languages: p.languages as string[],
      locale: (p.locale ?? null) as string | null,
      isCoordinator: p.coordinator,
      networkMunicipality: p.networkMunicipality ?? null,
      isAdmin: p.admin ?? false,
      availability: p.availability as Prisma.JsonObject,
      absenceFrom: nullableDate(p.absence?.from),
      absenceTo: nullableDate(p.absence?.to),
    },
    // The deputy is a child here only because it must be written after every professional
    // exists (it is a reference to another row of the same table).
    children: {
      deputy: p.absence?.deputy ?? null,
      wijken: sorted(p.wijken),
      topics: sorted(p.topics),
      identities: sorted(identities),
    },
  };
}
type ProfessionalEntity = ReturnType<typeof professionalEntity>;

export async function importProfessionals(
  tx: Tx,
  map: SocialMap,
  counts: ImportCounts,
  clock: Clock,
): Promise<void> {
  const desired = map.professionals.map(professionalEntity);
  const existing = await loadExisting(tx, keys(desired));
  const writeWijken = (list: ProfessionalEntity[]) =>
    createInChunks(
      list.flatMap((p) => p.children.wijken.map((wijkId) => ({ wijkId, professionalId: p.key }))),
      (data) => tx.professionalWijk.createMany({ data }),
    );
  const writeTopics = (list: ProfessionalEntity[]) =>
    createInChunks(
      list.flatMap((p) => p.children.topics.map((topicId) => ({ topicId, professionalId: p.key }))),
      (data) => tx.professionalTopic.createMany({ data }),
    );
  const writeDeputy = (p: ProfessionalEntity) =>
    tx.professional
      .update({ where: { id: p.key }, data: { deputyId: p.children.deputy } })
      .then(() => undefined);
  await syncEntities({
    counts: counts.professionals,
    desired,
    existing: byKey(existing),
    async create(list) {
      await createInChunks(list, (chunk) => tx.professional.createMany({ data: scalarsOf(chunk) }));
      await writeWijken(list);
      await writeTopics(list);
      for (const p of list) {
        if (p.children.deputy) await writeDeputy(p);
        await writeIdentities(tx, clock, p.key, [], p.children.identities);
      }
    },
    updateScalars: ({ scalars }) =>
      tx.professional.update({ where: { id: scalars.id }, data: scalars }).then(),
    replaceChildren: {
      deputy: writeDeputy,
      wijken: (p) =>
        tx.professionalWijk.deleteMany({ where: { professionalId: p.key } }).then(() => writeWijken([p])),
      topics: (p) =>
        tx.professionalTopic.deleteMany({ where: { professionalId: p.key } }).then(() => writeTopics([p])),
      identities: (p) =>
        writeIdentities(tx, clock, p.key, existingIdentities(existing, p.key), p.children.identities),
    },
  });
}

async function loadExisting(tx: Tx, ids: string[]): Promise<ProfessionalEntity[]> {
  const rows = await findInChunks(ids, (id) =>
    tx.professional.findMany({
      where: { id: { in: id } },
      include: { wijken: true, topics: true, identities: { where: { tenant: "" } } },
    }),
  );
  return rows.map((p) => ({
    key: p.id,
    scalars: {
      id: p.id,
      name: p.name,
      role: p.role,
      organisationId: p.organisationId,
      email: p.email,
      languages: p.languages,
      locale: p.locale,
      isCoordinator: p.isCoordinator,
      networkMunicipality: p.networkMunicipality,
      isAdmin: p.isAdmin,
      availability: p.availability as Prisma.JsonObject,
      absenceFrom: p.absenceFrom,
      absenceTo: p.absenceTo,
    },
    children: {
      deputy: p.deputyId,
      wijken: sorted(p.wijken.map((w) => w.wijkId)),
      topics: sorted(p.topics.map((t) => t.topicId)),
      identities: sorted(
        p.identities.filter((i) => isChatChannel(i.channel)).map((i) => `${i.channel}:${i.externalId}`),
      ),
    },
  }));
}

function existingIdentities(existing: ProfessionalEntity[], id: string): IdentityKey[] {
  return existing.find((p) => p.key === id)?.children.identities ?? [];
}

/**
 * Removes the file-managed identities that are gone and claims the new ones. A chat account
 * belongs to one professional: if the file gives it to someone else, it moves.
 */
async function writeIdentities(
  tx: Tx,
  clock: Clock,
  professionalId: string,
  before: IdentityKey[],
  next: IdentityKey[],
) {
  for (const gone of before.filter((key) => !next.includes(key))) {
    const [channel, externalId] = split(gone);
    await tx.chatIdentity.deleteMany({ where: { channel, tenant: "", externalId, professionalId } });
  }
  for (const added of next.filter((key) => !before.includes(key))) {
    const [channel, externalId] = split(added);
    await tx.chatIdentity.upsert({
      where: { channel_tenant_externalId: { channel, tenant: "", externalId } },
      create: { channel, tenant: "", externalId, professionalId, createdAt: clock.now() },
      update: { professionalId },
    });
  }
}

function split(key: IdentityKey): [string, string] {
  const at = key.indexOf(":");
  return [key.slice(0, at), key.slice(at + 1)];
}
