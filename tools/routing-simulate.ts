// `npm run routing:simulate -- --county 421303 --rules <file> --since 2026-01-01 [--until 2026-12-01]`:
// asks the running routing service how the county's stored matters of that period would route under
// a candidate rule set, before anyone publishes it.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { routing } from '@onewindow/contracts';
import { asCaller } from '@onewindow/service-runtime';
import { grpcClient } from '@onewindow/testing';
import { toolTrust } from './dev/tool-trust';

async function main() {
  const { values } = parseArgs({
    options: {
      county: { type: 'string' },
      rules: { type: 'string' },
      since: { type: 'string' },
      until: { type: 'string', default: '' },
      address: { type: 'string', default: `127.0.0.1:${process.env['ROUTING_GRPC_PORT'] ?? 50052}` },
    },
  });
  if (!values.county || !values.rules || !values.since) {
    throw new Error(
      'usage: npm run routing:simulate -- --county 421303 --rules <file> --since YYYY-MM-DD [--until YYYY-MM-DD]',
    );
  }
  const client = grpcClient('routing', values.address, toolTrust('routing-simulate'));
  // A county's rules are its supervisor's to replay (值班主任).
  const supervisor = asCaller({
    userId: 'cli:routing-simulate',
    roles: ['SUPERVISOR'],
    counties: [values.county],
  });
  const report = await client.call<routing.SimulateRuleSetResponse>(
    'simulateRuleSet',
    {
      countyCode: values.county,
      json: readFileSync(values.rules, 'utf8'),
      since: values.since,
      until: values.until,
    },
    supervisor,
  );
  client.close();
  const names = (targets: string[]) => targets.map((t) => t.replace('REFERRAL_TARGET_', '')).join(' + ');
  console.log(
    `candidate version ${report.candidateVersion} for ${values.county}, matters registered ${values.since} – ${values.until || 'today'}`,
  );
  console.log(`replayed ${report.mattersReplayed}; would route differently: ${report.routedDifferently}`);
  for (const example of report.examples) {
    console.log(`  ${example.matterNumber}: ${names(example.liveTargets)}  →  ${names(example.candidateTargets)}`);
  }
}

main().catch((error) => {
  console.error(`✗ ${error.details ?? error.message}`);
  process.exit(1);
});
