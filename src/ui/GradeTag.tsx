import type { Grade } from '../content/schema';
import { useStrings } from './i18n/useStrings';

/**
 * "The article says" or "Standard anatomy adds", in words, with the swatch the scene uses for that grade
 * (solid or striped), so the grade reads by shape and text, not colour alone.
 */
export function GradeTag({ grade, id }: { grade: Grade; id?: string }) {
  const t = useStrings();
  return (
    <span className={`grade-tag grade-tag--${grade}`} data-grade={grade} id={id}>
      <span className="grade-tag__swatch" aria-hidden="true" />
      {t(grade === 'article' ? 'gradeArticle' : 'gradeAnatomy')}
    </span>
  );
}
