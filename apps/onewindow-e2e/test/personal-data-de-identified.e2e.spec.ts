import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import type * as rest from '@onewindow/gateway-api';
import { addCalendarDays, todayInChina } from '@onewindow/calendar';
import {
  arbitration,
  common,
  deadline,
  inspection,
  intake,
  laborRelations,
  matterContentFromProto,
  mediation,
  office,
  routing,
} from '@onewindow/contracts';
import { connectMongo } from '@onewindow/persistence';
import {
  countIdentityNumberCandidates,
  eventually,
  GatewayClient,
  Platform,
  smallWageClaim,
  testStack,
  TopicRecorder,
  wageArrearsApplication,
  withCheckCharacter,
} from '@onewindow/testing';
import {
  PERSON_FIELDS,
  PERSONAL_DATA_BY_POST,
  TABLE_ROWS,
  type Exposure,
  type PersonField,
} from './personal-data-by-post';

// Nothing a post can GET by default, and no event, lets a reader work out a worker's identity number
// (fewer than 10,000 candidates would); and the whole numbers appear nowhere in clear: not on a topic,
// in a log line or in any document of any database (个人信息保护法 Art. 51, 去标识化 and 加密).

const MIN_CANDIDATES = 10_000;
const DEMO_PASSWORD = 'Demo-2026!';
const ACCOUNT_BY_POST: Readonly<Record<string, string>> = {
  WINDOW_CLERK: 'clerk.zengdu',
  MEDIATOR: 'mediator.zengdu',
  INSPECTOR: 'inspector.zengdu',
  LABOR_RELATIONS_OFFICER: 'labor-relations.zengdu',
  ARBITRATOR: 'arbitrator.zengdu',
  ARBITRATION_CLERK: 'arbitration-clerk.zengdu',
  LEGAL_AID_OFFICER: 'legal-aid.zengdu',
  PETITION_OFFICER: 'petition.zengdu',
  SUPERVISOR: 'supervisor.zengdu',
  AGENCY: 'union.zengdu',
  // Last: the audit log then holds every other post's reads.
  AUDITOR: 'auditor.zengdu',
};

interface Person {
  name: string;
  sex: 'MALE' | 'FEMALE';
  birthDate: string;
  identityNumber: string;
  phone: string;
  domicile: string;
  witnessPhone: string;
}

const person = (
  name: string,
  sex: Person['sex'],
  birthDate: string,
  sequence: string,
  phone: string,
  witnessPhone: string,
): Person => ({
  name,
  sex,
  birthDate,
  identityNumber: withCheckCharacter(`421303${birthDate.replaceAll('-', '')}${sequence}`),
  phone,
  domicile: `湖北省随州市曾都区${name}家8号`,
  witnessPhone,
});
const WAGE_ARREARS = person('欧阳秀兰', 'FEMALE', '1987-11-23', '246', '13598761234', '13787654321');
const COLLECTIVE = person('司马建军', 'MALE', '1979-02-28', '571', '15072348888', '18627191111');
const MEDIATED = person('诸葛红梅', 'FEMALE', '1992-06-15', '382', '13971115678', '15927182222');
const COMPLAINANT = person('上官志强', 'MALE', '1985-09-09', '413', '18972226789', '13307223333');
const PEOPLE = [WAGE_ARREARS, COLLECTIVE, MEDIATED, COMPLAINANT];

function contentOf(who: Person, overrides: Partial<common.MatterContent> = {}) {
  const sample = wageArrearsApplication(overrides);
  return matterContentFromProto({
    ...sample,
    applicant: {
      ...sample.applicant!,
      name: who.name,
      sex: who.sex === 'MALE' ? common.Sex.SEX_MALE : common.Sex.SEX_FEMALE,
      birthDate: who.birthDate,
      identityNumber: who.identityNumber,
      phone: who.phone,
      domicile: who.domicile,
    },
    witnesses: [{ name: '证人甲', contact: who.witnessPhone, statement: '同班组工友' }],
  });
}

/** Every object under an `applicant` key, with the content it belongs to. */
function contentsIn(value: unknown, found: Record<string, unknown>[] = []): Record<string, unknown>[] {
  if (Array.isArray(value)) value.forEach((item) => contentsIn(item, found));
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (record['applicant'] && typeof record['applicant'] === 'object') found.push(record);
    Object.values(record).forEach((field) => contentsIn(field, found));
  }
  return found;
}

