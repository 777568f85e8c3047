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
 * read first asks `isPlain`: a text node or comment, or an element other than a form. The answer is
 * kept per prototype (`Object.getPrototypeOf` is plain JS, where asking the node's `localName` at
 * every read crossed the DOM's bindings: the largest cost after the attribute reads in a
 * content-script profile). A prototype is one interface (WebIDL): forms are HTMLFormElement's (or a
 * subclass's, all forms), documents Document's, and no other node shares theirs. The first node met
 * of a prototype is asked through the prototype's getters, which clobbering cannot answer for;
 * markup cannot change a node's prototype, and an extension's isolated world has wrappers and
 * prototypes of its own that page scripts never see. DOMs that keep `nodeType` on the instance
 * (linkedom, whose parser makes a form an HTMLElement like a div) are asked per node, as before:
 * there the node's `localName` is a plain field, no binding.
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
/** The members, and whether the prototype's nodes are plain (isPlain; null: ask each node). */
type Members = Record<MemberName, Member> & { plain?: boolean | null };

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
  const members = membersOf(node);
  // Told once per prototype through its getters, which clobbering cannot answer for; null: ask each node.
  if (members.plain === undefined)
    members.plain = members.nodeType ? isPlainNode(readSafely(node, 'nodeType'), readSafely(node, 'localName')) : null;
  return members.plain ?? isPlainNode(node.nodeType, (node as Element).localName);
}

/** A text node or comment, or an element other than a form (a clobbered field is an element, no number). */
const isPlainNode = (type: unknown, name: unknown): boolean =>
  type === TEXT_NODE || type === COMMENT_NODE || (type === ELEMENT_NODE && name !== 'form');

/** A field read through the prototype's getter, else from the instance (DOMs that keep it there). */
export function readSafely<T>(node: object, name: MemberName): T {
  const getter = membersOf(node)[name];
  return (getter ? getter.call(node as never) : (node as Record<string, unknown>)[name]) as T;
}

/** A method called as the prototype defines it (a TypeError from a DOM without it). */
export function callSafely<T>(node: object, name: MemberName, args: unknown[]): T {
  return (membersOf(node)[name] as (...a: unknown[]) => unknown).apply(node, args) as T;
}
