/**
 * Turns a language-neutral screening into what a person reads. Sentences are rendered only for
 * what the screening carries (src/engine/screen.ts derives full explanations where asked and the
 * deciding reason of a not-eligible result otherwise), from templates compiled once from the
 * i18next catalogues (src/i18n/templates.ts). Each reason keeps its structure (status, value,
 * threshold or parameter, gap, legal basis) beside its sentence.
 */
import { joinKey, type Templates } from '../i18n/templates.js';
import { isCalendarDate } from '../model/dates.js';
import type { Household, Locale } from '../model/household.js';
import type { Catalogue } from './catalogue.js';
import { FACTS, type FactUnit, RECENT_DISCHARGE_MONTHS } from './facts.js';
import { officeName } from './offices.js';
import type { ProgramFile } from './program.js';
import type {
  FullProgramResult,
  LocalizedProgramResult,
  LocalizedQuestion,
  LocalizedReason,
  LocalizedScreening,
} from './result-schema.js';
import type { ConditionOutcome, Detail, Outcome, ProgramResult, Question, Screening } from './types.js';

const HEADLINE: Record<Outcome, string> = {
  eligible: 'sentence.headline.eligible',
  not_eligible: 'sentence.headline.not_eligible',
  needs_info: 'sentence.headline.needs_info',
  refer: 'sentence.headline.refer',
};

const COMPARISONS = new Set(['lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive']);

/**
 * `detail: 'full'` also carries each program's fixed texts (its summary, the plan's quote, the other
 * sources and each reason's legal basis); otherwise they are left to `GET /api/v1/program-texts`,
 * fetched once by a client that shows them, instead of being sent with every screening.
 */
export function explain(
  catalogue: Catalogue,
  screening: Screening,
  tx: Templates,
  locale: Locale,
  detail: Detail,
  version: LocalizedScreening['version'],
  household: Household,
): LocalizedScreening {
  const counts: Record<Outcome, number> = { eligible: 0, not_eligible: 0, needs_info: 0, refer: 0 };
  const texts = detail === 'full';
  const labels = memberLabels(tx, screening.members);
  const partial = (q: Question) => partialAnswer(catalogue, tx, screening.asOf, q, household);
  const results = screening.results.map((r) => {
    counts[r.outcome] += 1;
    const p = catalogue.programs.get(r.id) as ProgramFile;
    const office = screening.county === undefined ? undefined : officeName(screening.county, p.department, locale);
    return explainProgram(catalogue, p, r, screening.asOf, tx, texts, office, labels, partial);
  });
  // Programs of the catalogue not in force on the date: named, so the list is not taken as complete.
  const screened = new Set(screening.results.map((r) => r.id));
  const notInForce = [...catalogue.programs.values()]
    .filter((p) => !screened.has(p.id))
    .map((p) => ({ programId: p.id, name: programStatic(tx, p).name }));
  const coverage = { catalogue: catalogue.programs.size, screened: screened.size, notInForce };
  return { asOf: screening.asOf, locale, version, counts, coverage, results };
}

/** The string at `group.id` if i18next has one (a missing key comes back as the key itself). */
function translated(tx: Templates, group: string, id: string): string | undefined {
  const s = tx.label(group, id);
  return s === joinKey(group, id) ? undefined : s;
}

const UNIT_KEYS = Object.fromEntries(
  ['yuan', 'years', 'age', 'months', 'sqm', 'grade', 'people', 'ratio', 'date'].map((u) => [u, `unit.${u}`]),
) as Record<FactUnit | 'age', string>;

function formatValue(
  tx: Templates,
  factId: string | undefined,
  unit: FactUnit | 'age' | undefined,
  v: unknown,
): string {
  if (v === undefined || v === null) return '—';
  if (typeof v === 'boolean') return tx.label('bool', String(v));
  if (Array.isArray(v)) return v.map((x) => formatValue(tx, factId, unit, x)).join(tx.t('sentence.listSeparator'));
  if (typeof v === 'number') {
    const n = Number.isInteger(v) ? String(v) : v.toFixed(2).replace(/\.?0+$/, '');
    return unit ? tx.t(UNIT_KEYS[unit], { value: n }) : n;
  }
  return (factId && translated(tx, `values.${factId}`, String(v))) || String(v);
}

