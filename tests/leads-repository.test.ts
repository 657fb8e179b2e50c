import assert from "node:assert/strict";
import { Writable } from "node:stream";
import { after, before, describe, it } from "node:test";
import {
  allLeads,
  claimDue,
  countLeads,
  eraseByEmail,
  exportLeadsCsv,
  findLead,
  findLeadsByEmail,
  hitRateLimit,
  insertLead,
  type LeadInput,
  type LeadsDb,
  openDatabase,
  outboxForLead,
  purgeLeadsBefore,
  purgeRateLimits,
  retentionCutoff,
} from "../lib/leads";
import { POSTGRES_URL, postgresProblem, testDatabases } from "./support/leads-databases";

process.env.LEADS_LOG = "silent";

const lead = (overrides: Partial<LeadInput> = {}): LeadInput => ({
  name: "Sanne de Vries",
  email: "sanne@bakkerij-devries.nl",
  company: "Bakkerij De Vries",
  phone: "020 123 45 67",
  interest: "pilot",
  region: "Amsterdam",
  message: "We willen offertes sneller maken.\n\nKan dat met AI?",
  newsletter: false,
  ...overrides,
});

it("reaches the PostgreSQL test server (required in CI, a loud warning elsewhere)", async (t) => {
  const problem = await postgresProblem();
  if (problem && process.env.CI !== "true" && process.env.CI !== "1") return t.skip(`PostgreSQL unreachable at ${POSTGRES_URL}`);
  assert.equal(problem, undefined, `PostgreSQL at ${POSTGRES_URL}: ${problem}`);
});

