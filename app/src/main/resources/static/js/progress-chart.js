// A student's own points per week (/me and the family pages): a line chart from data-weeks / data-points.
(function () {
  'use strict';
  document.querySelectorAll('.week-chart').forEach(function (el) {
    if (!window.echarts || !el.dataset.weeks) {
      return;
    }
    var label = el.dataset.label || '';
    var chart = window.echarts.init(el);
    chart.setOption({
      grid: { left: 36, right: 12, top: 12, bottom: 28 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: el.dataset.weeks.split(',').map(function (w) { return label.replace('{0}', w); }) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ type: 'line', smooth: true, areaStyle: { opacity: 0.15 },
        data: el.dataset.points.split(',').map(Number), itemStyle: { color: '#c0392b' } }]
    });
    window.addEventListener('resize', function () { chart.resize(); });
  });
}());
