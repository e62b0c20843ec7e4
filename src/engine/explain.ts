/**
 * Turns a language-neutral screening into what a person reads: one sentence per condition naming
 * the clause and the value used, the gap to a threshold, the questions still open, the amount,
 * documents, where to apply and the plan citation.
 */
import type { TFunction } from 'i18next';
import type { Locale } from '../model/household.js';
import type { Catalogue } from './catalogue.js';
import { FACTS, type FactUnit } from './facts.js';
import type { ProgramFile, StatusKey } from './program.js';
import type { LocalizedProgramResult, LocalizedReason, LocalizedScreening } from './result-schema.js';
import type { ConditionOutcome, Outcome, ProgramResult, Question, Screening } from './screen.js';

const STATUS_PROGRAM: Record<StatusKey, string> = {
  holdsDibao: 'dibao',
  holdsLowIncome: 'low-income-household',
  holdsTekun: 'tekun-support',
};

const COMPARISONS = new Set(['lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive']);

export function explain(catalogue: Catalogue, screening: Screening, t: TFunction, locale: Locale): LocalizedScreening {
  const counts: Record<Outcome, number> = { eligible: 0, not_eligible: 0, needs_info: 0, refer: 0 };
  const results = screening.results.map((r) => {
    counts[r.outcome] += 1;
    return explainProgram(catalogue, catalogue.programs.get(r.id) as ProgramFile, r, screening.asOf, t);
  });
  return { asOf: screening.asOf, locale, counts, results };
}

function formatValue(t: TFunction, factId: string | undefined, unit: FactUnit | 'age' | undefined, v: unknown): string {
  if (v === undefined || v === null) return '—';
  if (typeof v === 'boolean') return t(`bool.${v}`);
  if (Array.isArray(v)) return v.map((x) => formatValue(t, factId, unit, x)).join(t('sentence.listSeparator'));
  if (typeof v === 'number') {
    const n = Number.isInteger(v) ? String(v) : v.toFixed(2).replace(/\.?0+$/, '');
    return unit ? t(`unit.${unit}`, { value: n }) : n;
  }
  const key = `values.${factId}.${v}`;
  return factId && t(key) !== key ? t(key) : String(v);
}

function factUnit(factId: string): FactUnit | 'age' | undefined {
  return factId === 'age' ? 'age' : FACTS.get(factId)?.unit;
}

function memberLabel(t: TFunction, index: number): string {
  return t('sentence.memberLabel', { n: index + 1 });
}

function questionLabel(t: TFunction, q: Question): string {
  const field = t(`fields.${q.field}`);
  return q.member === undefined ? field : t('sentence.member', { member: memberLabel(t, q.member), text: field });
}

function conditionText(t: TFunction, programId: string, c: ConditionOutcome): string {
  const clause = t(`programs:${programId}.conditions.${c.name}`);
  const fact = t(`fields.${c.fact}`);
  const unit = factUnit(c.fact);
  const value = formatValue(t, c.fact, unit, c.value);
  const thresholdUnit = c.thresholdFact ? factUnit(c.thresholdFact) : unit;
  const threshold = formatValue(t, c.thresholdFact ?? c.fact, thresholdUnit, c.threshold);
  const thresholdLabel = c.parameter
    ? t(`params:${c.parameter.id}`)
    : c.thresholdFact
      ? t(`fields.${c.thresholdFact}`)
      : '';
  const vars = { clause, fact, value, threshold, thresholdLabel, gap: formatValue(t, c.fact, unit, c.gap) };
  const compare = COMPARISONS.has(c.operator) && typeof c.value === 'number' && typeof c.threshold === 'number';
  // A yes/no answer needs no echo when it met the clause; when it did not, say what was answered.
  const yesNo = typeof c.value === 'boolean';
  let text: string;
  switch (c.status) {
    case 'passed':
      text = compare
        ? t('sentence.passedCompare', vars)
        : yesNo
          ? t('sentence.passedPlain', vars)
          : t('sentence.passed', vars);
      break;
    case 'failed':
      if (compare) {
        const v = c.value as number;
        const th = c.threshold as number;
        text = t(v > th ? 'sentence.failedAbove' : v < th ? 'sentence.failedBelow' : 'sentence.failedEqual', vars);
      } else text = t('sentence.failed', vars);
      break;
    case 'unknown':
      text = t('sentence.unknown', {
        clause,
        questions: [...new Set(c.questions.map((q) => t(`fields.${q.field}`)))].join(t('sentence.listSeparator')),
      });
      break;
    case 'window':
      text = t('sentence.window', { clause });
      break;
  }
  if (c.unverified.length > 0 && c.threshold !== undefined) text += t('sentence.unverified', { threshold });
  return text;
}

