/**
 * The parts of Open Referral HSDS 3.0 that the directory holds, as one nested service record
 * (the specification's JSON form of a service), whichever serialisation it was read from.
 * Field names are the specification's (schema/*.json and datapackage.json of HSDS 3.0).
 * `where` says where each record was read, for problems.
 */
import type { Where } from "./where.js";

export interface HsdsPhone {
  where: Where;
  number: string;
  type: string | null;
}

export interface HsdsSchedule {
  where: Where;
  freq: string | null;
  byday: string | null;
  opens_at: string | null;
  closes_at: string | null;
  description: string | null;
}

export interface HsdsServiceArea {
  where: Where;
  name: string | null;
  description: string | null;
}

export interface HsdsContact {
  where: Where;
  id: string;
  name: string | null;
  title: string | null;
  email: string | null;
}

export interface HsdsTaxonomyTerm {
  id: string;
  code: string | null;
  name: string;
}

export interface HsdsAttribute {
  where: Where;
  taxonomy_term: HsdsTaxonomyTerm;
}

export interface HsdsOrganization {
  where: Where;
  id: string;
  name: string;
  email: string | null;
  website: string | null;
  phones: HsdsPhone[];
}

export interface HsdsService {
  where: Where;
  id: string;
  name: string;
  description: string | null;
  status: string;
  assured_date: string | null;
  last_modified: string | null;
  organization: HsdsOrganization | null;
  phones: HsdsPhone[];
  schedules: HsdsSchedule[];
  service_areas: HsdsServiceArea[];
  contacts: HsdsContact[];
  attributes: HsdsAttribute[];
}

/** The specification's service statuses; only active services are offered to professionals. */
export const HSDS_SERVICE_STATUSES = ["active", "inactive", "defunct", "temporarily closed"] as const;
