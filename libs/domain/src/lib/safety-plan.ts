/**
 * The safety plan (Stanley-Brown, DESIGN §3): the patient's own words in six sections, in this
 * order. Each section is a short list of items the patient writes.
 */
export const SAFETY_PLAN_SECTIONS = [
  'warningSigns',
  'copingStrategies',
  'distractions',
  'peopleToAsk',
  'professionals',
  'saferSurroundings',
] as const;
export type SafetyPlanSection = (typeof SAFETY_PLAN_SECTIONS)[number];

export type SafetyPlanSections = Record<SafetyPlanSection, string[]>;

export const MAX_SAFETY_PLAN_ITEMS = 12;
export const MAX_SAFETY_PLAN_ITEM = 300;

/** Each item trimmed and blank ones left out: what the patient meant to keep. */
export function tidySafetyPlan(sections: SafetyPlanSections): SafetyPlanSections {
  const tidy = {} as SafetyPlanSections;
  for (const section of SAFETY_PLAN_SECTIONS) {
    tidy[section] = (sections[section] ?? []).map((i) => i.trim()).filter((i) => i.length > 0);
  }
  return tidy;
}

/** Whether every section is empty: a plan with no words is not saved. */
export function safetyPlanIsEmpty(sections: SafetyPlanSections): boolean {
  return SAFETY_PLAN_SECTIONS.every((s) => sections[s].length === 0);
}
