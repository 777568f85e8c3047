/**
 * The one element the extension ever adds to a page: a host with a closed shadow root, appended
 * to <html> (outside <body>), holding the panel and the heading highlight. It exists only while
 * something uses it (the open panel, a highlight fading out) and is removed when the last user
 * releases it. The page's CSS cannot reach inside; our CSS cannot leak out.
 *
 * The page is hostile ground, so the host is built to give it nothing to hold on to:
 * - A plain `div`, never a custom-element name: a page that registered our name first would have
 *   its own constructor run on our host, and `attachInternals()` there returns the closed shadow
 *   root. A built-in element made by `createElement('div')` is never upgraded (not even by a
 *   customized built-in, which needs `is`), and `attachInternals` throws on it.
 * - No id, class or attribute of ours: nothing a page stylesheet could select besides its place.
 * - Our inline `!important` declarations, `all: initial` first, beat any page stylesheet.
 * - Before each new use it is checked to be still ours (in place, no attribute but our styles); if
 *   the page moved, restyled or `inert`-ed it, it is dropped and a fresh one made.
 * - Events the page (or any script) synthesises are stopped at the shadow root before any of our
 *   handlers run (`untrustedEventGate`); actions also check `inTrustedUserEvent()` themselves.
 *
 * The host's state lives on the extension's isolated world (`HOST_STATE_KEY`), not in this
 * module: the content script and the panel's script (a second file, injected when the panel
 * opens) each hold a copy of this module, and both must share the one host. Each user brings
 * its own stylesheet (the heading highlight a small one, the panel the outline's).
 *
 * Keys: what the user types in the panel (the filter) is dispatched in the page's document, and
 * DOM dispatch runs capture-phase listeners on window, document and <html> before it reaches the
 * shadow root. A page listening there sees each key (`event.key`; its target is our host, not our
 * input, whose value it cannot read); no listener of ours can run earlier, since we are injected
 * after the page's scripts. Only a document of another origin would hide the keys: the panel as
 * an extension page in an <iframe>. We chose not to: the frame's page must be listed in
 * `web_accessible_resources`, which lets every site detect that the extension is installed (a
 * fingerprint for every user, all the time), and the panel would become a second document that
 * has to ask the content script for every jump and scroll position. What leaks is the filter
 * text the user types while the panel is open, on the page they are reading; bubbling listeners
 * (the page's usual shortcuts) do not see it (Panel.tsx stops the keys).
 */

/** The host's tag: a built-in element that can take a shadow root (see above for why not a custom name). */
export const HOST_TAG = 'div';

/** Above any page content (the largest z-index browsers accept). */
const TOP_LAYER_Z_INDEX = '2147483647';

/**
 * The host takes no space and no clicks itself; its children are position: fixed. Set as
 * !important inline declarations through the CSSOM (not a style attribute), so neither page
 * stylesheets nor a page's Content-Security-Policy can change them. `all: initial` also resets
 * inherited fonts and colours and any `transition`/`animation` a page rule might try on it.
 */
const HOST_STYLE: Array<[string, string]> = [
  ['all', 'initial'],
  ['display', 'block'],
  ['position', 'fixed'],
  ['top', '0'],
  ['left', '0'],
  ['width', '0'],
  ['height', '0'],
  ['overflow', 'visible'],
  ['z-index', TOP_LAYER_Z_INDEX],
];

/**
 * The events that make the panel do something (click, keys, text input, drag and drop). An
 * untrusted one (made by a script with `dispatchEvent` or `element.click()`) is stopped at the
 * shadow root in the capture phase, before any handler inside runs, and its default action (e.g.
 * following a link) is prevented.
 */
export const GATED_EVENTS = [
  'click',
  'auxclick',
  'dblclick',
  'contextmenu',
  'mousedown',
  'mouseup',
  'pointerdown',
  'pointerup',
  'touchstart',
  'touchend',
  'keydown',
  'keyup',
  'keypress',
  'beforeinput',
  'input',
  'change',
  'submit',
  'paste',
  'drop',
] as const;

export interface HostHandle {
  root: ShadowRoot;
  /** A container inside the shadow root for one user (created on first use). */
  layer(name: string): HTMLElement;
}

interface HostState {
  host: HTMLElement | null;
  shadow: ShadowRoot | null;
  owners: Set<string>;
  /** The stylesheets the users brought, adopted by the host (and by a fresh one after tampering). */
  styles: string[];
  /** The last trusted event that passed the gate (see `inTrustedUserEvent`). */
  lastTrustedEvent: Event | null;
  /** The host's inline style as we set it, as the browser serialises it ("0" becomes "0px"). */
  hostCssText: string;
}

