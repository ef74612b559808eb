import type { Side } from '../content/ids';
import { useStrings } from './i18n/useStrings';

export function SidePicker({ side, onChange }: { side: Side; onChange: (side: Side) => void }) {
  const t = useStrings();
  return (
    <fieldset className="segmented">
      <legend>{t('sideLabel')}</legend>
      {(['right', 'left'] as const).map((value) => (
        <label key={value} className="segmented__option">
          <input
            type="radio"
            name="side"
            value={value}
            checked={side === value}
            onChange={() => onChange(value)}
          />
          <span>{t(value === 'right' ? 'sideRight' : 'sideLeft')}</span>
        </label>
      ))}
    </fieldset>
  );
}
