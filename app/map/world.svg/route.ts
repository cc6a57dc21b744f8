import { getWorldMapSprite } from "@/lib/countries/world-map";

/** The map's country outlines, fetched once per version (pages ask for /map/world.svg?v=<version>). */
export function GET() {
  const { svg } = getWorldMapSprite();
  return new Response(svg, {
    headers: {
      "Content-Type": "image/svg+xml; charset=utf-8",
      "Cache-Control": "public, max-age=31536000, immutable",
    },
  });
}
