import { useStrings } from './i18n/useStrings';
import type { StringKey } from './i18n/strings';

const ITEMS: { className: string; label: StringKey }[] = [
  { className: 'legend__swatch--selected', label: 'legendSelected' },
  { className: 'legend__swatch--region', label: 'legendRegionArticle' },
  { className: 'legend__swatch--region-anatomy', label: 'legendRegionAnatomy' },
  { className: 'legend__swatch--source', label: 'legendSourceArticle' },
  { className: 'legend__swatch--source-anatomy', label: 'legendSourceAnatomy' },
  { className: 'legend__swatch--nerve', label: 'pathway_nerve' },
  { className: 'legend__swatch--attachment', label: 'pathway_attachment' },
  { className: 'legend__swatch--mechanics', label: 'pathway_mechanics' },
  { className: 'legend__swatch--gait', label: 'pathway_gait' },
];

/**
 * What the scene's colours and line styles mean; each style differs in shape too, not colour alone. Solid
 * areas are the article's own word, striped ones what standard anatomy adds.
 */
export function Legend() {
  const t = useStrings();
  return (
    <details className="legend" data-testid="legend">
      <summary>{t('legend')}</summary>
      <p className="legend__note">{t('legendGrades')}</p>
      <ul>
        {ITEMS.map((item) => (
          <li key={item.label} data-testid={`legend-${item.label}`}>
            <span className={`legend__swatch ${item.className}`} aria-hidden="true" />
            {t(item.label)}
          </li>
        ))}
      </ul>
    </details>
  );
}
