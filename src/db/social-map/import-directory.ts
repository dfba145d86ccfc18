/**
 * Import of the directory proper: municipalities, wijken, topics, organisations and services.
 * Professionals are in import-professionals.ts; services come after them (contacts).
 */
import {
  byKey,
  createInChunks,
  dateColumn,
  type Entity,
  findInChunks,
  type ImportCounts,
  keys,
  scalarsOf,
  sorted,
  syncEntities,
  type Tx,
} from "./import-support.js";
import type { SocialMap, SocialMapService } from "./social-map.schema.js";

type Simple<S> = Entity<S, Record<string, never>>;
const simple = <S>(key: string, scalars: S): Simple<S> => ({ key, scalars, children: {} });

export async function importPlaces(tx: Tx, map: SocialMap, counts: ImportCounts): Promise<void> {
  const municipalities = map.municipalities.map((m) =>
    simple(m.cbsCode, { cbsCode: m.cbsCode, name: m.name }),
  );
  const existingMunicipalities = await findInChunks(keys(municipalities), (cbsCode) =>
    tx.municipality.findMany({ where: { cbsCode: { in: cbsCode } } }),
  );
  await syncEntities({
    counts: counts.municipalities,
    desired: municipalities,
    existing: byKey(
      existingMunicipalities.map((m) => simple(m.cbsCode, { cbsCode: m.cbsCode, name: m.name })),
    ),
    create: (list) => createInChunks(list, (chunk) => tx.municipality.createMany({ data: scalarsOf(chunk) })),
    updateScalars: ({ scalars }) =>
      tx.municipality.update({ where: { cbsCode: scalars.cbsCode }, data: scalars }).then(),
    replaceChildren: {},
  });

  const wijkScalars = (w: { id: string; name: string; aliases: string[]; municipalityCode: string }) => ({
    id: w.id,
    name: w.name,
    aliases: w.aliases,
    municipalityCode: w.municipalityCode,
  });
  const wijken = map.wijken.map((w) => simple(w.id, wijkScalars({ ...w, municipalityCode: w.municipality })));
  const existingWijken = await findInChunks(keys(wijken), (id) =>
    tx.wijk.findMany({ where: { id: { in: id } } }),
  );
  await syncEntities({
    counts: counts.wijken,
    desired: wijken,
    existing: byKey(existingWijken.map((w) => simple(w.id, wijkScalars(w)))),
    create: (list) => createInChunks(list, (chunk) => tx.wijk.createMany({ data: scalarsOf(chunk) })),
    updateScalars: ({ scalars }) => tx.wijk.update({ where: { id: scalars.id }, data: scalars }).then(),
    replaceChildren: {},
  });
}

export async function importTopicsAndOrganisations(
  tx: Tx,
  map: SocialMap,
  counts: ImportCounts,
): Promise<void> {
  const topicScalars = (t: {
    id: string;
    nameNl: string;
    nameEn: string;
    synonymsNl: string[];
    synonymsEn: string[];
    positiveHealthDimension: string | null;
    domains?: string[];
  }) => ({
    id: t.id,
    nameNl: t.nameNl,
    nameEn: t.nameEn,
    synonymsNl: t.synonymsNl,
    synonymsEn: t.synonymsEn,
    positiveHealthDimension: t.positiveHealthDimension,
    domains: t.domains ?? [],
  });
  const topics = map.topics.map((t) =>
    simple(
      t.id,
      topicScalars({
        ...t,
        nameNl: t.nl,
        nameEn: t.en,
        synonymsNl: t.synonyms.nl,
        synonymsEn: t.synonyms.en,
      }),
    ),
  );
  const existingTopics = await findInChunks(keys(topics), (id) =>
    tx.topic.findMany({ where: { id: { in: id } } }),
  );
  await syncEntities({
    counts: counts.topics,
    desired: topics,
    existing: byKey(existingTopics.map((t) => simple(t.id, topicScalars(t)))),
    create: (list) => createInChunks(list, (chunk) => tx.topic.createMany({ data: scalarsOf(chunk) })),
    updateScalars: ({ scalars }) => tx.topic.update({ where: { id: scalars.id }, data: scalars }).then(),
    replaceChildren: {},
  });

  const orgScalars = (o: SocialMap["organizations"][number]) => ({
    id: o.id,
    name: o.name,
    kind: o.kind,
    phone: o.phone,
    email: o.email,
    website: o.website,
  });
  const organisations = map.organizations.map((o) => simple(o.id, orgScalars(o)));
  const existingOrgs = await findInChunks(keys(organisations), (id) =>
    tx.organisation.findMany({ where: { id: { in: id } } }),
  );
  await syncEntities({
    counts: counts.organizations,
    desired: organisations,
    existing: byKey(existingOrgs.map((o) => simple(o.id, orgScalars(o)))),
    create: (list) => createInChunks(list, (chunk) => tx.organisation.createMany({ data: scalarsOf(chunk) })),
    updateScalars: ({ scalars }) =>
      tx.organisation.update({ where: { id: scalars.id }, data: scalars }).then(),
    replaceChildren: {},
  });
}

