/**
 * Tells when deck.gl really drew a layer, for the "first map drawn" and "new colours drawn" signals.
 *
 * A MapLibre frame right after `overlay.setProps` does not yet draw the new layer: deck builds and updates
 * layers on its own animation tick and only then asks MapLibre to repaint. Counting that earlier frame would
 * report a map as drawn while it still showed the old colours (or none). This extension is called by deck in
 * the draw of every primitive sublayer, with the props that draw uses.
 */
import { LayerExtension, type Layer } from '@deck.gl/core';

export interface DrawSignalOptions {
  /** Called with the top-level layer (the GeoJsonLayer, not its sublayer) each time it is drawn on screen. */
  onDraw: (root: Layer) => void;
}

export class DrawSignal extends LayerExtension<DrawSignalOptions> {
  static override extensionName = 'DrawSignal';

  override draw(this: Layer, params: { shaderModuleProps?: { picking?: { isActive?: boolean } } }, extension: DrawSignal): void {
    if (params.shaderModuleProps?.picking?.isActive) return; // a picking pass is not a visible frame
    extension.opts.onDraw(rootOf(this));
  }
}

/** The top-level layer a (sub)layer belongs to. */
function rootOf(layer: Layer): Layer {
  let root = layer;
  while (root.parent) root = root.parent as Layer;
  return root;
}
