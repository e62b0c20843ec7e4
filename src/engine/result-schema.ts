/**
 * The screening response as zod schemas: the one definition behind the TypeScript types and the
 * OpenAPI document.
 */
import * as z from 'zod';

export const OutcomeSchema = z.enum(['eligible', 'not_eligible', 'needs_info', 'refer']);

export const QuestionSchema = z.object({
  path: z.string().describe('Path of the household field that settles it, e.g. members.0.birthDate'),
  field: z.string(),
  member: z.number().int().optional(),
  label: z.string(),
  partial: z
    .object({
      lacks: z.enum(['month', 'day']),
      months: z.number().describe('The months within which a discharge counts as recent, in force on the date'),
      text: z.string(),
    })
    .optional()
    .describe(
      'Asked again although answered: the date was given only as a year (or a year and month), and the missing month (or day) decides',
    ),
});

export const ReasonSchema = z.object({
  name: z.string().describe('Clause id within the program'),
  basis: z
    .string()
    .optional()
    .describe(
      'The article or paragraph the clause implements (e.g. 社会救助暂行办法 第十四条); with detail=full, otherwise in GET /program-texts',
    ),
  status: z.enum(['passed', 'failed', 'unknown', 'window']),
  member: z.number().int().optional(),
  text: z.string(),
  fact: z.string().describe('The fact the condition reads'),
  value: z.union([z.number(), z.string(), z.boolean()]).optional().describe('The answer or derived value used'),
  threshold: z
    .union([z.number(), z.string(), z.boolean(), z.array(z.string())])
    .optional()
    .describe('What the value was compared with'),
  thresholdFact: z.string().optional().describe('The fact compared with, when the threshold is derived'),
  parameters: z.array(z.string()).optional().describe('Ids of the dated parameters behind the condition, if any'),
  gap: z.number().optional().describe('Distance between value and threshold, for numbers'),
  unverified: z
    .literal(true)
    .optional()
    .describe('Present when the condition used a value that is an UNVERIFIED placeholder'),
});

/** A result with everything: eligible, needs-information and refer results, and any with detail=full. */
export const FullResultSchema = z.object({
  programId: z.string(),
  name: z.string(),
  summary: z.string().optional().describe('With detail=full; otherwise in GET /program-texts'),
  outcome: OutcomeSchema,
  outcomeLabel: z.string(),
  detail: z.literal('full'),
  headline: z.string(),
  onceGranted: z
    .array(z.object({ status: z.string(), programId: z.string(), label: z.string() }))
    .optional()
    .describe('Eligible once these statuses, for which the household screens eligible, are granted'),
  held: z
    .literal(true)
    .optional()
    .describe(
      'A status program (低保, 低保边缘, 特困) the household (or each member listed) already holds: 已享受, not to apply for',
    ),
  members: z
    .array(
      z.object({
        index: z.number().int(),
        ref: z.string().optional(),
        label: z.string(),
        held: z.literal(true).optional().describe('This member already holds the status'),
      }),
    )
    .optional(),
  amount: z
    .object({
      value: z.number(),
      period: z.enum(['month', 'year', 'once']),
      text: z.string(),
      unverified: z.boolean(),
      partial: z.boolean().describe('Some eligible members could not be estimated: the sum is a floor'),
      note: z.string().optional(),
    })
    .optional(),
  reasons: z.array(ReasonSchema),
  questions: z.array(QuestionSchema),
  changes: z.array(z.string()).describe('What would change the answer: near misses'),
  window: z.array(z.string()).describe('What the service window checks in any case'),
  documents: z
    .array(z.object({ key: z.string(), text: z.string() }))
    .describe("The program's documents this household may need: one tied to an answer that rules it out is left out"),
  department: z.object({
    key: z.string(),
    name: z.string(),
    where: z.string(),
    office: z.string().optional().describe("The household's county office for this department (name only), when known"),
  }),
  citation: z.object({
    chapter: z.string(),
    section: z.string().optional(),
    lead: z.string(),
    quote: z.string().optional().describe('With detail=full; otherwise in GET /program-texts'),
    also: z.array(z.string()).optional().describe('With detail=full; otherwise in GET /program-texts'),
    text: z.string(),
  }),
  unverifiedParameters: z.array(
    z.object({ id: z.string(), label: z.string(), value: z.union([z.number(), z.string()]), source: z.string() }),
  ),
});

/** A not-eligible result in brief: the program, the outcome and the one deciding reason. */
export const BriefResultSchema = FullResultSchema.pick({
  programId: true,
  name: true,
  outcome: true,
  outcomeLabel: true,
  headline: true,
  reasons: true,
}).extend({
  detail: z.literal('brief').describe('Only the deciding reason: ask detail=full for everything'),
});

export const ProgramResultSchema = z.discriminatedUnion('detail', [FullResultSchema, BriefResultSchema]);

export const ScreeningResponseSchema = z.object({
  asOf: z.string(),
  locale: z.enum(['zh-CN', 'en']),
  version: z
    .object({
      rules: z.string().describe('Hash of the rule files screened with'),
      parameters: z.string().describe('Hash of the parameter values in force: the seeds and the staff values'),
    })
    .describe('Which rules and parameter values produced this result (printed on the results)'),
  counts: z.object({
    eligible: z.number().int(),
    not_eligible: z.number().int(),
    needs_info: z.number().int(),
    refer: z.number().int(),
  }),
  coverage: z
    .object({
      catalogue: z.number().int().describe("Programs in the plan's catalogue"),
      screened: z.number().int().describe('Programs in force on asOf, each with a result'),
      notInForce: z
        .array(z.object({ programId: z.string(), name: z.string() }))
        .describe('Catalogue programs not in force on asOf: not checked'),
    })
    .describe('What was checked: a resident should not take the list as complete when it is not'),
  results: z.array(ProgramResultSchema),
});

export type LocalizedQuestion = z.infer<typeof QuestionSchema>;
export type LocalizedReason = z.infer<typeof ReasonSchema>;
export type LocalizedProgramResult = z.infer<typeof ProgramResultSchema>;
export type FullProgramResult = z.infer<typeof FullResultSchema>;
export type LocalizedScreening = z.infer<typeof ScreeningResponseSchema>;
