import type { Language } from './languages';

/** US defaults (DESIGN §3): always one tap away on every patient and family page. */
export const DEFAULT_CRISIS_RESOURCES = {
  lifelinePhone: '988',
  lifelineSms: '988',
  lifelineChatUrl: 'https://988lifeline.org/chat/',
  samhsaHelpline: '1-800-662-4357',
} as const;

/** How a crisis line is reached: a call, a text, a chat page or any other web page. */
export const CRISIS_RESOURCE_KINDS = ['CALL', 'TEXT', 'CHAT', 'WEB'] as const;
export type CrisisResourceKind = (typeof CRISIS_RESOURCE_KINDS)[number];

/** One line of a program's crisis resources, in one language, in the order the program chose. */
export interface CrisisResource {
  label: string;
  kind: CrisisResourceKind;
  /** A phone number for CALL and TEXT; an https address for CHAT and WEB. */
  value: string;
}

/** A program's crisis resources per language (an empty list reads as the defaults). */
export type CrisisResourcesByLanguage = Record<Language, CrisisResource[]>;

export const MAX_CRISIS_RESOURCES = 8;
export const MAX_CRISIS_LABEL = 80;

/** The words people have always read for these lines (the web's crisis panel), in each language. */
const DEFAULTS: CrisisResourcesByLanguage = {
  EN: [
    {
      label: 'Call 988 (Suicide & Crisis Lifeline)',
      kind: 'CALL',
      value: DEFAULT_CRISIS_RESOURCES.lifelinePhone,
    },
    { label: 'Text 988', kind: 'TEXT', value: DEFAULT_CRISIS_RESOURCES.lifelineSms },
    {
      label: 'Chat with 988 online',
      kind: 'CHAT',
      value: DEFAULT_CRISIS_RESOURCES.lifelineChatUrl,
    },
    {
      label: 'SAMHSA Helpline 1-800-662-4357',
      kind: 'CALL',
      value: DEFAULT_CRISIS_RESOURCES.samhsaHelpline,
    },
  ],
  ES: [
    {
      label: 'Llamar al 988 (Línea de Prevención del Suicidio y Crisis)',
      kind: 'CALL',
      value: DEFAULT_CRISIS_RESOURCES.lifelinePhone,
    },
    {
      label: 'Enviar un mensaje de texto al 988',
      kind: 'TEXT',
      value: DEFAULT_CRISIS_RESOURCES.lifelineSms,
    },
    {
      label: 'Chatear con el 988 en línea',
      kind: 'CHAT',
      value: DEFAULT_CRISIS_RESOURCES.lifelineChatUrl,
    },
    {
      label: 'Línea de ayuda de SAMHSA 1-800-662-4357',
      kind: 'CALL',
      value: DEFAULT_CRISIS_RESOURCES.samhsaHelpline,
    },
  ],
};

/** The defaults in one language: what shows before a program sets its own, or while it loads. */
export function defaultCrisisResources(language: Language): CrisisResource[] {
  return DEFAULTS[language].map((r) => ({ ...r }));
}

/** The program's list in the reader's language, or the defaults when it set none for it. */
export function crisisResourcesFor(
  saved: Partial<CrisisResourcesByLanguage> | null | undefined,
  language: Language,
): CrisisResource[] {
  const own = saved?.[language];
  return own && own.length > 0 ? own.map((r) => ({ ...r })) : defaultCrisisResources(language);
}

/** A phone number as people write it: digits with spaces, dashes, dots, brackets, a leading +; 3–15 digits. */
export function isCrisisPhone(value: string): boolean {
  if (!/^\+?[0-9][0-9 ().-]*$/.test(value)) return false;
  const digits = value.replace(/\D/g, '').length;
  return digits >= 3 && digits <= 15;
}

/** Only https addresses with a host: a crisis link never opens anything else. */
export function isCrisisLink(value: string): boolean {
  try {
    const url = new URL(value);
    return (
      url.protocol === 'https:' && url.hostname.includes('.') && !url.username && !url.password
    );
  } catch {
    return false;
  }
}

/** The field that is not right with one resource, or null when it is fine. */
export function crisisResourceProblem(resource: CrisisResource): 'label' | 'kind' | 'value' | null {
  const label = resource.label.trim();
  if (label.length === 0 || label.length > MAX_CRISIS_LABEL) return 'label';
  if (!(CRISIS_RESOURCE_KINDS as readonly string[]).includes(resource.kind)) return 'kind';
  const value = resource.value.trim();
  const phone = resource.kind === 'CALL' || resource.kind === 'TEXT';
  if (phone ? !isCrisisPhone(value) : !isCrisisLink(value)) return 'value';
  return null;
}

/** What a resource's link opens: tel:/sms: with the digits only, or the https address as it is. */
export function crisisResourceHref(resource: CrisisResource): string {
  if (resource.kind === 'CALL' || resource.kind === 'TEXT') {
    const plus = resource.value.trim().startsWith('+') ? '+' : '';
    return `${resource.kind === 'CALL' ? 'tel' : 'sms'}:${plus}${resource.value.replace(/\D/g, '')}`;
  }
  return resource.value.trim();
}
