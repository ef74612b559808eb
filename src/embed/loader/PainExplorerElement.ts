/**
 * <pain-explorer>: a poster at once, the explorer (embed.html in a sandboxed iframe) when needed, and a
 * small API on top of the postMessage protocol. No framework and no zod here, to stay a few KB; the iframe
 * validates everything it receives, and this side accepts only its own iframe's window and origin.
 */
import { shorten } from '../../lib/displayText';
import { PROTOCOL, PROTOCOL_VERSION } from '../protocolConstants';
import type { ErrorCode } from '../protocolConstants';
import { elementSheet } from './elementStyles';
import { labelsFor } from './posterLabels';

const ATTRIBUTES = [
  'structure',
  'side',
  'mode',
  'lang',
  'layers',
  'hurts',
  'kiosk',
  'loading',
  'src',
] as const;
/** Passed to embed.html as query parameters of the same name. */
const URL_ATTRIBUTES = ['structure', 'side', 'mode', 'lang', 'layers', 'hurts'] as const;

/** `side_of_hip:right, outside_of_knee:right` as a list; the explorer validates each entry. */
const hurtsList = (value: string | null) =>
  (value ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
const READY_TIMEOUT_MS = 30_000;

/** Where the app lives: the folder above this script's own folder (dist/embed/pain-explorer.js). */
const scriptSrc = (document.currentScript as HTMLScriptElement | null)?.src ?? '';
const DEFAULT_APP = scriptSrc ? new URL('../', scriptSrc).href : new URL('./', location.href).href;

interface Message {
  type: string;
  payload?: Record<string, unknown>;
}

/** The app folder `src` names, if it is an http(s) address; anything else (javascript:, a typo) is null. */
function appUrlOf(src: string): URL | null {
  try {
    const url = new URL(src, location.href);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : null;
  } catch {
    return null;
  }
}

/** Why the element shows its poster with a message instead of the explorer. */
type Failure = Extract<ErrorCode, 'bad-src' | 'timeout'>;

export class PainExplorerElement extends HTMLElement {
  static observedAttributes = [...ATTRIBUTES];

  private readonly root: ShadowRoot;
  private readonly wrap: HTMLDivElement;
  private readonly poster: HTMLImageElement;
  private readonly button: HTMLButtonElement;
  private readonly message: HTMLParagraphElement;
  private failure: Failure | null = null;
  private frame: HTMLIFrameElement | null = null;
  private appOrigin = '';
  private ready = false;
  private queue: Message[] = [];
  /** Set while attributes are updated from the explorer's own events, so they are not sent back. */
  private syncing = false;
  private observer: IntersectionObserver | null = null;
  private timer = 0;

  constructor() {
    super();
    this.root = this.attachShadow({ mode: 'open' });
    this.root.adoptedStyleSheets = [elementSheet()];
    this.wrap = document.createElement('div');
    this.poster = document.createElement('img');
    this.poster.className = 'poster';
    this.poster.setAttribute('part', 'poster');
    this.poster.decoding = 'async';
    // A poster that fails (a wrong `src`) gives way to the one beside this script.
    this.poster.addEventListener('error', () => {
      const fallback = new URL('poster.png', DEFAULT_APP).href;
      if (this.poster.src !== fallback) this.poster.src = fallback;
    });
    this.button = document.createElement('button');
    this.button.type = 'button';
    this.button.setAttribute('part', 'load-button');
    this.button.addEventListener('click', () => (this.failure ? this.reload() : this.load()));
    this.message = document.createElement('p');
    this.message.className = 'message';
    this.message.setAttribute('part', 'message');
    this.message.setAttribute('role', 'alert');
    this.wrap.append(this.poster, this.message, this.button);
    this.root.append(this.wrap);
  }

  // Reflected attributes.
  get structure() {
    return this.getAttribute('structure');
  }
  set structure(v: string | null) {
    this.reflect('structure', v);
  }
  get side() {
    return this.getAttribute('side');
  }
  set side(v: string | null) {
    this.reflect('side', v);
  }
  get mode() {
    return this.getAttribute('mode') ?? 'patient';
  }
  set mode(v: string) {
    this.reflect('mode', v);
  }
  get lang() {
    return this.getAttribute('lang') ?? 'en';
  }
  set lang(v: string) {
    this.reflect('lang', v);
  }
  get layers() {
    return this.getAttribute('layers');
  }
  set layers(v: string | null) {
    this.reflect('layers', v);
  }
  /** Places marked as hurting, as in a link: `side_of_hip:right,outside_of_knee:right`. */
  get hurts() {
    return this.getAttribute('hurts');
  }
  set hurts(v: string | null) {
    this.reflect('hurts', v);
  }
  get kiosk() {
    return this.hasAttribute('kiosk');
  }
  set kiosk(v: boolean) {
    this.toggleAttribute('kiosk', v);
  }
  get loading() {
    const v = this.getAttribute('loading');
    return v === 'eager' || v === 'interaction' ? v : 'lazy';
  }
  set loading(v: string) {
    this.reflect('loading', v);
  }
  get src() {
    const value = this.getAttribute('src') ?? DEFAULT_APP;
    return appUrlOf(value)?.href ?? value;
  }
  set src(v: string) {
    this.reflect('src', v);
  }

  connectedCallback() {
    window.addEventListener('message', this.onMessage);
    this.renderPoster();
    if (this.checkSrc()) this.schedule();
  }

  disconnectedCallback() {
    window.removeEventListener('message', this.onMessage);
    this.observer?.disconnect();
    this.observer = null;
    clearTimeout(this.timer);
  }

  attributeChangedCallback(name: string, previous: string | null, value: string | null) {
    if (previous === value || !this.isConnected) return;
    if (name === 'lang' || name === 'src') this.renderPoster();
    if (name === 'src') {
      const loaded = this.frame !== null || this.failure === 'timeout';
      this.frame?.remove();
      this.frame = null;
      this.clearFailure();
      if (!this.checkSrc()) return;
      if (loaded) this.load();
      else this.schedule();
      return;
    }
    if (name === 'loading') this.schedule();
    if (name === 'kiosk') {
      if (this.frame) this.reload();
      return;
    }
    if (this.syncing || !this.frame) return;
    if (name === 'structure' || name === 'side') {
      const structure = this.structure;
      this.send(structure ? { type: 'select', payload: { structure, side: this.side } } : { type: 'clear' });
    }
    if (name === 'mode') this.send({ type: 'setMode', payload: { mode: this.mode } });
    if (name === 'lang') this.send({ type: 'setLang', payload: { lang: this.lang } });
    if (name === 'layers')
      this.send({ type: 'setLayers', payload: { layers: (value ?? '').split(',').filter(Boolean) } });
    if (name === 'hurts') this.send({ type: 'setHurts', payload: { hurts: hurtsList(value) } });
  }

  // Methods.
  select(id: string, side?: string | null) {
    this.quietly(() => {
      this.setAttribute('structure', id);
      this.reflect('side', side ?? null);
    });
    this.send({ type: 'select', payload: { structure: id, side: side ?? null } }, true);
  }
  clear() {
    this.quietly(() => {
      this.removeAttribute('structure');
      this.removeAttribute('side');
    });
    this.send({ type: 'clear' }, true);
  }
  resetView() {
    this.send({ type: 'resetView' }, true);
  }
  setMode(mode: string) {
    this.mode = mode;
  }
  /** Marks the places that hurt: a list (`['side_of_hip:right']`) or the attribute's form; [] clears. */
  setHurts(hurts: readonly string[] | string) {
    const list = typeof hurts === 'string' ? hurtsList(hurts) : [...hurts];
    this.quietly(() => this.reflect('hurts', list.length > 0 ? list.join(',') : null));
    this.send({ type: 'setHurts', payload: { hurts: list } }, true);
  }

  /** Loads the explorer now, whatever `loading` says. */
  load() {
    if (this.frame || !this.checkSrc()) return;
    this.observer?.disconnect();
    this.wrap.classList.add('loading');
    const url = new URL('embed.html', this.appUrl() ?? DEFAULT_APP);
    for (const name of URL_ATTRIBUTES) {
      const value = this.getAttribute(name);
      if (value !== null) url.searchParams.set(name, value);
    }
    if (this.kiosk) url.searchParams.set('kiosk', '1');
    if (location.origin !== 'null') url.searchParams.set('origins', location.origin);
    this.appOrigin = url.origin;
    const frame = document.createElement('iframe');
    frame.setAttribute('sandbox', 'allow-scripts allow-same-origin');
    frame.setAttribute('allow', 'fullscreen'); // the explorer's own full-screen button
    frame.setAttribute('part', 'frame');
    frame.title = labelsFor(this.lang).frame;
    frame.src = url.href;
    this.frame = frame;
    this.wrap.append(frame);
    // Whatever answers at that address (an error page, another site) but the explorer, never says
    // `ready`: after the wait the reader gets the poster and a message, not an empty box.
    this.timer = window.setTimeout(() => {
      if (!this.ready) this.fail('timeout', `The explorer at ${url.origin} did not answer.`);
    }, READY_TIMEOUT_MS);
  }

  private appUrl(): URL | null {
    return appUrlOf(this.getAttribute('src') ?? DEFAULT_APP);
  }

  /** True if `src` is usable; otherwise shows why, fires `error`, and returns false. */
  private checkSrc(): boolean {
    if (this.appUrl()) return true;
    const src = shorten(this.getAttribute('src') ?? '', 80);
    this.fail('bad-src', `The src "${src}" is not an http(s) address of the explorer.`);
    return false;
  }

  /** The poster with a message in place of the explorer, and an `error` event saying why. */
  private fail(code: Failure, message: string) {
    clearTimeout(this.timer);
    this.observer?.disconnect();
    this.frame?.remove();
    this.frame = null;
    this.ready = false;
    this.queue = [];
    this.failure = code;
    this.wrap.classList.remove('ready', 'loading', 'bad-src', 'timeout');
    this.wrap.classList.add('failed', code);
    this.renderPoster();
    // In a task of its own, as an <img> fires its error: a listener added right after the element
    // (by the next script) still hears it.
    setTimeout(() => this.fire('error', { code, message }));
  }

  private clearFailure() {
    this.failure = null;
    this.wrap.classList.remove('failed', 'bad-src', 'timeout');
    this.renderPoster();
  }

  /** Changes attributes without sending them to the explorer (the caller sends, or they came from it). */
  private quietly(change: () => void) {
    this.syncing = true;
    try {
      change();
    } finally {
      this.syncing = false;
    }
  }

  private reflect(name: string, value: string | null) {
    if (value === null) this.removeAttribute(name);
    else this.setAttribute(name, value);
  }

  private renderPoster() {
    const labels = labelsFor(this.lang);
    // A bad `src` still gets a poster: the one beside this script.
    this.poster.src = new URL('poster.png', this.appUrl() ?? DEFAULT_APP).href;
    this.poster.alt = labels.poster;
    this.button.textContent = this.failure === 'timeout' ? labels.retry : labels.load;
    this.message.textContent = this.failure ? labels[this.failure === 'bad-src' ? 'badSrc' : 'timeout'] : '';
  }

  private schedule() {
    this.observer?.disconnect();
    if (this.frame) return;
    if (this.loading === 'eager') this.load();
    else if (this.loading === 'lazy') {
      this.observer = new IntersectionObserver(
        (entries) => {
          if (entries.some((e) => e.isIntersecting)) this.load();
        },
        { rootMargin: '200px' },
      );
      this.observer.observe(this);
    }
  }

  private reload() {
    this.frame?.remove();
    this.frame = null;
    this.ready = false;
    this.wrap.classList.remove('ready', 'loading');
    this.clearFailure();
    this.load();
  }

  /** Sends now if the explorer is ready, queues if it is loading; `queue` also keeps it while not loaded. */
  private send(message: Message, queue = false) {
    const envelope = { protocol: PROTOCOL, version: PROTOCOL_VERSION, ...message };
    if (this.ready && this.frame?.contentWindow)
      this.frame.contentWindow.postMessage(envelope, this.appOrigin);
    else if (queue && this.frame) this.queue.push(message);
  }

  private readonly onMessage = (event: MessageEvent) => {
    if (!this.frame || event.source !== this.frame.contentWindow || event.origin !== this.appOrigin) return;
    const data = event.data as { protocol?: unknown; version?: unknown; type?: unknown; payload?: unknown };
    if (
      !data ||
      data.protocol !== PROTOCOL ||
      data.version !== PROTOCOL_VERSION ||
      typeof data.type !== 'string'
    )
      return;
    const payload = (typeof data.payload === 'object' && data.payload !== null ? data.payload : {}) as Record<
      string,
      unknown
    >;
    switch (data.type) {
      case 'ready': {
        this.ready = true;
        clearTimeout(this.timer);
        this.wrap.classList.add('ready');
        const pending = this.queue;
        this.queue = [];
        for (const message of pending) this.send(message);
        return;
      }
      case 'select':
        this.quietly(() => {
          this.reflect('structure', typeof payload.structure === 'string' ? payload.structure : null);
          this.reflect('side', typeof payload.side === 'string' ? payload.side : null);
        });
        this.fire('select', payload, true);
        return;
      case 'region-select':
        this.fire('region-select', payload, true);
        return;
      case 'hurts-change': {
        const list = Array.isArray(payload.hurts) ? payload.hurts.filter((h) => typeof h === 'string') : [];
        this.quietly(() => this.reflect('hurts', list.length > 0 ? list.join(',') : null));
        this.fire('hurts-change', payload, true);
        return;
      }
      case 'load':
      case 'error':
        this.fire(data.type, payload);
    }
  };

  private fire(type: string, detail: Record<string, unknown>, bubbles = false) {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles, composed: bubbles }));
  }
}
