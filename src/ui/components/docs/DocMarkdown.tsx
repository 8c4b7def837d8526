/**
 * One documentation page as React elements (GitHub-flavoured Markdown: tables). Links to
 * another doc (`calibration.md`, `labs.md#checks`) open it in the viewer; http(s) links open
 * in a new tab; anything else is plain text. Raw HTML in the text is dropped.
 */
import Markdown, { type Components } from 'react-markdown';
import remarkGfm from 'remark-gfm';

/** The doc a relative link names (`calibration.md` from `calibration.md#units`), or null. */
export function linkedDoc(href: string): string | null {
  return /^(?:\.\/)?([\w-]+\.md)(?:#.*)?$/.exec(href)?.[1] ?? null;
}

function keepUrl(url: string): string {
  return /^https?:\/\//i.test(url) || linkedDoc(url) !== null ? url : '';
}

export function DocMarkdown({ text, onOpenDoc }: { readonly text: string; readonly onOpenDoc: (name: string) => void }) {
  const components: Components = {
    a: ({ href, children }) => {
      const doc = href ? linkedDoc(href) : null;
      if (doc !== null)
        return (
          <button type="button" className="link-button" onClick={() => onOpenDoc(doc)}>
            {children}
          </button>
        );
      return href ? (
        <a href={href} target="_blank" rel="noopener noreferrer">
          {children}
        </a>
      ) : (
        <span>{children}</span>
      );
    },
  };
  return (
    <div className="doc-markdown">
      <Markdown remarkPlugins={[remarkGfm]} skipHtml disallowedElements={['img']} unwrapDisallowed urlTransform={keepUrl} components={components}>
        {text}
      </Markdown>
    </div>
  );
}
