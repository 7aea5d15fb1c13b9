import { Typography } from '@mantine/core';
import { useMemo } from 'react';
import { lessonHtml } from '@/lib/markdown';

/** Loaded on demand with its Markdown renderer and sanitiser (they are not in the first download). */
export default function LessonBody({ markdown }: { markdown: string }) {
  const html = useMemo(() => lessonHtml(markdown), [markdown]);
  // Sanitised by DOMPurify in lessonHtml.
  return <Typography className="lesson" dangerouslySetInnerHTML={{ __html: html }} />;
}
