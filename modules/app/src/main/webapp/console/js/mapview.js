// A map without internet tiles: Natural Earth country outlines under the plan's flows.
import { leaflet, countryOutlines } from './libs.js';
import * as fmt from './fmt.js';

export const MODE_COLOURS = { HOME_PICKUP: '#b8420f', DROP_OFF_POINT: '#0b5cad', STORE: '#6a3d9a', NONE: '#555555' };

export async function createMap(element) {
  const L = await leaflet();
  // One canvas for the outlines and every line: an SVG element per country and per flow made the
  // map's first draw one long main-thread task (docs/performance.md#console).
  const map = L.map(element, { preferCanvas: true, zoomSnap: 0.5 }).setView([54, 10], 4);
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution('Country outlines: Natural Earth (public domain), world-atlas');
  L.geoJSON(await countryOutlines(), {
    style: { color: '#8a99a8', weight: 0.7, fillColor: '#fbfbf8', fillOpacity: 1 }, interactive: false,
  }).addTo(map);
  const legend = L.control({ position: 'bottomleft' });
  legend.onAdd = () => {
    const div = L.DomUtil.create('div', 'legend');
    div.innerHTML = Object.entries(MODE_COLOURS).filter(([m]) => m !== 'NONE')
      .map(([m, c]) => `<i style="background:${c}"></i>${m.replace(/_/g, ' ').toLowerCase()}`).join('<br>')
      + '<br><i style="background:#0a6b2b"></i>more parcels (diff)<br><i style="background:#a4000f"></i>fewer parcels (diff)';
    return div;
  };
  legend.addTo(map);
  return { L, map, layer: L.layerGroup().addTo(map) };
}

const width = (parcels, max) => 1.5 + 10 * Math.sqrt(parcels / Math.max(1, max));

/** Flows as lines (width by parcels, colour by mode), hubs by use of capacity; a click shows the numbers. */
export function drawFlows({ L, map, layer }, data) {
  layer.clearLayers();
  const max = Math.max(...data.flows.map(f => f.parcels), 1);
  const bounds = [];
  for (const f of data.flows) {
    if (f.endLat == null) continue;
    const line = L.polyline([[f.lat, f.lon], [f.endLat, f.endLon]], {
      color: MODE_COLOURS[f.mode] || MODE_COLOURS.NONE, weight: width(f.parcels, max), opacity: 0.65, className: 'rr-flow',
    }).bindPopup(`<strong>${f.region} → ${escape(f.endName)}</strong><br>${f.mode.replace(/_/g, ' ').toLowerCase()}<br>`
      + `${fmt.num(f.parcels)} parcels, ${fmt.num(f.returns)} returns<br>${fmt.m3(f.volumeM3)} · ${fmt.eur(f.costEur)}`);
    layer.addLayer(line);
    bounds.push([f.lat, f.lon], [f.endLat, f.endLon]);
  }
  drawPlaces(L, layer, data);
  if (bounds.length) map.fitBounds(bounds, { padding: [20, 20] });
  drawn(map, bounds.length / 2, data);
}

/** On a canvas nothing drawn is in the DOM: the map's element says how many flows and places it shows. */
function drawn(map, flows, data) {
  Object.assign(map.getContainer().dataset, { flows, hubs: data.hubs.length, warehouses: data.warehouses.length });
  performance.mark('rr-map-drawn');
}

function drawPlaces(L, layer, data) {
  for (const hub of data.hubs) {
    const use = Number(hub.parcelUtilisationPercent || 0);
    layer.addLayer(L.circleMarker([hub.lat, hub.lon], {
      radius: 6 + Math.min(use, 150) / 10, color: '#12263f', weight: 2, fillOpacity: 0.9,
      fillColor: use > 100 ? '#a4000f' : use > 85 ? '#d98a00' : '#2e8540', className: 'rr-hub',
    }).bindPopup(`<strong>${escape(hub.name)}</strong><br>${fmt.num(hub.parcels)} of ${fmt.num(hub.capacityParcels)} parcels (${fmt.pct(use)})`
      + `<br>${fmt.m3(hub.volumeM3)} of ${fmt.m3(hub.capacityVolumeM3)}`));
  }
  for (const w of data.warehouses) {
    layer.addLayer(L.circleMarker([w.lat, w.lon], { radius: 9, color: '#000', weight: 3, fillColor: '#ffd200', fillOpacity: 1, className: 'rr-warehouse' })
      .bindPopup(`<strong>${escape(w.name)}</strong><br>central warehouse`));
  }
}

/** The flows that moved between two runs: green where the second run sends more parcels, red where fewer. */
export function drawDiff({ L, map, layer }, base, other) {
  layer.clearLayers();
  const key = f => `${f.region}|${f.endId}`;
  const sum = flows => flows.reduce((m, f) => m.set(key(f), { ...f, parcels: (m.get(key(f))?.parcels || 0) + f.parcels }), new Map());
  const a = sum(base.flows);
  const b = sum(other.flows);
  const diffs = [];
  for (const k of new Set([...a.keys(), ...b.keys()])) {
    const d = (b.get(k)?.parcels || 0) - (a.get(k)?.parcels || 0);
    if (d !== 0) diffs.push({ ...(b.get(k) || a.get(k)), delta: d });
  }
  const max = Math.max(...diffs.map(d => Math.abs(d.delta)), 1);
  for (const d of diffs) {
    if (d.endLat == null) continue;
    layer.addLayer(L.polyline([[d.lat, d.lon], [d.endLat, d.endLon]], {
      color: d.delta > 0 ? '#0a6b2b' : '#a4000f', weight: width(Math.abs(d.delta), max), opacity: 0.75, className: 'rr-flow',
      dashArray: d.delta > 0 ? null : '6 4',
    }).bindPopup(`<strong>${d.region} → ${escape(d.endName)}</strong><br>${d.delta > 0 ? '+' : ''}${fmt.num(d.delta)} parcels in the second run`));
  }
  drawPlaces(L, layer, other);
  drawn(map, diffs.filter(d => d.endLat != null).length, other);
  return diffs.length;
}

function escape(text) {
  return String(text).replace(/[&<>"']/g, c => `&#${c.charCodeAt(0)};`);
}
