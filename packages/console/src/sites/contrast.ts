/** WCAG 2 relative luminance of one sRGB channel (0–255). */
function channel(value: number): number {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/**
 * The contrast ratio of a `#rrggbb` colour against white (1–21), or null for anything else. The
 * widgets' accent colours text and links on white, which needs 4.5:1 (WCAG 1.4.3).
 */
export function contrastWithWhite(hex: string): number | null {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) return null;
  const [r, g, b] = [match[1], match[2], match[3]].map((part) =>
    channel(Number.parseInt(part!, 16)),
  );
  const luminance = 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  return 1.05 / (luminance + 0.05);
}
