import type { Connection } from '../content/schema';
import { useExplorer } from '../state/store';
import { GradeTag } from './GradeTag';
import { useStrings } from './i18n/useStrings';

/**
 * What standard anatomy adds to a claim for one connection, with its references (short names for patients,
 * full entries for students); nothing for the article grade.
 */
export function AnatomyAdds({ connection }: { connection: Connection }) {
  const t = useStrings();
  const lang = useExplorer((s) => s.lang);
  const mode = useExplorer((s) => s.mode);
  if (connection.grade !== 'anatomy' || !connection.adds) return null;
  const references = connection.references ?? [];
  return (
    <p className="adds" data-testid="anatomy-adds">
      <GradeTag grade="anatomy" />: {connection.adds[lang]}
      {references.length > 0 && (
        <span className="adds__refs">
          {' '}
          ({t('addsReferences')}:{' '}
          <cite lang="en">
            {references
              .map((r) =>
                mode === 'patient'
                  ? (r.short ?? r.source)
                  : r.locator
                    ? `${r.source}, ${r.locator}`
                    : r.source,
              )
              .join('; ')}
          </cite>
          )
        </span>
      )}
    </p>
  );
}
