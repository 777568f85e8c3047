// @vitest-environment happy-dom
/**
 * A French headline's or related story's space before a closing mark ("gouvernement : Jacques") is unbreakable where
 * the UI shows it (src/ui/format.ts keepMarksWithWords): no line of the popup, panel or reader starts with ":" or "?".
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, test } from 'vitest';
import { withRenderContainer } from '../support/render-container';
import { ArticleHeader } from '../../src/ui/ArticleHeader';
import { RelatedList } from '../../src/ui/RelatedList';
import { Highlighted } from '../../src/ui/ClampedText';
import { Runs } from '../../src/reader/Blocks';
import { Highlight } from '../../src/library/components/Highlight';
import { keepMarksWithWords } from '../../src/ui/format';
import { sampleOutline } from '../../src/popup/mock-client';

let container: HTMLElement;
withRenderContainer((element) => {
  container = element;
});

const NBSP = '\u00A0';

describe('French spacing before marks', () => {
  test('binds a space before : ; ! ? » and after «, and leaves other spaces and unspaced marks alone', () => {
    expect(keepMarksWithWords('Delevoye, monsieur retraites : Chirac lui donnait un surnom')).toBe(
      `Delevoye, monsieur retraites${NBSP}: Chirac lui donnait un surnom`,
    );
    expect(keepMarksWithWords('Pas franchement apprécié ? Ce « surnom » ; enfin !')).toBe(
      `Pas franchement apprécié${NBSP}? Ce «${NBSP}surnom${NBSP}»${NBSP}; enfin${NBSP}!`,
    );
    expect(keepMarksWithWords('Xbox One X review: A console that keeps up?')).toBe(
      'Xbox One X review: A console that keeps up?',
    );
  });

  test('the headline and the related stories are shown so', async () => {
    const result = sampleOutline({ title: 'Jean-Paul Delevoye : Jacques Chirac lui donnait un surnom' });
    await act(() => render(<ArticleHeader result={result} />, container));
    expect(container.querySelector('.or-headline')?.textContent).toBe(
      `Jean-Paul Delevoye${NBSP}: Jacques Chirac lui donnait un surnom`,
    );
    const related = [{ url: 'https://example.fr/a', title: 'Le gendre pas apprécié ? Ce surnom peu flatteur' }];
    await act(() =>
      render(<RelatedList related={related} dir={null} lang="fr" headingId="related" onOpen={() => {}} />, container),
    );
    expect(container.querySelector('.or-related-title')?.textContent).toBe(
      `Le gendre pas apprécié${NBSP}? Ce surnom peu flatteur`,
    );
  });

  test("the outline's labels and key points, found words marked or not, and the reader's text are shown so", async () => {
    await act(() =>
      render(<Highlighted text="Qui est le « grand » ? Chirac le savait" terms={['grand']} />, container),
    );
    expect(container.textContent).toBe(`Qui est le «${NBSP}grand${NBSP}»${NBSP}? Chirac le savait`);
    expect(container.querySelector('mark')?.textContent).toBe('grand');
    await act(() => render(<Runs runs={[{ kind: 'text', text: 'Il a lâché : « Malgré tout »' }]} />, container));
    expect(container.textContent).toBe(`Il a lâché${NBSP}: «${NBSP}Malgré tout${NBSP}»`);
  });

  test("the library's headlines, headings, bullets, key points and related stories, searched words marked or not", async () => {
    await act(() =>
      render(
        <Highlight text="Un an à l’atelier, ép. 5 : Eprouvante oralité ? « Oui »" terms={['atelier']} />,
        container,
      ),
    );
    expect(container.textContent).toBe(
      `Un an à l’atelier, ép. 5${NBSP}: Eprouvante oralité${NBSP}? «${NBSP}Oui${NBSP}»`,
    );
    expect(container.querySelector('mark')?.textContent).toBe('atelier');
    await act(() => render(<Highlight text="Xbox One X review: A console" terms={[]} />, container));
    expect(container.textContent).toBe('Xbox One X review: A console');
  });
});
