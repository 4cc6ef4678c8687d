import { Inject, Injectable } from '@nestjs/common';
import type { Caller } from '@onewindow/access';
import { permissionDenied } from '@onewindow/service-runtime';
import { satisfactionViolations, SatisfactionRating, whyNotRateable } from '../domain';
import { stageOf } from '../domain/timeline';
import { FindMattersUseCase, MatterStateError } from './find-matters.use-case';
import { isPortal } from './matter-access';
import { MATTER_REPOSITORY, MatterRecord, MatterRepository } from './matter.repository';
import { InvalidMatterRequestError } from './register-matter.use-case';

/** 群众满意度: the worker rates a closed matter, once, through the public portal. */
@Injectable()
export class RateSatisfactionUseCase {
  constructor(
    @Inject(MATTER_REPOSITORY) private readonly matters: MatterRepository,
    private readonly findMatters: FindMattersUseCase,
  ) {}

  async execute(
    caller: Caller,
    matterNumber: string,
    score: number,
    comment: string,
    now = new Date(),
  ): Promise<MatterRecord> {
    const violations = satisfactionViolations(score, comment.trim());
    if (violations.length > 0) throw new InvalidMatterRequestError(violations);
    const matter = await this.findMatters.byIdOrNumber(caller, '', matterNumber);
    if (!isPortal(caller)) {
      throw permissionDenied('only the worker rates their matter, through the public portal');
    }
    const refusal = whyNotRateable(stageOf(matter.timeline), matter.satisfaction);
    if (refusal) throw new MatterStateError(refusal);
    const rating: SatisfactionRating = { score, comment: comment.trim(), ratedAt: now.toISOString() };
    if ((await this.matters.rate(matter.id, rating)) === 'already-rated') {
      // Another rating got in between the read and the write: answer as if it had come first.
      const rated = await this.matters.findById(matter.id);
      throw new MatterStateError(whyNotRateable(stageOf(matter.timeline), rated?.satisfaction ?? rating)!);
    }
    return { ...matter, satisfaction: rating };
  }
}
