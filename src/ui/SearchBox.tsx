import { useId, useMemo, useState } from 'react';
import type { SearchHit } from '../anatomy/searchStructures';
import { isPaired } from '../content/ids';
import { useExplorer } from '../state/store';
import { useStrings } from './i18n/useStrings';
import { pluralKey } from './i18n/plural';
import { nameOf } from './names';
import { useSearchEngine } from './useSearchEngine';

const MAX_SUGGESTIONS = 8;

/**
 * Search with suggestions (ARIA combobox): anatomical and plain names, synonyms, lay terms and pain words,
 * Spanish, small typos. Choosing a suggestion selects it on the side the query named ("left knee"), else the
 * side already in use (right by default), and the scene frames it. Nothing found: the nearest names instead.
 */
export function SearchBox() {
  const t = useStrings();
  const lang = useExplorer((s) => s.lang);
  const mode = useExplorer((s) => s.mode);
  const query = useExplorer((s) => s.searchText);
  const setQuery = useExplorer((s) => s.setSearchText);
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const [focused, setFocused] = useState(false);
  const listId = useId();
  const engine = useSearchEngine(focused || query !== '');
  const hits = useMemo(
    () =>
      !engine || query.trim().length < 2
        ? []
        : engine.searchStructures(query, lang).slice(0, MAX_SUGGESTIONS),
    [engine, query, lang],
  );

  const nearest = useMemo(
    () => (engine && query.trim().length >= 2 && hits.length === 0 ? engine.nearestNames(query, lang) : []),
    [engine, query, lang, hits.length],
  );

  const choose = (hit: SearchHit) => {
    const { select, selection } = useExplorer.getState();
    const side = hit.side ?? selection?.side ?? 'right';
    if (hit.kind === 'region') select({ kind: 'region', id: hit.id, side });
    else select({ kind: 'structure', id: hit.id, side: isPaired(hit.id) ? side : null });
    setQuery('');
    setOpen(false);
  };

  const showList = open && hits.length > 0;
  // The ARIA combobox keys (APG): a closed list opens at its first (Down) or last (Up) option; Escape
  // closes it, and on a closed list clears the text.
  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    const last = hits.length - 1;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (hits.length === 0) return;
      const down = event.key === 'ArrowDown';
      setActive(showList ? Math.min(Math.max(active + (down ? 1 : -1), 0), last) : down ? 0 : last);
      setOpen(true);
      event.preventDefault();
    } else if (event.key === 'Enter') {
      const hit = showList ? hits[active] : undefined;
      if (hit) {
        choose(hit);
        event.preventDefault();
      }
    } else if (event.key === 'Escape') {
      if (showList) setOpen(false);
      else setQuery('');
      event.preventDefault();
    }
  };
  // Until the engine has loaded (a moment, once) there is no answer yet, not "nothing found".
  const searching = engine !== null && query.trim().length >= 2;
  return (
    <div className="search" role="search">
      <label htmlFor={`${listId}-input`} className="search__label">
        {t('searchLabel')}
      </label>
      <input
        id={`${listId}-input`}
        className="search__input"
        type="search"
        role="combobox"
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={showList ? `${listId}-${active}` : undefined}
        autoComplete="off"
        spellCheck={false}
        placeholder={t('searchPlaceholder')}
        value={query}
        data-testid="search-input"
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        // Options keep the focus in the input (mousedown is prevented), so a blur is a real leave.
        onFocus={() => setFocused(true)}
        onBlur={() => {
          setOpen(false);
          setFocused(false);
        }}
      />
      {/* How many suggestions there are, said as they change; "nothing found" speaks for itself below. */}
      <div className="visually-hidden" role="status" data-testid="search-count">
        {searching && hits.length > 0
          ? t(pluralKey(lang, 'suggestions', hits.length), { count: String(hits.length) })
          : ''}
      </div>
      {showList && (
        <ul id={listId} role="listbox" className="search__list" data-testid="search-suggestions">
          {hits.map((hit, i) => (
            <li
              key={`${hit.kind}:${hit.id}`}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className="search__option"
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(hit)}
            >
              {/* The name the rest of the app uses in this mode: plain words for patients. */}
              {nameOf(hit, mode, lang)}
              <span className="search__kind">
                {t(hit.kind === 'region' ? 'searchRegion' : 'searchStructure')}
              </span>
            </li>
          ))}
        </ul>
      )}
      {searching && hits.length === 0 && (
        <div className="search__none" data-testid="search-none" role="status">
          <p className="hint" id={`${listId}-none`}>
            {nearest.length > 0 ? t('searchNearest') : t('searchNone')}
          </p>
          {nearest.length > 0 && (
            <ul className="chip-list" aria-labelledby={`${listId}-none`}>
              {nearest.map((hit) => (
                <li key={`${hit.kind}:${hit.id}`}>
                  <button
                    type="button"
                    className="chip"
                    data-testid={`search-nearest-${hit.id}`}
                    onClick={() => choose(hit)}
                  >
                    {nameOf(hit, mode, lang)}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
