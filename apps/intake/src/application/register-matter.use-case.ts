import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { Caller } from '@onewindow/access';
import type { MatterContentData } from '@onewindow/contracts';
import { todayInChina } from '@onewindow/calendar';
import { permissionDenied, requireCounty } from '@onewindow/service-runtime';
import {
  formatMatterNumber,
  MatterContent,
  personalDataOf,
  validateMatterContent,
  withPersonalDataMasked,
  FieldViolation,
} from '../domain';
import { timelineSummary } from '../domain/timeline';
import { isPortal, requireMatter } from './matter-access';
import { MATTER_REPOSITORY, MatterRecord, MatterRepository } from './matter.repository';

/** A request the domain refuses, with every field that is wrong; nothing was saved. */
export class InvalidMatterRequestError extends Error {
  constructor(readonly violations: FieldViolation[]) {
    super(`request is invalid: ${violations.map((v) => `${v.field}: ${v.description}`).join('; ')}`);
    this.name = 'InvalidMatterRequestError';
  }
}

export const MATTER_EVENT_SOURCE = '/onewindow/intake';

@Injectable()
export class RegisterMatterUseCase {
  constructor(@Inject(MATTER_REPOSITORY) private readonly matters: MatterRepository) {}

  /**
   * Registers a matter once (一窗受理): validated whole, numbered per county and year, announced. The
   * identity and phone numbers are sealed at rest and masked everywhere else, the event included.
   */
  async execute(
    caller: Caller,
    content: MatterContentData,
    requestId: string,
    now = new Date(),
  ): Promise<MatterRecord> {
    const violations = validateMatterContent(content, todayInChina(now));
    if (violations.length > 0) throw new InvalidMatterRequestError(violations);
    const valid = content as MatterContent;
    requireCounty(caller, valid.countyCode);
    if (isPortal(caller) && valid.channel !== 'ONLINE') {
      throw permissionDenied(`the public portal registers online applications only, not ${valid.channel}`);
    }

    if (requestId) {
      const earlier = await this.matters.findByRequestKey(requestId);
      if (earlier) return this.visibleTo(caller, earlier);
    }

    const id = randomUUID();
    const year = Number(todayInChina(now).slice(0, 4));
    const number = formatMatterNumber(valid.countyCode, year, await this.matters.nextSequence(valid.countyCode, year));
    const registeredAt = now.toISOString();
    const masked = withPersonalDataMasked(valid);
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
    const outcome = await this.matters.insert(record, personalDataOf(valid), {
      matterId: id,
      matterNumber: number,
      registeredAt,
      content: masked,
    });
    if (outcome === 'duplicate-request') {
      // A concurrent repeat of the same request won the race; its matter is the answer.
      const winner = await this.matters.findByRequestKey(record.requestKey);
      if (winner) return this.visibleTo(caller, winner);
    }
    return record;
  }

  // A request id is the client's choice: a repeat must not hand out a matter the caller may not see.
  private visibleTo(caller: Caller, earlier: MatterRecord): MatterRecord {
    requireMatter(caller, earlier);
    return earlier;
  }
}