function factUnit(factId: string): FactUnit | 'age' | undefined {
  return factId === 'age' ? 'age' : FACTS.get(factId)?.unit;
}

/**
 * How each member is named: by relation (and sex, when answered) to the applicant — 您本人, 您的妻子 —
 * numbered only when two share a name; "第3位家庭成员" when the relation is not known or "other".
 */
export function memberLabels(tx: Templates, members: Screening['members']): string[] {
  const named = members.map((m, i) => {
    if (m.relation === undefined || m.relation === 'other') return undefined;
    const who = translated(tx, `sentence.who.${m.relation}`, m.sex ?? 'any');
    return who ?? translated(tx, `sentence.who.${m.relation}`, 'any') ?? tx.t('sentence.memberLabel', { n: i + 1 });
  });
  return named.map((who, i) => {
    if (who === undefined) return tx.t('sentence.memberLabel', { n: i + 1 });
    const shared = named.filter((w) => w === who).length > 1;
    return shared ? tx.t('sentence.whoNumbered', { who, n: i + 1 }) : who;
  });
}

/** The label of a member, from the labels of the screening's members. */
function memberLabel(labels: readonly string[], tx: Templates, index: number): string {
  return labels[index] ?? tx.t('sentence.memberLabel', { n: index + 1 });
}

function questionLabel(tx: Templates, q: Question, labels: readonly string[]): string {
  const field = tx.label('fields', q.field);
  return q.member === undefined
    ? field
    : tx.t('sentence.member', { member: memberLabel(labels, tx, q.member), text: field });
}

/** A year (YYYY) lacks the month; a year and month (YYYY-MM) lacks the day. */
const YEAR_ONLY = /^\d{4}$/;

/**
 * Why an answered question is asked again: a discharge date given only as a year (or a year and
 * month) whose missing month (or day) decides whether the discharge was within the "recently
 * discharged" months (the fact monthsSinceDischarge is unknown only then). Said plainly, so the
 * resident is not left to guess what was wrong with the answer.
 */
function partialAnswer(
  catalogue: Catalogue,
  tx: Templates,
  asOf: string,
  q: Question,
  household: Household,
): LocalizedQuestion['partial'] {
  if (q.field !== 'dischargeDate' || q.member === undefined) return undefined;
  const given = household.members[q.member]?.dischargeDate;
  if (given === undefined || isCalendarDate(given)) return undefined;
  const lacks = YEAR_ONLY.test(given) ? 'month' : 'day';
  const months = catalogue.params.number(RECENT_DISCHARGE_MONTHS, asOf);
  return { lacks, months, text: tx.t(`sentence.dischargePartial.${lacks}`, { months }) };
}

/**
 * A grade read as a range: a lower grade number is the more severe, so "5 is 1 above 4" would read
 * backwards. "disability grade 5, not within grades 1–4".
 */
function gradeText(tx: Templates, c: ConditionOutcome, clause: string, fact: string): string {
  const t = c.threshold as number;
  const upTo = c.operator === 'lessThanInclusive' || c.operator === 'lessThan';
  const max = c.operator === 'lessThan' ? t - 1 : t;
  const range = !upTo
    ? tx.t('sentence.gradeFrom', { min: c.operator === 'greaterThan' ? t + 1 : t })
    : max === 1
      ? tx.t('sentence.gradeOnly', { grade: max })
      : tx.t('sentence.gradeUpTo', { max });
  const vars = { clause, fact, value: c.value as number, range };
  return tx.t(c.status === 'passed' ? 'sentence.gradeWithin' : 'sentence.gradeOutside', vars);
}

