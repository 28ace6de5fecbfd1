/**
 * Which tiles of a drawn circuit are in the page. The server groups each layer of the picture
 * by the 1,024-px tile a node's wire starts in (backend/cgviz/render/tiles.py); a browser styles
 * and lays out every element of an SVG in the document, seen or not (in Chromium even under
 * `display: none`), so the elements of a tile out of view wait in a detached holder: still
 * keyed, updated and shown by frames, moved back when the view reaches the tile. The tile
 * groups themselves stay in place, empty, so the layers keep their order.
 *
 *   const tiles = new Tiles();
 *   tiles.hold(group)            // an empty group from the server: the join draws into a holder
 *   joinLayers(layers, old, specs, tiles.held)   // circuit-join.js fills held tiles' holders
 *   tiles.collect(layerGroups, boxes)  // after a join: the groups now drawn, by tile key
 *   tiles.cull([x0, y0, x1, y1]) // keep in the page only the tiles that meet this rectangle
 *   tiles.whole(fn)              // fn() with every tile in the page (exports), then cull again
 *
 * @module tiles
 */

const SVG_NS = "http://www.w3.org/2000/svg";

/**
 * A tile: its groups (one per layer that draws in it), the box its elements cover, and whether
 * they are in the page (null before the first cull).
 * @typedef {{groups: Element[], box: number[] | undefined, shown: boolean | null}} Tile
 */

export class Tiles {
  constructor() {
    /** @type {Map<Element, SVGGElement>} */
    this.held = new Map();  // tile group → the detached <g> holding its elements
    /** @type {Map<string | null, Tile>} */
    this.byKey = new Map();  // tile key → {groups, box, shown}
    /** @type {number[] | null} */
    this.seen = null;  // the rectangle of the last cull, kept for later drawings
  }

  /**
   * A group that came empty (a far tile of the server's page): its elements come later.
   * @param {Element} group
   */
  hold(group) {
    this.held.set(group, document.createElementNS(SVG_NS, "g"));
  }

  /**
   * The tile groups of `layers` after a join, with `boxes` (tile key → [x0, y0, x1, y1], what
   * its elements cover: circuit-geometry.js placeCircuit); groups no longer drawn are dropped.
   * @param {Iterable<Element>} layers
   * @param {Map<string, number[]>} boxes
   */
  collect(layers, boxes) {
    /** @type {Map<Element, SVGGElement>} */
    const held = new Map();
    this.byKey = new Map();
    for (const g of layers) {
      for (const group of g.children) {
        const key = group.getAttribute("data-tile");
        const holder = this.held.get(group);
        if (holder) held.set(group, holder);
        const tile = this.byKey.get(key);
        if (tile) tile.groups.push(group);
        else this.byKey.set(key, { groups: [group], box: boxes.get(key ?? ""), shown: null });
      }
    }
    this.held = held;
    if (this.seen) this.cull(this.seen);
  }

  /**
   * Keep in the page only the elements of the tiles that meet `rect` (circuit coordinates).
   * @param {number[]} rect  [x0, y0, x1, y1]
   */
  cull(rect) {
    this.seen = rect;
    const [x0, y0, x1, y1] = rect;
    for (const tile of this.byKey.values()) {
      const b = tile.box;
      const shown = !b || (b[0] <= x1 && b[2] >= x0 && b[1] <= y1 && b[3] >= y0);
      if (shown === tile.shown) continue;
      tile.shown = shown;
      for (const group of tile.groups) {
        const holder = this.held.get(group);
        if (shown && holder) {
          moveChildren(holder, group);
          this.held.delete(group);
        } else if (!shown && !holder) {
          const box = document.createElementNS(SVG_NS, "g");
          moveChildren(group, box);
          this.held.set(group, box);
        }
      }
    }
  }

  /**
   * `fn()` with every tile's elements in the page, then only the tiles in view again.
   * @template T
   * @param {() => T} fn
   * @returns {T}
   */
  whole(fn) {
    const seen = this.seen;
    if (seen) this.cull([-Infinity, -Infinity, Infinity, Infinity]);
    try {
      return fn();
    } finally {
      if (seen) this.cull(seen);
    }
  }
}

/**
 * Move every child of `from` to the end of `to`, in order (no spread: a tile may hold many).
 * @param {Node} from
 * @param {Node} to
 */
function moveChildren(from, to) {
  while (from.firstChild) to.appendChild(from.firstChild);
}
