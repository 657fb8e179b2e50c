// npm run leads:erase -- <email> — an AVG erasure request: removes every lead of this address
// (any capitalisation) and their notifications, in one transaction.
import { closeLeadsDb, eraseLeads } from "../lib/leads";

const email = process.argv[2]?.trim();
if (!email || !email.includes("@") || process.argv.length > 3) {
  console.error("Usage: npm run leads:erase -- <email>");
  process.exit(64);
}
try {
  const result = await eraseLeads(email);
  console.log(
    result.leads === 0 ? "No leads stored for this address: nothing to erase." : `Erased ${result.leads} lead(s) and ${result.outbox} notification(s).`,
  );
} finally {
  await closeLeadsDb();
}
