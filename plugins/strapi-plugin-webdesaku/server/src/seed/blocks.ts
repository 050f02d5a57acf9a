/** Strapi `blocks` rich text from plain strings (no HTML anywhere). */
export const paragraph = (text: string) => ({ type: 'paragraph', children: [{ type: 'text', text }] });
export const heading = (text: string, level = 3) => ({
  type: 'heading',
  level,
  children: [{ type: 'text', text }],
});
export const list = (items: string[], format: 'ordered' | 'unordered' = 'unordered') => ({
  type: 'list',
  format,
  children: items.map((text) => ({ type: 'list-item', children: [{ type: 'text', text }] })),
});
export const doc = (...paragraphs: string[]) => paragraphs.map(paragraph);
