/**
 * A policy officer's report of the rule set:
 *   npm run rules:report [-- <asOf> [<program id>…]]
 * For each program: its plan citation and other sources, effective dates, every condition (as the
 * tree of all/any it sits in) with the article it implements, the parameters it reads with the
 * value in force on the date (today in Asia/Shanghai by default) and its confidence, and its test
 * cases (test/cases/<id>.json) with the expected outcome.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Core, createCore } from '../core.js';
import { FACTS } from '../engine/facts.js';
import { type ConditionNode, factsOf, isLeaf, type Leaf, type ProgramFile, paramsOf } from '../engine/program.js';
import { todayInChina } from '../model/dates.js';
import { ParameterError } from '../params/parameters.js';

interface ReportCase {
  name: string;
  kind: string;
  asOf: string;
  source?: string;
  basis?: string;
  expect: { outcome?: string; inForce?: boolean };
}

const CASES_DIR = new URL('../../test/cases/', import.meta.url);

function readCases(id: string): ReportCase[] {
  const file = new URL(`${id}.json`, CASES_DIR);
  if (!existsSync(file)) return [];
  return (JSON.parse(readFileSync(file, 'utf8')) as { cases: ReportCase[] }).cases;
}

function describeValue(value: Leaf['value']): string {
  return typeof value === 'object' && !Array.isArray(value) ? value.fact : JSON.stringify(value);
}

function conditionLines(node: ConditionNode, depth: number, texts: Record<string, string>): string[] {
  const pad = '  '.repeat(depth);
  if (isLeaf(node)) {
    return [
      `${pad}- ${node.name}: ${texts[node.name] ?? ''}`,
      `${pad}    ${node.fact} ${node.operator} ${describeValue(node.value)}`,
      `${pad}    basis: ${node.basis}`,
    ];
  }
  if ('not' in node) return [`${pad}not`, ...conditionLines(node.not, depth + 1, texts)];
  const [op, children] = 'all' in node ? ['all of', node.all] : ['any of', node.any];
  return [`${pad}${op}:`, ...children.flatMap((c) => conditionLines(c, depth + 1, texts))];
}

/** Parameters a program reads directly and through the derived facts it reads. */
function parametersRead(p: ProgramFile): string[] {
  const ids = new Set(paramsOf(p));
  for (const f of factsOf(p)) for (const id of FACTS.get(f)?.params ?? []) ids.add(id);
  return [...ids].sort();
}

export function renderReport(core: Core, asOf: string, only: readonly string[] = []): string {
  const out: string[] = [`# Rule set report, values in force on ${asOf}`, ''];
  for (const p of core.programs) {
    if (only.length > 0 && !only.includes(p.id)) continue;
    const texts = p.texts['zh-CN'];
    const c = p.citation;
    out.push(`## ${p.id} — ${texts.name} (${p.texts.en.name})`);
    out.push(
      `effective: ${p.effective.from}${p.effective.to ? ` to ${p.effective.to}` : ' onwards'}; scope: ${p.scope}`,
    );
    out.push(`citation: 焦作市“十四五”公共服务和社会保障规划 ${c.chapter}${c.section ?? ''}「${c.lead}」`);
    out.push(`  quote: ${c.quote.replace(/\n/g, ' ')}`);
    for (const a of c.also ?? []) out.push(`  also: ${a}`);
    out.push('', 'conditions:');
    out.push(...conditionLines(p.conditions as ConditionNode, 1, texts.conditions));
    out.push('', 'parameters:');
    const ids = parametersRead(p);
    if (ids.length === 0) out.push('  (none)');
    for (const id of ids) {
      try {
        const v = core.catalogue.params.at(id, asOf);
        const flag = v.unverified ? ' — UNVERIFIED placeholder, to be confirmed at the window' : '';
        out.push(`  - ${id} = ${v.value} ${v.unit} (from ${v.from}; confidence ${v.confidence}${flag})`);
        out.push(`      source: ${v.source}`);
      } catch (e) {
        if (!(e instanceof ParameterError)) throw e;
        out.push(`  - ${id}: no value on ${asOf} (first value ${e.firstDate})`);
      }
    }
    out.push('', 'cases:');
    const cases = readCases(p.id);
    if (cases.length === 0) out.push('  (none)');
    for (const k of cases) {
      const from = k.source === 'law' ? ' [from the law]' : '';
      const outcome = k.expect.outcome ?? (k.expect.inForce === false ? 'not in force' : 'in force');
      out.push(`  - ${k.asOf} ${outcome} (${k.kind})${from}: ${k.name}`);
      if (k.basis) out.push(`      basis: ${k.basis}`);
    }
    out.push('');
  }
  return out.join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [first, ...rest] = process.argv.slice(2);
  const dated = first !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(first);
  const asOf = dated ? first : todayInChina();
  const only = dated ? rest : process.argv.slice(2);
  process.stdout.write(`${renderReport(createCore(), asOf, only)}\n`);
}
