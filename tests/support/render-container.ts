/** A fresh element in the document for each test to render into, emptied (Preact unmounted) and removed after it. */
import { render } from 'preact';
import { afterEach, beforeEach } from 'vitest';

export function withRenderContainer(receive: (container: HTMLElement) => void): void {
  let container: HTMLElement;
  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
    receive(container);
  });
  afterEach(() => {
    render(null, container);
    container.remove();
  });
}
