/** The media library's folder tree (move and pick dialogs): an editor sees their villages' folders only. */
import type { Core } from '@strapi/strapi';
import { currentEditor } from '../services/editors';
import { mediaScopeOf } from './media-scope';

type Node = { id: number; children: Node[] };
type FolderService = { getStructure?: () => Promise<Node[]> };

const ownSubtrees = (nodes: Node[], roots: number[]): Node[] =>
  nodes.flatMap((n) => (roots.includes(n.id) ? [n] : ownSubtrees(n.children ?? [], roots)));

export const scopeFolderStructure = (strapi: Core.Strapi) => {
  const folders = strapi.plugin('upload')?.service('folder') as FolderService | undefined;
  const original = folders?.getStructure?.bind(folders);
  if (!folders || !original) return;
  folders.getStructure = async () => {
    const tree = await original();
    const editor = await currentEditor(strapi);
    return editor ? ownSubtrees(tree, (await mediaScopeOf(strapi, editor)).roots) : tree;
  };
};
