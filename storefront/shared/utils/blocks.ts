import type { Block, InlineNode, ListItem } from '../types/content';

// Strapi `blocks` arrive as untrusted JSON. We keep only known node types with string text,
// so the renderer can emit text nodes and never needs raw HTML.
type Loose = Record<string, unknown>;
const isObj = (v: unknown): v is Loose => !!v && typeof v === 'object' && !Array.isArray(v);
const list = (v: unknown): Loose[] => (Array.isArray(v) ? v.filter(isObj) : []);

/** Only http(s), mailto, tel and site-relative links survive; `javascript:` and friends do not. */
export function safeUrl(url: unknown): string | null {
  if (typeof url !== 'string') return null;
  const trimmed = url.trim();
  if (/^\/(?!\/)/.test(trimmed)) return trimmed;
  return /^(https?:|mailto:|tel:)/i.test(trimmed) ? trimmed : null;
}

function inline(nodes: unknown): InlineNode[] {
  return list(nodes).flatMap((node): InlineNode[] => {
    if (node.type === 'text' && typeof node.text === 'string') {
      return [
        {
          type: 'text',
          text: node.text,
          bold: !!node.bold,
          italic: !!node.italic,
          underline: !!node.underline,
          strikethrough: !!node.strikethrough,
          code: !!node.code,
        },
      ];
    }
    if (node.type === 'link') {
      const url = safeUrl(node.url);
      const children = inline(node.children);
      return url ? [{ type: 'link', url, children }] : children;
    }
    return [];
  });
}

function items(nodes: unknown): ListItem[] {
  return list(nodes).map((node) => ({ type: 'list-item', children: inline(node.children) }));
}

/** `mediaUrl` maps a backend media path (e.g. /uploads/x.jpg) to the URL the browser loads. */
export function normalizeBlocks(value: unknown, mediaUrl: (url: string) => string = (u) => u): Block[] {
  if (typeof value === 'string')
    return value.trim()
      ? value.split(/\n{2,}/).map((text) => ({ type: 'paragraph', children: [{ type: 'text', text }] }))
      : [];
  return list(value).flatMap((node): Block[] => {
    switch (node.type) {
      case 'paragraph':
      case 'quote':
      case 'code':
        return [{ type: node.type, children: inline(node.children) }];
      case 'heading': {
        const level = Math.min(6, Math.max(2, Number(node.level) || 2));
        return [{ type: 'heading', level, children: inline(node.children) }];
      }
      case 'list':
        return [
          {
            type: 'list',
            format: node.format === 'ordered' ? 'ordered' : 'unordered',
            children: items(node.children),
          },
        ];
      case 'image': {
        const image = isObj(node.image) ? node.image : null;
        const url = safeUrl(image?.url);
        if (!image || !url || url.startsWith('mailto:') || url.startsWith('tel:')) return [];
        return [
          {
            type: 'image',
            image: {
              url: mediaUrl(url),
              alt: String(image.alternativeText ?? ''),
              width: Number(image.width) || null,
              height: Number(image.height) || null,
            },
          },
        ];
      }
      default:
        return [];
    }
  });
}

function inlineText(nodes: InlineNode[]): string {
  return nodes.map((n) => (n.type === 'text' ? n.text : inlineText(n.children))).join('');
}

export function blocksToText(blocks: Block[]): string {
  return blocks
    .map((b) =>
      b.type === 'image'
        ? ''
        : b.type === 'list'
          ? b.children.map((i) => inlineText(i.children)).join(' ')
          : inlineText(b.children),
    )
    .filter(Boolean)
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}
