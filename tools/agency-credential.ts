// `npm run agency-credential -- issue --agency TRADE_UNION --county 421303 [--county …] --label "曾都区总工会"`
// `npm run agency-credential -- revoke --id <credential id> --county 421303`
// `npm run agency-credential -- list --county 421303`
// A county's duty supervisor issues an outside agency its own credential for calling routing's referral
// RPCs directly (`authorization: Agency <token>`), lists them, and revokes one at once when it leaks.
import { parseArgs } from 'node:util';
import { routing } from '@onewindow/contracts';
import { asCaller } from '@onewindow/service-runtime';
import { grpcClient } from '@onewindow/testing';
import { toolTrust } from './dev/tool-trust';

const USAGE =
  'usage: npm run agency-credential -- issue --agency TRADE_UNION|LEGAL_AID|MEDIATION --county 421303 [--county …] --label <who holds it>\n' +
  '       npm run agency-credential -- revoke --id <credential id> --county 421303\n' +
  '       npm run agency-credential -- list --county 421303';

const show = (credential: routing.AgencyCredential | undefined) => {
  const c = credential!;
  const state = c.revokedAt ? `revoked ${c.revokedAt} by ${c.revokedBy}` : 'valid';
  console.log(
    `${c.credentialId}  ${c.agency.replace('REFERRAL_TARGET_', '')}  ${c.countyCodes.join(',')}  “${c.label}”  issued ${c.issuedAt} by ${c.issuedBy}  ${state}`,
  );
};

async function main() {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      agency: { type: 'string', default: '' },
      county: { type: 'string', multiple: true, default: [] },
      label: { type: 'string', default: '' },
      id: { type: 'string', default: '' },
      address: { type: 'string', default: `127.0.0.1:${process.env['ROUTING_GRPC_PORT'] ?? 50052}` },
    },
  });
  const command = positionals[0];
  if (!['issue', 'revoke', 'list'].includes(command ?? '') || values.county.length === 0) throw new Error(USAGE);
  const supervisor = asCaller({ userId: 'cli:agency-credential', roles: ['SUPERVISOR'], counties: values.county });
  const client = grpcClient('routing', values.address, toolTrust('agency-credential'));
  try {
    if (command === 'issue') {
      const issued = await client.call<routing.IssueAgencyCredentialResponse>(
        'issueAgencyCredential',
        { agency: `REFERRAL_TARGET_${values.agency}`, countyCodes: values.county, label: values.label },
        supervisor,
      );
      show(issued.credential);
      console.log(`\nToken (shown once; the agency sends it as "authorization: Agency <token>"):\n${issued.token}`);
    } else if (command === 'revoke') {
      if (!values.id) throw new Error(USAGE);
      show(
        (
          await client.call<routing.RevokeAgencyCredentialResponse>(
            'revokeAgencyCredential',
            { credentialId: values.id },
            supervisor,
          )
        ).credential,
      );
    } else {
      const { credentials } = await client.call<routing.ListAgencyCredentialsResponse>(
        'listAgencyCredentials',
        { countyCode: values.county[0] },
        supervisor,
      );
      credentials.forEach(show);
      if (credentials.length === 0) console.log('no agency credentials');
    }
  } finally {
    client.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
