// The intake's only logger. Lines carry an event name, a lead id and counters: never a name,
// e-mail address, phone number, message or IP address (AVG: logs are kept and copied widely).
type Fields = { leadId?: string; count?: number; attempts?: number; reason?: string; error?: string };

function write(level: "info" | "warn" | "error", event: string, fields: Fields = {}) {
  if (process.env.LEADS_LOG === "silent") return;
  const line = JSON.stringify({ level, event, ...fields });
  if (level === "error") console.error(line);
  else if (level === "warn") console.warn(line);
  else console.log(line);
}

/** Error text without anything that could echo a visitor's input back (addresses, quoted values). */
export function safeError(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text
    .replace(/[^\s@<>"']+@[^\s@<>"']+/g, "<address>")
    .replace(/(["']).*?\1/g, "$1…$1")
    .slice(0, 200);
}

export const log = {
  info: (event: string, fields?: Fields) => write("info", event, fields),
  warn: (event: string, fields?: Fields) => write("warn", event, fields),
  error: (event: string, fields?: Fields) => write("error", event, fields),
};
