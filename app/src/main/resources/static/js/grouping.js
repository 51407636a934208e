// 分组 pages: pair pickers on the form; drag and drop and the balance charts on a plan (the lock toggles are plain
// hx-post buttons in group/plan.html; a move is sent through htmx.ajax, so both get the CSRF header from app.js).
// Data comes from data-* attributes (the Content-Security-Policy forbids inline scripts).
(function () {
  'use strict';

  // --- Form: keep-apart / keep-together pairs -------------------------------------------------
  function initPairPickers() {
    document.querySelectorAll('.pair-picker').forEach(function (picker) {
      var kind = picker.getAttribute('data-pair-kind');
      var list = document.querySelector('.pair-list[data-pair-kind="' + kind + '"]');
      picker.querySelector('.pair-add').addEventListener('click', function () {
        var a = picker.querySelector('.pair-a');
        var b = picker.querySelector('.pair-b');
        if (a.value === b.value) {
          return;
        }
        var value = Math.min(a.value, b.value) + '-' + Math.max(a.value, b.value);
        if (list.querySelector('input[value="' + value + '"]')) {
          return;
        }
        var item = document.createElement('li');
        var input = document.createElement('input');
        input.type = 'hidden';
        input.name = kind + 'Pairs';
        input.value = value;
        var label = document.createElement('span');
        label.className = 'pair-label';
        label.textContent = a.options[a.selectedIndex].text + ' ↔ ' + b.options[b.selectedIndex].text;
        var remove = document.createElement('button');
        remove.type = 'button';
        remove.className = 'btn btn-sm btn-link pair-remove';
        remove.textContent = picker.querySelector('.pair-add').getAttribute('data-remove-label') || '×';
        item.append(input, ' ', label, ' ', remove);
        list.appendChild(item);
      });
    });
    document.addEventListener('click', function (event) {
      if (event.target.classList.contains('pair-remove')) {
        event.target.closest('li').remove();
      }
    });
  }

  // --- Plan: drag and drop between groups ----------------------------------------------------
  function workspace() {
    return document.getElementById('workspace');
  }

  function post(url, values) {
    var ws = workspace();
    values.version = ws.getAttribute('data-version');
    return htmx.ajax('POST', url, {target: '#workspace', swap: 'outerHTML', values: values});
  }

  function initDragAndDrop() {
    var ws = workspace();
    if (!ws || ws.getAttribute('data-editable') !== 'true' || typeof Sortable === 'undefined') {
      return;
    }
    ws.querySelectorAll('.member-list').forEach(function (list) {
      Sortable.create(list, {
        group: 'members',
        animation: 120,
        filter: '.member-locked, .lock-toggle',
        preventOnFilter: false,
        onEnd: function (event) {
          var from = event.from.getAttribute('data-group');
          var to = event.to.getAttribute('data-group');
          if (from === to) {
            return;
          }
          post(ws.getAttribute('data-move-url'), {
            studentId: event.item.getAttribute('data-student-id'),
            toGroup: to
          });
        }
      });
    });
  }

  // --- Plan: balance charts (ECharts) ---------------------------------------------------------
  function initCharts() {
    if (typeof echarts === 'undefined') {
      return;
    }
    document.querySelectorAll('.chart[data-chart]').forEach(function (element) {
      var data = JSON.parse(element.getAttribute('data-chart'));
      var groups = data.groups.map(function (g) { return String(g); });
      var option;
      if (element.getAttribute('data-kind') === 'means') {
        option = {
          title: {text: element.getAttribute('data-title'), textStyle: {fontSize: 13}},
          tooltip: {trigger: 'axis'},
          legend: {top: 22, type: 'scroll'},
          grid: {top: 56, left: 40, right: 10, bottom: 24},
          xAxis: {type: 'category', data: groups},
          // From zero: equal bars are the point (组间同质); a zoomed axis would make tiny gaps look large.
          yAxis: {type: 'value', min: 0},
          series: data.subjects.map(function (subject, i) {
            return {
              name: subject, type: 'bar', data: data.means[i],
              markLine: {symbol: 'none', label: {formatter: element.getAttribute('data-class-mean') + ' {c}'},
                data: [{yAxis: data.classMeans[i]}]}
            };
          })
        };
      } else {
        var series = [
          {name: element.getAttribute('data-boys'), type: 'bar', stack: 'gender', data: data.boys},
          {name: element.getAttribute('data-girls'), type: 'bar', stack: 'gender', data: data.girls}
        ];
        data.tiers.forEach(function (counts, i) {
          series.push({name: element.getAttribute('data-tier-label') + (i + 1), type: 'bar', stack: 'tier', data: counts});
        });
        option = {
          title: {text: element.getAttribute('data-title'), textStyle: {fontSize: 13}},
          tooltip: {trigger: 'axis'},
          legend: {top: 22, type: 'scroll'},
          grid: {top: 56, left: 30, right: 10, bottom: 24},
          xAxis: {type: 'category', data: groups},
          yAxis: {type: 'value', minInterval: 1},
          series: series
        };
      }
      var chart = echarts.getInstanceByDom(element) || echarts.init(element);
      chart.setOption(option, true);
    });
  }

  function initPlan() {
    var ws = workspace();
    if (ws) {
      // Forms outside the workspace (save, re-run) must send the version the page now shows.
      document.querySelectorAll('.plan-version').forEach(function (input) {
        input.value = ws.getAttribute('data-version');
      });
    }
    initDragAndDrop();
    initCharts();
  }

  // A refused change (someone else changed the plan, a saved plan) explains itself instead of failing silently.
  document.addEventListener('htmx:responseError', function (event) {
    var holder = document.createElement('div');
    holder.innerHTML = event.detail.xhr.responseText;
    var problem = holder.querySelector('#problem p');
    window.alert(problem ? problem.textContent : event.detail.xhr.status);
    window.location.reload();
  });

  document.addEventListener('htmx:afterSettle', function (event) {
    if (event.target && event.target.id === 'workspace') {
      initPlan();
    }
  });

  document.addEventListener('DOMContentLoaded', function () {
    initPairPickers();
    initPlan();
  });
}());
