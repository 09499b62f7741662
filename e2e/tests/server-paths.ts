// Where the suite's server keeps its data, shared by the Playwright config
// (which creates it) and the specs (which read what the server wrote there:
// the carrier credential, the mail it sent).
import * as os from 'node:os';
import * as path from 'node:path';

export const port = Number(process.env.E2E_PORT ?? 18765);
export const dataDir = path.join(os.tmpdir(), `switchboard-e2e-${port}`);
/** The carrier's machine credential (GO-15), printed by `credential create`. */
export const carrierTokenFile = path.join(dataDir, 'carrier-token');
/** The calling platform's machine credential (GO-16). */
export const callRecordsTokenFile = path.join(dataDir, 'call-records-token');
/** The ordering system's machine credential (SUB-1: `POST /api/v1/orders`). */
export const orderingTokenFile = path.join(dataDir, 'ordering-token');
/** One `.eml` file per message the server sent. */
export const mailDir = path.join(dataDir, 'mail');
/** The server's log (stdout and stderr) for the whole run. */
export const serverLog = path.join(dataDir, 'server.log');
/** The secrets the suite saw, one JSON object per line (issue 8.9). */
export const secretsFile = path.join(dataDir, 'secrets.jsonl');
/** The SQLite database of the run. */
export const databaseFile = path.join(dataDir, 'e2e.db');
