import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { clientAddress, isSameOrigin, botCheck } from "../lib/leads/spam";
import { LIMITS } from "../lib/leads/fields";
import { normalizeLine, normalizeText, validateLead } from "../lib/leads/validation";

const valid = {
  naam: "Sanne de Vries",
  email: "sanne@bakkerij-devries.nl",
  bedrijf: "Bakkerij De Vries",
  telefoon: "",
  interesse: "workshop",
  regio: "",
  bericht: "Wat kan AI voor onze administratie doen?",
  privacy: "on",
};

function errorsOf(overrides: Record<string, string | undefined>) {
  const result = validateLead({ ...valid, ...overrides });
  assert.equal(result.ok, false, "expected a validation error");
  return result.ok ? {} : result.errors;
}

describe("validateLead", () => {
  it("accepts a complete submission and maps it to the domain's fields", () => {
    const result = validateLead({ ...valid, telefoon: "+31 (0)20-123 45 67", regio: "Utrecht", nieuwsbrief: "on" });
    assert.ok(result.ok);
    assert.deepEqual(result.lead, {
      name: "Sanne de Vries",
      email: "sanne@bakkerij-devries.nl",
      company: "Bakkerij De Vries",
      phone: "+31 (0)20-123 45 67",
      interest: "workshop",
      region: "Utrecht",
      message: "Wat kan AI voor onze administratie doen?",
      newsletter: true,
    });
  });

  it("treats empty optional fields as absent and the newsletter as not chosen", () => {
    const result = validateLead(valid);
    assert.ok(result.ok);
    assert.equal(result.lead.phone, null);
    assert.equal(result.lead.region, null);
    assert.equal(result.lead.newsletter, false);
  });

  it("normalises whitespace: collapses runs, trims, keeps paragraphs in the message", () => {
    const result = validateLead({ ...valid, naam: "  Sanne \u00a0 de\tVries ", bericht: "  Regel één  \r\n\r\n\r\n\r\nRegel\u200b twee  " });
    assert.ok(result.ok);
    assert.equal(result.lead.name, "Sanne de Vries");
    assert.equal(result.lead.message, "Regel één\n\nRegel twee");
  });

  it("says in Dutch what is missing, per field", () => {
    const errors = errorsOf({ naam: " ", email: "", bedrijf: "", bericht: "\n \n", privacy: undefined });
    assert.deepEqual(errors, {
      naam: "Vul je naam in.",
      email: "Vul je e-mailadres in.",
      bedrijf: "Vul de naam van je bedrijf in.",
      bericht: "Vertel kort waar we je mee kunnen helpen.",
      privacy: "Geef toestemming voor het verwerken van je gegevens; anders kunnen we geen contact met je opnemen.",
    });
  });

  it("checks e-mail addresses for real", () => {
    for (const email of [
      "sanne",
      "sanne@",
      "sanne@bakkerij",
      "sanne@bakkerij.n",
      "san ne@bakkerij.nl",
      "sanne..x@bakkerij.nl",
      ".sanne@bakkerij.nl",
      "sanne@-bakkerij.nl",
      "a@b@c.nl",
    ]) {
      assert.equal(errorsOf({ email }).email, "Vul een geldig e-mailadres in, bijvoorbeeld naam@bedrijf.nl.", email);
    }
    for (const email of ["s.de.vries+intake@bakkerij-devries.nl", "info@sub.domein.amsterdam", "O'Brien@example.ie"]) {
      assert.ok(validateLead({ ...valid, email }).ok, email);
    }
    // Our own rule on top of z.email: at most 64 characters before the @.
    assert.ok(validateLead({ ...valid, email: `${"a".repeat(64)}@bakkerij.nl` }).ok);
    assert.equal(errorsOf({ email: `${"a".repeat(65)}@bakkerij.nl` }).email, "Vul een geldig e-mailadres in, bijvoorbeeld naam@bedrijf.nl.");
    // Where z.email differs from the hand-written check it replaced, none of the examples above
    // change: it also rejects the rare local-part characters ! # $ % & * / = ? ^ ` { | } ~ and a
    // trailing apostrophe, and it accepts a domain label that ends in a hyphen.
  });

  it("checks phone numbers only when given", () => {
    assert.match(errorsOf({ telefoon: "bel me" }).telefoon ?? "", /geldig telefoonnummer/);
    assert.match(errorsOf({ telefoon: "12345" }).telefoon ?? "", /geldig telefoonnummer/);
    assert.ok(validateLead({ ...valid, telefoon: "06-12345678" }).ok);
  });

  it("accepts only the known interests", () => {
    assert.equal(errorsOf({ interesse: "iets-anders" }).interesse, "Kies waar je interesse in hebt.");
    assert.equal(errorsOf({ interesse: undefined }).interesse, "Kies waar je interesse in hebt.");
  });

  it("enforces a length limit on every field, after normalising", () => {
    for (const [field, limit] of Object.entries(LIMITS)) {
      if (field === "email" || field === "telefoon") continue;
      assert.ok(validateLead({ ...valid, [field]: "a".repeat(limit) }).ok, `${field} at its limit`);
      assert.match(errorsOf({ [field]: "a".repeat(limit + 1) })[field as keyof typeof errorsOf] ?? "", /maximaal/, `${field} over its limit`);
    }
    assert.match(errorsOf({ email: `${"a".repeat(250)}@x.nl` }).email ?? "", /geldig e-mailadres/);
    // Whitespace that normalising removes does not count against the limit.
    assert.ok(validateLead({ ...valid, naam: `  ${"a".repeat(LIMITS.naam)}   ` }).ok);
  });

  it("rejects control characters and bidi overrides, but allows line breaks in the message", () => {
    assert.match(errorsOf({ naam: "Sanne\u0000" }).naam ?? "", /onzichtbare tekens/);
    assert.match(errorsOf({ bedrijf: "Bakkerij\u202Eevil" }).bedrijf ?? "", /onzichtbare tekens/);
    assert.match(errorsOf({ email: "sanne@bakkerij.nl\r\nBcc: x@y.nl" }).email ?? "", /geldig e-mailadres|onzichtbare/);
    assert.match(errorsOf({ bericht: "Hallo\u0007" }).bericht ?? "", /onzichtbare tekens/);
    assert.ok(validateLead({ ...valid, bericht: "Regel 1\nRegel 2\tmet tab" }).ok);
  });

  it("keeps what was typed for the form when something is wrong", () => {
    const result = validateLead({ ...valid, email: "sanne@", nieuwsbrief: "on" });
    assert.equal(result.ok, false);
    if (!result.ok) {
      assert.equal(result.values.naam, valid.naam);
      assert.equal(result.values.email, "sanne@");
      assert.equal(result.values.bericht, valid.bericht);
      assert.equal(result.values.privacy, true);
      assert.equal(result.values.nieuwsbrief, true);
    }
  });
});

