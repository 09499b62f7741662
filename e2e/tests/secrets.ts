// Issue 8.9: every secret the suite sees (session cookies, activation
// codes, SIP passwords; the machine tokens are read from their files) is
// remembered here, so that after the run `global-teardown.ts` can show that
// none of them is stored or logged in plaintext.
import * as fs from 'node:fs';
import { secretsFile } from './server-paths';

export type SecretKind = 'session' | 'activation code' | 'SIP password' | 'API token';

/** Remembers one secret the suite saw, for the check after the run. */
export function rememberSecret(kind: SecretKind, value: string) {
  if (value.length < 8) throw new Error(`a ${kind} of ${value.length} characters is not a secret`);
  fs.appendFileSync(secretsFile, `${JSON.stringify({ kind, value })}\n`);
}

/** Every secret remembered during the run. */
export function rememberedSecrets(): { kind: SecretKind; value: string }[] {
  if (!fs.existsSync(secretsFile)) return [];
  return fs
    .readFileSync(secretsFile, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line));
}