/** One reason's sentence: the clause, the value used, the threshold and the gap. */
export function conditionText(tx: Templates, programId: string, c: ConditionOutcome): string {
  const clause = tx.label(`programs:${programId}.conditions`, c.name);
  if (c.status === 'window') return tx.t('sentence.window', { clause });
  if (c.status === 'unknown') {
    const questions = [...new Set(c.questions.map((q) => tx.label('fields', q.field)))];
    return tx.t('sentence.unknown', { clause, questions: questions.join(tx.t('sentence.listSeparator')) });
  }
  const fact = tx.label('fields', c.fact);
  const unit = factUnit(c.fact);
  const value = formatValue(tx, c.fact, unit, c.value);
  const thresholdUnit = c.thresholdFact ? factUnit(c.thresholdFact) : unit;
  const threshold = formatValue(tx, c.thresholdFact ?? c.fact, thresholdUnit, c.threshold);
  const thresholdLabel = c.parameter
    ? tx.label('params:', c.parameter.id)
    : c.thresholdFact
      ? tx.label('fields', c.thresholdFact)
      : '';
  const compare = COMPARISONS.has(c.operator) && typeof c.value === 'number' && typeof c.threshold === 'number';
  const vars = {
    clause,
    fact,
    value,
    threshold,
    thresholdLabel,
    gap: compare ? formatValue(tx, c.fact, unit, c.gap) : '',
  };
  if (c.hypothetical && c.status === 'passed') return tx.t('sentence.passedIfGranted', { clause });
  let text: string;
  if (compare && unit === 'grade') text = gradeText(tx, c, clause, fact);
  else if (c.status === 'passed') {
    // A yes/no answer needs no echo when it met the clause; when it did not, say what was answered.
    const key = compare
      ? 'sentence.passedCompare'
      : typeof c.value === 'boolean'
        ? 'sentence.passedPlain'
        : 'sentence.passed';
    text = tx.t(key, vars);
  } else if (compare) {
    const v = c.value as number;
    const th = c.threshold as number;
    text = tx.t(v > th ? 'sentence.failedAbove' : v < th ? 'sentence.failedBelow' : 'sentence.failedEqual', vars);
  } else text = tx.t('sentence.failed', vars);
  if (c.unverified.length > 0 && c.threshold !== undefined) text += tx.t('sentence.unverified', { threshold });
  return text;
}

function reasonOf(
  tx: Templates,
  programId: string,
  c: ConditionOutcome,
  member: number | undefined,
  texts: boolean,
  labels: readonly string[],
): LocalizedReason {
  const text = conditionText(tx, programId, c);
  return {
    name: c.name,
    status: c.status,
    member,
    text: member === undefined ? text : tx.t('sentence.member', { member: memberLabel(labels, tx, member), text }),
    fact: c.fact,
    value: c.value,
    threshold: c.threshold,
    thresholdFact: c.thresholdFact,
    parameters: c.parameters.length > 0 ? c.parameters : undefined,
    gap: c.gap,
    basis: texts ? c.basis : undefined,
    unverified: c.unverified.length > 0 ? true : undefined,
  };
}

/** What a program's result always says, whatever the household: rendered once per locale and shared. */
interface ProgramStatic {
  name: string;
  summary: string;
  headlineNotEligible: string;
  /** Each document's text, by key. */
  documents: Map<string, string>;
  department: FullProgramResult['department'];
  citation: FullProgramResult['citation'];
  /** The citation without the quote and the other sources. */
  citationRef: FullProgramResult['citation'];
  window: Map<string, string>;
  amountNote?: string;
}

const statics = new WeakMap<Templates, Map<string, ProgramStatic>>();

function programStatic(tx: Templates, p: ProgramFile): ProgramStatic {
  let byId = statics.get(tx);
  if (!byId) {
    byId = new Map();
    statics.set(tx, byId);
  }
  let s = byId.get(p.id);
  if (!s) {
    const name = tx.t(`programs:${p.id}.name`);
    const citationText = tx.t('sentence.citation', {
      chapter: p.citation.chapter,
      section: p.citation.section ?? '',
      lead: p.citation.lead,
    });
    const { chapter, section, lead } = p.citation;
    s = {
      name,
      summary: tx.t(`programs:${p.id}.summary`),
      headlineNotEligible: tx.t('sentence.headline.not_eligible', { name }),
      documents: new Map(p.documents.map((key) => [key, tx.t(`documents.${key}`)])),
      department: {
        key: p.department,
        name: tx.t(`departments.${p.department}.name`),
        where: tx.t(`departments.${p.department}.where`),
      },
      citation: { ...p.citation, also: p.citation.also ?? [], text: citationText },
      citationRef: { chapter, section, lead, text: citationText },
      window: new Map(Object.keys(p.texts.en.window ?? {}).map((k) => [k, tx.t(`programs:${p.id}.window.${k}`)])),
      amountNote: p.texts.en.amountNote === undefined ? undefined : tx.t(`programs:${p.id}.amountNote`),
    };
    byId.set(p.id, s);
  }
  return s;
}

