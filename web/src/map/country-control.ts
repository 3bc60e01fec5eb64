/**
 * A map button under the zoom buttons that frames the whole country again (as on arrival): after zooming into a
 * buurt, the way back is one click instead of many zoom-outs. Built as a MapLibre control, so it has their look
 * and keyboard behaviour.
 */
import type { IControl } from 'maplibre-gl';

const SVG = 'http://www.w3.org/2000/svg';

/** A house: the conventional "home view" icon. */
function houseIcon(): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 20 20');
  svg.setAttribute('width', '18');
  svg.setAttribute('height', '18');
  svg.setAttribute('aria-hidden', 'true');
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', 'M10 2.5 2 9.5h2.5V17h4.25v-4.75h2.5V17h4.25V9.5H18z');
  path.setAttribute('fill', '#333');
  svg.append(path);
  return svg;
}

export class CountryControl implements IControl {
  private container: HTMLDivElement | null = null;

  constructor(
    private readonly label: string,
    private readonly onShow: () => void,
  ) {}

  onAdd(): HTMLElement {
    const container = document.createElement('div');
    container.className = 'maplibregl-ctrl maplibregl-ctrl-group';
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'atlas-ctrl-country';
    button.title = this.label;
    button.setAttribute('aria-label', this.label);
    button.dataset.testid = 'show-country';
    button.append(houseIcon());
    button.addEventListener('click', () => this.onShow());
    container.append(button);
    this.container = container;
    return container;
  }

  onRemove(): void {
    this.container?.remove();
    this.container = null;
  }
}
