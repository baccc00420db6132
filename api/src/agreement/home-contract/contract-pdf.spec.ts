import { execFile } from 'node:child_process';
import { redisclosureNotice } from '@homeward/domain';
import { HomeContractModel } from '../dto/agreement.model';
import { renderContractPdf } from './contract-pdf';

const member = (id: string, displayName: string) => ({
  id,
  displayName,
  kind: 'FAMILY' as const,
  relationship: null,
  status: 'ACTIVE' as const,
  isMe: false,
});

/** A contract Ana signed and her mother has not, made on 5 March 2026. */
const contract: HomeContractModel = {
  planId: 'plan',
  version: 2,
  current: true,
  contentHash: 'a'.repeat(64),
  createdAt: new Date('2026-03-05T14:30:00Z'),
  expectations: [
    {
      category: 'CONTACT',
      fromName: 'Ana Rivera',
      toName: 'Lucía Rivera',
      text: 'Una llamada tres tardes por semana',
      appliesFromPhase: 1,
    },
  ],
  boundaries: [
    {
      category: 'HOUSEHOLD',
      ownerName: 'Lucía Rivera',
      need: 'Nada de alcohol en la casa',
      ifCrossed: 'Terminaré la visita',
      appliesToNames: ['Ana Rivera'],
    },
  ],
  signatures: [
    {
      member: member('m1', 'Ana Rivera'),
      typedName: 'Ana Rivera',
      signedAt: new Date('2026-03-06T09:15:00Z'),
      contentHash: 'a'.repeat(64),
    },
  ],
  awaitingSignatureFrom: [member('m2', 'Lucía Rivera')],
  signedByAllActiveMembers: false,
  awaitingMySignature: false,
  redisclosureNotice: redisclosureNotice('ES'),
};

const header = { patientName: 'Ana Rivera', programName: 'Programa Puerto' };

/**
 * The PDF's words, read back with unpdf as the integration specs do. unpdf loads PDF.js as an ES
 * module, which Jest's CommonJS sandbox cannot, so a plain Node process reads it.
 */
const READ_BACK = `
import { extractText } from 'unpdf';
const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const { text } = await extractText(new Uint8Array(Buffer.concat(chunks)), { mergePages: true });
process.stdout.write(text);
`;

function textOf(pdf: Buffer): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = execFile(
      process.execPath,
      ['--input-type=module', '-e', READ_BACK],
      { cwd: process.cwd(), maxBuffer: 10 * 1024 * 1024 },
      (error, stdout) => (error ? reject(error) : resolve(stdout.replace(/\s+/g, ' '))),
    );
    reader.stdin?.end(pdf);
  });
}

describe('the home contract PDF', () => {
  it('reads in Spanish for a Spanish reader: headings, labels, dates and the §2.32 notice', async () => {
    const text = await textOf(await renderContractPdf(contract, header, 'ES'));
    for (const words of [
      'Contrato del hogar',
      'Ana Rivera y su familia · Programa Puerto',
      'Versión 2 · creada el 5 de marzo de 2026',
      'Lo que esperamos unos de otros',
      'Mantenernos en contacto — Ana Rivera le pide a Lucía Rivera, desde la fase 1:',
      'Límites que hemos escuchado',
      'Lucía Rivera necesita (La casa y el hogar, para Ana Rivera):',
      'Si se cruza:',
      'Firmas',
      'Firmado por Ana Rivera, el 6 de marzo de 2026',
      'Todavía no han firmado: Lucía Rivera',
      'Aviso de confidencialidad (42 CFR §2.32)',
      redisclosureNotice('ES').slice(0, 80),
    ])
      expect(text).toContain(words);
    // What people wrote stays as they wrote it; nothing of the English document is left.
    expect(text).toContain('Una llamada tres tardes por semana');
    for (const english of ['Home contract', 'Signed by', 'What we expect', 'Notice of', 'March'])
      expect(text).not.toContain(english);
  });

  it('reads in English for an English reader, as it always has', async () => {
    const text = await textOf(
      await renderContractPdf(
        { ...contract, redisclosureNotice: redisclosureNotice('EN') },
        header,
        'EN',
      ),
    );
    expect(text).toContain('Home contract');
    expect(text).toContain('Version 2 · made March 5, 2026');
    expect(text).toContain('Signed by Ana Rivera, March 6, 2026');
    expect(text).toContain(redisclosureNotice('EN').slice(0, 80));
    expect(text).not.toContain('Firmado por');
  });
});
