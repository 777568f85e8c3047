import type { LexiconEntry } from './types';

/** Arabic and Persian. */
export const ar: readonly LexiconEntry[] = [
  ['related', 'اقرأ أيضا', '"read also"'],
  ['related', 'اقرأ أيضاً', '"read also"'],
  ['related', 'اقرأ ايضا', '"read also"'],
  ['related', 'إقرأ أيضا', '"read also"'],
  ['related', 'إقرأ أيضاً', '"read also"'],
  ['related', 'اقرأ المزيد', '"read more"'],
  ['related', 'مقالات ذات صلة', '"related articles"'],
  ['related', 'أخبار ذات صلة', '"related news"'],
  ['related', 'مواضيع ذات صلة', '"related topics"'],
  ['related', 'ذات صلة', '"related"'],
  ['related', 'قد يعجبك', '"you may like"'],
  ['related', 'مطالب مرتبط', '"related content" (Persian)'],
  ['related', 'بیشتر بخوانید', '"read more" (Persian)'],
  ['related', 'قد يهمك', '"may interest you"'],
  ['related', 'قد يهمك أيضا', '"may also interest you"'],
  ['related', 'مقالات مشابهة', '"similar articles"'],
  ['related', 'مواضيع مشابهة', '"similar topics"'],
  ['sequence', 'المقال التالي', '"next article"'],
  ['sequence', 'المقال السابق', '"previous article"'],
  ['sitewide', 'الأكثر قراءة', '"most read"'],
];
