/**
 * What the labels, classes and ids of page blocks say about them: related-story blocks (in several
 * languages), promo-line prefixes, and the blocks that never hold related stories.
 */

/**
 * Headings / labels of blocks that offer related articles. Matched against the start of a short,
 * whitespace-collapsed, lower-cased label. Site-wide lists (most read, latest, trending) are not
 * included on purpose: they are tolerated by the spec but not asked for.
 */
const RELATED_LABEL_PATTERNS: RegExp[] = [
  // English
  /^(related|more related|related (stories|articles|posts|news|content|coverage|reading|links|topics|videos))\b/,
  /^(more (on|about) (this|the|that)\b|more on\b|more about\b)/,
  /^more (stories|articles|news|coverage|posts|reading|to read|great|from|by|in|of|like this|top stories)\b/,
  /^(other|similar) (stories|articles|news|posts|reads)\b|^(what'?s next|explore more|discover more|in other news|related|see more from|from the same author)\b/,
  /^(read|see) (more|next|also)\b/,
  /^(also read|also see|also on|what to read next|keep reading|next up|up next|coming up next|read this next|further reading|suggested (reading|articles|stories|for you)|recommended|recommendations|we recommend|editor'?s? picks?|you (may|might|could|will|would) (also )?(like|enjoy|be interested)|you may have missed|don'?t miss|in case you missed it)\b/,
  /^(next|previous|prev|older|newer) (article|story|post|entry|read)\b/,
  /^(next|previous|prev)\b.{0,3}$/,
  /^(post navigation|posts navigation|article navigation)\b/,
  // German
  /^(mehr (zum thema|zu|aus|von|über|artikel|news|nachrichten|lesen)|lesen sie (auch|mehr|weiter)|auch interessant|das könnte sie (auch )?interessieren|weitere (artikel|beiträge|nachrichten|themen)|verwandte (artikel|themen|beiträge)|ähnliche (artikel|beiträge)|zum thema|weiterlesen|empfehlungen|unsere empfehlung|nächster artikel|vorheriger artikel|passend zum thema)/,
  // French
  /^(lire (aussi|également|la suite|plus)|à lire (aussi|également)?|a lire (aussi|également)?|sur le même (sujet|thème)|dans la même rubrique|articles? (similaires|liés|connexes|recommandés)|voir aussi|vous (aimerez|pourriez aimer|aimerez aussi)|nos recommandations|plus d'articles|article (suivant|précédent)|en savoir plus|sur le même thème|à voir aussi|les plus de la rédaction)/,
  // Spanish / Portuguese / Italian
  /^(relacionad[oa]s?|noticias relacionadas|artículos relacionados|notas relacionadas|te puede interesar|también te puede interesar|lee también|leer más|lea también|más (noticias|de|sobre)|te recomendamos|recomendados|siguiente (artículo|noticia)|artículo anterior|más información|mas información|mirá también|mira también|vea también|lea más)/,
  /^(posts? relacionados|artigos relacionados|notícias relacionadas|matérias relacionadas|relacionadas|leia (também|mais)|veja também|você (também )?pode gostar|saiba mais|próximo (post|artigo)|post anterior|artigo anterior|mais (notícias|sobre|de))/,
  /^(articoli correlati|correlati|approfondimenti|potrebbe interessarti|ti potrebbe interessare|leggi anche|altri articoli|articolo (successivo|precedente)|potrebbero interessarti)/,
  // Dutch / Polish / Czech / Turkish
  /^(gerelateerd|lees ook|meer over|aanbevolen|powiązane|czytaj (także|też|również)|zobacz (też|także)|polecamy|podobne artykuły|související|mohlo by vás zajímat|čtěte také|další články|doporučujeme|ilgili haberler|benzer haberler|bunlar da ilginizi|ilginizi çekebilir)/,
  // Russian / Ukrainian
  /^(читайте (также|еще|ещё)|похожие (статьи|новости|материалы|публикации)|материалы по теме|по теме|ещё по теме|еще по теме|новости по теме|рекомендуем|смотрите также|другие (новости|статьи|материалы)|следующая статья|предыдущая статья|вам может быть интересно|читайте також|схожі|по темі)/,
  // Chinese / Japanese / Korean
  /^(相关|相關|延伸阅读|延伸閱讀|推荐阅读|推薦閱讀|猜你喜欢|猜你喜歡|上一篇|下一篇|更多(文章|新闻|新聞|阅读)|关联|関連|あわせて読みたい|合わせて読みたい|おすすめ|オススメ|こちらもおすすめ|次の記事|前の記事|この記事を読んだ人|관련 ?기사|추천 ?기사|함께 볼만한)/,
  // Arabic / Hebrew / Persian
  /^(اقرأ (أيضا|أيضاً|ايضا|المزيد)|إقرأ (أيضا|أيضاً)|مقالات ذات صلة|أخبار ذات صلة|ذات صلة|مواضيع ذات صلة|قد يعجبك|المقال (التالي|السابق)|مطالب مرتبط|بیشتر بخوانید|כתבות נוספות|עוד בנושא|כתבות קשורות|מומלצים|קראו גם|עוד כתבות|הכתבה הבאה|כתבות מומלצות)/,
];

/**
 * Phrases that say "related" wherever they stand in a short label ("CNN's related coverage",
 * "Our picks: you may also like"): only unambiguous ones, as a label may start with a site name.
 */
const RELATED_PHRASE_ANYWHERE = /\b(related (stories|articles|posts|coverage|content|news|reading|links)|more on this (story|topic)|you (may|might) also (like|enjoy)|further reading|read next|recommended (stories|articles|reading|for you))\b/;
/** A label that holds such a phrase somewhere is still short. */
const MAX_PHRASE_LABEL_CHARS = 60;

/**
 * Labels of promoted, sponsored or paid widgets, even when they also say "recommended". A bare
 * "Advertisement" marker is left out: it labels the ad slot next to it, which may sit just before content.
 */
const SPONSORED_LABEL = /(sponsor|promoted|paid (content|post|partner)|partner (content|stories)|from (around )?the web|around the web|recommended by|powered by|by outbrain|by taboola|gesponsert|sponsorisé|patrocinado|спонсор|赞助|推广|プロモーション)/;

/** A block labelled like this is a site-wide list (allowed but not asked for) or navigation: never a related block. */
const NON_RELATED_LABEL = /^(most (read|popular|viewed|shared|commented|emailed)|popular|trending|latest|top stories|breaking|tags?|topics|categories|share|comments?|leave a (reply|comment)|newsletter|subscribe|follow us|about the author|meistgelesen|les plus lus|lo más leído|самое (читаемое|популярное)|热门|人気)/;

/** Labels longer than this are running text, not a block heading. */
const MAX_LABEL_CHARS = 80;

export function isRelatedLabel(label: string): boolean {
  const text = normalizeLabel(label);
  if (!text || text.length > MAX_LABEL_CHARS) return false;
  if (SPONSORED_LABEL.test(text) || NON_RELATED_LABEL.test(text)) return false;
  return RELATED_LABEL_PATTERNS.some((pattern) => pattern.test(text)) || (text.length <= MAX_PHRASE_LABEL_CHARS && RELATED_PHRASE_ANYWHERE.test(text));
}

export function isSponsoredLabel(label: string): boolean {
  const text = normalizeLabel(label);
  return text.length > 0 && text.length <= MAX_LABEL_CHARS && SPONSORED_LABEL.test(text);
}

function normalizeLabel(label: string): string {
  return label
    .toLowerCase()
    // Combining dot of a lower-cased "İ", and direction marks around right-to-left labels.
    .replace(/[\u0307\p{Cf}]/gu, '')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/^[\s\p{P}\p{S}]+/u, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Prefixes of standalone promo lines inside an article ("Related: …", "READ MORE: …", "[Read: …]",
 * "Lire aussi : …"). Matched against the start of the line's text, brackets and bullets skipped.
 */
const PROMO_PREFIX = /^(related( (story|stories|article|articles|post|posts|coverage|content|link|links|reading|video))?|read( more| also| next| this)?|see (also|more)|also read|also see|more( on this( story)?)?|further reading|recommended( reading)?|watch|listen|previously|earlier|lire( aussi| également)?|à lire( aussi)?|a lire( aussi)?|voir aussi|revivez|relire|lesen sie (auch|mehr)|mehr zum thema|auch interessant|lee (también|más)|leer más|te puede interesar|leia (também|mais)|veja também|leggi anche|читайте (также|ещё|еще)|по теме|смотрите также|相关(阅读|文章|新闻)?|延伸阅读|推荐阅读|関連(記事)?|あわせて読みたい|اقرأ (أيضا|أيضاً|ايضا|المزيد)|إقرأ (أيضا|أيضاً)|קראו גם|עוד בנושא)\s*[:：\-–—»›>|]/iu;

/** Same prefixes without the separator, for lines where the prefix is its own bold element ("<b>Related</b> <a>…</a>"). */
const PROMO_PREFIX_BARE = new RegExp(`^(${PROMO_PREFIX.source.slice(1, PROMO_PREFIX.source.indexOf(')\\s*[') + 1)})\\s*$`, 'iu');

export function hasPromoPrefix(text: string): boolean {
  const cleaned = text.replace(/\p{Cf}/gu, '').replace(/^[\s[(\u2022\u25B6\u25BA\u2192>»›*•·-]+/u, '');
  return PROMO_PREFIX.test(cleaned);
}

export function isBarePromoLabel(text: string): boolean {
  return PROMO_PREFIX_BARE.test(text.replace(/^[\s[(\u2022>»›*•·-]+|[\s\]):：]+$/gu, ''));
}

/**
 * Class / id / aria-label words of blocks that hold related stories. Tested on the lower-cased
 * attribute string. Stems in RELATED_HINT_STEM may run on ("relatedArticles", "recommendations");
 * the words in RELATED_HINT_WORD must end at a word boundary.
 */
const RELATED_HINT_STEM = /(^|[^a-z])(related|relacionad|correlat|verwandt|recommend|suggest|read-?next|read_next|readnext|up-?next|up_next|upnext|whats-?next|nextread|next-read|more-?stories|more_stories|more-?articles|more_articles|more-?news|more_news|more-?from|more_from|morefrom|more-?on-|moreon|more-in-|further-?reading|you-?may-?(also-?)?like|youmay|you-?might-?(also-?)?like|also-?like|also-?read|read-?also|see-?also|seealso|lire-?aussi|mehr-?zum-?thema|meme[-_]sujet|same-?(topic|subject)|leia-?tambem|similar-?(posts|articles|stories|news))/;
const RELATED_HINT_WORD = /(^|[^a-z])((newer|older)[-_]?(post|posts|entry|entries|link|article)|next-?(article|story|post|entry)s?|prev(ious)?-?(article|story|post|entry)s?|next_(article|story|post)|prev(ious)?_(article|story|post)|nav-(previous|next)|post-?navigation|post-nav|posts-navigation|single-?navigation|post-pagination|yarpp|read-?more-?(links|stories|articles|box)|weiterlesen)([^a-z]|$)/;

/** Class / id words of ad, sponsored and paid-content widgets: veto wherever they stand above a link. */
const SPONSORED_HINT = /(^|[^a-z])(ad|ads|adv|advert\w*|adslot|ad-?slot|ad-?unit|ad-?container|ad-?wrapper|adsbygoogle|dfp|gpt-?ad|google-?ad\w*|sponsor\w*|promoted|native-?ad|outbrain|ob-widget|taboola|trc_related|revcontent|zergnet|mgid|nativo|plista|ligatus|paid-?(content|post|partner)|partner-?content|branded-?content|commercial)([^a-z0-9]|$)/;

/** Class / id words of navigation and page furniture that never holds related stories. */
const FURNITURE_HINT = /(^|[^a-z])(nav|navbar|navigation|menu|menubar|mega-?menu|submenu|dropdown|flyout|breadcrumbs?|masthead|site-?header|global-?header|header-?nav|site-?footer|global-?footer|footer-?nav|footer-?links|share|sharing|shares|social|share-?buttons|comments?|comment-?list|disqus|respond|login|signin|subscribe|subscription|newsletter|paywall|tags|tag-?list|tags-?links|tagcloud|tag-?cloud|cat-?links|categories|byline|author-?bio|about-?author|skip-?link|pagination|pager|toolbar|cookie\w*|consent|modal|popup)([^a-z]|$)/;

/** Class / id words of site-wide lists (most read, latest, trending): tolerated by the spec, not asked for. */
const SITEWIDE_HINT = /(^|[^a-z])(trending|most-?(read|popular|viewed|shared|commented)|mostread|mostpopular|popular|latest|recent-?posts|recent_entries|widget_recent_entries|top-?stories|headlines)([^a-z]|$)/;

export function hasRelatedHint(hints: string): boolean {
  return RELATED_HINT_STEM.test(hints) || RELATED_HINT_WORD.test(hints);
}

export function hasSponsoredHint(hints: string): boolean {
  return SPONSORED_HINT.test(hints);
}

export function hasSitewideHint(hints: string): boolean {
  return SITEWIDE_HINT.test(hints);
}

export function hasFurnitureHint(hints: string): boolean {
  return FURNITURE_HINT.test(hints);
}

/** Link texts of a block's "see all" link to a section page ("More in Milan", "View all"), never a story. */
const SEE_ALL_LINK = /^(more (in|from|on|about|of|stories|articles|news)\b|see (all|more)\b|view (all|more)\b|show (all|more)\b|load more\b|all (stories|articles|news|posts)\b|read more$|mehr\b|plus d'articles|voir (tout|plus)|ver (más|todo)|ещё|еще|更多|もっと見る)/i;

export function isSeeAllLinkText(text: string): boolean {
  return SEE_ALL_LINK.test(text.trim());
}
