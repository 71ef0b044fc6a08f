/**
 * Markdown to reading text: the marks go, the words stay. Headings become their own lines (so `lib/corpus` sees
 * them as headings), links keep their text, images and fences disappear. Raw HTML in the file stays as written
 * text: it is never interpreted.
 */
export function markdownToText(markdown: string): string {
  return markdown
    .replace(/\r\n?/gu, '\n')
    .replace(/^```[^\n]*$/gmu, '')
    .replace(/^[ \t]{0,3}#{1,6}[ \t]+(.*?)[ \t]*#*[ \t]*$/gmu, '$1')
    .replace(/^[ \t]{0,3}>[ \t]?/gmu, '')
    .replace(/^[ \t]{0,3}([-*_])([ \t]*\1){2,}[ \t]*$/gmu, '')
    .replace(/!\[([^\]]*)\]\([^)]*\)/gu, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/gu, '$1')
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/gu, '$2')
    .replace(/(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?!\w)/gu, '$1')
    .replace(/`([^`\n]+)`/gu, '$1')
    .replace(/\n{3,}/gu, '\n\n')
    .trim();
}
