/**
 * Two stopgaps for @deck.gl/mapbox 9.4 interleaved on MapLibre 6. Both become no-ops once fixed upstream;
 * the clean fix is @deck.gl/maplibre's MapLibreOverlay (see the dashboard report).
 *
 * 1. MapLibre 6 removed the private `map.transform`; @deck.gl/mapbox still reads `transform.height` (and
 *    `_nearZ/_farZ/elevation`, which MapLibre 6 passes to custom layers or we do not use: no terrain).
 *    visgl/deck.gl#10501. We expose the height through the public canvas size, as @deck.gl/maplibre does.
 * 2. MapLibre 6 keeps its per-frame uniform block bound to a UBO binding point and does not rebind it after
 *    a custom layer, while luma.gl binds its own buffers there: layers drawn after deck (our context lines)
 *    would read deck's uniforms. maplibre/maplibre-gl-js#8413, visgl/deck.gl#10700. We save and restore
 *    the uniform-buffer bindings around deck's draw.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

export function shimTransform(map: MapLibreMap): void {
  if ((map as unknown as { transform?: unknown }).transform !== undefined) return;
  Object.defineProperty(map, 'transform', {
    configurable: true,
    get: () => ({
      get height() {
        return map.getCanvas().clientHeight;
      },
      get width() {
        return map.getCanvas().clientWidth;
      },
      elevation: undefined,
      _nearZ: undefined,
      _farZ: undefined,
    }),
  });
}

type Binding = { buffer: WebGLBuffer | null; offset: number; size: number };

/** onBeforeRender/onAfterRender for MapboxOverlay that keep MapLibre's uniform-buffer bindings intact. */
export function uniformBindingGuard(): { onBeforeRender(p: { gl: WebGL2RenderingContext }): void; onAfterRender(p: { gl: WebGL2RenderingContext }): void } {
  let saved: Binding[] = [];
  let count = 0;
  return {
    onBeforeRender({ gl }) {
      if (!gl || typeof gl.getIndexedParameter !== 'function') return;
      if (!count) count = Math.min(32, Number(gl.getParameter(gl.MAX_UNIFORM_BUFFER_BINDINGS)) || 0);
      saved = [];
      for (let i = 0; i < count; i++) {
        saved.push({
          buffer: gl.getIndexedParameter(gl.UNIFORM_BUFFER_BINDING, i) as WebGLBuffer | null,
          offset: Number(gl.getIndexedParameter(gl.UNIFORM_BUFFER_START, i)) || 0,
          size: Number(gl.getIndexedParameter(gl.UNIFORM_BUFFER_SIZE, i)) || 0,
        });
      }
    },
    onAfterRender({ gl }) {
      if (!gl || !saved.length) return;
      saved.forEach((b, i) => {
        if (b.buffer && b.size > 0) gl.bindBufferRange(gl.UNIFORM_BUFFER, i, b.buffer, b.offset, b.size);
        else gl.bindBufferBase(gl.UNIFORM_BUFFER, i, b.buffer);
      });
      saved = [];
    },
  };
}
