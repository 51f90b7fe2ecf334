/**
 * Where a scanner found a key. A link only for http(s) URLs (the report is signed, but the
 * page trusts no scheme it did not choose), opened without a referrer.
 */
export function ExposureLocation({ url, compact = false }: { url: string; compact?: boolean }) {
  if (!url) return <>by secret scanning</>;
  const linkable = /^https?:\/\//i.test(url);
  const shown = compact ? shortened(url) : url;
  return (
    <>
      at{" "}
      {linkable ? (
        <a
          href={url}
          target="_blank"
          rel="noopener noreferrer nofollow"
          title={shown === url ? undefined : url}
          className="font-medium break-all underline underline-offset-4 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring"
        >
          {shown}
        </a>
      ) : (
        <span className="break-all" title={shown === url ? undefined : url}>
          {shown}
        </span>
      )}
    </>
  );
}

const COMPACT_LENGTH = 48;

/** github.com/acme/app/…/config.js: no scheme; a long path keeps its owner, repository and file. */
function shortened(url: string): string {
  const bare = url.replace(/^https?:\/\//i, "");
  if (bare.length <= COMPACT_LENGTH) return bare;
  const segments = bare.split("/");
  const outline = segments.length > 4 ? `${segments.slice(0, 3).join("/")}/…/${segments.at(-1)}` : bare;
  if (outline.length <= COMPACT_LENGTH) return outline;
  const keep = COMPACT_LENGTH - 1;
  return `${outline.slice(0, Math.ceil(keep * 0.6))}…${outline.slice(outline.length - Math.floor(keep * 0.4))}`;
}
