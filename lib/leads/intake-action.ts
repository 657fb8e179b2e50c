"use server";

import { after } from "next/server";
import { headers } from "next/headers";
import { site } from "../site";
import { STARTED_FIELD } from "./fields";
import type { IntakeState } from "./form-state";
import { handleIntake, sendDueNotifications } from "./index";

const retryLater = "Je aanvraag is niet verstuurd door een storing bij ons. Wat je hebt ingevuld staat er nog: probeer het over een minuut opnieuw.";

/**
 * The intake form's server action. The visitor only sees success after the lead is committed;
 * bots get the same success screen and are stored as nothing.
 */
export async function submitIntake(previous: IntakeState, form: FormData): Promise<IntakeState> {
  // `previous` round-trips through the browser on a no-JS post: treat it as untrusted input.
  const submission = Number.isSafeInteger(previous?.submission) ? Math.max(0, previous.submission) + 1 : 1;
  const startedAt = Number(form.get(STARTED_FIELD)) || undefined;
  const outcome = await handleIntake({ form, headers: await headers(), allowedHosts: [new URL(site.url).host] });
  switch (outcome.kind) {
    case "stored":
      // Tell the team right after the answer is sent; the interval sender retries if this fails.
      after(() => sendDueNotifications().catch(() => undefined));
      return { status: "success", submission, values: {}, errors: {}, email: outcome.email };
    case "bot":
      return { status: "success", submission, values: {}, errors: {} };
    case "cross-site":
      return {
        status: "error",
        submission,
        values: {},
        errors: {},
        message: "Je aanvraag kon niet worden verwerkt. Open de contactpagina opnieuw en verstuur het formulier nog een keer.",
      };
    case "invalid":
      return { status: "invalid", submission, values: outcome.values, errors: outcome.errors, startedAt };
    case "rate-limited": {
      const minutes = Math.max(1, Math.ceil(outcome.retryAfterMs / 60_000));
      return {
        status: "error",
        submission,
        values: outcome.values,
        errors: {},
        startedAt,
        message: `Vanaf jouw netwerk zijn net al meerdere aanvragen verstuurd. Probeer het over ${minutes} ${minutes === 1 ? "minuut" : "minuten"} opnieuw; wat je hebt ingevuld blijft staan.`,
      };
    }
    case "unavailable":
      return { status: "error", submission, values: outcome.values, errors: {}, startedAt, message: retryLater };
  }
}
