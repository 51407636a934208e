// Survey charts (ECharts, the bundled webjar): per question the percentage of each option, one bar series per class
// that is broken down and the overall. The data sits in data-survey-chart as JSON built on the server
// (SurveyTables.charts); a file because the Content-Security-Policy forbids inline scripts.
(function () {
  'use strict';

  var PALETTE = ['#2e86c1', '#c0392b', '#27ae60', '#f39c12', '#8e44ad', '#16a085', '#d35400', '#7f8c8d'];

  function init() {
    if (!window.echarts) {
      return;
    }
    var charts = [];
    document.querySelectorAll('[data-survey-chart]').forEach(function (element) {
      var spec = JSON.parse(element.getAttribute('data-survey-chart'));
      var chart = window.echarts.init(element, null, {renderer: 'canvas'});
      chart.setOption({
        color: PALETTE,
        tooltip: {trigger: 'axis', valueFormatter: function (v) { return v + '%'; }},
        legend: {top: 0, type: 'scroll'},
        grid: {left: 40, right: 16, top: 36, bottom: 24, containLabel: true},
        xAxis: {type: 'category', data: spec.categories, axisLabel: {interval: 0}},
        yAxis: {type: 'value', max: 100, axisLabel: {formatter: '{value}%'}},
        series: spec.series.map(function (s) { return {name: s.name, type: 'bar', data: s.data}; })
      });
      charts.push(chart);
      element.setAttribute('data-chart-ready', 'true');
    });
    window.addEventListener('resize', function () {
      charts.forEach(function (chart) { chart.resize(); });
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
}());
