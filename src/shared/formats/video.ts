/** How every view names a video the reader links to (it shows no frames of other sites, so no player). */
import { bareHost, siteOf } from '../../core/read/site';
import type { VideoBlock } from '../../core/types';

/**
 * The player's title and the host that shows the video ("Video: Title (youtube.com)"), or "Video on host" when the
 * player has no title or one that only names its host's player ("YouTube video player").
 */
export function videoLinkText(video: VideoBlock): string {
  const { hostname } = new URL(video.url);
  const host = bareHost(hostname);
  const { brand } = siteOf(hostname);
  const namesHostOnly = !!brand && video.title.toLowerCase().replace(/\s+/g, '').includes(brand);
  return video.title && !namesHostOnly ? `Video: ${video.title} (${host})` : `Video on ${host}`;
}
