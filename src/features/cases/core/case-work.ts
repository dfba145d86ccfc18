/** The services that run a case from chat, built together on one set of deps. */
import { CaseClosingService } from "./case-closing.service.js";
import { CaseCreateService } from "./case-create.service.js";
import { CaseTaskService } from "./case-task.service.js";
import { CaseTeamService } from "./case-team.service.js";
import type { CaseWorkDeps } from "./case-work.support.js";

export interface CaseWork {
  create: CaseCreateService;
  team: CaseTeamService;
  closing: CaseClosingService;
  tasks: CaseTaskService;
}

export function caseWork(deps: CaseWorkDeps): CaseWork {
  return {
    create: new CaseCreateService(deps),
    team: new CaseTeamService(deps),
    closing: new CaseClosingService(deps),
    tasks: new CaseTaskService(deps),
  };
}
