/**
 * How the read layer (./dom.ts) reads a node through getters that page markup cannot clobber.
 *
 * In a browser, a `<form>` (and the document) answers property reads with its named controls
 * first: inside `<form>`, `<input name="nextSibling">` makes `form.nextSibling` that input, and a
 * walk that follows it can cycle forever ("DOM clobbering"; it is visible in an extension's
 * isolated world too). The clobbering lives on the object itself, never on its prototypes, so a
 * read of such an object goes through the accessor or method found on its prototype chain
 * (resolved once per prototype). DOMs without clobbering that keep a field on the instance
 * (linkedom's `parentNode`, `nodeType`, `localName`) have no accessor to find: the field itself is
 * read then.
 *
 * Only forms and documents have named properties that override built-in ones (HTML's
 * [LegacyOverrideBuiltIns]); text nodes, comments and every other element read their own fields
 * safely, and that direct read is several times faster than calling a prototype's getter. So each
 * read first asks `isPlain`: a text node or comment, or an element whose `localName` is a string
 * other than "form" (a clobbered `localName` or `nodeType` is an element, not a string or a number).
 *
 * Standard DOM only, no globals: the same code runs in browsers, happy-dom and linkedom.
 */

/** Node.ELEMENT_NODE, Node.TEXT_NODE, Node.DOCUMENT_NODE (spelt out: no global Node object). */
export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
export const DOCUMENT_NODE = 9;
export const COMMENT_NODE = 8;

type AnyFunction = (...args: never[]) => unknown;
/** A getter or a method as found on a prototype, or null when the field is kept on the instance. */
type Member = AnyFunction | null;

/** The members the core reads, each resolved once per prototype. */
const MEMBER_NAMES = [
  'nodeType',
  'nodeValue',
  'textContent',
  'parentNode',
  'parentElement',
  'firstChild',
  'lastChild',
  'nextSibling',
  'previousSibling',
  'firstElementChild',
  'lastElementChild',
  'nextElementSibling',
  'previousElementSibling',
  'localName',
  'attributes',
  'ownerDocument',
  'documentElement',
  'URL',
  'getAttributeNode',
  'hasAttribute',
  'hasAttributes',
  'closest',
  'matches',
  'querySelector',
  'querySelectorAll',
  'contains',
  'getElementById',
] as const;
export type MemberName = (typeof MEMBER_NAMES)[number];
type Members = Record<MemberName, Member>;

const membersByPrototype = new WeakMap<object, Members>();

function resolveMembers(prototype: object | null): Members {
  const members = {} as Members;
  for (const name of MEMBER_NAMES) {
    let descriptor: PropertyDescriptor | undefined;
    for (let owner = prototype; owner && !descriptor; owner = Object.getPrototypeOf(owner) as object | null)
      descriptor = Object.getOwnPropertyDescriptor(owner, name);
    const member: unknown = descriptor?.get ?? descriptor?.value;
    members[name] = typeof member === 'function' ? (member as Member) : null;
  }
  return members;
}

/** The members of the node's prototype chain (the node's own fields are never consulted for them). */
function membersOf(node: object): Members {
  const prototype = Object.getPrototypeOf(node) as object | null;
  let members = membersByPrototype.get(prototype as object);
  if (!members) {
    members = resolveMembers(prototype);
    if (prototype) membersByPrototype.set(prototype, members);
  }
  return members;
}

/** Whether the node's own fields can be trusted: no named properties can shadow them (see above). */
export function isPlain(node: Node): boolean {
  const name: unknown = (node as Element).localName;
  if (typeof name === 'string') return name !== 'form';
  const type = node.nodeType;
  return type === TEXT_NODE || type === COMMENT_NODE;
}

/** A field read through the prototype's getter, else from the instance (DOMs that keep it there). */
export function readSafely<T>(node: object, name: MemberName): T {
  const getter = membersOf(node)[name];
  return (getter ? getter.call(node as never) : (node as Record<string, unknown>)[name]) as T;
}

/** A method called as the prototype defines it (a TypeError from a DOM without it). */
export function callSafely<T>(node: object, name: MemberName, args: unknown[]): T {
  return (membersOf(node)[name] as (...a: unknown[]) => unknown).apply(node, args) as T;
}
