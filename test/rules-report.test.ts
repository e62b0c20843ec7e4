/** `npm run rules:report`: runs, and shows every program's citation, conditions with their basis, parameters and cases. */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { createCore } from '../src/core.js';
import { type ConditionNode, leaves } from '../src/engine/program.js';

const core = createCore();

describe('rules:report', () => {
  it('runs and shows a basis for every condition of every program, its parameters and its cases', () => {
    const out = execFileSync('npx', ['tsx', 'src/cli/rules-report.ts', '2025-06-01'], {
      cwd: new URL('..', import.meta.url).pathname,
      encoding: 'utf8',
    });
    const sections = out.split(/^## /m).slice(1);
    expect(sections).toHaveLength(core.programs.length);
    for (const p of core.programs) {
      const section = sections.find((s) => s.startsWith(`${p.id} `)) ?? '';
      expect(section, p.id).toContain(`citation: 焦作市“十四五”公共服务和社会保障规划 ${p.citation.chapter}`);
      for (const leaf of leaves(p.conditions as ConditionNode)) {
        expect(section, `${p.id}.${leaf.name}`).toContain(`- ${leaf.name}: `);
        expect(section, `${p.id}.${leaf.name}`).toContain(`basis: ${leaf.basis}`);
      }
      expect(section, p.id).toMatch(/^cases:\n {2}- \d{4}-\d{2}-\d{2} (eligible|not_eligible|needs_info|refer) /m);
    }
    expect(out).toContain('dibao.standard.urban = 630 CNY/month (from 2022-01-01; confidence UNVERIFIED');
  });
});
