// Outbox delivery against a real SMTP server in this process (smtp-server), on both databases.
import assert from "node:assert/strict";
import type { AddressInfo } from "node:net";
import { after, before, beforeEach, describe, it } from "node:test";
import { SMTPServer } from "smtp-server";
import { backoffMs, deliverDue, insertLead, type LeadInput, type LeadsDb, openDatabase, outboxCounts, outboxForLead, sendDueNotifications } from "../lib/leads";
import { testDatabases } from "./support/leads-databases";

process.env.LEADS_LOG = "silent";

type Received = { raw: string; to: string[] };

/** An SMTP server that records messages and can be told to refuse the next N. */
async function startSmtp() {
  const received: Received[] = [];
  let refuse = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        if (refuse > 0) {
          refuse -= 1;
          const error = Object.assign(new Error("Mailbox temporarily unavailable"), { responseCode: 451 });
          return callback(error);
        }
        received.push({ raw: Buffer.concat(chunks).toString("utf8"), to: session.envelope.rcptTo.map((r) => r.address) });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    refuseNext: (count: number) => void (refuse = count),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const lead = (email: string): LeadInput => ({
  name: "Sanne de Vries",
  email,
  company: "Bakkerij De Vries",
  phone: null,
  interest: "implementatie",
  region: null,
  message: "Graag een gesprek over automatisering.",
  newsletter: false,
});

const leadIdOf = (raw: string) => /X-Lead-Id: (\S+)/i.exec(raw)?.[1];

for (const database of await testDatabases("outbox")) {
  describe(`outbox on ${database.name}`, { skip: database.skip }, () => {
    let conn: LeadsDb;
    let smtp: Awaited<ReturnType<typeof startSmtp>>;

    before(async () => {
      conn = await openDatabase(database.config());
      smtp = await startSmtp();
      process.env.SMTP_URL = smtp.url;
      process.env.LEADS_NOTIFY_TO = "team@aivoorhetmkb.test";
      process.env.LEADS_MAIL_FROM = "Website <noreply@aivoorhetmkb.test>";
    });
    after(async () => {
      delete process.env.SMTP_URL;
      await smtp?.close();
      await conn?.close();
      await database.cleanup();
    });
    beforeEach(async () => {
      // Each test starts with an empty outbox and mailbox.
      await conn.db.deleteFrom("outbox").execute();
      smtp.received.length = 0;
    });

    it("sends one message per lead through SMTP_URL, also with two senders at once and a second run", async () => {
      const leads = await Promise.all([1, 2, 3, 4, 5].map((i) => insertLead(conn, lead(`klant-${i}@example.nl`))));
      await Promise.all([sendDueNotifications(conn), sendDueNotifications(conn)]);
      await sendDueNotifications(conn);
      assert.equal(smtp.received.length, 5);
      assert.deepEqual(smtp.received.map((m) => leadIdOf(m.raw)).sort(), leads.map((l) => l.id).sort());
      assert.ok(smtp.received.every((m) => m.to.join() === "team@aivoorhetmkb.test"));
      const first = smtp.received.find((m) => leadIdOf(m.raw) === leads[0]?.id)?.raw ?? "";
      assert.match(first, /Reply-To: klant-1@example\.nl/i);
      assert.match(first, new RegExp(`Message-ID: <lead-${leads[0]?.id}@aivoorhetmkb\\.test>`, "i"));
      assert.deepEqual(await outboxCounts(conn), { pending: 0, sending: 0, sent: 5, failed: 0 });
    });

    it("retries a refused message later with backoff, and then delivers it exactly once", async () => {
      const stored = await insertLead(conn, lead("retry@example.nl"));
      smtp.refuseNext(1);
      const t0 = new Date();
      const options = {
        transport: (await import("nodemailer")).default.createTransport({ url: smtp.url }),
        from: "a@b.test",
        to: "team@aivoorhetmkb.test",
        maxAttempts: 5,
        backoffBaseMs: 30_000,
        leaseMs: 60_000,
      };
      const first = await deliverDue(conn, { ...options, now: () => t0 });
      assert.deepEqual(first, { claimed: 1, sent: 0, retrying: 1, failed: 0 });
      const [row] = await outboxForLead(conn, stored.id);
      assert.equal(row?.status, "pending");
      assert.equal(row?.attempts, 1);
      assert.equal(row?.nextAttemptAt, new Date(t0.getTime() + 30_000).toISOString());
      assert.match(row?.lastError ?? "", /451|temporarily/i);

      // Not due yet: nothing happens before the backoff has passed.
      assert.equal((await deliverDue(conn, { ...options, now: () => new Date(t0.getTime() + 29_000) })).claimed, 0);
      const second = await deliverDue(conn, { ...options, now: () => new Date(t0.getTime() + 31_000) });
      assert.deepEqual(second, { claimed: 1, sent: 1, retrying: 0, failed: 0 });
      assert.equal(smtp.received.length, 1);
      assert.equal(leadIdOf(smtp.received[0]?.raw ?? ""), stored.id);
      const [sent] = await outboxForLead(conn, stored.id);
      assert.equal(sent?.status, "sent");
      assert.equal(sent?.attempts, 2);
    });

    it("gives up after the maximum number of attempts and keeps the row for a person to look at", async () => {
      const stored = await insertLead(conn, lead("opgeven@example.nl"));
      smtp.refuseNext(10);
      let now = new Date();
      const options = {
        transport: (await import("nodemailer")).default.createTransport({ url: smtp.url }),
        from: "a@b.test",
        to: "t@b.test",
        maxAttempts: 3,
        backoffBaseMs: 1000,
        leaseMs: 60_000,
        now: () => now,
      };
      for (let i = 0; i < 5; i++) {
        await deliverDue(conn, options);
        now = new Date(now.getTime() + 3_600_000);
      }
      const [row] = await outboxForLead(conn, stored.id);
      assert.equal(row?.status, "failed");
      assert.equal(row?.attempts, 3);
      assert.equal(smtp.received.length, 0);
      smtp.refuseNext(0);
    });

    it("keeps notifications queued when no SMTP server is configured", async () => {
      const stored = await insertLead(conn, lead("geen-smtp@example.nl"));
      delete process.env.SMTP_URL;
      try {
        assert.deepEqual(await sendDueNotifications(conn), { skipped: "no-smtp" });
      } finally {
        process.env.SMTP_URL = smtp.url;
      }
      assert.equal((await outboxForLead(conn, stored.id))[0]?.status, "pending");
    });
  });
}

describe("backoffMs", () => {
  it("doubles per attempt and is capped at six hours", () => {
    assert.deepEqual(
      [1, 2, 3, 4].map((n) => backoffMs(n, 30_000)),
      [30_000, 60_000, 120_000, 240_000],
    );
    assert.equal(backoffMs(40, 30_000), 6 * 60 * 60_000);
  });
});
