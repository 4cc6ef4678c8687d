// Checks shared by every mediation rule: libs/matter's input checks, throwing InvalidMediationInputError
// naming the field, so each rule validates everything first and only then builds its new value.
import type { IsoDate } from '@onewindow/calendar';
import { type InputChecks, inputChecks, type IsoInstant } from '@onewindow/matter';
import { InvalidMediationInputError, MediationParty } from './mediation.errors';

export { chinaDayOf as dayInChina } from '@onewindow/matter';

/** 行政区划代码 of a county OneWindow serves, e.g. '421303' */
export type CountyCode = string;

/** An instant as ISO 8601 with its offset, e.g. '2026-03-02T09:30:00+08:00' or '…Z'. */
export type Instant = IsoInstant;

const checks: InputChecks = inputChecks((field, message) => new InvalidMediationInputError(field, message));

export const assertCounty: (value: unknown, field: string) => asserts value is CountyCode = checks.county;
export const assertDate: (value: unknown, field: string) => asserts value is IsoDate = checks.date;
export const assertInstant: (value: unknown, field: string) => asserts value is Instant = checks.instant;
export const assertNow: InputChecks['clock'] = checks.clock;
export const assertFen: InputChecks['fen'] = checks.fen;
export const assertText: InputChecks['text'] = checks.text;
export const assertId: InputChecks['id'] = checks.id;
export const assertParty: (value: unknown, field: string) => asserts value is MediationParty = checks.party;
export const assertArray: InputChecks['list'] = checks.list;
