// handleIntake end to end below the server action: origin, spam signals, validation, rate limit,
// storage, and what reaches the logs.
import assert from "node:assert/strict";
import { after, before, beforeEach, describe, it } from "node:test";
import { countLeads, findLeadsByEmail, handleIntake, type LeadsDb, openDatabase } from "../lib/leads";
import { testDatabases } from "./support/leads-databases";

const [sqlite] = await testDatabases("intake");
assert.ok(sqlite);

const NOW = new Date("2026-11-20T10:00:00.000Z");
const ORIGIN = { origin: "https://www.example.nl", host: "www.example.nl" };

function form(overrides: Record<string, string | undefined> = {}) {
  const fields: Record<string, string | undefined> = {
    naam: "Sanne de Vries",
    email: "sanne@bakkerij-devries.nl",
    bedrijf: "Bakkerij De Vries",
    telefoon: "020 123 45 67",
    interesse: "pilot",
    regio: "Amsterdam",
    bericht: "Kunnen we offertes sneller maken?",
    privacy: "on",
    t: String(NOW.getTime() - 45_000),
    website: "",
    bron: "/blog/ai-voor-het-mkb?utm_source=nieuwsbrief",
    ...overrides,
  };
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) if (value !== undefined) data.set(key, value);
  return data;
}

describe("handleIntake", () => {
  let conn: LeadsDb;
  let ip = 0;
  // Each test posts from its own address unless it is about the rate limit.
  const submit = (fields: Record<string, string | undefined> = {}, headers: Record<string, string> = ORIGIN, address = `198.51.100.${++ip}`) =>
    handleIntake({ form: form(fields), headers: new Headers({ ...headers, "x-forwarded-for": address }), now: NOW, db: async () => conn });

  before(async () => {
    process.env.LEADS_LOG = "silent";
    process.env.LEADS_RATE_LIMIT_MAX = "3";
    process.env.LEADS_MIN_FILL_MS = "3000";
    conn = await openDatabase(sqlite.config());
  });
  after(async () => {
    delete process.env.LEADS_RATE_LIMIT_MAX;
    await conn.close();
    await sqlite.cleanup();
  });
  beforeEach(() => {
    process.env.LEADS_LOG = "silent";
  });

  it("stores a valid submission and returns its id, keeping only the path of the page", async () => {
    const outcome = await submit();
    assert.equal(outcome.kind, "stored");
    const [stored] = await findLeadsByEmail(conn, "sanne@bakkerij-devries.nl");
    assert.equal(stored?.id, outcome.kind === "stored" ? outcome.leadId : "");
    assert.equal(stored?.source, "/blog/ai-voor-het-mkb");
    assert.equal(stored?.phone, "020 123 45 67");
  });

  it("rejects a post with a foreign, null or missing Origin and stores nothing", async () => {
    const before = await countLeads(conn);
    assert.equal((await submit({ email: "x1@example.nl" }, { origin: "https://evil.example", host: "www.example.nl" })).kind, "cross-site");
    assert.equal((await submit({ email: "x2@example.nl" }, { origin: "null", host: "www.example.nl" })).kind, "cross-site");
    assert.equal((await submit({ email: "x3@example.nl" }, { host: "www.example.nl" })).kind, "cross-site");
    assert.equal(await countLeads(conn), before);
  });

  it("answers bots like a success but stores nothing: honeypot, too fast, no start time", async () => {
    const before = await countLeads(conn);
    assert.deepEqual(await submit({ email: "bot1@example.nl", website: "https://spam.example" }), { kind: "bot", reason: "honeypot" });
    assert.deepEqual(await submit({ email: "bot2@example.nl", t: String(NOW.getTime() - 1200) }), { kind: "bot", reason: "too-fast" });
    assert.deepEqual(await submit({ email: "bot3@example.nl", t: undefined }), { kind: "bot", reason: "no-start" });
    assert.equal(await countLeads(conn), before);
  });

  it("returns Dutch errors and the typed values for an invalid submission, storing nothing", async () => {
    const before = await countLeads(conn);
    const outcome = await submit({ email: "sanne@", privacy: undefined });
    assert.equal(outcome.kind, "invalid");
    if (outcome.kind === "invalid") {
      assert.deepEqual(Object.keys(outcome.errors).sort(), ["email", "privacy"]);
      assert.equal(outcome.values.email, "sanne@");
      assert.equal(outcome.values.bericht, "Kunnen we offertes sneller maken?");
    }
    assert.equal(await countLeads(conn), before);
  });

  it("limits accepted submissions per address across the window, keeping what was typed", async () => {
    const address = "203.0.113.50";
    for (let i = 0; i < 3; i++) assert.equal((await submit({ email: `limiet-${i}@example.nl` }, ORIGIN, address)).kind, "stored");
    const blocked = await submit({ email: "limiet-3@example.nl" }, ORIGIN, address);
    assert.equal(blocked.kind, "rate-limited");
    if (blocked.kind === "rate-limited") {
      assert.equal(blocked.values.email, "limiet-3@example.nl");
      assert.ok(blocked.retryAfterMs > 0 && blocked.retryAfterMs <= 15 * 60_000);
    }
    assert.equal((await findLeadsByEmail(conn, "limiet-3@example.nl")).length, 0);
    assert.equal((await submit({ email: "ander-adres@example.nl" }, ORIGIN, "203.0.113.51")).kind, "stored");
  });

  it("keeps the visitor's input and says so when the database is unavailable", async () => {
    const outcome = await handleIntake({
      form: form(),
      headers: new Headers({ ...ORIGIN, "x-forwarded-for": "198.51.100.200" }),
      now: NOW,
      db: async () => {
        throw new Error("connect ECONNREFUSED 127.0.0.1:5432");
      },
    });
    assert.equal(outcome.kind, "unavailable");
    if (outcome.kind === "unavailable") assert.equal(outcome.values.naam, "Sanne de Vries");
  });

  it("logs the lead id and never the name, address, phone number, message or IP", async () => {
    const lines: string[] = [];
    const original = { log: console.log, warn: console.warn, error: console.error };
    console.log = console.warn = console.error = (...args: unknown[]) => void lines.push(args.join(" "));
    delete process.env.LEADS_LOG;
    try {
      const stored = await submit(
        { email: "geheim@example.nl", naam: "Geheime Naam", telefoon: "06 11122233", bericht: "Geheim bericht" },
        ORIGIN,
        "192.0.2.77",
      );
      await submit({ email: "geheim@example.nl", website: "spam" }, ORIGIN, "192.0.2.77");
      await submit({ email: "geheim@", naam: "Geheime Naam" }, ORIGIN, "192.0.2.77");
      await handleIntake({
        form: form({ email: "geheim@example.nl" }),
        headers: new Headers({ ...ORIGIN, "x-forwarded-for": "192.0.2.77" }),
        now: NOW,
        db: async () => {
          throw new Error("insert failed for geheim@example.nl 'Geheime Naam'");
        },
      });
      assert.equal(stored.kind, "stored");
      assert.ok(
        lines.some((line) => stored.kind === "stored" && line.includes(stored.leadId)),
        "the lead id is logged",
      );
    } finally {
      Object.assign(console, original);
    }
    const all = lines.join("\n");
    for (const secret of ["geheim@", "Geheime Naam", "06 11122233", "Geheim bericht", "192.0.2.77"])
      assert.ok(!all.includes(secret), `log contains ${secret}: ${all}`);
  });
});