function explainProgram(
  catalogue: Catalogue,
  p: ProgramFile,
  r: ProgramResult,
  asOf: string,
  tx: Templates,
  texts: boolean,
  office: string | undefined,
  labels: readonly string[],
  partial: (q: Question) => LocalizedQuestion['partial'],
): LocalizedProgramResult {
  const fixed = programStatic(tx, p);
  const { name } = fixed;
  const reasons = r.subjects.flatMap((s) => s.conditions.map((c) => reasonOf(tx, p.id, c, s.member, texts, labels)));
  const outcomeLabel = tx.label('outcome', r.outcome);
  // Object literals with every property in one order (no spreads): V8 keeps them fast to build and serialise.
  if (!r.full) {
    return {
      programId: p.id,
      name,
      outcome: r.outcome,
      outcomeLabel,
      detail: 'brief',
      headline: fixed.headlineNotEligible,
      reasons,
    };
  }

  const statuses = (r.onceGranted ?? []).map((s) => tx.label('statuses', s)).join(tx.t('sentence.listSeparator'));
  const changes = r.subjects.flatMap((s) =>
    s.changes.map((c) => {
      const text = conditionText(tx, p.id, c);
      return s.member === undefined
        ? text
        : tx.t('sentence.member', { member: memberLabel(labels, tx, s.member), text });
    }),
  );
  const amount = r.amount && {
    value: r.amount.value,
    period: r.amount.period,
    unverified: r.amount.unverified.length > 0,
    text:
      tx.t(r.amount.unverified.length > 0 ? 'sentence.amountUnverified' : 'sentence.amount', {
        value: r.amount.value,
        period: tx.label('period', r.amount.period),
      }) + (r.amount.partial ? tx.t('sentence.amountPartial') : ''),
    partial: r.amount.partial ?? false,
    note: fixed.amountNote,
  };
  const headline = r.held
    ? tx.t('sentence.headline.held', { name })
    : !r.onceGranted
      ? tx.t(HEADLINE[r.outcome], { name })
      : r.outcome === 'eligible'
        ? tx.t('sentence.headline.eligibleOnce', { name, statuses })
        : tx.t('sentence.headline.onceGranted', {
            statuses,
            headline: tx.t(HEADLINE[r.outcome], { name }),
          });
  return {
    programId: p.id,
    name,
    outcome: r.outcome,
    outcomeLabel,
    detail: 'full',
    summary: texts ? fixed.summary : undefined,
    headline,
    held: r.held || undefined,
    onceGranted: r.onceGranted?.map((s) => ({
      status: s,
      programId: catalogue.statuses.find((d) => d.key === s)?.programId as string,
      label: tx.label('statuses', s),
    })),
    members:
      p.scope === 'member'
        ? r.subjects.map((s) => ({
            index: s.member as number,
            ref: s.ref,
            label: memberLabel(labels, tx, s.member as number),
            held: s.held || undefined,
          }))
        : undefined,
    amount,
    reasons,
    questions: r.questions.map((q) => ({
      path: q.path,
      field: q.field,
      member: q.member,
      label: questionLabel(tx, q, labels),
      partial: partial(q),
    })),
    changes,
    window: r.window.map((k) => fixed.window.get(k) as string),
    documents: r.documents.map((key) => ({ key, text: fixed.documents.get(key) as string })),
    department: office ? { ...fixed.department, office } : fixed.department,
    citation: texts ? fixed.citation : fixed.citationRef,
    unverifiedParameters: r.unverified.map((id) => {
      const v = catalogue.params.at(id, asOf);
      return { id, label: tx.label('params:', id), value: v.value, source: v.source };
    }),
  };
}
