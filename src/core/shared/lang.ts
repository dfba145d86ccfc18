export type Lang = "nl" | "en";
