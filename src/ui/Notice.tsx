import { useExplorer } from '../state/store';
import type { InputProblem } from '../state/types';
import { useStrings } from './i18n/useStrings';
import type { StringKey } from './i18n/strings';

const MESSAGE: Record<InputProblem['code'], StringKey> = {
  'unknown-structure': 'problem_unknownStructure',
  'unknown-region': 'problem_unknownRegion',
  'bad-side': 'problem_badSide',
  'bad-mode': 'problem_badMode',
  'bad-lang': 'problem_badLang',
  'bad-layer': 'problem_badLayer',
  'unknown-hurt': 'problem_unknownHurt',
  'repeated-hurt': 'problem_repeatedHurt',
  'too-many-hurts': 'problem_tooManyHurts',
};

/** Says plainly what part of a link (or message) could not be used; the rest of the page keeps working. */
export function Notice() {
  const t = useStrings();
  const problems = useExplorer((s) => s.problems);
  const dismiss = useExplorer((s) => s.dismissProblems);
  if (problems.length === 0) return null;
  return (
    <div className="notice" role="alert" data-testid="notice">
      <strong>{t('problemTitle')}</strong>
      <ul>
        {problems.map((p, i) => (
          <li key={i}>{t(MESSAGE[p.code], { value: p.value })}</li>
        ))}
      </ul>
      <button type="button" className="button" onClick={dismiss}>
        {t('dismiss')}
      </button>
    </div>
  );
}
