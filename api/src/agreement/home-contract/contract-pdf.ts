import { createRequire } from 'node:module';
import { join } from 'node:path';
import { ExpectationCategory, Language, redisclosureNotice } from '@homeward/domain';
import PDFDocument from 'pdfkit';
import { HomeContractModel } from '../dto/agreement.model';
import type { ContractHeader } from '../reader/agreement.reader';

/** Everything the PDF says in its own words, in each language the app speaks. */
interface ContractWords {
  title: string;
  /** Intl locale for dates. */
  locale: string;
  documentTitle: (version: number) => string;
  subject: (patientName: string) => string;
  family: (patientName: string, programName: string) => string;
  version: (version: number, current: boolean, made: string) => string;
  contentHash: (hash: string) => string;
  expectations: string;
  noExpectations: string;
  asks: (category: string, from: string, to: string, phase: number) => string;
  boundaries: string;
  noBoundaries: string;
  needs: (owner: string, category: string, names: string) => string;
  ifCrossed: (need: string, ifCrossed: string) => string;
  signatures: string;
  notSigned: string;
  signedBy: (name: string, when: string) => string;
  onContent: (hash: string) => string;
  notYetSignedBy: (names: string) => string;
  notice: string;
  categories: Record<ExpectationCategory, string>;
}

const WORDS: Record<Language, ContractWords> = {
  EN: {
    title: 'Home contract',
    locale: 'en-US',
    documentTitle: (version) => `Home contract, version ${version}`,
    subject: (patientName) => `Home contract of ${patientName}`,
    family: (patientName, programName) => `${patientName} and family · ${programName}`,
    version: (version, current, made) =>
      `Version ${version}${current ? '' : ' (replaced by a later version)'} · made ${made}`,
    contentHash: (hash) => `Content SHA-256: ${hash}`,
    expectations: 'What we expect of each other',
    noExpectations: 'Nothing agreed yet.',
    asks: (category, from, to, phase) =>
      `${category} — ${from} asks of ${to}, from phase ${phase}:`,
    boundaries: 'Boundaries we have heard',
    noBoundaries: 'No boundaries acknowledged yet.',
    needs: (owner, category, names) => `${owner} needs (${category}, for ${names}):`,
    ifCrossed: (need, ifCrossed) => `“${need}” If it is crossed: “${ifCrossed}”`,
    signatures: 'Signatures',
    notSigned: 'Not signed yet.',
    signedBy: (name, when) => `Signed by ${name}, ${when}`,
    onContent: (hash) => `on content ${hash}`,
    notYetSignedBy: (names) => `Not yet signed by: ${names}`,
    notice: 'Notice of confidentiality (42 CFR §2.32)',
    categories: {
      CONTACT: 'Contact and communication',
      HOUSEHOLD: 'Household',
      MONEY: 'Money',
      SOBRIETY_SUPPORT: 'Sobriety support',
      TIME_TOGETHER: 'Time together',
      PRIVACY: 'Privacy',
      OTHER: 'Other',
    },
  },
  ES: {
    title: 'Contrato del hogar',
    locale: 'es',
    documentTitle: (version) => `Contrato del hogar, versión ${version}`,
    subject: (patientName) => `Contrato del hogar de ${patientName}`,
    family: (patientName, programName) => `${patientName} y su familia · ${programName}`,
    version: (version, current, made) =>
      `Versión ${version}${current ? '' : ' (reemplazada por una versión posterior)'} · creada el ${made}`,
    contentHash: (hash) => `SHA-256 del contenido: ${hash}`,
    expectations: 'Lo que esperamos unos de otros',
    noExpectations: 'Todavía no hay nada acordado.',
    asks: (category, from, to, phase) =>
      `${category} — ${from} le pide a ${to}, desde la fase ${phase}:`,
    boundaries: 'Límites que hemos escuchado',
    noBoundaries: 'Todavía no hay límites leídos por todos.',
    needs: (owner, category, names) => `${owner} necesita (${category}, para ${names}):`,
    ifCrossed: (need, ifCrossed) => `“${need}” Si se cruza: “${ifCrossed}”`,
    signatures: 'Firmas',
    notSigned: 'Todavía sin firmas.',
    signedBy: (name, when) => `Firmado por ${name}, el ${when}`,
    onContent: (hash) => `sobre el contenido ${hash}`,
    notYetSignedBy: (names) => `Todavía no han firmado: ${names}`,
    notice: 'Aviso de confidencialidad (42 CFR §2.32)',
    categories: {
      CONTACT: 'Mantenernos en contacto',
      HOUSEHOLD: 'La casa y el hogar',
      MONEY: 'Dinero',
      SOBRIETY_SUPPORT: 'Apoyo a la recuperación',
      TIME_TOGETHER: 'Tiempo juntos',
      PRIVACY: 'Privacidad y espacio',
      OTHER: 'Otra cosa',
    },
  },
};

/** A moment as the reader's language writes it, in UTC (the contract names no one's time zone). */
const when = (words: ContractWords, date: Date) =>
  `${new Intl.DateTimeFormat(words.locale, { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(date)} UTC`;

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
 * The home contract as a PDF in the reader's language, made with PDFKit (a maintained,
 * pure-JavaScript PDF library: no browser or binary). It carries every signature and the §2.32
 * notice, since it shows patient data. What people wrote stays as they wrote it.
 */
export function renderContractPdf(
  contract: HomeContractModel,
  header: ContractHeader,
  language: Language,
): Promise<Buffer> {
  const words = WORDS[language];
  const category = (c: ExpectationCategory) => words.categories[c] ?? c;
  const doc = new PDFDocument({
    size: 'LETTER',
    margin: 56,
    lang: language === 'ES' ? 'es' : 'en-US',
    info: {
      Title: words.documentTitle(contract.version),
      Author: header.programName,
      Subject: words.subject(header.patientName),
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

  doc.font('bold').fontSize(20).fillColor('#1b3a4b').text(words.title);
  body(words.family(header.patientName, header.programName));
  body(words.version(contract.version, contract.current, when(words, contract.createdAt)));
  doc.font('mono').fontSize(8).fillColor('#555555').text(words.contentHash(contract.contentHash));

  heading(words.expectations);
  if (contract.expectations.length === 0) body(words.noExpectations);
  for (const e of contract.expectations) {
    body(words.asks(category(e.category), e.fromName, e.toName, e.appliesFromPhase), {
      continued: false,
    });
    body(`“${e.text}”`, { indent: 14 });
    doc.moveDown(0.3);
  }

  heading(words.boundaries);
  if (contract.boundaries.length === 0) body(words.noBoundaries);
  for (const b of contract.boundaries) {
    body(words.needs(b.ownerName, category(b.category), b.appliesToNames.join(', ')));
    body(words.ifCrossed(b.need, b.ifCrossed), { indent: 14 });
    doc.moveDown(0.3);
  }

  heading(words.signatures);
  if (contract.signatures.length === 0) body(words.notSigned);
  for (const s of contract.signatures) {
    body(words.signedBy(s.typedName, when(words, s.signedAt)));
    doc
      .font('mono')
      .fontSize(8)
      .fillColor('#555555')
      .text(words.onContent(s.contentHash), { indent: 14 });
  }
  if (contract.awaitingSignatureFrom.length > 0)
    body(words.notYetSignedBy(contract.awaitingSignatureFrom.map((m) => m.displayName).join(', ')));

  heading(words.notice);
  doc.font('body').fontSize(8.5).fillColor('#333333').text(redisclosureNotice(language));

  doc.end();
  return done;
}
