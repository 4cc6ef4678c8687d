import { Inject, Injectable } from '@nestjs/common';
import type { TimelineEntry } from '../domain/timeline';
import { MATTER_REPOSITORY, MatterRepository, ProjectedFacts } from './matter.repository';
import { MatterNotFoundError } from './find-matters.use-case';

@Injectable()
export class RecordTimelineStepUseCase {
  constructor(@Inject(MATTER_REPOSITORY) private readonly matters: MatterRepository) {}

  /** Projects another service's event onto the matter's timeline, once per event. */
  async execute(matterId: string, entry: TimelineEntry, facts?: ProjectedFacts): Promise<void> {
    const outcome = await this.matters.appendTimeline(matterId, entry, facts);
    if (outcome === 'matter-not-found') throw new MatterNotFoundError(`with id ${matterId} for event ${entry.eventId}`);
  }
}
