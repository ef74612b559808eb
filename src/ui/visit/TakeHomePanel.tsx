import { useKiosk } from '../../state/kiosk';
import { closeTakeHome, useTakeHome } from '../../state/takeHome';
import { printHandout } from './printHandout';
import { QrCode } from './QrCode';
import { useTakeHomeLink } from './useTakeHomeLink';
import { useTakeHomeStrings } from './takeHomeStrings';

/** Whether this browser can hand a link to the phone's own share sheet. */
const canShare = () => typeof navigator.share === 'function';

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * The open "Take this home" panel: the view's link as a QR code (made here, no network), the phone's share
 * sheet or "copy link", and a printed handout. On a kiosk only the code and print: nothing that opens
 * another page or leaves the link on the shared tablet. Loaded with the QR library when first opened.
 */
export function TakeHomePanel() {
  const v = useTakeHomeStrings();
  const kiosk = useKiosk((s) => s.enabled);
  const copied = useTakeHome((s) => s.copied);
  const { link, qr } = useTakeHomeLink();
  const url = link.ok ? link.url : null;
  const share = async () => {
    if (!url) return;
    try {
      await navigator.share({ url, title: document.title });
    } catch {
      // Closed by the patient, or refused: nothing to say.
    }
  };
  const copy = async () => {
    if (url) useTakeHome.setState({ copied: (await copyText(url)) ? 'copied' : 'failed' });
  };
  const why = !link.ok
    ? v(link.reason === 'no-base' ? 'qrNoBase' : 'qrBadBase')
    : qr && !qr.ok
      ? v('qrTooLong', { count: String(link.url.length) })
      : null;
  return (
    <>
      <p className="hint">{v('takeHomeNote')}</p>
      {qr?.ok ? (
        <figure className="take-home__code">
          <QrCode qr={qr} label={v('qrLabel')} testId="take-home-qr" />
          <figcaption>
            {v('qrHint')}
            <span className="take-home__link" data-testid="take-home-link">
              {url}
            </span>
          </figcaption>
        </figure>
      ) : (
        <p className="take-home__why" role="status" data-testid="take-home-why">
          {why}
        </p>
      )}
      <div className="take-home__actions">
        <button
          type="button"
          className="button"
          data-testid="take-home-print"
          onClick={() => void printHandout()}
        >
          {v('printHandout')}
        </button>
        {!kiosk && url && canShare() && (
          <button type="button" className="button" data-testid="take-home-share" onClick={share}>
            {v('share')}
          </button>
        )}
        {!kiosk && url && !canShare() && (
          <button type="button" className="button" data-testid="take-home-copy" onClick={copy}>
            {v('copyLink')}
          </button>
        )}
        <button
          type="button"
          className="button button--quiet"
          data-testid="take-home-close"
          onClick={closeTakeHome}
        >
          {v('takeHomeClose')}
        </button>
      </div>
      {copied !== 'no' && (
        <p role="status" data-testid="take-home-copied">
          {v(copied === 'copied' ? 'copied' : 'copyFailed')}
        </p>
      )}
    </>
  );
}
