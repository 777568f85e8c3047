/**
 * The reading layer of the core: one implementation of each primitive every heuristic uses.
 *
 * - dom.ts: reading the tree through unclobberable getters (every pointer move counts a step)
 * - budget.ts: the step budget of one analysis
 * - text.ts: whitespace collapsing, invisible characters, word counting, clipping
 * - tags.ts: tag tests
 * - visibility.ts: hidden elements
 * - pictures.ts: picture tags, a box of a picture and no text
 * - names.ts: accessible names
 * - url.ts: URL resolution (only http(s) leaves the page)
 * - site.ts: site identity (registrable domain, same site)
 */
export * from './dom';
export * from './budget';
export * from './text';
export * from './tags';
export * from './visibility';
export * from './pictures';
export * from './names';
export * from './url';
export * from './site';
