import type { ComponentChildren } from 'preact';

export interface Notice {
  tone: 'success' | 'error' | 'warning';
  title: string;
  details?: string[];
}

interface NoticeBannerProps {
  notice: Notice;
  onDismiss(): void;
  children?: ComponentChildren;
}

export function NoticeBanner({ notice, onDismiss, children }: NoticeBannerProps) {
  return (
    <div class={`notice notice-${notice.tone}`} role={notice.tone === 'error' ? 'alert' : 'status'}>
      <div class="notice-body">
        <p class="notice-title">{notice.title}</p>
        {notice.details && notice.details.length > 0 && (
          <ul class="notice-details">
            {notice.details.map((detail, index) => (
              <li key={index} dir="auto">
                {detail}
              </li>
            ))}
          </ul>
        )}
        {children}
      </div>
      <button type="button" class="button subtle" onClick={onDismiss} aria-label="Dismiss this message">
        ✕
      </button>
    </div>
  );
}
