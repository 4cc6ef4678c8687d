// What an accepted arbitration case holds, as the case screen shows it: the service and the defence, the tribunal
// and the challenges, the hearings with their postponements and records, the 仲裁调解书, the awards made with their
// 裁决书 to download, and the 先予执行 decisions.
import { LinkOutlined } from '@ant-design/icons';
import { todayInChina } from '@onewindow/calendar';
import type { ArbitrationAward, ArbitrationCase, HearingSlot } from '@onewindow/gateway-api';
import { Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { staffApi } from '../api/endpoints';
import { saveFile } from '../api/http';
import { labelOf, useI18n } from '../i18n/i18n';
import { formatInstant } from '../lib/format';
import { formatFen } from '../lib/money';
import { testId } from '../lib/test-id';
import type { CaseClaim } from './ArbitrationSteps';
import { AwardSummary } from './AwardDraft';
import { DeadlineTag } from './DeadlineTag';
import { ErrorBanner } from './ErrorBanner';
import { ItemList } from './ItemList';

const HEARING_COLORS: Readonly<Record<string, string>> = {
  SCHEDULED: 'processing',
  POSTPONED: 'default',
  HELD: 'success',
};
const CHALLENGE_COLORS: Readonly<Record<string, string>> = { PENDING: 'gold', GRANTED: 'success', REFUSED: 'default' };

export function ServiceView({ arbitrationCase: c }: { arbitrationCase: ArbitrationCase }) {
  const { t } = useI18n();
  const s = t.arbitration.service;
  const d = t.arbitration.defence;
  return (
    <Space
      orientation="vertical"
      size={4}
      data-testid="arbitration-service-view"
      data-served-on={c.applicationCopyServedOn ?? ''}
      data-served-by={c.applicationCopyServedBy ?? ''}
    >
      <Space wrap size={4}>
        <Typography.Text>
          {c.applicationCopyServedOn ? s.servedOn(c.applicationCopyServedOn) : s.notServed}
        </Typography.Text>
        {c.applicationCopyServedOn && c.applicationCopyServedBy && (
          <Tag
            color={c.applicationCopyServedBy === 'ELECTRONIC' ? 'blue' : 'default'}
            data-testid="arbitration-served-by"
          >
            {labelOf(s.methods, c.applicationCopyServedBy)}
          </Tag>
        )}
        {c.applicationCopyServedLate && <Tag color="orange">{s.late}</Tag>}
      </Space>
      {c.defenceDue && !c.defenceSubmittedOn && c.status === 'ACCEPTED' && (
        <Space size={4} wrap>
          <Typography.Text type="secondary">{d.due}</Typography.Text>
          <DeadlineTag deadline={c.defenceDue} />
        </Space>
      )}
      {c.applicationCopyServedOn && (
        <Space wrap size={4} data-testid="arbitration-defence-view" data-submitted-on={c.defenceSubmittedOn ?? ''}>
          <Typography.Text>{c.defenceSubmittedOn ? d.received(c.defenceSubmittedOn) : d.none}</Typography.Text>
          {c.defenceLate && <Tag color="orange">{d.late}</Tag>}
        </Space>
      )}
    </Space>
  );
}

export function TribunalView({ arbitrationCase: c }: { arbitrationCase: ArbitrationCase }) {
  const { t } = useI18n();
  const m = t.arbitration.tribunal;
  const ch = t.arbitration.challenge;
  const seats = c.tribunal ?? [];
  const challenges = c.challenges ?? [];
  const nameOf = (id: string) => seats.find((seat) => seat.arbitratorId === id)?.name ?? id;
  return (
    <Space
      orientation="vertical"
      size={4}
      style={{ width: '100%' }}
      data-testid="arbitration-tribunal-view"
      data-form={c.tribunalForm ?? ''}
    >
      {seats.length === 0 ? (
        <Typography.Text type="secondary">{m.none}</Typography.Text>
      ) : (
        <>
          <Space wrap size={4}>
            <Tag color="blue">{labelOf(m.forms, c.tribunalForm ?? '')}</Tag>
            {c.simpleProcedure && <Tag color="cyan">{m.simpleProcedure}</Tag>}
            <Typography.Text type="secondary">
              {c.tribunalNotifiedOn ? m.notified(c.tribunalNotifiedOn) : m.notNotified}
            </Typography.Text>
          </Space>
          <ItemList
            items={seats}
            itemKey={(seat, index) => `${seat.arbitratorId}-${index}`}
            itemAttributes={(seat) =>
              testId('arbitration-seat', { role: seat.role, 'arbitrator-id': seat.arbitratorId })
            }
          >
            {(seat) => (
              <Space wrap size={8}>
                <Typography.Text strong>{labelOf(m.roles, seat.role)}</Typography.Text>
                <Typography.Text>{seat.name}</Typography.Text>
                <Typography.Text type="secondary">{seat.arbitratorId}</Typography.Text>
              </Space>
            )}
          </ItemList>
        </>
      )}
      {challenges.length > 0 && (
        <ItemList
          items={challenges}
          header={ch.title}
          itemKey={(_, index) => index}
          itemAttributes={(challenge) => testId('arbitration-challenge-entry', { status: challenge.status })}
        >
          {(challenge) => (
            <Space orientation="vertical" size={2}>
              <Space wrap size={4}>
                <Tag color={CHALLENGE_COLORS[challenge.status] ?? 'default'}>
                  {labelOf(ch.statuses, challenge.status)}
                </Tag>
                <Typography.Text>
                  {ch.entry(
                    labelOf(t.arbitration.parties, challenge.party),
                    nameOf(challenge.arbitratorId),
                    labelOf(ch.grounds, challenge.ground),
                    challenge.filedOn,
                  )}
                </Typography.Text>
              </Space>
              <Typography.Text type="secondary">{challenge.reason}</Typography.Text>
              {challenge.status === 'PENDING' && challenge.decisionDue && (
                <DeadlineTag deadline={challenge.decisionDue} />
              )}
              {challenge.decisionReason && (
                <Typography.Text type="secondary">
                  {challenge.decidedOn} {labelOf(t.arbitration.decision.deciders, challenge.decidedBy)}：
                  {challenge.decisionReason}
                  {challenge.replacedBy && `（${ch.replacedBy(challenge.replacedBy)}）`}
                </Typography.Text>
              )}
            </Space>
          )}
        </ItemList>
      )}
    </Space>
  );
}

export function HearingSummary({ hearing, number }: { hearing: HearingSlot; number: number }) {
  const { t } = useI18n();
  const m = t.arbitration.hearing;
  const p = t.arbitration.postpone;
  const [shown, setShown] = useState(false);
  return (
    <Space orientation="vertical" size={2} style={{ width: '100%' }}>
      <Space wrap size={[8, 2]}>
        <Typography.Text strong>{m.entry(number)}</Typography.Text>
        <Tag color={HEARING_COLORS[hearing.status] ?? 'default'} data-testid="arbitration-hearing-status">
          {labelOf(m.statuses, hearing.status)}
        </Tag>
        <Typography.Text data-testid="arbitration-hearing-time">
          {formatInstant(hearing.startsAt)}–{formatInstant(hearing.endsAt).slice(11)}
        </Typography.Text>
        {hearing.meetingLink ? (
          <Typography.Link href={hearing.meetingLink} target="_blank" rel="noreferrer">
            <LinkOutlined /> {m.online}
          </Typography.Link>
        ) : (
          <Typography.Text>{hearing.place}</Typography.Text>
        )}
        {hearing.priority && <Tag color="red">{m.priority}</Tag>}
      </Space>
      <Space wrap size={8}>
        <Typography.Text type="secondary">{m.noticeServed(hearing.noticeServedOn)}</Typography.Text>
        {hearing.roomId && (
          <Link
            to={`/staff/hearing-calendar?room=${encodeURIComponent(hearing.roomId)}&day=${todayInChina(new Date(hearing.startsAt))}`}
          >
            {m.calendar}
          </Link>
        )}
      </Space>
      {hearing.postponements.map((postponement, index) => (
        <Typography.Text key={index} type="secondary">
          {p.entry(
            labelOf(t.arbitration.parties, postponement.party),
            postponement.requestedOn,
            postponement.decision === 'GRANTED' ? p.grant : postponement.decision === 'REFUSED' ? p.refuse : '',
          )}
          {postponement.decisionReason && `（${postponement.decisionReason}）`}
        </Typography.Text>
      ))}
      {hearing.recordedAt && (
        <Space orientation="vertical" size={0}>
          <Typography.Link onClick={() => setShown(!shown)}>
            {m.recorded(formatInstant(hearing.recordedAt))}
          </Typography.Link>
          {shown && (
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
              {hearing.recordText}
            </Typography.Paragraph>
          )}
        </Space>
      )}
    </Space>
  );
}

export function StatementView({ arbitrationCase: c }: { arbitrationCase: ArbitrationCase }) {
  const { t } = useI18n();
  const m = t.arbitration.statement;
  const statement = c.mediationStatement;
  if (!statement) return null;
  return (
    <Space
      orientation="vertical"
      size={4}
      style={{ width: '100%' }}
      data-testid="arbitration-statement-view"
      data-status={statement.status}
      data-number={statement.number}
    >
      <Space wrap size={8}>
        <Typography.Text type="secondary">{m.number}</Typography.Text>
        <Typography.Text className="ow-wrap">{statement.number}</Typography.Text>
        <Tag
          color={
            statement.status === 'IN_FORCE' ? 'success' : statement.status === 'RETRACTED' ? 'default' : 'processing'
          }
        >
          {labelOf(m.statuses, statement.status)}
        </Tag>
        <Typography.Text type="secondary">{m.total}</Typography.Text>
        <Typography.Text strong>
          {formatFen(statement.totalFen)} {t.common.yuan}
        </Typography.Text>
      </Space>
      <ItemList items={statement.settledClaims} itemKey={(claim) => claim.claimIndex}>
        {(claim) => (
          <Typography.Text>
            {t.arbitration.award.claimNumber(claim.claimIndex + 1)} {labelOf(t.enums.categories, claim.category)}：
            {m.claimed(formatFen(claim.claimedFen))}，{m.settled} {formatFen(claim.amountFen)}
            {claim.reasonAboveClaim && `（${claim.reasonAboveClaim}）`}
          </Typography.Text>
        )}
      </ItemList>
      {statement.otherTerms && (
        <Typography.Text>
          {m.otherTerms}：{statement.otherTerms}
        </Typography.Text>
      )}
      <Space wrap size={8}>
        <Typography.Text type="secondary">{m.signatures}</Typography.Text>
        {(['APPLICANT', 'RESPONDENT'] as const).map((party) => {
          const signed = statement.signatures.find((signature) => signature.party === party);
          return (
            <Tag
              key={party}
              color={signed ? 'success' : 'default'}
              {...testId('arbitration-statement-signature', { party, signed: String(!!signed) })}
            >
              {labelOf(t.arbitration.parties, party)}{' '}
              {signed ? m.signedAt(formatInstant(signed.signedAt)) : m.notSigned}
            </Tag>
          );
        })}
      </Space>
      {statement.status === 'IN_FORCE' && (
        <Typography.Text type="success">{m.inForce(statement.effectiveOn)}</Typography.Text>
      )}
      {statement.status === 'RETRACTED' && (
        <Typography.Text type="secondary">
          {m.retracted(labelOf(t.arbitration.parties, statement.retractedBy), statement.retractionReason)}
        </Typography.Text>
      )}
    </Space>
  );
}

/** The awards made, each with its decisions per claim and its 裁决书 to download. */
export function AwardsView({
  arbitrationCase: c,
  claims,
}: {
  arbitrationCase: ArbitrationCase;
  claims: readonly CaseClaim[];
}) {
  const [error, setError] = useState<unknown>();
  const awards = c.awards ?? [];
  if (awards.length === 0) return null;
  const download = async (number: string, title: string) => {
    try {
      saveFile(await staffApi.document(c.caseId, 'award', number), `${title}-${number}.pdf`);
    } catch (failure) {
      setError(failure);
    }
  };
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }} data-testid="arbitration-awards">
      <ErrorBanner error={error} onClose={() => setError(undefined)} />
      {awards.map((award, index) => (
        <AwardMade key={index} award={award} index={index} claims={claims} download={download} />
      ))}
    </Space>
  );
}

