/** US defaults (DESIGN §3): always one tap away on every patient and family page. */
export const DEFAULT_CRISIS_RESOURCES = {
  lifelinePhone: '988',
  lifelineSms: '988',
  lifelineChatUrl: 'https://988lifeline.org/chat/',
  samhsaHelpline: '1-800-662-4357',
} as const;
