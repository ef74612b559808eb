import { useMemo } from 'react';
import { qrMatrix } from '../../lib/qrMatrix';
import { CONFIGURED_BASE, shareLinkOf } from '../../state/shareLink';
import { useExplorer, urlStateOf } from '../../state/store';
import { useShallow } from 'zustand/react/shallow';

/** The current view's link on the clinic's site and its QR code (or why there is none). */
export function useTakeHomeLink() {
  const state = useExplorer(useShallow(urlStateOf));
  return useMemo(() => {
    const link = shareLinkOf(state, CONFIGURED_BASE);
    return { link, qr: link.ok ? qrMatrix(link.url) : null };
  }, [state]);
}
