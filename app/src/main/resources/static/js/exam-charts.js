// Exam report charts (ECharts). Each chart's data sits in a data-chart attribute as JSON built on the server;
// kept in a file because the Content-Security-Policy forbids inline scripts.
(function () {
  'use strict';

  var PALETTE = ['#c0392b', '#2e86c1', '#27ae60', '#f39c12', '#8e44ad', '#16a085', '#d35400', '#7f8c8d'];

  function percentAxis(spec) {
    return spec.percent ? {type: 'value', name: spec.yName || '', axisLabel: {formatter: '{value}%'}}
      : {type: 'value', name: spec.yName || ''};
  }

  function cartesian(spec, defaultKind) {
    var series = spec.series.map(function (s) {
      return {name: s.name, type: s.kind || defaultKind, data: s.data, connectNulls: false,
        label: {show: spec.series.length === 1, position: 'top'}};
    });
    if (spec.reference !== undefined && spec.reference !== null && series.length > 0) {
      series[0].markLine = {symbol: 'none', data: [{yAxis: Math.round(spec.reference * 100) / 100,
        name: spec.referenceName || ''}], label: {position: 'insideEndTop', formatter: (spec.referenceName || '') + ' {c}'}};
    }
    return {
      color: PALETTE,
      tooltip: {trigger: 'axis', valueFormatter: function (v) { return v === null || v === undefined ? '—' : v + (spec.percent ? '%' : ''); }},
      legend: {show: spec.series.length > 1, top: 0},
      grid: {left: 48, right: 16, top: spec.series.length > 1 ? 40 : 24, bottom: 32, containLabel: true},
      xAxis: {type: 'category', data: spec.categories, axisLabel: {interval: 0, rotate: spec.categories.length > 12 ? 45 : 0}},
      yAxis: percentAxis(spec),
      series: series
    };
  }

  function radar(spec) {
    return {
      color: PALETTE,
      tooltip: {},
      legend: {top: 0, type: 'scroll'},
      radar: {indicator: spec.indicators, radius: '62%', center: ['50%', '56%']},
      series: [{type: 'radar', data: spec.series.map(function (s) {
        return {name: s.name, value: s.data.map(function (v) { return v === null ? 0 : v; })};
      })}]
    };
  }

  function option(spec) {
    if (spec.type === 'radar') {
      return radar(spec);
    }
    return cartesian(spec, spec.type === 'line' ? 'line' : 'bar');
  }

  function init() {
    if (!window.echarts) {
      return;
    }
    var charts = [];
    document.querySelectorAll('[data-chart]').forEach(function (element) {
      var spec = JSON.parse(element.getAttribute('data-chart'));
      var chart = window.echarts.init(element, null, {renderer: 'canvas'});
      chart.setOption(option(spec));
      charts.push(chart);
      element.setAttribute('data-chart-ready', 'true');
    });
    var resize = function () {
      charts.forEach(function (chart) { chart.resize(); });
    };
    window.addEventListener('resize', resize);
    window.addEventListener('beforeprint', resize);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
}());
