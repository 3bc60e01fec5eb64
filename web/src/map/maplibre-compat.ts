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
type Guard = { onBeforeRender(p: { gl: WebGL2RenderingContext }): void; onAfterRender(p: { gl: WebGL2RenderingContext }): void };

/**
 * onBeforeRender/onAfterRender for MapboxOverlay that keep MapLibre's uniform-buffer bindings intact.
 *
 * Reading the bindings back with getIndexedParameter costs a synchronous round trip to the GPU process per
 * call; 96 of them per frame took ~0.9 s of a 2.2 s first map on SwiftShader. Instead the context's
 * bindBufferBase/bindBufferRange are wrapped to keep a shadow of the uniform bindings in JS; while deck draws,
 * the first change to a binding point remembers what was there, and afterwards exactly those points are put
 * back. A point bound before the wrap (unknown to the shadow) is read from the context once.
 */
export function uniformBindingGuard(): Guard {
  const shadow = new Map<number, Binding>();
  let wrapped: WebGL2RenderingContext | null = null;
  let before: Map<number, Binding> | null = null;

  const remember = (gl: WebGL2RenderingContext, index: number): void => {
    if (!before || before.has(index)) return;
    before.set(
      index,
      shadow.get(index) ?? {
        buffer: gl.getIndexedParameter(gl.UNIFORM_BUFFER_BINDING, index) as WebGLBuffer | null,
        offset: Number(gl.getIndexedParameter(gl.UNIFORM_BUFFER_START, index)) || 0,
        size: Number(gl.getIndexedParameter(gl.UNIFORM_BUFFER_SIZE, index)) || 0,
      },
    );
  };

  const wrap = (gl: WebGL2RenderingContext): void => {
    if (wrapped === gl) return;
    wrapped = gl;
    const base = gl.bindBufferBase.bind(gl);
    const range = gl.bindBufferRange.bind(gl);
    gl.bindBufferBase = (target, index, buffer) => {
      if (target === gl.UNIFORM_BUFFER) {
        remember(gl, index);
        shadow.set(index, { buffer, offset: 0, size: 0 });
      }
      base(target, index, buffer);
    };
    gl.bindBufferRange = (target, index, buffer, offset, size) => {
      if (target === gl.UNIFORM_BUFFER) {
        remember(gl, index);
        shadow.set(index, { buffer, offset, size });
      }
      range(target, index, buffer, offset, size);
    };
  };

  return {
    onBeforeRender({ gl }) {
      if (!gl || typeof gl.getIndexedParameter !== 'function') return;
      wrap(gl);
      before = new Map();
    },
    onAfterRender({ gl }) {
      const saved = before;
      before = null;
      if (!gl || !saved) return;
      for (const [i, b] of saved) {
        if (b.buffer && b.size > 0) gl.bindBufferRange(gl.UNIFORM_BUFFER, i, b.buffer, b.offset, b.size);
        else gl.bindBufferBase(gl.UNIFORM_BUFFER, i, b.buffer);
      }
    },
  };
}
