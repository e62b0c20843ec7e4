/** The staff API's response shapes (docs/window-api contract), for the OpenAPI document. */
import * as z from 'zod';
import { ROLES } from '../db/users.js';
import { OutcomeSchema, ScreeningResponseSchema } from '../engine/result-schema.js';

/**
 * Upper bounds of free text in paths and queries: generous for what they carry, small enough that
 * no request makes the server hash, parse or search megabytes.
 */
export const INPUT_LIMITS = {
  /** A record id (a UUID has 36 characters). */
  id: 64,
  /** A username, a parameter id, a county code, a date or an ID number as typed. */
  text: 100,
  /** A parameter value's source document (checkParameterInput refuses over 500 with a field message). */
  source: 2_000,
  /** The comma-separated ids of a CSV export (MAX_EXPORT_ROWS ids of 36 characters and commas). */
  idList: 200_000,
  /** The highest page number asked for. */
  page: 1_000_000,
} as const;

export const UserSchema = z
  .object({
    id: z.string(),
    username: z.string(),
    displayName: z.string(),
    role: z.enum(ROLES),
    window: z.string().optional(),
    disabled: z.boolean(),
    createdAt: z.string(),
  })
  .meta({ id: 'User' });

export const SessionSchema = z
  .object({ user: UserSchema, csrfToken: z.string().describe('Send it back in X-CSRF-Token on every change') })
  .meta({ id: 'Session' });

export const CountsSchema = z.object({
  eligible: z.number().int(),
  not_eligible: z.number().int(),
  needs_info: z.number().int(),
  refer: z.number().int(),
});

export const CaseSummarySchema = z
  .object({
    id: z.string(),
    number: z.string().describe('JZ-<year>-<6-digit sequence>'),
    createdAt: z.string(),
    createdBy: z.string().describe('Display name of the account that saved it'),
    county: z.string().optional(),
    asOf: z.string().describe('Date of the newest screening'),
    members: z.number().int(),
    applicant: z
      .object({ name: z.string().optional(), idNumber: z.string().optional(), phone: z.string().optional() })
      .describe('Always masked: 4108**********002X, 张*, 138****5678'),
    eligible: z.array(z.string()).describe('Program ids eligible in the newest screening'),
    counts: CountsSchema,
  })
  .meta({ id: 'CaseSummary' });

export const CaseDetailSchema = CaseSummarySchema.extend({
  note: z.string().optional(),
  applicantFull: z.object({ name: z.string().optional(), phone: z.string().optional() }),
  household: z.record(z.string(), z.unknown()).describe('As entered, ID numbers included (every read is audited)'),
  screening: ScreeningResponseSchema,
  rulesVersion: z.string(),
  parametersVersion: z.string(),
  screenedAt: z.string(),
  screenedBy: z.string(),
  history: z.array(z.object({ at: z.string(), by: z.string(), asOf: z.string(), counts: CountsSchema })),
}).meta({ id: 'CaseDetail' });

const ProgramOutcomeSchema = z.object({
  outcome: z.union([OutcomeSchema, z.literal('not_in_force')]),
  amount: z.number().optional(),
  period: z.enum(['month', 'year', 'once']).optional(),
});

export const ChangeSchema = z
  .object({
    programId: z.string(),
    program: z.string(),
    before: ProgramOutcomeSchema,
    after: ProgramOutcomeSchema,
  })
  .meta({ id: 'Change' });
