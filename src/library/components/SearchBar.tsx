import type { Ref } from 'preact';

interface SearchBarProps {
  searchBox: Ref<HTMLInputElement>;
  query: string;
  onQuery(query: string): void;
  site: string | null;
  onSite(site: string | null): void;
  /** Sites with their number of entries, most first. */
  sites: [string, number][];
  total: number;
}

/** The search box and the site filter. */
export function SearchBar({ searchBox, query, onQuery, site, onSite, sites, total }: SearchBarProps) {
  return (
    <div class="toolbar" role="search">
      <label class="search">
        <span class="or-visually-hidden">Search saved outlines</span>
        <input
          ref={searchBox}
          type="search"
          placeholder="Search headlines, headings, bullets, related stories…  ( / )"
          value={query}
          onInput={(event) => onQuery(event.currentTarget.value)}
          // The box has focus when the page opens: "/", the shortcut its placeholder names, is not
          // typed into it as a search for "/" (which matches nothing).
          onKeyDown={(event) => event.key === '/' && !event.currentTarget.value && event.preventDefault()}
          autoFocus
        />
      </label>
      <label class="site-filter">
        <span class="or-visually-hidden">Filter by site</span>
        <select value={site ?? ''} onChange={(event) => onSite(event.currentTarget.value || null)}>
          <option value="">All sites ({total.toLocaleString()})</option>
          {sites.map(([name, count]) => (
            <option key={name} value={name}>
              {name} ({count.toLocaleString()})
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