for (const database of await testDatabases("repo")) {
  describe(`leads repository on ${database.name}`, { skip: database.skip }, () => {
    let conn: LeadsDb;
    before(async () => {
      conn = await openDatabase(database.config());
    });
    after(async () => {
      await conn?.close();
      await database.cleanup();
    });

    it("migrates idempotently: a second start finds the schema up to date", async () => {
      const again = await openDatabase(database.config());
      assert.equal(await countLeads(again), await countLeads(conn));
      await again.close();
    });

    it("stores a lead with exactly one pending team notification, and reads it back unchanged", async () => {
      const stored = await insertLead(conn, lead({ newsletter: true }), { source: "/blog/ai-voor-het-mkb" });
      const found = await findLead(conn, stored.id);
      assert.deepEqual(found, stored);
      assert.equal(found?.newsletter, 1);
      assert.equal(found?.message, "We willen offertes sneller maken.\n\nKan dat met AI?");
      const outbox = await outboxForLead(conn, stored.id);
      assert.equal(outbox.length, 1);
      assert.equal(outbox[0]?.status, "pending");
    });

    it("stores every one of many concurrent submissions", async () => {
      const before = await countLeads(conn);
      const stored = await Promise.all(Array.from({ length: 40 }, (_, i) => insertLead(conn, lead({ email: `parallel-${i}@example.nl` }))));
      assert.equal(new Set(stored.map((l) => l.id)).size, 40);
      assert.equal(await countLeads(conn), before + 40);
    });

    it("finds a person's leads regardless of how the address was capitalised", async () => {
      await insertLead(conn, lead({ email: "Pieter.Bakker@Example.NL" }));
      await insertLead(conn, lead({ email: "pieter.bakker@example.nl" }));
      assert.equal((await findLeadsByEmail(conn, "PIETER.BAKKER@example.nl")).length, 2);
    });

    it("erases one person's leads and notifications, and nobody else's", async () => {
      const mine = await insertLead(conn, lead({ email: "wis-mij@example.nl" }));
      await insertLead(conn, lead({ email: "Wis-Mij@example.nl" }));
      const other = await insertLead(conn, lead({ email: "blijf@example.nl" }));
      const result = await eraseByEmail(conn, "wis-mij@example.nl");
      assert.deepEqual(result, { leads: 2, outbox: 2 });
      assert.equal(await findLead(conn, mine.id), undefined);
      assert.equal((await outboxForLead(conn, mine.id)).length, 0);
      assert.ok(await findLead(conn, other.id));
      assert.deepEqual(await eraseByEmail(conn, "wis-mij@example.nl"), { leads: 0, outbox: 0 });
    });

    it("purges leads past retention with their notifications, keeping recent ones", async () => {
      const now = new Date("2027-06-15T10:00:00.000Z");
      const old = await insertLead(conn, lead({ email: "oud@example.nl" }), { now: new Date("2026-06-14T10:00:00.000Z") });
      const recent = await insertLead(conn, lead({ email: "recent@example.nl" }), { now: new Date("2026-06-16T10:00:00.000Z") });
      const cutoff = retentionCutoff(now, 12);
      assert.equal(cutoff.toISOString(), "2026-06-15T10:00:00.000Z");
      const purged = await purgeLeadsBefore(conn, cutoff);
      assert.ok(purged.leads >= 1);
      assert.equal(await findLead(conn, old.id), undefined);
      assert.equal((await outboxForLead(conn, old.id)).length, 0);
      assert.ok(await findLead(conn, recent.id));
    });

    it("counts rate-limit hits per key and window exactly, also when they arrive at once", async () => {
      const now = new Date("2026-11-20T10:01:00.000Z");
      const windowMs = 15 * 60_000;
      const hits = await Promise.all(Array.from({ length: 12 }, () => hitRateLimit(conn, "ip-a", { max: 5, windowMs, now })));
      assert.deepEqual(
        hits.map((h) => h.hits).sort((a, b) => a - b),
        [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
      );
      assert.equal(hits.filter((h) => h.allowed).length, 5);
      assert.equal((await hitRateLimit(conn, "ip-b", { max: 5, windowMs, now })).allowed, true);
      const nextWindow = new Date(now.getTime() + windowMs);
      assert.equal((await hitRateLimit(conn, "ip-a", { max: 5, windowMs, now: nextWindow })).hits, 1);
      assert.ok((await purgeRateLimits(conn, nextWindow)) >= 2);
    });

    it("never hands one outbox row to two concurrent senders", async () => {
      const ids = new Set(
        (await Promise.all(Array.from({ length: 30 }, (_, i) => insertLead(conn, lead({ email: `claim-${i}@example.nl` }))))).map((l) => l.id),
      );
      const now = new Date(Date.now() + 1000);
      const claims = await Promise.all(Array.from({ length: 6 }, () => claimDue(conn, { now, leaseMs: 60_000, limit: 8 })));
      const claimed = claims.flat().filter((row) => ids.has(row.leadId));
      const claimedIds = claimed.map((row) => row.id);
      assert.equal(new Set(claimedIds).size, claimedIds.length, "a row was claimed twice");
      assert.ok(claimed.every((row) => row.status === "sending" && row.attempts === 1));
      // A claimed row is not due again until its lease runs out.
      const again = await claimDue(conn, { now, leaseMs: 60_000, limit: 1000 });
      assert.equal(again.filter((row) => claimedIds.includes(row.id)).length, 0);
      const afterLease = await claimDue(conn, { now: new Date(now.getTime() + 61_000), leaseMs: 60_000, limit: 1000 });
      assert.ok(claimedIds.every((id) => afterLease.some((row) => row.id === id)));
    });

    it("pages through all leads in creation order and exports them as safe CSV", async () => {
      const seen: string[] = [];
      for await (const l of allLeads(conn, 7)) seen.push(`${l.createdAt}|${l.id}`);
      assert.equal(seen.length, await countLeads(conn));
      assert.deepEqual(seen, [...seen].sort());

      await insertLead(conn, lead({ email: "csv@example.nl", company: '=HYPERLINK("x")', message: 'Regel 1, met "quotes"\nRegel 2' }));
      const chunks: string[] = [];
      const out = new Writable({ write: (chunk, _enc, done) => (chunks.push(String(chunk)), done()) });
      const count = await exportLeadsCsv(out, conn);
      const csv = chunks.join("");
      assert.equal(count, await countLeads(conn));
      assert.ok(csv.startsWith("id,created_at,name,email,company,phone,interest,region,newsletter,source,message\r\n"));
      assert.ok(csv.includes(`"'=HYPERLINK(""x"")"`), "formula cell is neutralised and quoted");
      assert.ok(csv.includes('"Regel 1, met ""quotes""\nRegel 2"'));
    });
  });
}