type Level = 'whole' | 'masked' | 'none';
const LEVEL_BY_EXPOSURE: Record<Exposure, Level> = {
  shown: 'whole',
  masked: 'masked',
  'masked + on request': 'masked',
  'on request': 'none',
  '—': 'none',
};
const RANK: Record<Level, number> = { none: 0, masked: 1, whole: 2 };
const strongest = (levels: Level[]): Level => levels.reduce((a, b) => (RANK[b] > RANK[a] ? b : a), 'none' as Level);

/** One thing a reader gets (a REST answer, a decoded event): its text, and what it says of the people. */
interface Seen {
  text: string;
  body: unknown;
}

function levelOf(seen: Seen, who: Person, field: PersonField): Level {
  const { text } = seen;
  const mine = contentsIn(seen.body).filter((c) => (c['applicant'] as Record<string, unknown>)['name'] === who.name);
  const applicants = mine.map((c) => c['applicant'] as Record<string, unknown>);
  const given = (key: string) => applicants.some((a) => a[key] !== undefined && a[key] !== '' && a[key] !== 0);
  switch (field) {
    case 'name':
      return text.includes(who.name) ? 'whole' : 'none';
    case 'sex':
      return given('sex') && applicants.some((a) => !String(a['sex']).endsWith('UNSPECIFIED')) ? 'whole' : 'none';
    case 'age':
      return given('age') ? 'whole' : 'none';
    case 'birth date':
      return text.includes(who.birthDate) || text.includes(who.birthDate.replaceAll('-', '')) ? 'whole' : 'none';
    case 'identity number':
      return text.includes(who.identityNumber) ? 'whole' : given('identityNumber') ? 'masked' : 'none';
    case 'phone':
      return text.includes(who.phone) ? 'whole' : given('phone') ? 'masked' : 'none';
    case 'domicile':
      return text.includes(who.domicile) ? 'whole' : 'none';
    case 'witness contact':
      return text.includes(who.witnessPhone)
        ? 'whole'
        : mine.some((c) => (c['witnesses'] as { contact?: string }[] | undefined)?.some((w) => w.contact))
          ? 'masked'
          : 'none';
  }
}

/** The identity numbers that fit what this reader was shown of the person, the way an attacker counts them. */
function candidatesFor(seen: Seen, who: Person, registeredOn: string): number {
  if (seen.text.includes(who.identityNumber)) return 1;
  const applicants = contentsIn(seen.body)
    .map((c) => c['applicant'] as Record<string, unknown>)
    .filter((a) => a['name'] === who.name);
  const shownNumber = applicants.map((a) => String(a['identityNumber'] ?? '')).find(Boolean) ?? '';
  const age = applicants.map((a) => Number(a['age'] ?? 0)).find((n) => n > 0);
  const sexShown = applicants.some((a) => a['sex'] && !String(a['sex']).endsWith('UNSPECIFIED'));
  return countIdentityNumberCandidates({
    identityNumber: shownNumber,
    countyCode: '421303',
    registeredOn,
    ...(sexShown ? { sex: who.sex } : {}),
    ...(age !== undefined ? { age } : {}),
    ...(levelOf(seen, who, 'birth date') === 'whole' ? { birthDate: who.birthDate } : {}),
  });
}

const decoders: Record<string, Record<string, { decode(bytes: Uint8Array): unknown }>> = {
  intake: intake as never,
  routing: routing as never,
  arbitration: arbitration as never,
  mediation: mediation as never,
  inspection: inspection as never,
  labor_relations: laborRelations as never,
  office: office as never,
  deadline: deadline as never,
};
/** ce_type 'onewindow.routing.v1.ReferralIssued' → routing.ReferralIssued.decode. */
function decodeEvent(type: string, value: Buffer): unknown {
  const [, service, , message] = type.split('.');
  const decoder = decoders[service!]?.[message!];
  if (!decoder) throw new Error(`no decoder for event type ${type}`);
  return decoder.decode(value);
}

