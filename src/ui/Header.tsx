import { ARTICLE } from '../content';
import { rememberLanguage } from '../state/deviceSettings';
import { useKiosk } from '../state/kiosk';
import { useExplorer } from '../state/store';
import { LANGS, MODES } from '../state/types';
import type { Lang } from '../state/types';
import { useStrings } from './i18n/useStrings';
import { ToggleButton } from './ToggleButton';
import { AppBackButton } from './AppWindowControls';

export function Header() {
  const t = useStrings();
  const mode = useExplorer((s) => s.mode);
  const lang = useExplorer((s) => s.lang);
  const setMode = useExplorer((s) => s.setMode);
  const setLang = useExplorer((s) => s.setLang);
  const kiosk = useKiosk((s) => s.enabled);
  const chooseLang = (l: Lang) => {
    setLang(l);
    // A shared kiosk keeps the language it was set up with; a personal device remembers the choice.
    if (!kiosk) rememberLanguage(l);
  };
  const [before = '', after = ''] = t('appSubtitle').split('{title}');
  return (
    <header className="header">
      <div className="header__titles">
        <h1>{t('appTitle')}</h1>
        <p className="header__subtitle">
          {before}
          {/* The article's own title stays in English, marked so screen readers say it in English. */}
          <cite lang="en">“{ARTICLE.title}”</cite>
          {after}
        </p>
      </div>
      <div className="header__controls">
        <AppBackButton />
        <div role="group" aria-label={t('modeLabel')} className="toggle-group">
          {MODES.map((m) => (
            <ToggleButton key={m} pressed={mode === m} data-testid={`mode-${m}`} onClick={() => setMode(m)}>
              {t(m === 'patient' ? 'modePatient' : 'modeStudent')}
            </ToggleButton>
          ))}
        </div>
        <div role="group" aria-label={t('languageLabel')} className="toggle-group">
          {LANGS.map((l) => (
            <ToggleButton
              key={l}
              lang={l}
              pressed={lang === l}
              data-testid={`lang-${l}`}
              onClick={() => chooseLang(l)}
            >
              {l === 'en' ? 'English' : 'Español'}
            </ToggleButton>
          ))}
        </div>
      </div>
    </header>
  );
}
