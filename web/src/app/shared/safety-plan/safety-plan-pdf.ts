import { SafetyPlanApi } from '@homeward/web-data-access';
import { saveFile } from '../save-file';

/** Downloads one version of the safety plan as a PDF, in the reader's language. */
export async function downloadSafetyPlan(
  api: SafetyPlanApi,
  document: Document,
  planId: string,
  version: number,
): Promise<void> {
  const bytes = await api.pdf(planId, version);
  saveFile(document, bytes, `safety-plan-v${version}.pdf`, 'application/pdf');
}
