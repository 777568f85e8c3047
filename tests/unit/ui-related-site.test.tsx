// @vitest-environment happy-dom
/**
 * The related list's site labels (src/ui/RelatedList.tsx): a story's host, as the header's site line names it; none
 * for a host that names no site (this machine, an IP address), as the header shows none for such a page.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { expect, test } from 'vitest';
import { RelatedList } from '../../src/ui/RelatedList';
import { siteLabel } from '../../src/ui/format';
import type { OutlineResult } from '../../src/core/types';
import { withRenderContainer } from '../support/render-container';

let container: HTMLElement;
withRenderContainer((element) => {
  container = element;
});

test('a story on a local host shows no site, as the header of a page served there shows none', async () => {
  const related = [
    { title: 'The harbour plan, two years on', url: 'http://127.0.0.1:8080/harbour-two-years.html' },
    { title: 'The harbour in pictures', url: 'http://localhost/harbour-pictures.html' },
    { title: 'What the council decided', url: 'https://www.example.org/council-decided' },
  ];
  await act(() =>
    render(<RelatedList related={related} dir={null} lang="en" headingId="related" onOpen={() => {}} />, container),
  );
  const sites = [...container.querySelectorAll('.or-related-link')].map(
    (link) => link.querySelector('.or-related-site')?.textContent ?? null,
  );
  expect(sites).toEqual([null, null, 'example.org']);
  // The header's rule, the same one: no site for the page served locally.
  expect(siteLabel({ url: related[0]!.url, siteName: null } as OutlineResult)).toBeNull();
  expect(siteLabel({ url: related[2]!.url, siteName: null } as OutlineResult)).toBe('example.org');
});
