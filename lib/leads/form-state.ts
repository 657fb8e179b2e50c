// The state the intake server action returns and the form renders. Pure types and constants, so
// the client component can import them without pulling in the database.
import type { IntakeField } from "./fields";
import type { IntakeValues } from "./validation";

export type IntakeState = {
  status: "idle" | "invalid" | "error" | "success";
  /** Increases with every answer, so the form can re-mount its fields with the kept values. */
  submission: number;
  values: IntakeValues;
  errors: Partial<Record<IntakeField, string>>;
  /** A message about the whole form (rate limit, storage trouble), in Dutch. */
  message?: string;
  /** When this visitor first got the form (ms since epoch), kept across corrections. */
  startedAt?: number;
  /** The address we will answer, echoed in the confirmation. */
  email?: string;
};

export const initialIntakeState: IntakeState = { status: "idle", submission: 0, values: {}, errors: {} };
