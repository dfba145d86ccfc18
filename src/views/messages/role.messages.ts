/**
 * How a role id of the social map ("geestelijk-verzorger") reads in a sentence. Ids the map adds
 * later and this list lacks still read as words (role-label.ts), never as an id.
 */
import { defineCatalogue } from "./catalogue.js";

export const roleMessages = defineCatalogue({
  nl: {
    "role.buurtteammedewerker": "buurtteammedewerker",
    "role.casemanager-dementie": "casemanager dementie",
    "role.geestelijk-verzorger": "geestelijk verzorger",
    "role.gezinsregisseur": "gezinsregisseur",
    "role.ggz-professional": "ggz-professional",
    "role.huisarts": "huisarts",
    "role.mantelzorgconsulent": "mantelzorgconsulent",
    "role.medewerker-meldpunt": "medewerker meldpunt",
    "role.poh-ggz": "POH-ggz",
    "role.schuldhulpverlener": "schuldhulpverlener",
    "role.sociaal-werker": "sociaal werker",
    "role.verslavingsarts": "verslavingsarts",
    "role.vrijwilliger-budgetmaatje": "vrijwilliger budgetmaatje",
    "role.welzijnswerker": "welzijnswerker",
    "role.wijkcoordinator": "wijkcoördinator",
    "role.wijkverpleegkundige": "wijkverpleegkundige",
    "role.wmo-consulent": "Wmo-consulent",
  },
  en: {
    "role.buurtteammedewerker": "neighbourhood team worker",
    "role.casemanager-dementie": "dementia case manager",
    "role.geestelijk-verzorger": "spiritual caregiver",
    "role.gezinsregisseur": "family coordinator",
    "role.ggz-professional": "mental health professional",
    "role.huisarts": "GP",
    "role.mantelzorgconsulent": "carer support consultant",
    "role.medewerker-meldpunt": "reporting desk officer",
    "role.poh-ggz": "mental health practice nurse",
    "role.schuldhulpverlener": "debt counsellor",
    "role.sociaal-werker": "social worker",
    "role.verslavingsarts": "addiction physician",
    "role.vrijwilliger-budgetmaatje": "volunteer budget buddy",
    "role.welzijnswerker": "welfare worker",
    "role.wijkcoordinator": "wijk coordinator",
    "role.wijkverpleegkundige": "district nurse",
    "role.wmo-consulent": "Wmo consultant",
  },
});
