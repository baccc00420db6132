import { createRequire } from 'node:module';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { HomeContractModel } from '../dto/agreement.model';

const CATEGORY_NAMES: Record<string, string> = {
  CONTACT: 'Contact and communication',
  HOUSEHOLD: 'Household',
  MONEY: 'Money',
  SOBRIETY_SUPPORT: 'Sobriety support',
  TIME_TOGETHER: 'Time together',
  PRIVACY: 'Privacy',
  OTHER: 'Other',
};

const when = (date: Date) =>
  `${new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(date)} UTC`;

/**
 * DejaVu fonts (a Unicode TTF family, shipped as an npm package) so names like "Nguyễn" or
 * "Łukasz" print as typed: PDFKit's built-in fonts only cover Western European letters.
 * Resolved from the working directory because the API is bundled.
 */
const FONTS = (() => {
  const resolve = createRequire(join(process.cwd(), 'package.json')).resolve;
  const font = (file: string) => resolve(`dejavu-fonts-ttf/ttf/${file}`);
  return {
    body: font('DejaVuSans.ttf'),
    bold: font('DejaVuSans-Bold.ttf'),
    mono: font('DejaVuSansMono.ttf'),
  };
})();

/**
 * The home contract as a PDF, made with PDFKit (a maintained, pure-JavaScript PDF library: no
 * browser or binary). It carries every signature and the §2.32 notice, since it shows patient data.
 */
export function renderContractPdf(
  contract: HomeContractModel,
  header: { patientName: string; programName: string },
): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'LETTER',
    margin: 56,
    info: {
      Title: `Home contract, version ${contract.version}`,
      Author: header.programName,
      Subject: `Home contract of ${header.patientName}`,
    },
  });
  doc.registerFont('body', FONTS.body);
  doc.registerFont('bold', FONTS.bold);
  doc.registerFont('mono', FONTS.mono);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const heading = (text: string) =>
    doc.moveDown(0.8).font('bold').fontSize(13).fillColor('#1b3a4b').text(text).moveDown(0.3);
  const body = (text: string, options: PDFKit.Mixins.TextOptions = {}) =>
    doc.font('body').fontSize(10.5).fillColor('#222222').text(text, options);

  doc.font('bold').fontSize(20).fillColor('#1b3a4b').text('Home contract');
  body(`${header.patientName} and family · ${header.programName}`);
  body(
    `Version ${contract.version}${contract.current ? '' : ' (replaced by a later version)'} · made ${when(contract.createdAt)}`,
  );
  doc
    .font('mono')
    .fontSize(8)
    .fillColor('#555555')
    .text(`Content SHA-256: ${contract.contentHash}`);

  heading('What we expect of each other');
  if (contract.expectations.length === 0) body('Nothing agreed yet.');
  for (const e of contract.expectations) {
    body(
      `${CATEGORY_NAMES[e.category] ?? e.category} — ${e.fromName} asks of ${e.toName}, from phase ${e.appliesFromPhase}:`,
      { continued: false },
    );
    body(`“${e.text}”`, { indent: 14 });
    doc.moveDown(0.3);
  }

  heading('Boundaries we have heard');
  if (contract.boundaries.length === 0) body('No boundaries acknowledged yet.');
  for (const b of contract.boundaries) {
    body(
      `${b.ownerName} needs (${CATEGORY_NAMES[b.category] ?? b.category}, for ${b.appliesToNames.join(', ')}):`,
    );
    body(`“${b.need}” If it is crossed: “${b.ifCrossed}”`, { indent: 14 });
    doc.moveDown(0.3);
  }

  heading('Signatures');
  if (contract.signatures.length === 0) body('Not signed yet.');
  for (const s of contract.signatures) {
    body(`Signed by ${s.typedName}, ${when(s.signedAt)}`);
    doc
      .font('mono')
      .fontSize(8)
      .fillColor('#555555')
      .text(`on content ${s.contentHash}`, { indent: 14 });
  }
  if (contract.awaitingSignatureFrom.length > 0)
    body(
      `Not yet signed by: ${contract.awaitingSignatureFrom.map((m) => m.displayName).join(', ')}`,
    );

  heading('Notice of confidentiality (42 CFR §2.32)');
  doc.font('body').fontSize(8.5).fillColor('#333333').text(contract.redisclosureNotice);

  doc.end();
  return done;
}
