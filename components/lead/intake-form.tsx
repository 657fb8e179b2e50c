"use client";

import { usePathname } from "next/navigation";
import { useActionState, useEffect, useId, useRef, type ReactNode } from "react";
import { useFormStatus } from "react-dom";
import { FIELDS, HONEYPOT_FIELD, LIMITS, SOURCE_FIELD, STARTED_FIELD } from "@/lib/leads/fields";
import { type IntakeState, initialIntakeState } from "@/lib/leads/form-state";
import { submitIntake } from "@/lib/leads/intake-action";
import { INTEREST_LABELS, INTERESTS, type Interest } from "@/lib/taxonomy";

const inputClass =
  "mt-1.5 w-full rounded-lg border bg-white px-3.5 py-2.5 text-base text-ink shadow-sm focus:border-brand-600 aria-invalid:ring-1 aria-invalid:ring-red-700";
const labelClass = "block text-sm font-semibold text-ink";

type Props = {
  interest?: Interest;
  /** Server time the page was rendered (ms); the minimum fill time is measured from it. */
  startedAt: number;
  /** "compact" is the CTA block on content pages: no optional contact details. */
  variant?: "full" | "compact";
  /** Level of the confirmation heading, so it fits the page outline. */
  headingLevel?: 2 | 3;
};

/**
 * The intake form. Server-rendered and posted to a server action, so it works without JavaScript:
 * the permalink sends a no-JS post to /contact, which renders the answer in the full form.
 */
