/**
 * The one element the extension ever adds to a page: a host with a closed shadow root, appended
 * to <html> (outside <body>), holding the panel and the heading highlight. It exists only while
 * something uses it (the open panel, a highlight fading out) and is removed when the last user
 * releases it. The page's CSS cannot reach inside; our CSS cannot leak out.
 */
import outlineCss from '../ui/outline.css?inline';
import panelCss from './panel/panel.css?inline';

export const HOST_TAG = 'outline-reader-host';

/** Above any page content (the largest z-index browsers accept). */
const TOP_LAYER_Z_INDEX = '2147483647';

/**
 * The host takes no space and no clicks itself; its children are position: fixed. Set as
 * !important inline declarations through the CSSOM (not a style attribute), so neither page
 * stylesheets nor a page's Content-Security-Policy can change them.
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

export interface HostHandle {
  root: ShadowRoot;
  /** A container inside the shadow root for one user (created on first use). */
  layer(name: string): HTMLElement;
}

let host: HTMLElement | null = null;
let shadow: ShadowRoot | null = null;
const owners = new Set<string>();

function adoptStyles(root: ShadowRoot): void {
  const css = `${outlineCss}\n${panelCss}`;
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [sheet];
  } catch {
    // Firefox content scripts cannot always adopt a sheet built in their own compartment.
    const style = document.createElement('style');
    style.textContent = css;
    root.append(style);
  }
}

/** Takes a share of the host (creating it on first use). */
export function acquireHost(owner: string): HostHandle {
  owners.add(owner);
  if (!host || !shadow || !host.isConnected) {
    host = document.createElement(HOST_TAG);
    for (const [property, value] of HOST_STYLE) host.style.setProperty(property, value, 'important');
    shadow = host.attachShadow({ mode: 'closed' });
    adoptStyles(shadow);
    document.documentElement.append(host);
  }
  const root = shadow;
  return {
    root,
    layer(name) {
      const existing = root.querySelector<HTMLElement>(`[data-layer="${name}"]`);
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
  owners.delete(owner);
  if (owners.size === 0 && host) {
    host.remove();
    host = null;
    shadow = null;
  }
}

/** The shadow root while the host exists (tests reach it from the content script's world). */
export function currentShadowRoot(): ShadowRoot | null {
  return host?.isConnected ? shadow : null;
}
