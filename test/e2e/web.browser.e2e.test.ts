/**
 * The web chat page in headless Chromium (Debian's, through playwright-core): a demo visitor
 * picks who they are, asks a question and sees the services as cards with their buttons.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp, type RunningApp } from "../../src/app.js";
import { parseConfig } from "../../src/config.js";
import { CHROMIUM_PATH, chromiumAvailable } from "../support/environment.js";

// Monday 23 November 2026, 09:30 in Amsterdam.
const NOW = "2026-11-23T09:30:00+01:00";
const WAIT = { timeout: 30_000 };

describe.runIf(chromiumAvailable())("web chat in Chromium", () => {
  let app: RunningApp;
  let browser: BrowserContext;
  let page: Page;
  const dirs: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), "wijkbot-e2e-browser-"));
    const profile = mkdtempSync(path.join(tmpdir(), "wijkbot-chromium-"));
    dirs.push(dataDir, profile);
    const config = parseConfig({
      PORT: "0",
      WIJKBOT_DATA_DIR: dataDir,
      WIJKBOT_NOW: NOW,
      WIJKBOT_DEMO: "true",
      LOG_LEVEL: "silent",
    });
    if (!config.ok) throw new Error(config.problems.join("; "));
    app = await createApp(config.config);
    // A fresh profile per run: nothing remembered (localStorage) from an earlier run.
    browser = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--disable-sync",
      ],
    });
    page = browser.pages()[0] ?? (await browser.newPage());
    page.on("pageerror", (error) => pageErrors.push(error.message));
    // Migrating and seeding a fresh PGlite directory is slow on a busy CI machine.
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it("lets Anouk Peeters ask who handles debts in Wyckerpoort and shows the services as cards", async () => {
    await page.goto(`${app.url}/`);
    await page.locator('#who option[value="p-anouk-peeters"]').waitFor({ state: "attached", ...WAIT });
    await page.selectOption("#who", "p-anouk-peeters");
    expect(await page.locator("#who option:checked").textContent()).toContain("Anouk Peeters");

    await page.fill("#text", "wie doet schulden in Wyckerpoort?");
    await page.press("#text", "Enter");
    await page.locator(".turn.user").filter({ hasText: "wie doet schulden in Wyckerpoort?" }).waitFor(WAIT);
    const card = page.locator(".turn.bot article.card").first();
    await card.waitFor(WAIT);

    expect(await card.locator("h3").allTextContents()).toEqual(["Schulden in Wyckerpoort"]);
    expect(await card.locator("p > strong").allTextContents()).toEqual([
      "Schuldhulpverlening (aanmelding en stabilisatie)",
      "Budgetmaatje aan huis (vrijwilliger)",
    ]);
    const firstPeople = await card.locator("ul").first().locator("li").allTextContents();
    expect(firstPeople[0]).toBe(
      "Leila Bakkali (schuldhulpverlener): afwezig · vervanger: Mark Janssen (nu aan het werk)",
    );
    expect(await card.locator('a[href^="tel:"]').first().textContent()).toBe("+31 43 000 1003");
    expect(await card.locator(".notice-warning").allTextContents()).toEqual([
      "Niet gecontroleerd sinds 30-06-2025: gegevens kunnen verouderd zijn.",
    ]);
    expect(await card.locator("button[data-intent]").allTextContents()).toEqual([
      "Warme overdracht starten",
      "Warme overdracht starten",
    ]);
    // The input is cleared for the next question.
    expect(await page.inputValue("#text")).toBe("");
  });

  it("sends a button press to the bot and shows its reply", async () => {
    const before = await page.locator(".turn.bot").count();
    const button = page.locator(".turn.bot button[data-intent='handover.start']").first();
    await button.click();
    // Whatever the handover flow answers, it comes back as a new bot turn, not an error line.
    await page.waitForFunction((n) => document.querySelectorAll(".turn.bot").length > n, before, WAIT);
    const reply = page.locator(".turn.bot").nth(before);
    expect((await reply.textContent())?.trim().length).toBeGreaterThan(0);
    expect(await reply.textContent()).not.toContain("Wijkbot is even niet bereikbaar");
    expect(await button.isDisabled()).toBe(true);
  });

  it("shows typed markup literally instead of running it", async () => {
    await page.fill("#text", `schulden in <img src=x onerror="window.pwned=1"> 's-Hertogen&"bosch`);
    const before = await page.locator(".turn.bot").count();
    await page.press("#text", "Enter");
    await page.waitForFunction((n) => document.querySelectorAll(".turn.bot").length > n, before, WAIT);
    expect(await page.locator("#log img").count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(await page.locator(".turn.user").last().textContent()).toContain("<img src=x");
    expect(pageErrors).toEqual([]);
  });
});
