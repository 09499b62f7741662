// Issue 8.9: after the suite, no secret it saw — session ids, Webex Go
// activation codes, SIP passwords, machine API tokens — appears in plaintext
// in the server's log or in the database (every row of every table, as
// `sqlite3 .dump` prints it). The mail directory is the users' inboxes and
// may hold codes (GO-5); it is not searched.
//
// A full run (E2E_REQUIRE_EVERY_SECRET=1, set by `cargo xtask test`) must
// have seen every kind, so the check cannot pass by seeing nothing.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import { rememberedSecrets, SecretKind } from './tests/secrets';
import {
  callRecordsTokenFile, carrierTokenFile, databaseFile, orderingTokenFile, serverLog,
} from './tests/server-paths';

/** The token a `credential create` printed (its first long word). */
function tokenIn(file: string): string | undefined {
  if (!fs.existsSync(file)) return undefined;
  return fs.readFileSync(file, 'utf8').split(/\s+/).find((word) => word.length >= 32);
}

export default async function secretsAtRest() {
  const secrets: { kind: SecretKind; value: string }[] = rememberedSecrets();
  for (const file of [carrierTokenFile, callRecordsTokenFile, orderingTokenFile]) {
    const token = tokenIn(file);
    if (token) secrets.push({ kind: 'API token', value: token });
  }
  const places: [string, string][] = [];
  if (fs.existsSync(serverLog)) places.push(['the server log', fs.readFileSync(serverLog, 'utf8')]);
  if (fs.existsSync(databaseFile)) {
    const dump = execFileSync('sqlite3', [databaseFile, '.dump'], {
      encoding: 'utf8',
      maxBuffer: 1 << 30,
    });
    places.push(['the database', dump]);
  }
  const found: string[] = [];
  for (const { kind, value } of secrets) {
    for (const [place, text] of places) {
      // Name the kind and where, never the secret itself.
      if (text.includes(value)) found.push(`a ${kind} (…${value.slice(-4)}) in ${place}`);
    }
  }
  const kinds = new Set(secrets.map((s) => s.kind));
  const counts = [...kinds].map((k) => `${secrets.filter((s) => s.kind === k).length} ${k}`);
  console.log(`secrets at rest: searched ${places.map(([p, t]) => `${p} (${t.length} chars)`).join(' and ')} for ${counts.join(', ')}`);
  if (process.env.E2E_REQUIRE_EVERY_SECRET === '1') {
    const missing = (['session', 'activation code', 'SIP password', 'API token'] as SecretKind[])
      .filter((k) => !kinds.has(k));
    if (missing.length) throw new Error(`the suite saw no ${missing.join(', ')}: the secrets check would be empty`);
    if (places.length < 2) throw new Error('the server log or the database is missing: nothing was searched');
  }
  if (found.length) throw new Error(`secrets in plaintext:\n${found.join('\n')}`);
}