describe('personal data by post: de-identified in every view and event, in clear nowhere', () => {
  const platform = new Platform({ gateway: {}, mediation: true, inspection: true, laborRelations: true });
  let gateway: GatewayClient;
  let kafka: Kafka;
  let recorder: TopicRecorder;
  const numbers = new Map<Person, string>();
  const registeredOn = new Map<Person, string>();
  const viewsByPost = new Map<string, Seen[]>();

  const seenOf = (body: unknown): Seen => ({ text: JSON.stringify(body), body });

  async function staffViews(token: string): Promise<Seen[]> {
    const get = (path: string) => gateway.request('GET', path, { token }).then((r) => seenOf(r.body));
    const paths = ['/api/matters', '/api/queues', '/api/dashboard', '/api/audit?pageSize=100'];
    for (const who of PEOPLE)
      paths.push(`/api/matters/${numbers.get(who)}`, `/api/matters?q=${encodeURIComponent(who.name)}`);
    return Promise.all(paths.map(get));
  }

  async function portalViews(): Promise<Seen[]> {
    const views: Seen[] = [];
    for (const who of PEOPLE) {
      const matterNumber = numbers.get(who)!;
      const before = platform.lastTrackingCode(matterNumber);
      const sent = await gateway.request('POST', '/api/public/tracking-codes', { body: { matterNumber } });
      views.push(seenOf(sent.body));
      const code = await eventually(
        async () => {
          const latest = platform.lastTrackingCode(matterNumber);
          return latest && latest !== before ? latest : undefined;
        },
        { what: 'the tracking code' },
      );
      const session = await gateway.request<rest.TrackingSession>('POST', '/api/public/tracking-sessions', {
        body: { matterNumber, code },
      });
      views.push(seenOf(session.body));
      const matter = await gateway.request('GET', `/api/public/matters/${matterNumber}`, {
        headers: { authorization: `Bearer ${session.body.trackingToken}` },
      });
      expect(matter.status).toBe(200);
      views.push(seenOf(matter.body));
    }
    return views;
  }

  beforeAll(async () => {
    await platform.start();
    gateway = new GatewayClient(platform.gatewayUrl);
    kafka = new Kafka({
      clientId: 'personal-data-scan',
      brokers: testStack().kafkaBrokers,
      logLevel: logLevel.NOTHING,
    });
    const clerk = await gateway.signIn('clerk.zengdu', DEMO_PASSWORD);
    const collective = { workerCount: 12, commonClaim: true };
    // A small wage claim agreed to mediation first: mediation takes it and issues its 调解建议书.
    const mediated = { consentToMediationFirst: true, claims: smallWageClaim().claims };
    // A complaint asking for an order against the employer, about a layoff of 25 of 200: inspection takes it,
    // and labor-relations supervision the layoff.
    const complained = {
      kind: common.MatterKind.MATTER_KIND_COMPLAINT,
      requestedRemedy: common.RequestedRemedy.REQUESTED_REMEDY_ORDER_AGAINST_EMPLOYER,
      layoff: { workersLaidOff: 25, workforce: 200 },
    };
    for (const [who, overrides] of [
      [WAGE_ARREARS, {}],
      [COLLECTIVE, collective],
      [MEDIATED, mediated],
      [COMPLAINANT, complained],
    ] as const) {
      const registered = await gateway.request<rest.Matter>('POST', '/api/matters', {
        token: clerk,
        body: { content: contentOf(who, overrides), requestId: randomUUID() },
      });
      expect(registered.status).toBe(201);
      numbers.set(who, registered.body.matterNumber);
      registeredOn.set(who, todayInChina(new Date(registered.body.registeredAt)));
    }
    // Through routing and arbitration: the wage arrears accepted, the collective dispute referred to the union too.
    const complaintMatter = await eventually(
      async () => {
        const wage = await gateway.request<rest.MatterDetail>('GET', `/api/matters/${numbers.get(WAGE_ARREARS)}`, {
          token: clerk,
        });
        const union = await gateway.request<rest.MatterDetail>('GET', `/api/matters/${numbers.get(COLLECTIVE)}`, {
          token: clerk,
        });
        const mediation = await gateway.request<rest.MatterDetail>('GET', `/api/matters/${numbers.get(MEDIATED)}`, {
          token: clerk,
        });
        const complaint = await gateway.request<rest.MatterDetail>('GET', `/api/matters/${numbers.get(COMPLAINANT)}`, {
          token: clerk,
        });
        const summaries = complaint.body.matter.timeline.map((entry) => entry.summary).join('\n');
        return wage.body.matter.stage === 'ACCEPTED' &&
          union.body.referrals.some((r) => r.target === 'TRADE_UNION') &&
          mediation.body.matter.timeline.some((entry) => entry.summary.includes('调解建议书')) &&
          summaries.includes('投诉已登记') &&
          summaries.includes('劳动关系监管已签收')
          ? complaint.body.matter
          : undefined;
      },
      { timeoutMs: 60_000, what: 'the matters through routing, arbitration, mediation, inspection and supervision' },
    );
    // The layoff registered with its planned day: a deadline on labor relations' deadlines topic too.
    const supervision = platform.client('labor-relations');
    const { matter: supervised } = await supervision.call<laborRelations.GetSupervisionMatterByMatterResponse>(
      'getSupervisionMatterByMatter',
      { matterId: complaintMatter.matterId },
    );
    const today = todayInChina(new Date());
    await supervision.call('registerLayoffReport', {
      supervisionId: supervised!.supervisionId,
      expectedVersion: supervised!.version,
      workersLaidOff: 25,
      workforce: 200,
      ground: '生产经营发生严重困难',
      explainedOn: today,
      plannedOn: addCalendarDays(today, 31),
      unionOpinionHeard: true,
    });
    for (const [post, username] of Object.entries(ACCOUNT_BY_POST)) {
      viewsByPost.set(post, await staffViews(await gateway.signIn(username, DEMO_PASSWORD)));
    }
    viewsByPost.set('PORTAL', await portalViews());

    const admin = kafka.admin();
    await admin.connect();
    const topics = (await admin.listTopics()).filter((topic) => topic.startsWith(platform.topicPrefix));
    const offsets = await Promise.all(
      topics.map(async (topic) =>
        (await admin.fetchTopicOffsets(topic)).reduce((sum, p) => sum + Number(p.high) - Number(p.low), 0),
      ),
    );
    await admin.disconnect();
    recorder = await new TopicRecorder(kafka).start(topics);
    const published = offsets.reduce((a, b) => a + b, 0);
    await eventually(async () => (recorder.messages.length >= published ? true : undefined), {
      timeoutMs: 30_000,
      what: `all ${published} messages of the platform's topics`,
    });
  }, 240_000);

  afterAll(async () => {
    await recorder?.stop();
    await platform.stop();
  }, 60_000);

  const events = () =>
    recorder.messages.map((message) => {
      const topic = message.topic.slice(platform.topicPrefix.length);
      const type = recorder.header(message, 'ce_type') ?? '';
      const body = topic.endsWith('.dlq') ? {} : decodeEvent(type, message.value!);
      return { topic, type, seen: { text: JSON.stringify(body) + message.value!.toString('latin1'), body } };
    });

  it('writes the same table in docs/security.md', () => {
    const doc = readFileSync(join(__dirname, '../../../docs/security.md'), 'utf8');
    const section = doc.split('## Personal data by post')[1]!.split('\n## ')[0]!;
    const rows = section
      .split('\n')
      .filter((line) => line.startsWith('| `'))
      .map((line) =>
        line
          .split('|')
          .slice(1, -1)
          .map((cell) => cell.trim().replaceAll('`', '')),
      );
    expect(rows.map(([row]) => row)).toEqual(TABLE_ROWS);
    for (const [row, ...cells] of rows) {
      expect(Object.fromEntries(PERSON_FIELDS.map((field, i) => [field, cells[i]]))).toEqual(
        PERSONAL_DATA_BY_POST[row!],
      );
    }
  });

  it.each([...Object.keys(ACCOUNT_BY_POST), 'PORTAL'])('shows %s of each person what the table says', (post) => {
    const views = viewsByPost.get(post)!;
    const shown = Object.fromEntries(
      PERSON_FIELDS.map((field) => [
        field,
        strongest(PEOPLE.flatMap((who) => views.map((seen) => levelOf(seen, who, field)))),
      ]),
    );
    const expected = Object.fromEntries(
      PERSON_FIELDS.map((field) => [field, LEVEL_BY_EXPOSURE[PERSONAL_DATA_BY_POST[post]![field]]]),
    );
    expect(shown).toEqual(expected);
  });

  it.each([...Object.keys(ACCOUNT_BY_POST), 'PORTAL'])(
    'leaves %s at least 10,000 identity numbers to choose from in every view',
    (post) => {
      const fewest = Math.min(
        ...PEOPLE.flatMap((who) =>
          viewsByPost.get(post)!.map((seen) => candidatesFor(seen, who, registeredOn.get(who)!)),
        ),
      );
      console.info(`identity-number candidates, ${post}: at least ${fewest}`);
      expect(fewest).toBeGreaterThanOrEqual(MIN_CANDIDATES);
    },
  );

  it('shows each topic what the table says, and leaves at least 10,000 identity numbers in every event', () => {
    const all = events();
    const topics = [...new Set(all.map((e) => e.topic))].filter((topic) => !topic.endsWith('.dlq'));
    expect(topics.sort()).toEqual(
      Object.keys(PERSONAL_DATA_BY_POST)
        .filter((row) => row.startsWith('onewindow.'))
        .sort(),
    );
    for (const topic of topics) {
      const onTopic = all.filter((e) => e.topic === topic);
      const shown = Object.fromEntries(
        PERSON_FIELDS.map((field) => [
          field,
          strongest(PEOPLE.flatMap((who) => onTopic.map((e) => levelOf(e.seen, who, field)))),
        ]),
      );
      const expected = Object.fromEntries(
        PERSON_FIELDS.map((field) => [field, LEVEL_BY_EXPOSURE[PERSONAL_DATA_BY_POST[topic]![field]]]),
      );
      expect({ topic, shown }).toEqual({ topic, shown: expected });
      const fewest = Math.min(
        ...PEOPLE.flatMap((who) => onTopic.map((e) => candidatesFor(e.seen, who, registeredOn.get(who)!))),
      );
      console.info(`identity-number candidates, ${topic} (${onTopic.length} events): at least ${fewest}`);
      expect(fewest).toBeGreaterThanOrEqual(MIN_CANDIDATES);
    }
  });

  it('finds the whole identity numbers, phones and witnesses’ phones nowhere: topics, logs, databases', async () => {
    const secrets = PEOPLE.flatMap((who) => [who.identityNumber, who.phone, who.witnessPhone, who.birthDate]);
    const found: string[] = [];
    const scan = (where: string, text: string) => {
      for (const secret of secrets) if (text.includes(secret)) found.push(`${secret} in ${where}`);
    };

    for (const message of recorder.messages) {
      const headers = Object.entries(message.headers ?? {}).map(([k, v]) => `${k}=${String(v)}`);
      scan(
        `${message.topic} offset ${message.offset}`,
        [message.key?.toString('latin1'), message.value?.toString('latin1'), ...headers].join('\n'),
      );
    }

    let logLines = 0;
    for (const app of ['intake', 'routing', 'arbitration', 'gateway'] as const) {
      const log = readFileSync(platform.logFileOf(app), 'utf8');
      logLines += log.split('\n').length;
      scan(`the ${app} log`, log);
    }

    let documents = 0;
    let collections = 0;
    for (const database of platform.databases) {
      const connection = await connectMongo({ url: testStack().mongoUrl, database, appName: 'e2e-scan', attempts: 1 });
      try {
        for (const { name } of await connection.db!.listCollections().toArray()) {
          collections += 1;
          for await (const document of connection.db!.collection(name).find({})) {
            documents += 1;
            scan(`${database}.${name} ${String(document['_id'])}`, JSON.stringify(document));
          }
        }
      } finally {
        await connection.close();
      }
    }
    const topics = new Set(recorder.messages.map((m) => m.topic)).size;
    console.info(
      `scanned ${topics} topics (${recorder.messages.length} messages), ${logLines} log lines of 4 processes, ` +
        `${platform.databases.length} databases (${collections} collections, ${documents} documents)`,
    );
    expect(recorder.messages.length).toBeGreaterThan(0);
    expect(documents).toBeGreaterThan(0);
    expect(found).toEqual([]);
  });
});
