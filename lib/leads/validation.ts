// The intake's single source of truth for what a valid lead is, enforced on the server. The field
// names and limits it checks live in ./fields, which the client form reads for its hints.
import { z } from "zod";
import { INTERESTS, type Interest } from "../taxonomy";
import { FIELDS, type IntakeField, LIMITS } from "./fields";
import type { Lead } from "./schema";

// C0/C1 control characters, and the bidi overrides that can disguise text in a mail client or CSV
// viewer ("Trojan Source"). Tab and newline are allowed only in the message.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
const CONTROL_SINGLE_LINE = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

/** NFC, no zero-width padding, every whitespace run one space, trimmed. */
export function normalizeLine(value: string): string {
  return value
    .normalize("NFC")
    .replace(/[\u200B\u200C\u200D\u2060\uFEFF]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** Like normalizeLine per line, but keeps paragraphs: CRLF -> LF, at most one empty line in a row. */
export function normalizeText(value: string): string {
  return value
    .normalize("NFC")
    .replace(/\r\n?/g, "\n")
    .replace(/[\u200B\u200C\u200D\u2060\uFEFF]/g, "")
    .split("\n")
    .map((line) => line.replace(/[^\S\n]+/g, " ").trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

const controlMessage = "Dit veld bevat onzichtbare tekens die we niet kunnen verwerken. Typ de tekst opnieuw.";

// The raw cap bounds the work done on absurd input before normalisation; the real limit is checked after.
function line(limit: number, messages: { required?: string; max: string }) {
  const base = z
    .string()
    .max(limit * 4, messages.max)
    .refine((value) => !CONTROL_SINGLE_LINE.test(value.replace(/[\t\r\n]/g, " ")), controlMessage)
    .transform(normalizeLine);
  return messages.required ? base.pipe(z.string().min(1, messages.required).max(limit, messages.max)) : base.pipe(z.string().max(limit, messages.max));
}

const emailMessage = "Vul een geldig e-mailadres in, bijvoorbeeld naam@bedrijf.nl.";

const PHONE = /^\+?[0-9 ()./-]+$/;
function isPhone(value: string): boolean {
  const digits = value.replace(/\D/g, "").length;
  return PHONE.test(value) && digits >= 8 && digits <= 15;
}

const checkbox = z
  .union([z.literal("on"), z.literal("true"), z.literal("1"), z.literal(""), z.undefined(), z.null()])
  .transform((value) => value === "on" || value === "true" || value === "1");

const leadSchema = z.object({
  naam: line(LIMITS.naam, { required: "Vul je naam in.", max: `Je naam mag maximaal ${LIMITS.naam} tekens lang zijn.` }),
  // zod's address check (no quotes, spaces or leading, trailing or double dots; a dotted domain with
  // a 2+ letter TLD) does not cap the part before the @, which mail servers limit to 64 characters.
  email: line(LIMITS.email, { required: "Vul je e-mailadres in.", max: emailMessage }).pipe(
    z.email(emailMessage).refine((value) => value.indexOf("@") <= 64, emailMessage),
  ),
  bedrijf: line(LIMITS.bedrijf, {
    required: "Vul de naam van je bedrijf in.",
    max: `De bedrijfsnaam mag maximaal ${LIMITS.bedrijf} tekens lang zijn.`,
  }),
  telefoon: line(LIMITS.telefoon, { max: "Vul een geldig telefoonnummer in, bijvoorbeeld 020 123 45 67." }).refine(
    (value) => value === "" || isPhone(value),
    "Vul een geldig telefoonnummer in, bijvoorbeeld 020 123 45 67.",
  ),
  interesse: z.enum(INTERESTS, { error: "Kies waar je interesse in hebt." }),
  regio: line(LIMITS.regio, { max: `De regio mag maximaal ${LIMITS.regio} tekens lang zijn.` }),
  bericht: z
    .string()
    .max(LIMITS.bericht * 2, `Je bericht mag maximaal ${LIMITS.bericht} tekens lang zijn.`)
    .refine((value) => !CONTROL.test(value), controlMessage)
    .transform(normalizeText)
    .pipe(z.string().min(1, "Vertel kort waar we je mee kunnen helpen.").max(LIMITS.bericht, `Je bericht mag maximaal ${LIMITS.bericht} tekens lang zijn.`)),
  privacy: checkbox.refine((value) => value, "Geef toestemming voor het verwerken van je gegevens; anders kunnen we geen contact met je opnemen."),
  nieuwsbrief: checkbox,
});

/** A valid lead in the domain's (English) vocabulary: the stored lead's visitor fields. */
export type LeadInput = Pick<Lead, "name" | "email" | "company" | "phone" | "region" | "message"> & { interest: Interest; newsletter: boolean };

/** What the visitor typed, as strings, to put back into the form after an error. */
export type IntakeValues = Partial<Record<Exclude<IntakeField, "privacy">, string>> & { privacy?: boolean; nieuwsbrief?: boolean };

type ValidationResult = { ok: true; lead: LeadInput } | { ok: false; errors: Partial<Record<IntakeField, string>>; values: IntakeValues };

function text(value: FormDataEntryValue | null | undefined): string | undefined {
  return typeof value === "string" ? value : undefined;
}

/** Reads the visible fields from a form post (files and missing fields become undefined). */
export function readIntakeForm(form: FormData): Record<string, string | undefined> {
  const raw: Record<string, string | undefined> = {};
  for (const name of [...FIELDS, "nieuwsbrief"] as const) raw[name] = text(form.get(name));
  return raw;
}

/** Validates and normalises a submission; on failure returns one Dutch message per field. */
export function validateLead(raw: Record<string, string | undefined>): ValidationResult {
  const parsed = leadSchema.safeParse({
    naam: raw.naam ?? "",
    email: raw.email ?? "",
    bedrijf: raw.bedrijf ?? "",
    telefoon: raw.telefoon ?? "",
    interesse: raw.interesse,
    regio: raw.regio ?? "",
    bericht: raw.bericht ?? "",
    privacy: raw.privacy,
    nieuwsbrief: raw.nieuwsbrief,
  });
  if (parsed.success) {
    const data = parsed.data;
    return {
      ok: true,
      lead: {
        name: data.naam,
        email: data.email,
        company: data.bedrijf,
        phone: data.telefoon || null,
        interest: data.interesse,
        region: data.regio || null,
        message: data.bericht,
        newsletter: data.nieuwsbrief,
      },
    };
  }
  const errors: Partial<Record<IntakeField, string>> = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0];
    if (typeof field === "string" && (FIELDS as readonly string[]).includes(field) && !errors[field as IntakeField]) {
      errors[field as IntakeField] = issue.message;
    }
  }
  return { ok: false, errors, values: keptValues(raw) };
}

/** The typed values to render back, capped so an oversized post is not echoed in full. */
export function keptValues(raw: Record<string, string | undefined>): IntakeValues {
  const cap = (value: string | undefined, limit: number) => (value ?? "").slice(0, limit * 2);
  return {
    naam: cap(raw.naam, LIMITS.naam),
    email: cap(raw.email, LIMITS.email),
    bedrijf: cap(raw.bedrijf, LIMITS.bedrijf),
    telefoon: cap(raw.telefoon, LIMITS.telefoon),
    interesse: (INTERESTS as readonly string[]).includes(raw.interesse ?? "") ? raw.interesse : undefined,
    regio: cap(raw.regio, LIMITS.regio),
    bericht: cap(raw.bericht, LIMITS.bericht),
    privacy: raw.privacy === "on",
    nieuwsbrief: raw.nieuwsbrief === "on",
  };
}
