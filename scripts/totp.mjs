// npm run totp -- <email | key>: the current two-step sign-in code for one of the demo's staff
// (their published key, README) or for any key given, as an authenticator app would show it.
import { readFileSync } from 'node:fs';
import { generateSync } from 'otplib';

const DEMO = JSON.parse(
  readFileSync(new URL('../api/src/seed/demo-totp-secrets.json', import.meta.url), 'utf8'),
);
const asked = (process.argv[2] ?? '').trim();
const secret =
  DEMO[asked.toLowerCase()] ?? (/^[A-Z2-7]{16,}=*$/i.test(asked) ? asked.toUpperCase() : null);
if (!secret) {
  console.error('usage: npm run totp -- <email of a demo staff member | base32 key>');
  console.error(`demo staff: ${Object.keys(DEMO).join(', ')}`);
  process.exit(2);
}
const seconds = Math.floor(Date.now() / 1000);
console.log(generateSync({ secret, epoch: seconds }));
console.error(`(changes in ${30 - (seconds % 30)} s)`);
