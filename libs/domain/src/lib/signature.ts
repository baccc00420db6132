/** A typed signature as it is kept: spaces collapsed, Unicode composed (so "José" typed either way is the same). */
export function normaliseSignature(typed: string): string {
  return typed.normalize('NFC').trim().replace(/\s+/g, ' ');
}

/** A typed signature counts when it is the person's full name, whatever the letter case. */
export function signatureMatches(typed: string, fullName: string): boolean {
  return (
    normaliseSignature(typed).toLocaleLowerCase() ===
    normaliseSignature(fullName).toLocaleLowerCase()
  );
}
