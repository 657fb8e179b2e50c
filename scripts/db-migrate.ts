// npm run db:migrate — brings the leads database (SQLite file or DATABASE_URL) up to date.
// The server also migrates on start; this is for deploy pipelines and a first look.
import { closeLeadsDb, databaseConfig, getDb, migrationNames } from "../lib/leads";

const config = databaseConfig();
await getDb();
await closeLeadsDb();
const where = config.dialect === "sqlite" ? config.file : `PostgreSQL${config.schema ? ` (schema ${config.schema})` : ""}`;
console.log(`Database up to date (${migrationNames.length} migration${migrationNames.length === 1 ? "" : "s"}): ${where}`);
