/** Texts of the home tab. */
import { defineCatalogue } from "../../../views/messages/catalogue.js";

export const homeMessages = defineCatalogue({
  nl: {
    "home.wijken": "Mijn wijken",
    "home.no-wijken": "U bent (nog) aan geen wijk gekoppeld.",
  },
  en: {
    "home.wijken": "My wijken",
    "home.no-wijken": "You are not linked to any wijk (yet).",
  },
});
