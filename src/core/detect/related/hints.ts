/**
 * What the class / id / aria words of a page block say about it. Generic words of page layout in
 * several languages and of widely used publishing tools (WordPress's post navigation, ad vendors);
 * never the class name of one site.
 */

/** Stems that may run on ("relatedArticles", "recommendations"): a block of stories about this one. */
const RELATED_STEM =
  /(^|[^a-z])(related|relacionad|correlat|verwandt|recommend|suggest|read-?next|read_next|readnext|up-?next|upnext|whats-?next|more-?stories|more_stories|more-?articles|more_articles|more-?news|more_news|more-?from|more_from|morefrom|more-?on-|more-in-|further-?reading|you-?may-?(also-?)?like|you-?might-?(also-?)?like|also-?like|also-?read|read-?also|see-?also|seealso|lire-?aussi|mehr-?zum-?thema|same-?(topic|subject)|similar-?(posts|articles|stories|news))/;
/** Previous / next post navigation (WordPress and theme conventions). */
const SEQUENCE_WORD =
  /(^|[^a-z])((newer|older)[-_]?(post|posts|entry|entries|link|article)|next-?(article|story|post|entry)s?|prev(ious)?-?(article|story|post|entry)s?|next_(article|story|post)|prev(ious)?_(article|story|post)|nav-(previous|next)|post-?navigation|post-nav|posts-navigation|single-?navigation|post-pagination|adjacent-?posts?)([^a-z]|$)/;
/** Bare previous / next words: they name a post pager only right around a link (higher up, sliders). */
const PREV_NEXT_WORD = /(^|[^a-z])(prev|previous|next)([^a-z]|$)/;
/** Ad, sponsored and paid-content widgets and the vendors that fill them. */
const SPONSORED =
  /(^|[^a-z])(ad|ads|adv|advert\w*|adslot|ad-?slot|ad-?unit|ad-?container|ad-?wrapper|adsbygoogle|dfp|gpt-?ad|google-?ad\w*|sponsor\w*|promoted|native-?ad|outbrain|ob-widget|taboola|trc_related|revcontent|zergnet|mgid|nativo|plista|ligatus|paid-?(content|post|partner)|partner-?content|branded-?content|commercial)([^a-z0-9]|$)/;
/** Navigation and page furniture. */
const FURNITURE =
  /(^|[^a-z])(nav|navbar|navigation|menu|menubar|mega-?menu|submenu|dropdown|flyout|breadcrumbs?|masthead|site-?header|global-?header|header-?nav|site-?footer|global-?footer|footer-?nav|footer-?links|share|sharing|shares|social|share-?buttons|comments?|comment-?list|disqus|respond|login|signin|subscribe|subscription|newsletter|paywall|tags|tag-?list|tags-?links|tagcloud|tag-?cloud|cat-?links|categories|byline|author-?bio|about-?author|skip-?link|pagination|pager|toolbar|cookie\w*|consent|modal|popup)([^a-z]|$)/;
/** Site-wide lists: allowed by the labelling rules, not asked for. */
const SITEWIDE =
  /(^|[^a-z])(trending|most-?(read|popular|viewed|shared|commented)|mostread|mostpopular|popular|latest|recent-?posts|recent_entries|top-?stories|headlines)([^a-z]|$)/;

export type HintKind = 'related' | 'sequence' | 'prevnext' | 'sponsored' | 'furniture' | 'sitewide';

/** The strongest thing the hints say, or null: a sponsored word vetoes a related one in the same attribute string. */
export function hintKind(hints: string): HintKind | null {
  if (!hints) return null;
  if (SPONSORED.test(hints)) return 'sponsored';
  if (RELATED_STEM.test(hints)) return 'related';
  if (SEQUENCE_WORD.test(hints)) return 'sequence';
  if (FURNITURE.test(hints)) return 'furniture';
  if (SITEWIDE.test(hints)) return 'sitewide';
  if (PREV_NEXT_WORD.test(hints)) return 'prevnext';
  return null;
}
