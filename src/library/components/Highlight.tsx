import { keepMarksWithWords } from '../../ui/format';
import { highlightPieces } from '../search';

/**
 * Text with the query's words in <mark>, built as Preact nodes (page text never goes through innerHTML). A French space
 * before ':' or '?' is unbreakable here too, as in the popup, panel and reader: no line of the library starts with it.
 */
export function Highlight({ text, terms }: { text: string; terms: string[] }) {
  const pieces = highlightPieces(keepMarksWithWords(text), terms);
  return <>{pieces.map((piece, index) => (piece.match ? <mark key={index}>{piece.text}</mark> : piece.text))}</>;
}