export function IntakeForm({ interest, startedAt, variant = "full", headingLevel = 2 }: Props) {
  const [state, formAction] = useActionState(submitIntake, initialIntakeState, "/contact");
  const pathname = usePathname();
  const uid = useId();
  if (state.status === "success") return <Confirmation state={state} headingLevel={headingLevel} />;

  const id = (field: string) => `${uid}-${field}`;
  const errorCount = Object.keys(state.errors).length;
  const firstError = FIELDS.find((field) => state.errors[field]);
  const values = state.values;
  const compact = variant === "compact";

  return (
    <form
      action={formAction}
      noValidate
      aria-describedby={id("status")}
      className={`rounded-(--radius-card) border border-line bg-white text-ink shadow-sm ${compact ? "space-y-4 p-5" : "space-y-5 p-6"}`}
    >
      {state.message || errorCount > 0 ? (
        <div role="alert" className="rounded-lg border border-red-700 bg-red-50 px-4 py-3 text-sm text-red-800">
          {state.message ??
            (errorCount === 1
              ? "Eén veld is nog niet goed ingevuld; zie de melding bij dat veld."
              : `${errorCount} velden zijn nog niet goed ingevuld; zie de meldingen bij de velden.`)}
        </div>
      ) : null}
      {/* Fields re-mount per answer so the kept values become their new defaults, and autoFocus
          puts the cursor in the first field with an error (also after a no-JS page load). */}
      <div key={state.submission} className={compact ? "space-y-4" : "space-y-5"}>
        <div className={`grid sm:grid-cols-2 ${compact ? "gap-4" : "gap-5"}`}>
          <Field id={id("naam")} label="Naam" error={state.errors.naam} first={firstError === "naam"}>
            {(wiring) => <input {...wiring} name="naam" autoComplete="name" required maxLength={LIMITS.naam} defaultValue={values.naam} />}
          </Field>
          <Field id={id("email")} label="E-mail" error={state.errors.email} first={firstError === "email"}>
            {(wiring) => <input {...wiring} name="email" type="email" autoComplete="email" required maxLength={LIMITS.email} defaultValue={values.email} />}
          </Field>
          <Field id={id("bedrijf")} label="Bedrijf" error={state.errors.bedrijf} first={firstError === "bedrijf"}>
            {(wiring) => <input {...wiring} name="bedrijf" autoComplete="organization" required maxLength={LIMITS.bedrijf} defaultValue={values.bedrijf} />}
          </Field>
          {compact ? null : (
            <Field id={id("telefoon")} label="Telefoon" optional error={state.errors.telefoon} first={firstError === "telefoon"}>
              {(wiring) => <input {...wiring} name="telefoon" type="tel" autoComplete="tel" maxLength={LIMITS.telefoon} defaultValue={values.telefoon} />}
            </Field>
          )}
          <Field id={id("interesse")} label="Waar heb je interesse in?" error={state.errors.interesse} first={firstError === "interesse"}>
            {(wiring) => (
              <select {...wiring} name="interesse" defaultValue={values.interesse ?? interest ?? "workshop"}>
                {INTERESTS.map((option) => (
                  <option key={option} value={option}>
                    {INTEREST_LABELS[option]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {compact ? null : (
            <Field id={id("regio")} label="Regio" optional error={state.errors.regio} first={firstError === "regio"}>
              {(wiring) => (
                <input {...wiring} name="regio" placeholder="Bijvoorbeeld Amsterdam of Utrecht" maxLength={LIMITS.regio} defaultValue={values.regio} />
              )}
            </Field>
          )}
        </div>
        <Field id={id("bericht")} label="Je vraag of situatie" error={state.errors.bericht} first={firstError === "bericht"}>
          {(wiring) => <textarea {...wiring} name="bericht" rows={compact ? 3 : 5} required maxLength={LIMITS.bericht} defaultValue={values.bericht} />}
        </Field>
        <div className="space-y-3 text-sm">
          <div>
            <label className="flex items-start gap-3">
              <input
                type="checkbox"
                name="privacy"
                required
                defaultChecked={values.privacy}
                aria-invalid={state.errors.privacy ? true : undefined}
                aria-describedby={state.errors.privacy ? id("privacy-error") : undefined}
                autoFocus={firstError === "privacy"}
                className="mt-1 size-4"
              />
              <span>
                Ik ga akkoord met de verwerking van mijn gegevens zoals beschreven in de{" "}
                <a href="/privacy" className="text-brand-700 underline">
                  privacyverklaring
                </a>
                .
              </span>
            </label>
            <FieldError id={id("privacy-error")} message={state.errors.privacy} />
          </div>
          <label className="flex items-start gap-3">
            <input type="checkbox" name="nieuwsbrief" defaultChecked={values.nieuwsbrief} className="mt-1 size-4" />
            <span>Stuur mij af en toe de nieuwsbrief (optioneel).</span>
          </label>
        </div>
      </div>
      {/* Spam signals: a field only bots fill in, the render time, and where the form was shown. */}
      <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
        <label htmlFor={id(HONEYPOT_FIELD)}>Laat dit veld leeg</label>
        <input id={id(HONEYPOT_FIELD)} name={HONEYPOT_FIELD} type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <input type="hidden" name={STARTED_FIELD} value={state.startedAt ?? startedAt} />
      <input type="hidden" name={SOURCE_FIELD} value={pathname} />
      <p id={id("status")} className="text-sm text-muted">
        We reageren binnen 1–2 werkdagen. Je gegevens gebruiken we alleen om je aanvraag te beantwoorden.
      </p>
      <SubmitButton />
    </form>
  );
}

type Wiring = { id: string; className: string; "aria-invalid"?: true; "aria-describedby"?: string; autoFocus?: true };

/** A labelled control with its error message; the control gets its accessible wiring from here. */
function Field({
  id,
  label,
  optional = false,
  error,
  first,
  children,
}: {
  id: string;
  label: string;
  optional?: boolean;
  error?: string;
  first: boolean;
  children: (wiring: Wiring) => ReactNode;
}) {
  const errorId = `${id}-error`;
  const wiring: Wiring = {
    id,
    className: `${inputClass} ${error ? "border-red-700" : "border-line"}`,
    ...(error ? { "aria-invalid": true, "aria-describedby": errorId } : {}),
    ...(first ? { autoFocus: true } : {}),
  };
  return (
    <div>
      <label htmlFor={id} className={labelClass}>
        {label}
        {optional ? <span className="font-normal text-muted"> (optioneel)</span> : null}
      </label>
      {children(wiring)}
      <FieldError id={errorId} message={error} />
    </div>
  );
}

function FieldError({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={id} className="mt-1.5 text-sm font-medium text-red-700">
      {message}
    </p>
  );
}

function SubmitButton() {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      disabled={pending}
      className="inline-flex min-h-11 items-center rounded-lg bg-brand-700 px-5 text-sm font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
    >
      {pending ? "Bezig met versturen…" : "Vraag een gratis intake aan"}
    </button>
  );
}

function Confirmation({ state, headingLevel }: { state: IntakeState; headingLevel: 2 | 3 }) {
  const heading = useRef<HTMLHeadingElement>(null);
  // Move focus to the answer, so keyboard and screen-reader users hear that it worked.
  useEffect(() => heading.current?.focus(), []);
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <div role="status" className="space-y-3 rounded-(--radius-card) border border-brand-200 bg-brand-50 p-6 text-ink">
      <Heading ref={heading} tabIndex={-1} className="text-xl font-bold tracking-tight">
        Bedankt, je aanvraag is verstuurd
      </Heading>
      <p>
        We hebben je aanvraag goed ontvangen. Binnen 1–2 werkdagen nemen we contact met je op
        {state.email ? (
          <>
            {" "}
            via <strong>{state.email}</strong>
          </>
        ) : null}{" "}
        om een intake van ongeveer een uur te plannen.
      </p>
      <p className="text-sm text-muted">
        In dat gesprek bespreken we jouw vragen en doelen; daarna krijg je een voorstel of adviesrichting. De intake is gratis en vrijblijvend.
      </p>
    </div>
  );
}
