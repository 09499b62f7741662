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
