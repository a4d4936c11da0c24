// Leaflet, Chart.js and the map data load only when a page needs them, so the first page is
// usable at once. All come from this server (WebJars and the war's console/lib), never a CDN.
const loaded = new Map();

function script(src) {
  if (!loaded.has(src)) {
    loaded.set(src, new Promise((resolve, reject) => {
      const s = Object.assign(document.createElement('script'), { src, onload: resolve, onerror: () => reject(new Error(`cannot load ${src}`)) });
      document.head.append(s);
    }));
  }
  return loaded.get(src);
}

function css(href) {
  if (!document.querySelector(`link[href="${href}"]`)) {
    document.head.append(Object.assign(document.createElement('link'), { rel: 'stylesheet', href }));
  }
}

export async function leaflet() {
  css('/webjars/leaflet/1.9.4/dist/leaflet.css');
  await Promise.all([script('/webjars/leaflet/1.9.4/dist/leaflet.js'), script('lib/topojson-client/dist/topojson-client.min.js')]);
  return window.L;
}

export async function chart() {
  await script('/webjars/chart.js/4.5.1/dist/chart.umd.min.js');
  return window.Chart;
}

let countries;
/** Natural Earth country outlines (1:50m) as GeoJSON. */
export async function countryOutlines() {
  if (!countries) {
    countries = (async () => {
      await leaflet();
      const world = await (await fetch('lib/world-atlas/countries-50m.json')).json();
      return window.topojson.feature(world, world.objects.countries);
    })();
  }
  return countries;
}