function AwardMade({
  award,
  index,
  claims,
  download,
}: {
  award: ArbitrationAward;
  index: number;
  claims: readonly CaseClaim[];
  download: (number: string, title: string) => void;
}) {
  const { t } = useI18n();
  const a = t.arbitration.award;
  return (
    <Space
      orientation="vertical"
      size={6}
      style={{ width: '100%' }}
      {...testId('arbitration-award', { index, scope: award.scope, kind: award.kind })}
    >
      <Typography.Text strong>{a.awardedHeading(award.awardedOn, labelOf(a.scopes, award.scope))}</Typography.Text>
      {award.partialBasis && <Typography.Text type="secondary">{award.partialBasis}</Typography.Text>}
      <Table
        size="small"
        pagination={false}
        rowKey="claimIndex"
        scroll={{ x: 'max-content' }}
        dataSource={award.decisions}
        onRow={(decision) =>
          testId('arbitration-award-decision', {
            'claim-index': decision.claimIndex,
            final: String(decision.finalAward),
          })
        }
        columns={[
          {
            key: 'claim',
            title: a.claim,
            render: (_, decision) =>
              `${a.claimNumber(decision.claimIndex + 1)} ${labelOf(t.enums.categories, decision.category)}${
                claims[decision.claimIndex]?.description ? `：${claims[decision.claimIndex]!.description}` : ''
              }`,
          },
          { key: 'claimed', title: a.claimed, align: 'right', render: (_, decision) => formatFen(decision.claimedFen) },
          { key: 'outcome', title: a.outcome, render: (_, decision) => labelOf(a.outcomes, decision.outcome) },
          { key: 'amount', title: a.amount, align: 'right', render: (_, decision) => formatFen(decision.amountFen) },
          {
            key: 'finality',
            title: a.finality,
            render: (_, decision) => (
              <Tag color={decision.finalAward ? 'green' : 'orange'}>{decision.finalAward ? a.final : a.nonFinal}</Tag>
            ),
          },
          {
            key: 'reasons',
            title: a.reasons,
            render: (_, decision) => <div style={{ maxWidth: 360, whiteSpace: 'normal' }}>{decision.reasons}</div>,
          },
        ]}
      />
      <AwardSummary award={award} prefix={`arbitration-award-${index}`} download={download} />
      {award.documents.map((document) => (
        <ItemList
          key={document.number || document.finality}
          items={document.remedies}
          header={`${document.title} ${document.number}：${a.remedies}`}
          itemKey={(_, i) => i}
        >
          {(remedy) => <Typography.Text type="secondary">{remedy.text}</Typography.Text>}
        </ItemList>
      ))}
    </Space>
  );
}