function explainProgram(
  catalogue: Catalogue,
  p: ProgramFile,
  r: ProgramResult,
  asOf: string,
  t: TFunction,
): LocalizedProgramResult {
  const name = t(`programs:${p.id}.name`);
  const statuses = (r.onceGranted ?? []).map((s) => t(`statuses.${s}`)).join(t('sentence.listSeparator'));
  const reasons: LocalizedReason[] = r.subjects.flatMap((s) =>
    s.conditions.map((c) => {
      const text = conditionText(t, p.id, c);
      return {
        name: c.name,
        basis: c.basis,
        status: c.status,
        member: s.member,
        text: s.member === undefined ? text : t('sentence.member', { member: memberLabel(t, s.member), text }),
        unverified: c.unverified.length > 0,
      };
    }),
  );
  const changes = r.subjects.flatMap((s) =>
    s.changes.map((c) => {
      const text = conditionText(t, p.id, c);
      return s.member === undefined ? text : t('sentence.member', { member: memberLabel(t, s.member), text });
    }),
  );
  const unverifiedIds = new Set(r.unverified);
  const amount = r.amount && {
    value: r.amount.value,
    period: r.amount.period,
    unverified: r.amount.unverified.length > 0,
    text:
      t(r.amount.unverified.length > 0 ? 'sentence.amountUnverified' : 'sentence.amount', {
        value: r.amount.value,
        period: t(`period.${r.amount.period}`),
      }) + (r.amount.partial ? t('sentence.amountPartial') : ''),
    partial: r.amount.partial ?? false,
    note: p.texts.en.amountNote === undefined ? undefined : t(`programs:${p.id}.amountNote`),
  };
  const citationText = t('sentence.citation', {
    chapter: p.citation.chapter,
    section: p.citation.section ?? '',
    lead: p.citation.lead,
  });
  return {
    programId: p.id,
    name,
    summary: t(`programs:${p.id}.summary`),
    outcome: r.outcome,
    outcomeLabel: t(`outcome.${r.outcome}`),
    headline: !r.onceGranted
      ? t(`sentence.headline.${r.outcome}`, { name })
      : r.outcome === 'eligible'
        ? t('sentence.headline.eligibleOnce', { name, statuses })
        : t('sentence.headline.onceGranted', { statuses, headline: t(`sentence.headline.${r.outcome}`, { name }) }),
    onceGranted: r.onceGranted?.map((s) => ({ status: s, programId: STATUS_PROGRAM[s], label: t(`statuses.${s}`) })),
    ...(r.held ? { held: true } : {}),
    members:
      p.scope === 'member'
        ? r.subjects.map((s) => ({
            index: s.member as number,
            ref: s.ref,
            label: memberLabel(t, s.member as number),
            ...(s.held ? { held: true } : {}),
          }))
        : undefined,
    amount,
    reasons,
    questions: r.questions.map((q) => ({ ...q, label: questionLabel(t, q) })),
    changes,
    window: r.window.map((k) => t(`programs:${p.id}.window.${k}`)),
    documents: p.documents.map((key) => ({ key, text: t(`documents.${key}`) })),
    department: {
      key: p.department,
      name: t(`departments.${p.department}.name`),
      where: t(`departments.${p.department}.where`),
    },
    citation: { ...p.citation, also: p.citation.also ?? [], text: citationText },
    unverifiedParameters: [...unverifiedIds].map((id) => {
      const v = catalogue.params.at(id, asOf);
      return { id, label: t(`params:${id}`), value: v.value, source: v.source };
    }),
  };
}
