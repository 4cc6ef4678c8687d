import { Metadata, ServiceError, status } from '@grpc/grpc-js';
import { loadSync } from '@grpc/proto-loader';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateKeyPairSync } from 'node:crypto';
import { ROLES } from '@onewindow/access';
import type { AgencyCredential, IssuedAgencyCredential } from '@onewindow/gateway-api';
import { intake, PROTO_LOADER_OPTIONS, PROTO_ROOT, ProtoFiles, routing } from '@onewindow/contracts';
import { listCounties } from '@onewindow/county';
import {
  AGENCY_CREDENTIAL_SCHEME,
  ASSERTION_SCHEME,
  asCaller,
  AUTHORIZATION_KEY,
  type CallerAssertionClaims,
  parseSigningKey,
  serviceClientTrust,
  signClaims,
} from '@onewindow/service-runtime';
import {
  eventually,
  EVERY_POST_CALLER,
  GatewayClient,
  grpcClient,
  makeTestCertificates,
  Platform,
  type PlatformService,
  TEST_CALLER_KEYS,
  testClientTrust,
  wageArrearsApplication,
} from '@onewindow/testing';

const SERVICES: PlatformService[] = ['intake', 'routing', 'arbitration'];

/** Every RPC of a service, from the same .proto files the services load: a new RPC joins the matrix by itself. */
function rpcsOf(service: PlatformService): string[] {
  const definition = loadSync(join(PROTO_ROOT, ProtoFiles[service]), PROTO_LOADER_OPTIONS);
  const name = `onewindow.${service}.v1.${service[0]!.toUpperCase()}${service.slice(1)}Service`;
  return Object.values(definition[name] as Record<string, { originalName: string }>).map((m) => m.originalName);
}

const now = () => Math.floor(Date.now() / 1000);
const claimsFor = (audience: string, change: Partial<CallerAssertionClaims> = {}): CallerAssertionClaims => ({
  iss: 'gateway',
  aud: audience,
  sub: EVERY_POST_CALLER.userId,
  roles: EVERY_POST_CALLER.roles,
  counties: EVERY_POST_CALLER.counties,
  iat: now(),
  exp: now() + 60,
  ...change,
});
const bearer = (assertion: string) => {
  const metadata = new Metadata();
  metadata.set(AUTHORIZATION_KEY, `${ASSERTION_SCHEME} ${assertion}`);
  return metadata;
};
const testKey = parseSigningKey(TEST_CALLER_KEYS.signingKey, 'test key');
// Another Ed25519 key under the very key id the services trust: only the signature can tell.
const impostorKey = { keyId: testKey.keyId, privateKey: generateKeyPairSync('ed25519').privateKey };

/** The credentials each RPC is called with, and whether the service must refuse the call before reading it. */
const VARIANTS: { name: string; refused: boolean; metadata: (service: PlatformService) => Metadata }[] = [
  { name: 'no credential', refused: true, metadata: () => new Metadata() },
  {
    name: 'forged caller metadata, no credential',
    refused: true,
    metadata: () => {
      const metadata = new Metadata();
      metadata.set('x-onewindow-user', 'intruder');
      metadata.set('x-onewindow-roles', ROLES.join(','));
      metadata.set(
        'x-onewindow-counties',
        listCounties()
          .map((c) => c.code)
          .join(','),
      );
      return metadata;
    },
  },
  {
    name: 'expired assertion',
    refused: true,
    metadata: (service) => bearer(signClaims(claimsFor(service, { iat: now() - 120, exp: now() - 60 }), testKey)),
  },
  {
    name: 'assertion for another service',
    refused: true,
    metadata: (service) => bearer(signClaims(claimsFor(service === 'intake' ? 'routing' : 'intake'), testKey)),
  },
  {
    name: 'assertion signed with another key',
    refused: true,
    metadata: (service) => bearer(signClaims(claimsFor(service), impostorKey)),
  },
  { name: 'valid assertion', refused: false, metadata: () => asCaller(EVERY_POST_CALLER) },
];

const codeOf = async (promise: Promise<unknown>) => {
  try {
    await promise;
    return status.OK;
  } catch (error) {
    return (error as ServiceError).code;
  }
};

