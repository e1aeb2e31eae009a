/**
 * The accessibility check every screen of the browser tests passes (`shot` runs it): axe-core
 * with the WCAG 2.0/2.1 A and AA rules (GB/T 37668 follows WCAG 2.1 AA) failing on any serious
 * or critical violation, plus the page's structure whatever axe's impact: one `main` landmark,
 * not nested, and an `h1`. A failure names each rule with its nodes and how to fix them.
 * To audit the whole suite in one run, `A11Y_COLLECT=<file>` appends each screen's violations to
 * that file instead of failing (an empty section under every `=== screen` line means it passed).
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import type { Result } from 'axe-core';

/** The WCAG rule tags checked. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] as const;

/** Best-practice rules enforced whatever their impact: the page's landmarks and its heading. */
export const STRUCTURE_RULES = ['landmark-one-main', 'landmark-no-duplicate-main', 'landmark-main-is-top-level', 'page-has-heading-one'] as const;

const FAILING_IMPACTS = new Set(['serious', 'critical']);

/** The violations that fail a screen. */
export function failingViolations(violations: readonly Result[]): Result[] {
  const structure = new Set<string>(STRUCTURE_RULES);
  return violations.filter(
    (v) => structure.has(v.id) || (FAILING_IMPACTS.has(v.impact ?? '') && v.tags.some((tag) => (WCAG_TAGS as readonly string[]).includes(tag))),
  );
}

/** One paragraph per violation: rule, impact, help, and each node with what is wrong. */
export function describeViolations(violations: readonly Result[]): string {
  return violations
    .map((v) => {
      const nodes = v.nodes.map((n) => `  ${n.html.slice(0, 160)}\n    ${(n.failureSummary ?? '').replaceAll('\n', ' ').trim()}`);
      return [`${v.id} (${v.impact}, ${v.nodes.length} nodes): ${v.help}`, ...nodes].join('\n');
    })
    .join('\n');
}

/** Runs axe on the page as it is now and fails on a violation of the rules above. */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags([...WCAG_TAGS, 'best-practice']).analyze();
  const failing = failingViolations(results.violations);
  if (process.env.A11Y_COLLECT) {
    const { appendFileSync } = await import('node:fs');
    appendFileSync(process.env.A11Y_COLLECT, `=== ${screen} ${page.url()}\n${describeViolations(failing)}\n`);
    return;
  }
  expect(describeViolations(failing), `accessibility of "${screen}"`).toBe('');
}
