import { highlightPieces } from '../search';

/** Text with the query's words in <mark>, built as Preact nodes (page text never goes through innerHTML). */
export function Highlight({ text, terms }: { text: string; terms: string[] }) {
  const pieces = highlightPieces(text, terms);
  return <>{pieces.map((piece, index) => (piece.match ? <mark key={index}>{piece.text}</mark> : piece.text))}</>;
}