describe('only the gateway, the tools and named agencies speak to the services (over mutual TLS)', () => {
  const platform = new Platform({ mutualTls: true, gateway: {} });

  beforeAll(() => platform.start(), 120_000);
  afterAll(() => platform.stop(), 60_000);

  it('refuses every RPC of every service without a valid assertion addressed to it, and logs the refusal', async () => {
    const rows: string[] = [];
    const wrong: string[] = [];
    for (const service of SERVICES) {
      const client = platform.client(service);
      for (const rpc of rpcsOf(service)) {
        for (const variant of VARIANTS) {
          const code = await codeOf(client.call(rpc, {}, variant.metadata(service)));
          rows.push(`${service}.${rpc} × ${variant.name} → ${status[code]}`);
          const refused = code === status.UNAUTHENTICATED;
          if (refused !== variant.refused) wrong.push(rows.at(-1)!);
        }
      }
    }
    console.log(
      `forged-call matrix: ${rows.length} calls (${rows.length / VARIANTS.length} RPCs × ${VARIANTS.length} credentials)`,
    );
    expect(wrong).toEqual([]);
    expect(rows.length).toBeGreaterThanOrEqual(20 * VARIANTS.length);
    const intakeLog = readFileSync(platform.logFileOf('intake'), 'utf8');
    expect(intakeLog).toMatch(/refused registerMatter from .*: the call carries no credential/);
    expect(intakeLog).toMatch(/refused revealPersonalData from .*: the caller assertion is for routing, not intake/);
    expect(intakeLog).toMatch(/refused getMatter from .*: the caller assertion expired/);
  }, 120_000);

  it('refuses an assertion that would live longer than five minutes, however well signed', async () => {
    const client = platform.client('intake');
    const longLived = claimsFor('intake', { exp: now() + 3600 });
    expect(await codeOf(client.call('listMatters', {}, bearer(signClaims(longLived, testKey))))).toBe(
      status.UNAUTHENTICATED,
    );
    expect(await codeOf(client.call('listMatters', {}, bearer(signClaims(claimsFor('intake'), testKey))))).toBe(
      status.OK,
    );
  });

  it('refuses a connection without a client certificate, with one from another CA, and in plaintext', async () => {
    const certificates = platform.certificates!;
    const elsewhere = await makeTestCertificates('Another county CA');
    const attempts = {
      plaintext: testClientTrust('tool:test'),
      'no client certificate': serviceClientTrust(
        {
          callerSigningKey: TEST_CALLER_KEYS.signingKey,
          grpcClientCa: certificates.caFile,
          grpcClientCert: '',
          grpcClientKey: '',
        },
        'tool:test',
      ),
      'client certificate of another CA': testClientTrust('tool:test', { ...elsewhere, caFile: certificates.caFile }),
    };
    for (const [name, trust] of Object.entries(attempts)) {
      const client = grpcClient('intake', platform.grpcAddress('intake'), trust);
      try {
        const code = await codeOf(client.call('listMatters', {}));
        expect({ name, code: status[code] }).toEqual({ name, code: 'UNAVAILABLE' });
      } finally {
        client.close();
      }
    }
  });

  it('lets the gateway through, over mutual TLS, with assertions it signs for the signed-in user', async () => {
    const gateway = new GatewayClient(platform.gatewayUrl);
    const token = await gateway.signIn('clerk.zengdu', 'Demo-2026!');
    expect((await gateway.request('GET', '/api/matters', { token })).status).toBe(200);
  });

  describe('an outside agency’s own credential', () => {
    const supervisor = asCaller({ userId: 'e2e-supervisor', roles: ['SUPERVISOR'], counties: ['421303'] });
    const agency = (token: string) => {
      const metadata = new Metadata();
      metadata.set(AUTHORIZATION_KEY, `${AGENCY_CREDENTIAL_SCHEME} ${token}`);
      return metadata;
    };
    let issued: routing.IssueAgencyCredentialResponse;
    let matterId: string;

    beforeAll(async () => {
      issued = await platform
        .client('routing')
        .call<routing.IssueAgencyCredentialResponse>(
          'issueAgencyCredential',
          { agency: 'REFERRAL_TARGET_LEGAL_AID', countyCodes: ['421303'], label: '曾都区法律援助中心 案件系统' },
          supervisor,
        );
      // A migrant worker's wages: arbitration and legal aid (法律援助法 Art. 32).
      const { matter } = await platform.client('intake').call<intake.RegisterMatterResponse>('registerMatter', {
        content: wageArrearsApplication({ migrantWorker: true }),
        requestId: '',
      });
      matterId = matter!.matterId;
    }, 60_000);

    const referralsSeen = (token: string) =>
      platform
        .client('routing')
        .call<routing.ListReferralsResponse>('listReferrals', { matterId, targets: [], countyCode: '' }, agency(token));

    it('is shown once and stored only as a hash', async () => {
      expect(issued.token).toMatch(/^owa1\.[0-9a-f]{32}\./);
      expect(issued.credential!.agency).toBe('REFERRAL_TARGET_LEGAL_AID');
    });

    it('reaches only its agency’s referrals, in its counties, and only the referral RPCs', async () => {
      const seen = await eventually(
        async () => {
          const { referrals } = await referralsSeen(issued.token);
          return referrals.length > 0 ? referrals : undefined;
        },
        { timeoutMs: 30_000, what: 'the legal-aid referral' },
      );
      expect(seen.map((r) => r.referral!.target)).toEqual(['REFERRAL_TARGET_LEGAL_AID']);
      const everything = await platform
        .client('routing')
        .call<routing.ListReferralsResponse>('listReferrals', { matterId, targets: [], countyCode: '' });
      const arbitrationReferral = everything.referrals.find(
        (r) => r.referral!.target === 'REFERRAL_TARGET_ARBITRATION',
      )!;
      const routingClient = platform.client('routing');
      expect(
        await codeOf(
          routingClient.call(
            'acknowledgeReferral',
            { referralId: arbitrationReferral.referral!.referralId, accept: true },
            agency(issued.token),
          ),
        ),
      ).toBe(status.PERMISSION_DENIED);
      expect(
        await codeOf(
          routingClient.call(
            'acknowledgeReferral',
            { referralId: seen[0]!.referral!.referralId, accept: true },
            agency(issued.token),
          ),
        ),
      ).toBe(status.OK);
      expect(
        await codeOf(routingClient.call('listReferrals', { countyCode: '421321', targets: [] }, agency(issued.token))),
      ).toBe(status.PERMISSION_DENIED);
      expect(await codeOf(routingClient.call('publishRuleSet', { json: '{}' }, agency(issued.token)))).toBe(
        status.UNAUTHENTICATED,
      );
      expect(
        await codeOf(platform.client('intake').call('getMatter', { matterId, matterNumber: '' }, agency(issued.token))),
      ).toBe(status.UNAUTHENTICATED);
    }, 60_000);

    it('stops working with a wrong secret, and at once when revoked', async () => {
      const tampered = issued.token.slice(0, -4) + (issued.token.endsWith('AAAA') ? 'BBBB' : 'AAAA');
      expect(await codeOf(referralsSeen(tampered))).toBe(status.UNAUTHENTICATED);
      const { credential } = await platform
        .client('routing')
        .call<routing.RevokeAgencyCredentialResponse>(
          'revokeAgencyCredential',
          { credentialId: issued.credential!.credentialId },
          supervisor,
        );
      expect(credential!.revokedBy).toBe('e2e-supervisor');
      expect(await codeOf(referralsSeen(issued.token))).toBe(status.UNAUTHENTICATED);
      const { credentials } = await platform
        .client('routing')
        .call<routing.ListAgencyCredentialsResponse>('listAgencyCredentials', { countyCode: '421303' }, supervisor);
      expect(credentials.map((c) => [c.credentialId, Boolean(c.revokedAt)])).toEqual([
        [issued.credential!.credentialId, true],
      ]);
    });

    it('is issued and revoked by a supervisor at the gateway, each step audited', async () => {
      const gateway = new GatewayClient(platform.gatewayUrl);
      const supervisorToken = await gateway.signIn('supervisor.zengdu', 'Demo-2026!');
      const clerkToken = await gateway.signIn('clerk.zengdu', 'Demo-2026!');
      const request = { agency: 'TRADE_UNION', countyCodes: ['421303'], label: '曾都区总工会 案件系统' };
      expect(
        (await gateway.request('POST', '/api/agency-credentials', { token: clerkToken, body: request })).status,
      ).toBe(403);
      const issuedHere = await gateway.request<IssuedAgencyCredential>('POST', '/api/agency-credentials', {
        token: supervisorToken,
        body: request,
      });
      expect(issuedHere.status).toBe(201);
      const { credential, token } = issuedHere.body;
      expect(await codeOf(referralsSeen(token))).toBe(status.OK);
      const listed = await gateway.request<AgencyCredential[]>('GET', '/api/agency-credentials', {
        token: supervisorToken,
      });
      expect(JSON.stringify(listed.body)).not.toContain(token.split('.')[2]);
      const revoked = await gateway.request<AgencyCredential>(
        'POST',
        `/api/agency-credentials/${credential.credentialId}/revoke`,
        { token: supervisorToken },
      );
      expect(revoked.body.revokedBy).toBe('supervisor.zengdu');
      expect(await codeOf(referralsSeen(token))).toBe(status.UNAUTHENTICATED);
      const audit = await gateway.request<{ entries: { action: string; target: string }[] }>(
        'GET',
        `/api/audit?target=${credential.credentialId}`,
        { token: await gateway.signIn('auditor.zengdu', 'Demo-2026!') },
      );
      expect(audit.body.entries.map((entry) => entry.action).sort()).toEqual([
        'agency-credential.issue',
        'agency-credential.revoke',
      ]);
    });

    it('is a supervisor’s to issue, for a known agency and county', async () => {
      const issueAs = (caller: Metadata, request: object) =>
        codeOf(platform.client('routing').call('issueAgencyCredential', request, caller));
      const clerk = asCaller({ userId: 'e2e-clerk', roles: ['WINDOW_CLERK'], counties: ['421303'] });
      const legalAid = { agency: 'REFERRAL_TARGET_LEGAL_AID', countyCodes: ['421303'], label: 'x' };
      expect(await issueAs(clerk, legalAid)).toBe(status.PERMISSION_DENIED);
      const unknown = { agency: 'REFERRAL_TARGET_ARBITRATION', countyCodes: ['999999'], label: '' };
      expect(await issueAs(supervisor, unknown)).toBe(status.INVALID_ARGUMENT);
    });
  });
});
