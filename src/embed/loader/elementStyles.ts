/**
 * The element's styles, applied as a constructed stylesheet: no <style> tag and no style attribute, so
 * a host's Content-Security-Policy needs no 'unsafe-inline' for them.
 */
export const ELEMENT_CSS = `
:host { display: block; position: relative; height: 480px; max-width: 100%; overflow: hidden;
  background: #10202e; border-radius: 8px; contain: content; }
:host([hidden]) { display: none; }
.poster, iframe { position: absolute; inset: 0; width: 100%; height: 100%; border: 0; }
.poster { object-fit: contain; }
iframe { opacity: 0; transition: opacity .3s; }
.ready iframe { opacity: 1; }
.ready .poster, .ready button { display: none; }
button { position: absolute; left: 50%; bottom: 16px; transform: translateX(-50%); min-height: 44px;
  padding: 10px 18px; font: inherit; border: 0; border-radius: 22px; background: #fff; color: #10202e;
  cursor: pointer; box-shadow: 0 2px 8px rgba(0,0,0,.35); }
button:focus-visible { outline: 3px solid #ffbf47; outline-offset: 2px; }
.loading button { display: none; }
.message { display: none; position: absolute; left: 16px; right: 16px; top: 50%; transform: translateY(-50%);
  margin: 0; padding: 12px 16px; border-radius: 8px; background: #fff; color: #10202e; text-align: center;
  box-shadow: 0 2px 8px rgba(0,0,0,.35); }
.failed .message { display: block; }
.failed iframe, .failed.bad-src button { display: none; }
.failed button { display: block; }
`;

let shared: CSSStyleSheet | null = null;

export function elementSheet(): CSSStyleSheet {
  if (!shared) {
    shared = new CSSStyleSheet();
    shared.replaceSync(ELEMENT_CSS);
  }
  return shared;
}
