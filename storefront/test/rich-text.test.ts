import { createSSRApp, h } from 'vue';
import { renderToString } from 'vue/server-renderer';
import { describe, expect, it } from 'vitest';
import RichText from '../app/components/RichText.vue';
import { blocksToText, normalizeBlocks } from '../shared/utils/blocks';

const render = (raw: unknown) =>
  renderToString(
    createSSRApp({ render: () => h(RichText, { blocks: normalizeBlocks(raw, (u) => `/media/cms${u}`) }) }),
  );

describe('Strapi blocks rendering', () => {
  it('given paragraphs, headings, lists and marks, then they become the matching elements', async () => {
    const html = await render([
      { type: 'heading', level: 2, children: [{ type: 'text', text: 'Sejarah' }] },
      {
        type: 'paragraph',
        children: [
          { type: 'text', text: 'Desa ' },
          { type: 'text', text: 'Anjun', bold: true },
        ],
      },
      {
        type: 'list',
        format: 'ordered',
        children: [{ type: 'list-item', children: [{ type: 'text', text: 'Satu' }] }],
      },
    ]);
    expect(html).toContain('<h2>Sejarah</h2>');
    expect(html).toContain('<p>Desa <strong>Anjun</strong></p>');
    expect(html).toContain('<ol><li>Satu</li></ol>');
  });

  it('given HTML or script inside text, then it is rendered inert as text', async () => {
    const html = await render([
      {
        type: 'paragraph',
        children: [{ type: 'text', text: '<script>alert(1)</script><img src=x onerror=alert(1)>' }],
      },
    ]);
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('given a javascript: link, then the link is dropped and its text kept', async () => {
    const html = await render([
      {
        type: 'paragraph',
        children: [{ type: 'link', url: 'javascript:alert(1)', children: [{ type: 'text', text: 'klik' }] }],
      },
    ]);
    expect(html).not.toContain('javascript:');
    expect(html).toContain('klik');
  });

  it('given an external link, then it is marked nofollow/noopener; given an image, then it is lazy, sized and proxied', async () => {
    const html = await render([
      {
        type: 'paragraph',
        children: [
          { type: 'link', url: 'https://purwakartakab.go.id', children: [{ type: 'text', text: 'Pemkab' }] },
        ],
      },
      {
        type: 'image',
        image: { url: '/uploads/balai.jpg', alternativeText: 'Balai desa', width: 800, height: 600 },
      },
    ]);
    expect(html).toContain('href="https://purwakartakab.go.id" rel="noopener nofollow ugc"');
    expect(html).toMatch(
      /<img src="\/media\/cms\/uploads\/balai.jpg" alt="Balai desa" width="800" height="600" loading="lazy"/,
    );
  });

  it('given unknown node types or garbage, then they are skipped without failing', async () => {
    expect(
      normalizeBlocks([{ type: 'iframe', src: 'x' }, 42, null, { type: 'paragraph', children: 'nope' }]),
    ).toEqual([{ type: 'paragraph', children: [] }]);
    expect(normalizeBlocks('not blocks')).toEqual([
      { type: 'paragraph', children: [{ type: 'text', text: 'not blocks' }] },
    ]);
    expect(
      blocksToText(
        normalizeBlocks([
          { type: 'paragraph', children: [{ type: 'text', text: ' a ' }] },
          { type: 'quote', children: [{ type: 'text', text: 'b' }] },
        ]),
      ),
    ).toBe('a b');
  });
});
