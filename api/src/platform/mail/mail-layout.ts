import { Language } from '@homeward/domain';

/** A mail as its composer writes it: the words, in the recipient's language. */
export interface MailContent {
  /** Discreet by design: never names treatment, the program, the patient or a diagnosis. */
  subject: string;
  /** The first line a mail app shows beside the subject: as discreet as the subject. */
  preview: string;
  paragraphs: string[];
  action: { label: string; url: string };
  /** Mail to someone without an account yet (an invitation, a reset link) has no settings to point to. */
  withoutSettings?: boolean;
}

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

const FOOTER: Record<Language, (settingsUrl: string) => string> = {
  EN: (url) => `You can choose what reaches you by email, and when, in your settings: ${url}`,
  ES: (url) => `Puedes elegir qué te llega por correo, y cuándo, en tu configuración: ${url}`,
};

/** Text and HTML of one mail, the same words in both; the HTML has no images and no tracking. */
export function renderMail(
  content: MailContent,
  language: Language,
  publicUrl: string,
): RenderedMail {
  const footer = content.withoutSettings ? null : FOOTER[language](`${publicUrl}/settings`);
  const text = [
    content.preview,
    '',
    ...content.paragraphs.flatMap((p) => [p, '']),
    `${content.action.label}: ${content.action.url}`,
    '',
    ...(footer ? ['--', footer, ''] : []),
  ].join('\n');
  const html = `<!doctype html>
<html lang="${language.toLowerCase()}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>${escapeHtml(content.subject)}</title></head>
<body style="margin:0;padding:24px;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1f2933;background:#ffffff">
<div style="display:none;max-height:0;overflow:hidden">${escapeHtml(content.preview)}</div>
<div style="max-width:560px;margin:0 auto">
${content.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
<p style="margin:28px 0"><a href="${escapeHtml(content.action.url)}" style="background:#2d5f8a;color:#ffffff;padding:12px 20px;border-radius:6px;text-decoration:none;display:inline-block">${escapeHtml(content.action.label)}</a></p>
${footer ? `<p style="font-size:13px;color:#52606d">${escapeHtml(footer)}</p>` : ''}
</div></body></html>
`;
  return { subject: content.subject, text, html };
}

function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
