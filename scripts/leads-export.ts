// npm run leads:export [-- <file.csv>] — every lead as CSV (UTF-8, RFC 4180), to a file or stdout.
// The file holds personal data: it is created readable by its owner only.
import fs from "node:fs";
import { closeLeadsDb, exportLeadsCsv } from "../lib/leads";

const file = process.argv[2];
const out = file ? fs.createWriteStream(file, { mode: 0o600 }) : process.stdout;
try {
  const count = await exportLeadsCsv(out);
  if (file) {
    await new Promise<void>((resolve, reject) => (out as fs.WriteStream).end((error?: Error | null) => (error ? reject(error) : resolve())));
    console.error(`Exported ${count} lead(s) to ${file}.`);
  } else {
    console.error(`Exported ${count} lead(s).`);
  }
} finally {
  await closeLeadsDb();
}
