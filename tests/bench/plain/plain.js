// The plain Leaflet page (benchmark fixture): what a careful developer writes by hand over the
// same files as Pôles — Leaflet, data/clusters.json and data/regions.geojson — with no framework:
// region outlines, one marker per current cluster, sector buttons that filter, and a list of
// names. `cargo xtask bench` times navigation → names and markers visible against the atlas.
// Data stays text (textContent), and nothing needs an inline script or style (strict CSP).
'use strict';

const DATA = '../data/clusters.json';
const REGIONS = '../data/regions.geojson';

const getJson = (url) => fetch(url).then((r) => {
  if (!r.ok) throw new Error(`${url}: ${r.status}`);
  return r.json();
});

// Both files are requested at once, as soon as this script runs.
const loading = Promise.all([getJson(DATA), getJson(REGIONS)]);

const map = L.map('map', { zoomSnap: 0.25, preferCanvas: false }).fitBounds([[41.3, -5.2], [51.1, 9.6]]);

loading.then(([dataset, regions]) => {
  L.geoJSON(regions, { style: () => ({ className: 'region' }), interactive: false }).addTo(map);

  const clusters = dataset.clusters.filter((c) => c.status === 'current')
    .sort((a, b) => a.name.localeCompare(b.name, 'en'));
  const colour = new Map(dataset.sectors.map((s) => [s.id, s.color]));
  const selected = new Set();

  const markers = clusters.map((c) => {
    const marker = L.marker([c.hq.lat, c.hq.lon], {
      icon: L.divIcon({ className: 'plain-marker', html: '', iconSize: [14, 14] }),
      title: c.name,
      alt: c.name,
    }).addTo(map);
    marker.getElement().style.background = colour.get(c.sectors[0]) ?? '#1f4e9c';
    const tip = document.createElement('span');
    tip.textContent = `${c.name} — ${c.hq.city}`;
    marker.bindTooltip(tip);
    return marker;
  });

  const list = document.querySelector('.plain-list');
  const items = clusters.map((c, i) => {
    const li = document.createElement('li');
    const name = document.createElement('button');
    name.type = 'button';
    name.textContent = c.name;
    name.addEventListener('click', () => {
      map.setView(markers[i].getLatLng(), 9);
      markers[i].openTooltip();
    });
    const where = document.createElement('small');
    where.textContent = c.hq.city;
    li.append(name, where);
    return li;
  });
  list.append(...items);

  const count = document.querySelector('.count');
  const update = () => {
    let shown = 0;
    clusters.forEach((c, i) => {
      const visible = selected.size === 0 || c.sectors.some((s) => selected.has(s));
      markers[i].getElement()?.classList.toggle('hidden', !visible);
      items[i].hidden = !visible;
      if (visible) shown += 1;
    });
    count.textContent = `${shown} clusters shown`;
  };

  const bar = document.querySelector('.sectors');
  for (const sector of dataset.sectors) {
    const button = document.createElement('button');
    button.type = 'button';
    button.dataset.sector = sector.id;
    button.setAttribute('aria-pressed', 'false');
    button.textContent = sector.short_label?.en ?? sector.label.en;
    button.addEventListener('click', () => {
      if (selected.has(sector.id)) selected.delete(sector.id);
      else selected.add(sector.id);
      button.setAttribute('aria-pressed', String(selected.has(sector.id)));
      update();
    });
    bar.append(button);
  }
  update();
  performance.mark('plain:rendered');
}).catch((error) => {
  const alert = document.createElement('p');
  alert.setAttribute('role', 'alert');
  alert.textContent = `The map could not load its data: ${error.message}`;
  document.querySelector('main').prepend(alert);
});
