/**
 * The layering of DESIGN.md and docs/engineering.md, enforced (`npm run lint`).
 *
 * Every job lives in src/features/<job>/ with the same layer folders as the shared machinery at the
 * top of src/: core (pure), language (pure), views (pure), db (the only code that knows Prisma),
 * bot (handlers), jobs (pg-boss). A layer rule therefore names both places: `src/<layer>/` and
 * `src/features/<job>/<layer>/`.
 */
const SDKS =
  "^(node_modules/)?(@slack|@microsoft|botbuilder|botframework|@prisma|pg-boss|pg|@electric-sql|pglite-prisma-adapter|express|pino)";

/** A layer's folders, at the top of src/ and inside every job. */
const layer = (...names) => [`^src/(${names.join("|")})/`, `^src/features/[^/]+/(${names.join("|")})/`];

module.exports = {
  forbidden: [
    {
      name: "core-is-pure",
      comment:
        "core (services, policies, ports, notices) renders nothing and stores nothing: it imports no views, " +
        "language, channels, db, jobs, bot, SDKs, the generated Prisma client or the wiring",
      severity: "error",
      from: { path: layer("core") },
      to: {
        path: [
          ...layer("views", "language", "channels", "db", "jobs", "bot", "http"),
          "^src/generated/",
          "^src/(config|app|app\\.types|services|main|logging)\\.ts$",
          SDKS,
        ],
      },
    },
    {
      name: "language-is-pure",
      severity: "error",
      from: { path: layer("language"), pathNot: "\\.test(-support)?\\.ts$" },
      to: {
        path: [
          ...layer("channels", "db", "jobs", "bot", "views", "http"),
          "^src/generated/",
          SDKS,
          "^node:fs",
        ],
      },
    },
    {
      name: "views-are-pure",
      severity: "error",
      from: { path: layer("views") },
      to: { path: [...layer("channels", "db", "jobs", "bot", "http"), "^src/generated/", SDKS] },
    },
    {
      name: "db-knows-only-core",
      comment:
        "storage implements core's ports and stores typed notices: it renders nothing and knows no chat; " +
        "tests may render what they read back",
      severity: "error",
      from: { path: layer("db"), pathNot: "\\.test(-support)?\\.ts$" },
      to: { path: [...layer("views", "bot", "channels", "jobs", "http", "language")] },
    },
    {
      name: "channels-never-touch-the-database",
      severity: "error",
      from: { path: "^src/channels/" },
      to: {
        path: [...layer("db"), "^src/generated/", "^(node_modules/)?(@prisma|pg|pg-boss|@electric-sql)"],
      },
    },
    {
      name: "bot-uses-ports-not-storage",
      comment: "tests may render answers with a channel's renderer to check what a user would read",
      severity: "error",
      from: { path: layer("bot"), pathNot: "\\.test\\.ts$" },
      to: {
        path: [...layer("db"), "^src/(generated|channels)/", "^(node_modules/)?(@prisma|pg|@electric-sql)"],
      },
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
