// `npm run matter -- <matter number or id>`: prints a matter and its unified timeline from intake.
import { intake } from '@onewindow/contracts';
import { listCounties } from '@onewindow/county';
import { asCaller } from '@onewindow/service-runtime';
import { grpcClient } from '@onewindow/testing';
import { toolTrust } from './dev/tool-trust';

// The operator at the shell reads as a supervisor of every county: a reader of matters, without the
// right to a worker's whole identity and phone numbers.
const OPERATOR = asCaller({
  userId: 'cli:matter',
  roles: ['SUPERVISOR'],
  counties: listCounties().map((county) => county.code),
});

async function main() {
  const key = process.argv[2];
  if (!key) throw new Error('usage: npm run matter -- <matter number, e.g. 421303-2026-000001, or matter id>');
  const address = `127.0.0.1:${process.env['INTAKE_GRPC_PORT'] ?? 50051}`;
  const client = grpcClient('intake', address, toolTrust('matter'));
  const byNumber = /^\d{6}-\d{4}-\d{6}$/.test(key);
  const { matter } = await client.call<intake.GetMatterResponse>(
    'getMatter',
    { matterId: byNumber ? '' : key, matterNumber: byNumber ? key : '' },
    OPERATOR,
  );
  client.close();
  const m = matter!;
  console.log(`${m.matterNumber}  (${m.countyCode})  stage: ${m.stage}`);
  console.log(`${m.content!.applicant!.name} v. ${m.content!.employer!.name}`);
  for (const claim of m.content!.claims)
    console.log(`  claim ${claim.category}: ${(claim.amountFen / 100).toFixed(2)} 元 — ${claim.description}`);
  console.log('Timeline:');
  for (const entry of m.timeline) {
    console.log(`  ${entry.occurredAt}  ${entry.summary}`);
    for (const d of entry.deadlines)
      console.log(`      ⏰ ${d.label} ${d.dueOn}${d.provisional ? '（暂定）' : ''} — ${d.citation}`);
  }
}

main().catch((error) => {
  console.error(`✗ ${error.details ?? error.message}`);
  process.exit(1);
});