export function AdvanceEnforcementView({ arbitrationCase: c }: { arbitrationCase: ArbitrationCase }) {
  const { t } = useI18n();
  const m = t.arbitration.advance;
  const decisions = c.advanceEnforcement ?? [];
  if (decisions.length === 0) return null;
  return (
    <ItemList
      items={decisions}
      itemKey={(decision) => decision.number}
      itemAttributes={(decision) =>
        testId('arbitration-advance-entry', { outcome: decision.outcome, number: decision.number })
      }
    >
      {(decision) => (
        <Space orientation="vertical" size={2}>
          <Space wrap size={4}>
            <Tag color={decision.outcome === 'GRANTED' ? 'success' : 'default'}>
              {labelOf(m.outcomes, decision.outcome)}
            </Tag>
            <Typography.Text>
              {m.entry(
                decision.number,
                decision.decidedOn,
                labelOf(m.outcomes, decision.outcome),
                formatFen(decision.totalFen),
              )}
            </Typography.Text>
            {decision.transferToCourt && <Tag color="blue">{m.transfer}</Tag>}
          </Space>
          {decision.reasons.map((reason, index) => (
            <Typography.Text key={index} type="secondary">
              {reason}
            </Typography.Text>
          ))}
        </Space>
      )}
    </ItemList>
  );
}
