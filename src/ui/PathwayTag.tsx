import type { PathwayKind } from '../content/schema';
import { useStrings } from './i18n/useStrings';

/** The pathway kind in words, with the same line style as in the scene's legend (not colour alone). */
export function PathwayTag({ kind }: { kind: PathwayKind }) {
  const t = useStrings();
  return (
    <span className={`pathway-tag pathway-tag--${kind}`} data-pathway={kind}>
      <span className="pathway-tag__swatch" aria-hidden="true" />
      {t(`pathway_${kind}`)}
    </span>
  );
}
