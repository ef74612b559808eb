import { useId, useRef } from 'react';
import type { RegionId } from '../content/ids';
import { RED_FLAGS } from '../content/redFlags';
import { useExplorer } from '../state/store';
import { ExternalLink } from './ExternalLink';
import { useStrings } from './i18n/useStrings';

/** Areas where the card is shown without a tap: calf and back-of-knee pain can be a clot in a leg vein. */
const AT_ONCE: ReadonlySet<RegionId> = new Set<RegionId>(['calf', 'back_of_knee']);
export const showsRedFlagsAtOnce = (region: RegionId) => AT_ONCE.has(region);

/** The card's content: urgent signs, the clot warning (first where the area calls for it), the guidelines. */
function RedFlagsContent({ headingId, clotFirst }: { headingId: string; clotFirst: boolean }) {
  const t = useStrings();
  const lang = useExplorer((s) => s.lang);
  const clot = (
    <p className="red-flags__clot" data-testid="red-flags-clot">
      <strong>{RED_FLAGS.clot[lang]}</strong> {RED_FLAGS.emergency[lang]}
    </p>
  );
  return (
    <>
      <h3 id={headingId} className="red-flags__title" tabIndex={-1}>
        {RED_FLAGS.title[lang]}
      </h3>
      {clotFirst && clot}
      <p>{RED_FLAGS.intro[lang]}</p>
      <ul className="red-flags__list">
        {RED_FLAGS.urgent.map((item) => (
          <li key={item.en}>{item[lang]}</li>
        ))}
      </ul>
      {!clotFirst && clot}
      <p className="red-flags__sources">
        {t('redFlagsSources')}:{' '}
        {RED_FLAGS.guidelines.map((g, i) => (
          <span key={g.short}>
            {i > 0 && '; '}
            <cite lang="en" title={g.source}>
              <ExternalLink href={g.url}>{g.short}</ExternalLink>
            </cite>
          </span>
        ))}
        . {t('redFlagsNotArticle')}
      </p>
    </>
  );
}

/** The card shown in the panel without a tap (calf, back of the knee). */
export function RedFlagsInline({ region }: { region: RegionId }) {
  const headingId = useId();
  return (
    <section className="red-flags" aria-labelledby={headingId} data-testid="red-flags">
      <RedFlagsContent headingId={headingId} clotFirst={region === 'calf' || region === 'back_of_knee'} />
    </section>
  );
}

/**
 * A button that opens the card as a modal dialog (native <dialog> with showModal: focus moves into it and
 * stays there, Escape closes it, and the browser gives focus back to the button).
 */
export function RedFlagsLink({ testId = 'red-flags-open' }: { testId?: string }) {
  const t = useStrings();
  const dialog = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const open = () => {
    dialog.current?.showModal();
    dialog.current?.querySelector<HTMLElement>('.red-flags__title')?.focus();
  };
  const close = () => dialog.current?.close();
  return (
    <>
      <button
        type="button"
        className="button red-flags__open"
        data-testid={testId}
        aria-haspopup="dialog"
        onClick={open}
      >
        <span aria-hidden="true">⚠ </span>
        {t('redFlagsOpen')}
      </button>
      <dialog
        ref={dialog}
        className="red-flags red-flags--dialog"
        aria-labelledby={headingId}
        data-testid="red-flags-dialog"
        onClick={(e) => {
          // A tap on the backdrop (outside the card) closes it.
          if (e.target === dialog.current) close();
        }}
      >
        <RedFlagsContent headingId={headingId} clotFirst={false} />
        <button type="button" className="button" data-testid="red-flags-close" onClick={close}>
          {t('redFlagsClose')}
        </button>
      </dialog>
    </>
  );
}
