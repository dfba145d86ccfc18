/**
 * Every catalogue, merged into the one table behind t(). A job's texts live beside its views;
 * adding a job's catalogue means one line here.
 */
import { adminMessages } from "../../features/admin/views/admin.messages.js";
import { auditMessages } from "../../features/audit/views/audit.messages.js";
import { caseWorkMessages } from "../../features/cases/views/case-work.messages.js";
import { casesMessages } from "../../features/cases/views/cases.messages.js";
import { consultMessages } from "../../features/consult/views/consult.messages.js";
import { consultFormMessages } from "../../features/consult/views/consult-forms.messages.js";
import { digestMessages } from "../../features/digest/views/digest.messages.js";
import { directoryMessages } from "../../features/directory/views/directory.messages.js";
import { directoryEditMessages } from "../../features/directory/views/directory-edits.messages.js";
import { handoverMessages } from "../../features/handover/views/handover.messages.js";
import { handoverFormMessages } from "../../features/handover/views/handover-form.messages.js";
import { handoverNoticeMessages } from "../../features/handover/views/handover-notice.messages.js";
import { homeMessages } from "../../features/home/views/home.messages.js";
import { mergeCatalogues } from "./catalogue.js";
import { channelMessages } from "./channel.messages.js";
import { commonMessages } from "./common.messages.js";
import { roleMessages } from "./role.messages.js";

export const CATALOGUES = {
  common: commonMessages,
  channel: channelMessages,
  role: roleMessages,
  directory: directoryMessages,
  directoryEdits: directoryEditMessages,
  cases: casesMessages,
  caseWork: caseWorkMessages,
  handover: handoverMessages,
  handoverForm: handoverFormMessages,
  handoverNotice: handoverNoticeMessages,
  consult: consultMessages,
  consultForm: consultFormMessages,
  digest: digestMessages,
  admin: adminMessages,
  audit: auditMessages,
  home: homeMessages,
};

export const ALL_MESSAGES = mergeCatalogues(...Object.values(CATALOGUES));
