// Lint rules: stable ids, default severities, and `--rule ID=off|warning|error` (DESIGN §3).
import { UserError } from '../errors.js';

export const RULES = {
  'missing-term': { severity: 'error', description: 'The source contains a glossary term and the target contains none of its approved renderings.' },
  'avoid-term': { severity: 'error', description: 'The target uses a rendering the glossary says to avoid.' },
  'inconsistent-term': { severity: 'warning', description: 'One file renders the same glossary term in different ways.' },
  untranslated: { severity: 'warning', description: 'The target is left untranslated: Han characters in an English target, a Chinese target without any, or a copy of the source.' },
} as const;

export type RuleId = keyof typeof RULES;
export type Severity = 'error' | 'warning';
export type RuleSettings = Record<RuleId, Severity | 'off'>;

export const RULE_IDS = Object.keys(RULES) as RuleId[];

export function defaultRuleSettings(): RuleSettings {
  return Object.fromEntries(RULE_IDS.map((id) => [id, RULES[id].severity])) as RuleSettings;
}

/** Applies `--rule ID=LEVEL` settings (repeatable) over the defaults. */
export function parseRuleSettings(specs: readonly string[]): RuleSettings {
  const settings = defaultRuleSettings();
  for (const spec of specs) {
    const m = /^([a-z-]+)=(off|warning|error)$/.exec(spec.trim());
    if (!m) throw new UserError(`--rule "${spec}" is not ID=off|warning|error`, undefined, `rules: ${RULE_IDS.join(', ')}`);
    const id = m[1] as RuleId;
    if (!RULE_IDS.includes(id)) throw new UserError(`unknown rule "${m[1]}"`, undefined, `rules: ${RULE_IDS.join(', ')}`);
    settings[id] = m[2] as Severity | 'off';
  }
  return settings;
}
