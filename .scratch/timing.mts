import { startDemoApp } from "/work/wt-security/test/support/demo-app.js";
const demo = await startDemoApp("timing", { WIJKBOT_NOW: "2026-11-23T09:30:00+01:00" });
const turn = { account: { channel: "web" as const, tenant: "", externalId: "p-sjoerd-postma" }, place: "personal" as const };
const ask = async (text: string) => {
  const t0 = performance.now();
  const m = await demo.app.bot.handleText(turn, text);
  return { ms: performance.now() - t0, s: m.map((x) => x.summary).join("|") };
};
const med = (a: number[]) => a.sort((x, y) => x - y)[Math.floor(a.length / 2)]!;
console.log((await ask("casus WYC-014")).s, "/", (await ask("casus WYC-999")).s);
const a: number[] = [], b: number[] = [];
for (let i = 0; i < 5; i++) { await ask("casus WYC-014"); await ask("casus WYC-999"); }
for (let i = 0; i < 40; i++) { a.push((await ask("casus WYC-014")).ms); b.push((await ask("casus WYC-999")).ms); }
console.log(JSON.stringify({ notYours: { p50: med([...a]), min: Math.min(...a), max: Math.max(...a) }, missing: { p50: med([...b]), min: Math.min(...b), max: Math.max(...b) } }));
await demo.stop();
process.exit(0);