function serviceEntity(s: SocialMapService) {
  return {
    key: s.id,
    scalars: {
      id: s.id,
      organisationId: s.organization,
      name: s.name,
      intakePhone: s.intake.phone,
      intakeHours: s.intake.hours,
      responseWorkingDays: s.responseWorkingDays,
      assuredDate: dateColumn(s.assuredDate),
      notes: s.notes,
    },
    children: { topics: sorted(s.topics), wijken: sorted(s.wijken), contacts: s.contacts },
  };
}
type ServiceEntity = ReturnType<typeof serviceEntity>;

export async function importServices(tx: Tx, map: SocialMap, counts: ImportCounts): Promise<void> {
  const desired = map.services.map(serviceEntity);
  const rows = await findInChunks(keys(desired), (id) =>
    tx.service.findMany({
      where: { id: { in: id } },
      include: { topics: true, wijken: true, contacts: { orderBy: { position: "asc" } } },
    }),
  );
  const existing = rows.map(
    (s): ServiceEntity => ({
      key: s.id,
      scalars: {
        id: s.id,
        organisationId: s.organisationId,
        name: s.name,
        intakePhone: s.intakePhone,
        intakeHours: s.intakeHours,
        responseWorkingDays: s.responseWorkingDays,
        assuredDate: s.assuredDate,
        notes: s.notes,
      },
      children: {
        topics: sorted(s.topics.map((t) => t.topicId)),
        wijken: sorted(s.wijken.map((w) => w.wijkId)),
        contacts: s.contacts.map((c) => c.professionalId),
      },
    }),
  );
  const writeTopics = (list: ServiceEntity[]) =>
    createInChunks(topicRows(list), (data) => tx.serviceTopic.createMany({ data }));
  const writeWijken = (list: ServiceEntity[]) =>
    createInChunks(wijkRows(list), (data) => tx.serviceWijk.createMany({ data }));
  const writeContacts = (list: ServiceEntity[]) =>
    createInChunks(contactRows(list), (data) => tx.serviceContact.createMany({ data }));
  await syncEntities({
    counts: counts.services,
    desired,
    existing: byKey(existing),
    async create(list) {
      await createInChunks(list, (chunk) => tx.service.createMany({ data: scalarsOf(chunk) }));
      await writeTopics(list);
      await writeWijken(list);
      await writeContacts(list);
    },
    updateScalars: ({ scalars }) => tx.service.update({ where: { id: scalars.id }, data: scalars }).then(),
    replaceChildren: {
      topics: (s) => tx.serviceTopic.deleteMany({ where: { serviceId: s.key } }).then(() => writeTopics([s])),
      wijken: (s) => tx.serviceWijk.deleteMany({ where: { serviceId: s.key } }).then(() => writeWijken([s])),
      contacts: (s) =>
        tx.serviceContact.deleteMany({ where: { serviceId: s.key } }).then(() => writeContacts([s])),
    },
  });
}

const topicRows = (list: ServiceEntity[]) =>
  list.flatMap((s) => s.children.topics.map((topicId) => ({ topicId, serviceId: s.key })));
const wijkRows = (list: ServiceEntity[]) =>
  list.flatMap((s) => s.children.wijken.map((wijkId) => ({ wijkId, serviceId: s.key })));
const contactRows = (list: ServiceEntity[]) =>
  list.flatMap((s) =>
    s.children.contacts.map((professionalId, position) => ({ serviceId: s.key, professionalId, position })),
  );
