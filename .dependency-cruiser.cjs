/**
 * The layering of DESIGN.md, enforced (`npm run lint`):
 * core knows no SDK, no Prisma, no process.env; channels never touch the database; the Teams SDK
 * stays inside channels/teams and Bolt inside channels/slack.
 */
const SDKS =
  "^(node_modules/)?(@slack|@microsoft|botbuilder|botframework|@prisma|pg-boss|pg|@electric-sql|pglite-prisma-adapter|express|pino)";

module.exports = {
  forbidden: [
    {
      name: "core-is-pure",
      comment: "core imports nothing from channels, db, jobs, bot, SDKs or the generated Prisma client",
      severity: "error",
      from: { path: "^src/core/" },
      to: {
        path: ["^src/(channels|db|jobs|bot|generated|http)/", "^src/(config|app|main|logging)\\.ts$", SDKS],
      },
    },
    {
      name: "language-is-pure",
      severity: "error",
      from: { path: "^src/language/", pathNot: "\\.test(-support)?\\.ts$" },
      to: { path: ["^src/(channels|db|jobs|bot|generated|http)/", SDKS, "^node:fs"] },
    },
    {
      name: "views-are-pure",
      severity: "error",
      from: { path: "^src/views/" },
      to: { path: ["^src/(channels|db|jobs|bot|generated|http)/", SDKS] },
    },
    {
      name: "channels-never-touch-the-database",
      severity: "error",
      from: { path: "^src/channels/" },
      to: { path: ["^src/(db|generated)/", "^(node_modules/)?(@prisma|pg|pg-boss|@electric-sql)"] },
    },
    {
      name: "bot-uses-ports-not-storage",
      comment: "tests may render answers with a channel's renderer to check what a user would read",
      severity: "error",
      from: { path: "^src/bot/", pathNot: "\\.test\\.ts$" },
      to: { path: ["^src/(db|generated|channels)/", "^(node_modules/)?(@prisma|pg|@electric-sql)"] },
    },
    {
      name: "teams-sdk-stays-in-channels-teams",
      severity: "error",
      from: { path: "^src/", pathNot: "^src/channels/teams/" },
      to: { path: "^(node_modules/)?(@microsoft/teams-ai|botbuilder|botframework)" },
    },
    {
      name: "bolt-stays-in-channels-slack",
      severity: "error",
      from: { path: "^src/", pathNot: "^src/channels/slack/" },
      to: { path: "^(node_modules/)?@slack/" },
    },
    { name: "no-circular", severity: "error", from: {}, to: { circular: true } },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^src/generated/" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default"],
      extensions: [".ts", ".js"],
    },
  },
};