describe("normalisers", () => {
  it("normalise Unicode to NFC", () => {
    assert.equal(normalizeLine("Gei\u0308ntegreerd"), "Geïntegreerd");
    assert.equal(normalizeText("a\r\nb\rc"), "a\nb\nc");
  });
});

const headers = (entries: Record<string, string>) => new Headers(entries);

describe("isSameOrigin", () => {
  it("accepts a post from the host it was sent to", () => {
    assert.ok(isSameOrigin(headers({ origin: "http://127.0.0.1:3100", host: "127.0.0.1:3100" })));
    assert.ok(isSameOrigin(headers({ origin: "https://www.example.nl", host: "10.0.0.5:3000", "x-forwarded-host": "www.example.nl" })));
    assert.ok(isSameOrigin(headers({ origin: "https://www.example.nl", host: "app:3000" }), ["www.example.nl"]));
  });
  it("rejects a missing, null, malformed or foreign origin", () => {
    assert.equal(isSameOrigin(headers({ host: "www.example.nl" })), false);
    assert.equal(isSameOrigin(headers({ origin: "null", host: "www.example.nl" })), false);
    assert.equal(isSameOrigin(headers({ origin: "not a url", host: "www.example.nl" })), false);
    assert.equal(isSameOrigin(headers({ origin: "https://evil.example", host: "www.example.nl" })), false);
    assert.equal(isSameOrigin(headers({ origin: "https://www.example.nl.evil.example", host: "www.example.nl" })), false);
  });
});

describe("clientAddress", () => {
  it("takes the address the trusted proxy appended, not what the client claims", () => {
    assert.equal(clientAddress(headers({ "x-forwarded-for": "6.6.6.6, 203.0.113.7" }), 1), "203.0.113.7");
    assert.equal(clientAddress(headers({ "x-forwarded-for": "6.6.6.6, 203.0.113.7, 10.0.0.2" }), 2), "203.0.113.7");
    assert.equal(clientAddress(headers({ "x-forwarded-for": "203.0.113.7" }), 0), "203.0.113.7");
  });
  it("groups IPv6 addresses by their /64, however they are written", () => {
    const of = (address: string) => clientAddress(headers({ "x-forwarded-for": address }), 1);
    assert.equal(of("2001:db8:1:2::5"), "2001:db8:1:2::/64");
    assert.equal(of("2001:db8:1:2:aaaa::9"), "2001:db8:1:2::/64");
    assert.equal(of("2001:DB8:0001:0002:ffff:ffff:ffff:ffff"), "2001:db8:1:2::/64");
    assert.equal(of("[2001:db8:1:2::5]"), "2001:db8:1:2::/64");
    assert.equal(of("2001:db8::1"), "2001:db8::/64");
    assert.notEqual(of("2001:db8:1:3::5"), of("2001:db8:1:2::5"));
  });
  it("counts an IPv4-mapped IPv6 address as the IPv4 address", () => {
    assert.equal(clientAddress(headers({ "x-forwarded-for": "::ffff:203.0.113.7" }), 1), "203.0.113.7");
    assert.equal(clientAddress(headers({ "x-forwarded-for": "::ffff:cb00:7107" }), 1), "203.0.113.7");
  });
  it("keeps an address it cannot parse as it is", () => {
    assert.equal(clientAddress(headers({ "x-real-ip": "proxy-a" }), 1), "proxy-a");
    assert.equal(clientAddress(headers({}), 1), "unknown");
  });
});

describe("botCheck", () => {
  const form = (fields: Record<string, string>) => {
    const data = new FormData();
    for (const [key, value] of Object.entries(fields)) data.set(key, value);
    return data;
  };
  const now = 1_800_000_000_000;
  it("passes a person who took their time and left the honeypot empty", () => {
    assert.deepEqual(botCheck(form({ t: String(now - 20_000), website: "" }), { now, minFillMs: 3000 }), { bot: false });
  });
  it("flags a filled honeypot, a missing or future start time and a too-fast submission", () => {
    assert.deepEqual(botCheck(form({ t: String(now - 20_000), website: "https://spam.example" }), { now, minFillMs: 3000 }), { bot: true, reason: "honeypot" });
    assert.deepEqual(botCheck(form({}), { now, minFillMs: 3000 }), { bot: true, reason: "no-start" });
    assert.deepEqual(botCheck(form({ t: String(now + 3_600_000) }), { now, minFillMs: 3000 }), { bot: true, reason: "no-start" });
    assert.deepEqual(botCheck(form({ t: String(now - 500) }), { now, minFillMs: 3000 }), { bot: true, reason: "too-fast" });
  });
});
