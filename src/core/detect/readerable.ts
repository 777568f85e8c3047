// TEMPORARY STUB
export function isProbablyArticle(doc: Document): boolean {
  return doc.querySelectorAll('p').length > 3;
}
