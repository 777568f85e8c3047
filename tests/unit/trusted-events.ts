/**
 * Events as a user's input makes them. A script's `dispatchEvent` / `element.click()` gives
 * untrusted events, which the panel ignores; happy-dom has no `isTrusted` at all (undefined, so
 * untrusted too). Tests stand in for the user by defining it on the event.
 */
export function asTrusted<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}

/** A user's click on `element` (bubbles and crosses shadow boundaries, like a real one). */
export function userClick(element: Element): boolean {
  return element.dispatchEvent(asTrusted(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true })));
}

/** A user's key press on `element` (keydown only). */
export function userKeyDown(element: Element, key: string): boolean {
  return element.dispatchEvent(
    asTrusted(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, composed: true })),
  );
}
