import { normaliseSignature, signatureMatches } from './signature';

describe('typed signatures', () => {
  it('accepts the full name with other spacing, case or composition', () => {
    expect(signatureMatches('  maría   LÓPEZ ', 'María López')).toBe(true);
    expect(signatureMatches('Jose\u0301 Ruiz', 'José Ruiz')).toBe(true);
    expect(normaliseSignature(' Ana  Ruiz ')).toBe('Ana Ruiz');
  });

  it('refuses anything that is not the full name', () => {
    expect(signatureMatches('María', 'María López')).toBe(false);
    expect(signatureMatches('Maria Lopez', 'María López')).toBe(false);
    expect(signatureMatches('', 'María López')).toBe(false);
  });
});
