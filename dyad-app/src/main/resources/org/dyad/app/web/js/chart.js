// The cooperation–conflict series of a dyad: stories per PLOVER quad class and month (stacked bars), mean
// Goldstein intensity (line), turning points marked; zooming or brushing the chart narrows the period.
import { getJson } from './api.js';
import { clear, el, note } from './dom.js';

const QUADS = [
  ['verbal-cooperation', 'Verbal cooperation', '#8cc78f'],
  ['material-cooperation', 'Material cooperation', '#2e7d32'],
  ['verbal-conflict', 'Verbal conflict', '#f2a65a'],
  ['material-conflict', 'Material conflict', '#c62828'],
];
let chart = null;
let points = [];
let onRange = () => {};

/** Loads and draws the monthly series of a dyad param ("USA:RUS"); range(from, to) hears zooms and brushes. */
export async function loadSeries(dyad, selection, range) {
  onRange = range;
  const holder = document.getElementById('chart');
  if (!dyad) {
    dispose(holder);
    note('chart-note', 'Pick both sides of a dyad to see its series.');
    return;
  }
  try {
    const series = await getJson('/api/series', { dyad, from: selection.from, to: selection.to, by: 'month' });
    points = series.points;
    if (!points.length) {
      dispose(holder);
      note('chart-note', 'No dated events that occurred between these two actors in this period.');
      return;
    }
    note('chart-note', '');
    draw(holder, series);
  } catch (e) {
    dispose(holder);
    note('chart-note', `Series: ${e.message}`);
  }
}

function dispose(holder) {
  if (chart) chart.dispose();
  chart = null;
  holder.hidden = true;
  holder.dataset.state = 'empty';
  clear(document.getElementById('turning-points'));
}

function draw(holder, series) {
  if (!window.echarts) {
    note('chart-note', 'The chart library did not load.');
    return;
  }
  holder.hidden = false;
  if (!chart) {
    chart = window.echarts.init(holder, null, { renderer: 'canvas' });
    chart.on('datazoom', debounce(zoomed, 250));
    chart.on('brushEnd', brushed);
    window.addEventListener('resize', () => chart && chart.resize());
  }
  chart.setOption(option(series), true);
  holder.dataset.state = 'drawn';
  holder.dataset.periods = String(series.points.length);
  listTurningPoints(series.turning_points);
}

function option(series) {
  const labels = series.points.map((p) => p.period);
  const bars = QUADS.map(([key, name, color]) => ({
    name, type: 'bar', stack: 'stories', itemStyle: { color }, emphasis: { focus: 'series' },
    data: series.points.map((p) => (p.by_quad && p.by_quad[key]) || 0),
  }));
  const line = {
    // a month without events has no mean: the line breaks there rather than joining its neighbours straight
    name: 'Mean intensity', type: 'line', yAxisIndex: 1, connectNulls: false, showAllSymbol: true, symbolSize: 5,
    itemStyle: { color: '#2456a6' }, data: series.points.map((p) => p.mean_intensity),
    markLine: { symbol: 'none', silent: true, data: turningLines(series.turning_points) },
  };
  return {
    animation: false,
    grid: { left: 48, right: 52, top: 64, bottom: 78 },
    legend: { top: 0, left: 0, right: 60, data: [...QUADS.map((q) => q[1]), 'Mean intensity'] },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    toolbox: { right: 0, top: 0, feature: { brush: { type: ['lineX', 'clear'] }, restore: {} } },
    brush: { xAxisIndex: 0, brushType: 'lineX', brushMode: 'single', throttleType: 'debounce', throttleDelay: 300 },
    xAxis: { type: 'category', data: labels },
    yAxis: [
      { type: 'value', name: 'stories', minInterval: 1 },
      { type: 'value', name: 'intensity', min: -10, max: 10, splitLine: { show: false } },
    ],
    dataZoom: [{ type: 'slider', xAxisIndex: 0, bottom: 8, height: 22 }, { type: 'inside', xAxisIndex: 0 }],
    series: [...bars, line],
  };
}

function turningLines(turningPoints) {
  return (turningPoints || []).map((tp) => ({
    xAxis: tp.period,
    lineStyle: { color: tp.kind === 'thaw' ? '#2e7d32' : '#c62828', type: 'dashed', width: 2 },
    label: { formatter: tp.kind === 'thaw' ? 'thaw' : 'freeze', position: 'end' },
  }));
}

function listTurningPoints(turningPoints) {
  const list = clear(document.getElementById('turning-points'));
  for (const tp of turningPoints || []) {
    const first = (tp.summaries || [])[0] || '';
    const why = first.length > 180 ? `${first.slice(0, 177)}…` : first;
    list.appendChild(el('li', { className: tp.kind },
      el('strong', {}, `${tp.kind === 'thaw' ? 'Thaw' : 'Freeze'} from ${tp.period}`),
      ` — mean intensity ${fmt(tp.mean_before)} → ${fmt(tp.mean_after)}. `, why));
  }
}

function fmt(x) {
  return Number(x).toFixed(1);
}

function zoomed() {
  const zoom = chart.getOption().dataZoom[0];
  const last = points.length - 1;
  const first = Number.isInteger(zoom.startValue) ? zoom.startValue : Math.round((zoom.start / 100) * last);
  const end = Number.isInteger(zoom.endValue) ? zoom.endValue : Math.round((zoom.end / 100) * last);
  rangeOf(first, end);
}

function brushed(params) {
  const area = params.areas && params.areas[0];
  if (!area || !area.coordRange) return;
  rangeOf(area.coordRange[0], area.coordRange[1]);
}

/** Reports the days from the first to the last month shown (indexes into points). */
function rangeOf(first, last) {
  const a = points[Math.max(0, Math.min(first, last))];
  const b = points[Math.min(points.length - 1, Math.max(first, last))];
  if (a && b) onRange(a.start, monthEnd(b.start));
}

function monthEnd(start) {
  const [y, m] = start.split('-').map(Number);
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${start.slice(0, 7)}-${String(last).padStart(2, '0')}`;
}

function debounce(fn, ms) {
  let timer = null;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}

/** The chart instance (tests and the console use it to zoom). */
export function seriesChart() {
  return chart;
}
