/** How every view names a video the reader links to (it shows no frames of other sites, so no player). */
import { embedHosts } from '../../core/detect/embeds';
import videoEmbeds from '../../core/detect/vocabulary/video-embeds.json';
import { bareHost, siteOf } from '../../core/read/site';
import type { VideoBlock } from '../../core/types';

/** Players one listens to (music, podcasts: the hosts' groups marked 'audio'), linked to as audio, not video. */
const AUDIO_EMBED = embedHosts(videoEmbeds.hosts.filter((group) => 'audio' in group && group.audio));

/**
 * The player's title and the host that shows the video ("Video: Title (youtube.com)"), or "Video on host" when the
 * player has no title or one that only names its host's player ("YouTube video player"). An audio host's player (a
 * song, a podcast: AUDIO_EMBED) is named "Audio": nothing there to watch.
 */
export function videoLinkText(video: VideoBlock): string {
  const { hostname } = new URL(video.url);
  const host = bareHost(hostname);
  const { brand } = siteOf(hostname);
  const namesHostOnly = !!brand && video.title.toLowerCase().replace(/\s+/g, '').includes(brand);
  const kind = AUDIO_EMBED.test(video.url) ? 'Audio' : 'Video';
  return video.title && !namesHostOnly ? `${kind}: ${video.title} (${host})` : `${kind} on ${host}`;
}
