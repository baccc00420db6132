/** `npm run audit:verify`: recomputes every audit chain and names the first event that does not match. */
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source';
import { verifyAuditChains } from './audit/audit-verifier';

async function main(): Promise<void> {
  const url = process.env['DATABASE_URL'];
  if (!url)
    throw new Error(
      'DATABASE_URL is required (scripts/audit-verify.mjs provides the embedded one).',
    );
  const dataSource = await new DataSource(dataSourceOptions(url)).initialize();
  try {
    const { checked, firstBreak } = await verifyAuditChains(dataSource);
    if (firstBreak) {
      console.error(
        `Audit trail does not verify: event ${firstBreak.id} (organization ${firstBreak.organizationId ?? 'none'}) ` +
          (firstBreak.reason === 'CONTENT_CHANGED'
            ? 'was changed after it was written.'
            : 'does not follow the event before it.'),
      );
      process.exitCode = 1;
    } else {
      console.log(`Audit trail verified: ${checked} events, every chain intact.`);
    }
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
