import sharp from 'sharp';

const palette = ['#b45309', '#15803d', '#0e7490', '#7c3aed', '#be123c', '#4d7c0f', '#1d4ed8', '#a16207'];

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines[lines.length - 1];
    if (last && (last + ' ' + word).length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.slice(0, 4);
}

/**
 * A product picture made on the spot (nothing comes from the internet): a coloured card
 * with the product title and its village.
 */
export async function productImage(title: string, villageName: string, index: number): Promise<Buffer> {
  const color = palette[index % palette.length];
  const lines = wrap(title, 16)
    .map(
      (line, i) =>
        `<text x="400" y="${330 + i * 70}" font-size="56" text-anchor="middle">${escapeXml(line)}</text>`,
    )
    .join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="800">
  <rect width="800" height="800" fill="${color}"/>
  <circle cx="400" cy="170" r="90" fill="#ffffff" fill-opacity="0.25"/>
  <g font-family="DejaVu Sans, Arial, sans-serif" font-weight="bold" fill="#ffffff">${lines}</g>
  <text x="400" y="720" font-family="DejaVu Sans, Arial, sans-serif" font-size="36" text-anchor="middle" fill="#ffffff" fill-opacity="0.85">Desa ${escapeXml(villageName)}</text>
</svg>`;
  return sharp(Buffer.from(svg)).webp({ quality: 80 }).toBuffer();
}
