// The map as a picture and the printed brief's map, loaded the first time a visitor asks for
// one (the app calls boot.js's `polesPictures(action, ...arguments)`, src/picture.rs): never
// part of a first visit. The picture worker (picture/, built by Trunk as picture_loader.js)
// draws the SVG from the app's request (poles_model::map_image::Request, as JSON); this module
// talks to it, turns the SVG into a PNG, saves the files and puts the brief's map in the page.
//
// JavaScript rather than Rust in the app's wasm, for bytes (docs/performance.md, "The map
// image and print"): in the wasm, this plumbing and its ~30 browser calls' glue cost every
// visitor's first visit about 4 KB gzip, over what issue 22 allows; here they cost nothing
// until used. The SVG and the PNG stay JS strings, as they did (the wasm's memory never shrinks).

/** The worker, once it has said "ready"; a worker that fails is dropped, the next use starts another. */
let started = null;
/** The requests waiting for an answer, by id. */
const waiting = new Map();
let next = 0;

const start = () =>
  (started ??= new Promise((resolve, reject) => {
    // Beside the page (Trunk does not hash a worker's files), as the dataset's relative address
    // in the request is.
    const worker = new Worker('picture_loader.js');
    worker.onmessage = ({ data }) => {
      if (data === 'ready') return resolve(worker);
      const [id, svg, error] = data;
      const answer = waiting.get(id);
      waiting.delete(id);
      if (typeof svg === 'string') answer?.resolve(svg);
      else answer?.reject(error);
    };
    worker.onerror = (error) => {
      started = null;
      reject(error);
      for (const answer of waiting.values()) answer.reject(error);
      waiting.clear();
    };
  }));

/** The SVG the worker draws for `request` (JSON). */
const draw = async (request) => {
  const worker = await start();
  return new Promise((resolve, reject) => {
    next += 1;
    waiting.set(next, { resolve, reject });
    worker.postMessage([next, request]);
  });
};

/** The PNG of `svg` (`width` × `height`) as a `data:` address: the SVG decoded as an image and
 * drawn on a canvas. The page's policy allows `data:` images, not `blob:` (README, Security). */
const png = async (svg, width, height) => {
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  canvas.getContext('2d').drawImage(image, 0, 0, width, height);
  return canvas.toDataURL('image/png');
};

/** Offers the file at `address` as a download named `name`. */
const download = (name, address) => {
  const link = document.createElement('a');
  link.href = address;
  link.download = name;
  link.click();
};

/** "Map image": saves the picture of `request` as `name`, an SVG, or a PNG of `width` × `height`. */
export const save = async (request, asPng, name, width, height) => {
  try {
    const svg = await draw(request);
    if (asPng) return download(name, await png(svg, width, height));
    const address = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
    download(name, address);
    URL.revokeObjectURL(address);
  } catch (error) {
    console.error('Pôles: the map image could not be saved', error);
  }
};

/** "Print": puts the brief's map (`request`) in `container`, then opens the browser's print
 * dialog (the app's `afterprint` takes the map out). The SVG is parsed as XML: its texts were
 * escaped by the writer, nothing is read as HTML. */
export const print = async (request, container) => {
  try {
    const svg = new DOMParser().parseFromString(await draw(request), 'image/svg+xml');
    container.replaceChildren(document.importNode(svg.documentElement, true));
  } catch (error) {
    console.error('Pôles: the printed map could not be drawn', error);
  }
  window.print();
};
