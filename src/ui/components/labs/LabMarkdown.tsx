/**
 * A lab's Markdown (instructions, hints, questions) as React elements: raw HTML in the
 * text is dropped, images are not shown, and links go only to http(s) addresses, in a new
 * tab. Nothing from a lab file becomes HTML.
 */
import Markdown, { type Components } from 'react-markdown';

const components: Components = {
  a: ({ href, children }) =>
    href ? (
      <a href={href} target="_blank" rel="noopener noreferrer">
        {children}
      </a>
    ) : (
      <span>{children}</span>
    ),
};

/** Only absolute http(s) addresses survive; anything else (javascript:, data:, relative) becomes no link. */
export function safeUrl(url: string): string {
  return /^https?:\/\//i.test(url) ? url : '';
}

export function LabMarkdown({ text }: { readonly text: string }) {
  return (
    <div className="lab-markdown">
      <Markdown skipHtml disallowedElements={['img']} unwrapDisallowed urlTransform={safeUrl} components={components}>
        {text}
      </Markdown>
    </div>
  );
}
