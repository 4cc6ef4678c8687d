// 群众满意度: once a matter is closed, the worker rates how it was handled — once, in their own name.
import type { FieldViolation } from './matter-content.validator';
import { MULTILINE_FORBIDDEN } from './matter-content.validator';
import { isClosedStage, type MatterStage } from './timeline';

export interface SatisfactionRating {
  /** 1 (very dissatisfied) … 5 (very satisfied). */
  score: number;
  comment: string;
  ratedAt: string;
}

export const MIN_SATISFACTION_SCORE = 1;
export const MAX_SATISFACTION_SCORE = 5;
export const MAX_SATISFACTION_COMMENT_LENGTH = 500;

export function satisfactionViolations(score: number, comment: string): FieldViolation[] {
  const violations: FieldViolation[] = [];
  if (!Number.isInteger(score) || score < MIN_SATISFACTION_SCORE || score > MAX_SATISFACTION_SCORE) {
    violations.push({
      field: 'score',
      description: `must be a whole number from ${MIN_SATISFACTION_SCORE} to ${MAX_SATISFACTION_SCORE}; got ${score}`,
    });
  }
  const length = [...comment].length;
  if (length > MAX_SATISFACTION_COMMENT_LENGTH) {
    violations.push({
      field: 'comment',
      description: `is ${length} characters long; at most ${MAX_SATISFACTION_COMMENT_LENGTH} are accepted`,
    });
  } else if (MULTILINE_FORBIDDEN.test(comment)) {
    violations.push({ field: 'comment', description: 'contains a control character' });
  }
  return violations;
}

/** Why the matter cannot be rated now, or undefined when it can. */
export function whyNotRateable(stage: MatterStage, rating: SatisfactionRating | undefined): string | undefined {
  if (!isClosedStage(stage)) return `the matter is not closed yet (stage ${stage}); it can be rated once it is closed`;
  if (rating) return `the matter was already rated on ${rating.ratedAt}; a rating cannot be changed`;
  return undefined;
}
