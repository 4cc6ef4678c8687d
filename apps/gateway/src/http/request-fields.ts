// The checks most REST bodies share: dates, ids, counties, fen, texts that must say something. class-validator
// judges types, formats and ceilings only; what a value means is the service's to judge.
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsInt, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { Omittable } from './validation';

export const INT32_MAX = 2_147_483_647;
/** YYYY-MM-DD */
export const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** RFC 3339 with its offset, e.g. 2026-03-10T09:30:00+08:00 */
export const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
/** An office's record id: a referral id ('<routing id>/<n>') or the office's own (a UUID), URL-encoded (%2F). */
export const RECORD_ID = /^[A-Za-z0-9_:-]{1,100}(\/[A-Za-z0-9_:-]{1,40})?$/;
/** A document's 文号, e.g. 421303-监立-2026-000001 (URL-encoded in a path). */
export const DOCUMENT_NUMBER = /^[0-9A-Za-z\u4e00-\u9fff〔〕()（）_-]{1,80}$/;
export const NOT_BLANK = /\S/;
export const COUNTY = /^\d{6}$/;
/** Chosen by the client: a UUID or another token without spaces. */
export const REQUEST_ID = /^[A-Za-z0-9_-]{8,100}$/;

export const dateMessage = (field: string) => ({ message: `${field} must be a date YYYY-MM-DD` });
export const saysMessage = (field: string, what: string) => ({ message: `${field} must say ${what}` });

/** Integer fen (分) ≥ 0. */
export const Fen = () => (target: object, key: string) => {
  IsInt({ message: `${key} must be a whole number of fen (分)` })(target, key);
  Min(0, { message: `${key} must not be negative` })(target, key);
  Max(Number.MAX_SAFE_INTEGER)(target, key);
};
export const fenProperty = (description: string, required = true) =>
  (required ? ApiProperty : ApiPropertyOptional)({
    description: `${description}, integer fen (分)`,
    minimum: 0,
    example: 1_200_000,
  });

/** A text the person must fill in: not blank, at most `max` characters. */
export const Text =
  (field: string, what: string, max = 500) =>
  (target: object, key: string) => {
    IsString(saysMessage(field, what))(target, key);
    Matches(NOT_BLANK, saysMessage(field, what))(target, key);
    MaxLength(max, { message: `${field} must be at most ${max} characters` })(target, key);
  };
/** A text that may be left out or empty, at most `max` characters. */
export const OptionalText =
  (field: string, max = 2000) =>
  (target: object, key: string) => {
    Omittable()(target, key);
    IsString({ message: `${field} must be a text` })(target, key);
    MaxLength(max, { message: `${field} must be at most ${max} characters` })(target, key);
  };
/** A list of short texts, each not blank. */
export const Lines =
  (field: string, maxItems: number, min = 0) =>
  (target: object, key: string) => {
    IsArray({ message: `${field} must be a list of texts` })(target, key);
    ArrayMinSize(min, { message: `${field} must name at least ${min}` })(target, key);
    ArrayMaxSize(maxItems)(target, key);
    IsString({ each: true, message: `each of ${field} must be a text` })(target, key);
    Matches(NOT_BLANK, { each: true, message: `each of ${field} must say something` })(target, key);
    MaxLength(500, { each: true, message: `each of ${field} must be at most 500 characters` })(target, key);
  };
