// The mail the suite's server sent: one `.eml` file per message in
// `mailDir`, read back as a person's inbox would show it.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { expect } from './fixtures';
import { mailDir } from './server-paths';

/** The text of one message the server sent to `to`, waited for. */
export async function mailTo(to: string, containing: string): Promise<string> {
  let found = '';
  await expect.poll(() => {
    if (!fs.existsSync(mailDir)) return false;
    for (const file of fs.readdirSync(mailDir)) {
      const text = decodeMail(fs.readFileSync(path.join(mailDir, file), 'utf8'));
      if (text.toLowerCase().includes(`to: ${to}`) && text.includes(containing)) {
        found = text;
        return true;
      }
    }
    return false;
  }, { message: `a mail to ${to}`, timeout: 15_000 }).toBe(true);
  return found;
}

/** Headers as they are, the body decoded from base64 or quoted-printable. */
export function decodeMail(raw: string): string {
  const split = raw.indexOf('\r\n\r\n');
  const [head, body] = split < 0 ? [raw, ''] : [raw.slice(0, split), raw.slice(split + 4)];
  const encoding = /content-transfer-encoding:\s*([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
  let text = body;
  if (encoding === 'base64') {
    text = Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  } else if (encoding === 'quoted-printable') {
    const bytes = body
      .replace(/=\r?\n/g, '')
      .replace(/=([0-9A-F]{2})/gi, (_, hex) => String.fromCharCode(parseInt(hex, 16)));
    text = Buffer.from(bytes, 'latin1').toString('utf8');
  }
  return `${head}\n\n${text}`;
}

