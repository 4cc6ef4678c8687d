import { createHash, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { channelRefusal, type Caller } from '@onewindow/access';
import type { MatterContentData } from '@onewindow/contracts';
import { todayInChina } from '@onewindow/calendar';
import { alreadyExists, permissionDenied, requireCounty } from '@onewindow/service-runtime';
import {
  formatMatterNumber,
  MatterContent,
  personalDataOf,
  validateMatterContent,
  withPersonalDataMasked,
  FieldViolation,
  type PersonalData,
} from '../domain';
import { timelineSummary } from '../domain/timeline';
import { requireMatter } from './matter-access';
import { MATTER_REPOSITORY, MatterRecord, MatterRepository } from './matter.repository';

/** A request the domain refuses, with every field that is wrong; nothing was saved. */
export class InvalidMatterRequestError extends Error {
  constructor(readonly violations: FieldViolation[]) {
    super(`request is invalid: ${violations.map((v) => `${v.field}: ${v.description}`).join('; ')}`);
    this.name = 'InvalidMatterRequestError';
  }
}

export const MATTER_EVENT_SOURCE = '/onewindow/intake';

/** The matter id a request id stands for: UUID-shaped, from a hash, so the same on every replica. */
function matterIdForRequest(requestId: string): string {
  const hex = createHash('sha256').update(`onewindow-intake-request:${requestId}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/** JSON with keys in order and absent fields left out: two contents compare equal when they say the same. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, field: unknown) =>
    field && typeof field === 'object' && !Array.isArray(field)
      ? Object.fromEntries(Object.entries(field).sort(([a], [b]) => a.localeCompare(b)))
      : field,
  );
}

@Injectable()
export class RegisterMatterUseCase {
  constructor(@Inject(MATTER_REPOSITORY) private readonly matters: MatterRepository) {}

  /**
   * Registers a matter once (一窗受理): validated whole, numbered per county and year, announced. The
   * personal data is sealed at rest and de-identified everywhere else, the event included.
   */
  async execute(
    caller: Caller,
    content: MatterContentData,
    requestId: string,
    now = new Date(),
  ): Promise<MatterRecord> {
    const today = todayInChina(now);
    const violations = validateMatterContent(content, today);
    if (violations.length > 0) throw new InvalidMatterRequestError(violations);
    const valid = content as MatterContent;
    requireCounty(caller, valid.countyCode);
    // The channel is the post's (a clerk records window visits, the portal online applications): it
    // decides routing, so a post may not register under another's.
    const refusal = channelRefusal(caller, valid.channel);
    if (refusal) throw permissionDenied(refusal);

    // A request id names one matter: its id is derived from it, so a repeat is a read by _id, and
    // concurrent repeats take turns on that one document (no second number is drawn).
    const id = requestId ? matterIdForRequest(requestId) : randomUUID();
    const masked = withPersonalDataMasked(valid, today);
    const personalData = personalDataOf(valid);
    return this.matters.exclusively(id, async () => {
      const earlier = requestId ? await this.matters.findById(id) : undefined;
      if (earlier) return this.repeatOf(caller, requestId, earlier, valid, personalData);

      const year = Number(today.slice(0, 4));
      const number = formatMatterNumber(
        valid.countyCode,
        year,
        await this.matters.nextSequence(valid.countyCode, year),
      );
      const registeredAt = now.toISOString();
      const record: MatterRecord = {
        id,
        number,
        countyCode: valid.countyCode,
        registeredAt,
        requestKey: requestId || id,
        content: masked,
        timeline: [
          {
            eventId: id,
            eventType: 'onewindow.intake.v1.MatterRegistered',
            source: MATTER_EVENT_SOURCE,
            occurredAt: registeredAt,
            summary: timelineSummary.matterRegistered(number, valid.channel),
            deadlines: [],
            stage: 'REGISTERED',
          },
        ],
        version: 1,
      };
      const outcome = await this.matters.insert(record, personalData, {
        matterId: id,
        matterNumber: number,
        registeredAt,
        content: masked,
      });
      if (outcome === 'duplicate-request') {
        // Another replica registered the same request at the same moment (MongoDB only: on FerretDB
        // one replica serves intake); its matter is the answer, and this number stays unused.
        const winner = await this.matters.findById(id);
        if (winner) return this.repeatOf(caller, requestId, winner, valid, personalData);
      }
      return record;
    });
  }

  /**
   * The same request again returns its matter; the same request id with other content is refused.
   * The whole values are compared; the age as on the first registration's day, so a repeat after the
   * worker's birthday is still the same request.
   */
  private async repeatOf(
    caller: Caller,
    requestId: string,
    earlier: MatterRecord,
    content: MatterContent,
    personalData: PersonalData,
  ): Promise<MatterRecord> {
    this.visibleTo(caller, earlier);
    const earlierPersonalData = await this.matters.personalData(earlier.id);
    const masked = withPersonalDataMasked(content, todayInChina(new Date(earlier.registeredAt)));
    const same =
      canonicalJson(earlier.content) === canonicalJson(masked) &&
      canonicalJson(earlierPersonalData) === canonicalJson(personalData);
    if (!same) {
      throw alreadyExists(
        `request id ${requestId} was already used for matter ${earlier.number} with different content; ` +
          'use a new request id for a new matter',
      );
    }
    return earlier;
  }

  // A request id is the client's choice: a repeat must not hand out a matter the caller may not see.
  private visibleTo(caller: Caller, earlier: MatterRecord): MatterRecord {
    requireMatter(caller, earlier);
    return earlier;
  }
}
