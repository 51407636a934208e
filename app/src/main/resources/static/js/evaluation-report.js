// Evaluation report charts: bar charts from the data-labels / data-values of their containers.
(function () {
  'use strict';
  ['chart-groups', 'chart-stages'].forEach(function (id) {
    var el = document.getElementById(id);
    if (!el || !window.echarts || !el.dataset.labels) {
      return;
    }
    var chart = window.echarts.init(el);
    chart.setOption({
      grid: { left: 40, right: 10, top: 10, bottom: 40 },
      tooltip: {},
      xAxis: { type: 'category', data: el.dataset.labels.split('|'), axisLabel: { interval: 0, rotate: 30 } },
      yAxis: { type: 'value' },
      series: [{ type: 'bar', data: el.dataset.values.split('|').map(Number), itemStyle: { color: '#c0392b' } }]
    });
    window.addEventListener('resize', function () { chart.resize(); });
  });
}());
