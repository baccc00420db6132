import { createRequire } from 'node:module';
import { join } from 'node:path';
import {
  Language,
  redisclosureNotice,
  SAFETY_PLAN_SECTIONS,
  SafetyPlanSection,
} from '@homeward/domain';
import PDFDocument from 'pdfkit';
import { SafetyPlanVersionModel } from './dto/safety-plan.model';

interface PlanWords {
  title: string;
  locale: string;
  of: (name: string) => string;
  version: (version: number, made: string) => string;
  reviewOn: (day: string) => string;
  nothing: string;
  crisis: string;
  notice: string;
  sections: Record<SafetyPlanSection, string>;
}

/** The printed plan's words, the same the patient's page uses. */
const WORDS: Record<Language, PlanWords> = {
  EN: {
    title: 'My safety plan',
    locale: 'en-US',
    of: (name) => `${name}'s safety plan`,
    version: (version, made) => `Version ${version} · written ${made}`,
    reviewOn: (day) => `To look at again on ${day}`,
    nothing: 'Nothing written here yet.',
    crisis: 'If you are in danger right now, call or text 988, or call 911.',
    notice: 'Notice of confidentiality (42 CFR §2.32)',
    sections: {
      warningSigns: '1. Warning signs',
      copingStrategies: '2. My own ways to cope',
      distractions: '3. People and places that take my mind off things',
      peopleToAsk: '4. People I can ask for help',
      professionals: '5. Professionals and crisis lines',
      saferSurroundings: '6. Making my surroundings safer',
    },
  },
  ES: {
    title: 'Mi plan de seguridad',
    locale: 'es',
    of: (name) => `Plan de seguridad de ${name}`,
    version: (version, made) => `Versión ${version} · escrita el ${made}`,
    reviewOn: (day) => `Para revisar de nuevo el ${day}`,
    nothing: 'Todavía no hay nada escrito aquí.',
    crisis: 'Si estás en peligro ahora mismo, llama o envía un texto al 988, o llama al 911.',
    notice: 'Aviso de confidencialidad (42 CFR §2.32)',
    sections: {
      warningSigns: '1. Señales de alerta',
      copingStrategies: '2. Mis propias formas de sobrellevarlo',
      distractions: '3. Personas y lugares que me ayudan a distraerme',
      peopleToAsk: '4. Personas a quienes puedo pedir ayuda',
      professionals: '5. Profesionales y líneas de crisis',
      saferSurroundings: '6. Hacer más seguro mi entorno',
    },
  },
};

/** DejaVu (an npm font package) so every name prints as typed; resolved from the working directory. */
const FONTS = (() => {
  const resolve = createRequire(join(process.cwd(), 'package.json')).resolve;
  return {
    body: resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
    bold: resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
  };
})();

/**
 * One version of the safety plan as a PDF in the reader's language, with PDFKit as the home
 * contract is made (pure JavaScript, no browser or binary). A family member's copy carries the
 * §2.32 notice.
 */
export function renderSafetyPlanPdf(
  version: SafetyPlanVersionModel,
  patientName: string,
  language: Language,
  withNotice: boolean,
): Promise<Buffer> {
  const words = WORDS[language];
  const doc = new PDFDocument({
    size: 'LETTER',
    margin: 56,
    lang: language === 'ES' ? 'es' : 'en-US',
    info: { Title: words.of(patientName), Subject: words.title },
  });
  doc.registerFont('body', FONTS.body);
  doc.registerFont('bold', FONTS.bold);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const body = (text: string, options: PDFKit.Mixins.TextOptions = {}) =>
    doc.font('body').fontSize(11).fillColor('#222222').text(text, options);
  const made = new Intl.DateTimeFormat(words.locale, { dateStyle: 'long', timeZone: 'UTC' });

  doc.font('bold').fontSize(20).fillColor('#1b3a4b').text(words.of(patientName));
  body(words.version(version.version, made.format(version.createdAt)));
  if (version.reviewOn) body(words.reviewOn(version.reviewOn));
  doc.moveDown(0.4).font('bold').fontSize(11).fillColor('#8c1d18').text(words.crisis);
  for (const section of SAFETY_PLAN_SECTIONS) {
    doc.moveDown(0.8).font('bold').fontSize(13).fillColor('#1b3a4b').text(words.sections[section]);
    doc.moveDown(0.2);
    const items = version[section];
    if (items.length === 0) body(words.nothing, { indent: 14 });
    for (const item of items) body(`• ${item}`, { indent: 14 });
  }
  if (withNotice) {
    doc.moveDown(1).font('bold').fontSize(11).fillColor('#1b3a4b').text(words.notice);
    doc.font('body').fontSize(8.5).fillColor('#333333').text(redisclosureNotice(language));
  }
  doc.end();
  return done;
}
