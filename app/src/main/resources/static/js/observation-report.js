// The observation report's COPUS-style timeline: one row per observer, one coloured bar per activity segment, in
// minutes from the observer's first activity tap. Data comes from the page (data-timeline); ECharts is the bundled
// webjar. No inline script: the Content-Security-Policy forbids it.
(function () {
  'use strict';

  var COLORS = {LECTURE: '#d9534f', QA: '#f0ad4e', GROUP: '#5cb85c', SHOW: '#5bc0de', PRACTICE: '#337ab7',
    OTHER: '#999999'};

  function draw() {
    var el = document.getElementById('obs-timeline');
    if (!el || !window.echarts) {
      return;
    }
    var data = JSON.parse(el.getAttribute('data-timeline'));
    if (data.segments.length === 0) {
      el.classList.add('d-none');
      return;
    }
    el.style.height = Math.max(140, 70 + 50 * data.observers.length) + 'px';
    var chart = window.echarts.init(el, null, {renderer: 'svg'});
    var codes = Object.keys(data.labels);
    var series = codes.map(function (code) {
      return {
        name: data.labels[code], type: 'custom', itemStyle: {color: COLORS[code]},
        encode: {x: [1, 2], y: 0},
        renderItem: function (params, api) {
          var start = api.coord([api.value(1), api.value(0)]);
          var end = api.coord([api.value(2), api.value(0)]);
          var height = api.size([0, 1])[1] * 0.6;
          return {type: 'rect', shape: {x: start[0], y: start[1] - height / 2, width: Math.max(1, end[0] - start[0]),
            height: height}, style: api.style()};
        },
        data: data.segments.filter(function (s) { return s[3] === code; })
          .map(function (s) { return [s[0], s[1], s[2]]; })
      };
    });
    chart.setOption({
      animation: false,
      legend: {top: 0, data: codes.map(function (c) { return data.labels[c]; })},
      grid: {left: 70, right: 16, top: 48, bottom: 32},
      tooltip: {formatter: function (p) {
        return p.seriesName + ': ' + p.value[1].toFixed(1) + '–' + p.value[2].toFixed(1) + ' ' + data.minuteLabel;
      }},
      xAxis: {type: 'value', min: 0, name: data.minuteLabel, nameLocation: 'middle', nameGap: 22},
      yAxis: {type: 'category', data: data.observers, inverse: true},
      series: series
    });
    window.addEventListener('resize', function () { chart.resize(); });
    window.addEventListener('beforeprint', function () { chart.resize(); });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  } else {
    draw();
  }
}());
