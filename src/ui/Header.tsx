import { ARTICLE } from '../content';
import { useExplorer } from '../state/store';
import { LANGS, MODES } from '../state/types';
import { useStrings } from './i18n/useStrings';

export function Header() {
  const t = useStrings();
  const mode = useExplorer((s) => s.mode);
  const lang = useExplorer((s) => s.lang);
  const setMode = useExplorer((s) => s.setMode);
  const setLang = useExplorer((s) => s.setLang);
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
        <div role="group" aria-label={t('modeLabel')} className="toggle-group">
          {MODES.map((m) => (
            <button
              key={m}
              type="button"
              className="button"
              aria-pressed={mode === m}
              data-testid={`mode-${m}`}
              onClick={() => setMode(m)}
            >
              {t(m === 'patient' ? 'modePatient' : 'modeStudent')}
            </button>
          ))}
        </div>
        <div role="group" aria-label={t('languageLabel')} className="toggle-group">
          {LANGS.map((l) => (
            <button
              key={l}
              type="button"
              className="button"
              lang={l}
              aria-pressed={lang === l}
              data-testid={`lang-${l}`}
              onClick={() => setLang(l)}
            >
              {l === 'en' ? 'English' : 'Español'}
            </button>
          ))}
        </div>
      </div>
    </header>
  );
}