/** Where the host's state lives: the extension's isolated world of this page (pages cannot reach it). */
export const HOST_STATE_KEY = '__outlineReaderHost';

function hostState(): HostState {
  const scope = globalThis as Record<string, unknown>;
  scope[HOST_STATE_KEY] ??= {
    host: null,
    shadow: null,
    owners: new Set(),
    styles: [],
    lastTrustedEvent: null,
    hostCssText: '',
  } satisfies HostState;
  return scope[HOST_STATE_KEY] as HostState;
}

function untrustedEventGate(event: Event): void {
  if (event.isTrusted) {
    hostState().lastTrustedEvent = event;
    return;
  }
  event.stopImmediatePropagation();
  event.preventDefault();
}

/**
 * True while a trusted event that passed our gate is being dispatched: the actions (save, jump,
 * open a link, close) run synchronously inside such an event, so they check this as a second
 * line behind the gate. After dispatch an event's phase is NONE, so a stale one does not count.
 */
export function inTrustedUserEvent(): boolean {
  const { lastTrustedEvent } = hostState();
  return lastTrustedEvent !== null && lastTrustedEvent.eventPhase !== Event.NONE;
}

function adoptStyles(root: ShadowRoot, css: string): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  } catch {
    // Firefox content scripts cannot always adopt a sheet built in their own compartment.
    const style = document.createElement('style');
    style.textContent = css;
    root.prepend(style);
  }
}

/** Whether the host is where we put it, as we made it: no attribute but our styles (a page may move, restyle or `inert` it). */
function stillOurs(element: HTMLElement): boolean {
  if (element.parentNode !== document.documentElement) return false;
  if (element.attributes.length !== 1 || !element.hasAttribute('style')) return false;
  return element.style.cssText === hostState().hostCssText;
}

function createHost(): ShadowRoot {
  const state = hostState();
  const element = document.createElement(HOST_TAG);
  for (const [property, value] of HOST_STYLE) element.style.setProperty(property, value, 'important');
  state.hostCssText = element.style.cssText;
  // Closed, and attached before the element is in the page: the page never sees it without our root.
  const root = element.attachShadow({ mode: 'closed' });
  for (const type of GATED_EVENTS) root.addEventListener(type, untrustedEventGate, { capture: true });
  for (const css of state.styles) adoptStyles(root, css);
  document.documentElement.append(element);
  state.host = element;
  state.shadow = root;
  return root;
}

/** The page moved or changed our host: drop it, and carry the layers in use over to a fresh one. */
function replaceHost(): ShadowRoot {
  const state = hostState();
  const old = state.shadow;
  state.host?.remove();
  const root = createHost();
  if (old)
    for (const layer of [...old.children].filter((child) => child instanceof HTMLElement && child.dataset.layer))
      root.append(layer);
  return root;
}

/** Whether our host is in the page, untouched (false when there is none). */
export function hostIntact(): boolean {
  const { host } = hostState();
  return host !== null && stillOurs(host);
}

/**
 * Takes a share of the host (creating it on first use, or anew when the page tampered with it);
 * `css`: the stylesheet this user needs in the shadow root (adopted once, kept for a fresh host).
 */
export function acquireHost(owner: string, css: string): HostHandle {
  const state = hostState();
  state.owners.add(owner);
  const { host, shadow } = state;
  const root = !host || !shadow ? createHost() : stillOurs(host) ? shadow : replaceHost();
  if (!state.styles.includes(css)) {
    state.styles.push(css);
    adoptStyles(root, css);
  }
  return {
    root,
    layer(name) {
      const existing = [...root.children].find(
        (child): child is HTMLElement => child instanceof HTMLElement && child.dataset.layer === name,
      );
      if (existing) return existing;
      const layer = document.createElement('div');
      layer.dataset.layer = name;
      root.append(layer);
      return layer;
    },
  };
}

/** Gives back a share; the last one out removes the host from the page. */
export function releaseHost(owner: string): void {
  const state = hostState();
  state.owners.delete(owner);
  if (state.owners.size === 0 && state.host) {
    state.host.remove();
    state.host = null;
    state.shadow = null;
  }
}

/** The host element while it is in the page (tests find it this way: it has no name of its own). */
export function currentHost(): HTMLElement | null {
  const { host } = hostState();
  return host?.isConnected ? host : null;
}

/** The shadow root while the host exists (tests reach it from the content script's world). */
export function currentShadowRoot(): ShadowRoot | null {
  const { host, shadow } = hostState();
  return host?.isConnected ? shadow : null;
}
