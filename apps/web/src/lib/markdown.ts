import DOMPurify from 'dompurify';
import { marked } from 'marked';

/**
 * A lesson's Markdown as safe HTML. Lessons are stored as written (a `<script>` included), so every
 * render goes through the sanitiser; links open in a new tab without giving it this page.
 */
export function lessonHtml(markdown: string): string {
  const html = marked.parse(markdown, { async: false, gfm: true });
  const clean = DOMPurify.sanitize(html, { USE_PROFILES: { html: true }, FORBID_TAGS: ['style', 'form', 'input', 'iframe'] });
  const template = document.createElement('template');
  template.innerHTML = clean;
  // An image the author gave no description is decoration to a screen reader, not an unnamed picture.
  for (const image of template.content.querySelectorAll('img:not([alt])')) image.setAttribute('alt', '');
  for (const link of template.content.querySelectorAll('a[href]')) {
    link.setAttribute('target', '_blank');
    link.setAttribute('rel', 'noopener noreferrer');
  }
  return template.innerHTML;
}
