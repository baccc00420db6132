import { base64ToBytes } from './agreement.api';

describe('base64ToBytes', () => {
  it('decodes the PDF the API sends, byte for byte', () => {
    const bytes = base64ToBytes(Buffer.from('%PDF-1.7\n\u00ff').toString('base64'));
    expect([...bytes.slice(0, 5)].map((b) => String.fromCharCode(b)).join('')).toBe('%PDF-');
    expect(bytes.length).toBe(Buffer.from('%PDF-1.7\n\u00ff').length);
    expect(bytes.at(-1)).toBe(0xbf);
  });

  it('gives no bytes for an empty answer', () => {
    expect(base64ToBytes('').length).toBe(0);
  });
});
