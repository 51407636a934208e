// The live observation tool (观课). Every tap is written to localStorage first and shown at once; a queue of pending
// taps is sent in batches to the server, which stores each client-made id once (a retry never double-counts). The
// screen is rebuilt after a reload from the local copy and then from the server's copy of this observer's taps.
// CSRF headers come from window.Hezuo.csrfHeaders() (app.js), the one place that reads the token.
(function () {
  'use strict';

  var root = document.getElementById('obs-tool');
  if (!root) {
    return;
  }
  var url = root.getAttribute('data-events-url');
  var key = 'hezuo.obs.' + root.getAttribute('data-lesson-id') + '.' + root.getAttribute('data-observer');
  var BATCH = 500;

  // synced: taps the server holds; pending: taps not confirmed yet (kept under their own key, so a tap writes little).
  var synced = read(key + '.synced') || [];
  var pending = read(key + '.pending') || [];
  var state;
  var inFlight = false;
  var retryTimer = null;
  // How long each tap took to reach the screen and the local queue (ms); read by the browser test's measurement.
  var tapTimes = [];
  window.HezuoObservationTapTimes = tapTimes;

  function read(name) {
    try {
      return JSON.parse(window.localStorage.getItem(name));
    } catch (e) {
      return null;
    }
  }

  function write(name, value) {
    window.localStorage.setItem(name, JSON.stringify(value));
  }

  // An id unique enough for one lesson; crypto.getRandomValues also works on plain http (randomUUID does not).
  function newId() {
    var bytes = new Uint8Array(12);
    window.crypto.getRandomValues(bytes);
    var hex = '';
    for (var i = 0; i < bytes.length; i++) {
      hex += (bytes[i] + 0x100).toString(16).substring(1);
    }
    return Date.now().toString(36) + '-' + hex;
  }

  function fresh() {
    return {startedAt: null, ended: null, current: null, openQuestion: null, speakers: {}, counters: {NEW: 0, AGAIN: 0},
      questions: {}, waits: [], correct: 0, total: 0, ids: {}};
  }

  // Folds one tap into the screen state (taps arrive in time order when rebuilding, in tap order when live).
  function apply(e) {
    if (state.ids[e.id]) {
      return;
    }
    state.ids[e.id] = true;
    switch (e.kind) {
      case 'START':
        if (state.startedAt === null || e.clientAt < state.startedAt) {
          state.startedAt = e.clientAt;
        }
        break;
      case 'ACTIVITY':
        state.current = e.code;
        break;
      case 'END':
        state.ended = e.at;
        state.current = null;
        break;
      case 'SPEAK':
        if (e.studentId) {
          state.speakers[e.studentId] = (state.speakers[e.studentId] || 0) + 1;
        } else {
          state.counters[e.code] = (state.counters[e.code] || 0) + 1;
        }
        break;
      case 'QUESTION':
        state.questions[e.code] = (state.questions[e.code] || 0) + 1;
        state.openQuestion = {id: e.id, at: e.at};
        break;
      case 'ANSWER':
        if (state.openQuestion && state.openQuestion.id === e.ref) {
          state.waits.push(e.at - state.openQuestion.at);
          state.openQuestion = null;
        }
        break;
      case 'EXERCISE':
        state.correct += e.correct;
        state.total += e.total;
        break;
      default:
        break;
    }
  }

  function rebuild() {
    state = fresh();
    var all = synced.concat(pending).slice();
    all.sort(function (a, b) { return a.at - b.at; });
    all.forEach(apply);
    render();
    var log = document.getElementById('obs-log');
    log.textContent = '';
    all.filter(function (e) { return e.kind === 'NOTE'; }).forEach(logNote);
  }

  function text(id, value) {
    var el = document.getElementById(id);
    if (el) {
      el.textContent = value;
    }
  }

  function render() {
    document.querySelectorAll('.obs-code').forEach(function (b) {
      b.classList.toggle('active', b.getAttribute('data-code') === state.current);
      b.disabled = state.ended !== null;
    });
    var current = document.querySelector('.obs-code[data-code="' + state.current + '"]');
    text('obs-current', state.ended !== null ? root.getAttribute('data-msg-ended')
      : current ? current.textContent : document.getElementById('obs-current').textContent);
    document.querySelectorAll('.obs-seat').forEach(function (seat) {
      var n = state.speakers[seat.getAttribute('data-student-id')] || 0;
      seat.classList.toggle('spoke', n > 0);
      seat.querySelector('.obs-seat-count').textContent = n > 0 ? String(n) : '';
    });
    text('count-NEW', state.counters.NEW || 0);
    text('count-AGAIN', state.counters.AGAIN || 0);
    var named = Object.keys(state.speakers);
    var turns = named.reduce(function (s, k) { return s + state.speakers[k]; }, 0);
    text('obs-speakers', named.length + (state.counters.NEW || 0));
    text('obs-turns', turns + (state.counters.NEW || 0) + (state.counters.AGAIN || 0));
    document.querySelectorAll('.obs-question-count').forEach(function (badge) {
      badge.textContent = state.questions[badge.getAttribute('data-code')] || 0;
    });
    document.getElementById('obs-answered').classList.toggle('d-none', !state.openQuestion);
    text('obs-avg-wait', state.waits.length === 0 ? '—'
      : (state.waits.reduce(function (s, w) { return s + w; }, 0) / state.waits.length / 1000).toFixed(1) + 's');
    text('obs-accuracy', state.total === 0 ? '—'
      : state.correct + '/' + state.total + ' = ' + (100 * state.correct / state.total).toFixed(1) + '%');
    document.getElementById('obs-end').disabled = state.ended !== null || state.startedAt === null;
    renderPending();
  }

  function renderPending() {
    var badge = document.getElementById('obs-pending');
    badge.textContent = root.getAttribute('data-msg-pending') + ' ' + pending.length;
    badge.setAttribute('data-count', String(pending.length));
    badge.classList.toggle('bg-warning', pending.length > 0);
    badge.classList.toggle('bg-success', pending.length === 0);
  }

  function logNote(e) {
    var li = document.createElement('li');
    li.className = 'obs-log-note';
    var strong = document.createElement('strong');
    strong.textContent = Math.floor(e.at / 60000) + '′ ';
    li.appendChild(strong);
    li.appendChild(document.createTextNode(e.note));
    document.getElementById('obs-log').prepend(li);
  }

  function now() {
    return Date.now();
  }

  // Records one tap: local first (queue + screen), the network later.
  function record(kind, fields) {
    var t0 = window.performance.now();
    var clientAt = now();
    if (state.startedAt === null && kind !== 'NOTE') {
      push({id: newId(), kind: 'START', at: 0, clientAt: clientAt});
    }
    var e = {id: newId(), kind: kind, at: Math.max(0, clientAt - (state.startedAt === null ? clientAt : state.startedAt)),
      clientAt: clientAt};
    Object.keys(fields || {}).forEach(function (k) { e[k] = fields[k]; });
    push(e);
    render();
    if (kind === 'NOTE') {
      logNote(e);
    }
    tapTimes.push(window.performance.now() - t0);
    root.setAttribute('data-last-tap-ms', tapTimes[tapTimes.length - 1].toFixed(2));
    root.setAttribute('data-max-tap-ms', Math.max.apply(null, tapTimes).toFixed(2));
    root.setAttribute('data-taps', String(tapTimes.length));
    window.setTimeout(sync, 0);
    return e;
  }

  function push(e) {
    pending.push(e);
    write(key + '.pending', pending);
    apply(e);
  }

  function setOffline(offline) {
    document.getElementById('obs-offline').classList.toggle('d-none', !offline);
    root.setAttribute('data-online', offline ? 'false' : 'true');
  }

  function scheduleRetry() {
    if (retryTimer === null) {
      retryTimer = window.setTimeout(function () {
        retryTimer = null;
        sync();
      }, 3000);
    }
  }

  function showRefused(list) {
    var box = document.getElementById('obs-refused');
    if (list.length === 0) {
      return;
    }
    box.textContent = list.map(function (r) { return r.message; }).join('\n');
    box.classList.remove('d-none');
  }

  // Sends up to BATCH pending taps; what the server stored, already had, or refused leaves the queue.
  function sync() {
    if (inFlight || pending.length === 0) {
      renderPending();
      return;
    }
    inFlight = true;
    var batch = pending.slice(0, BATCH);
    window.fetch(url, {method: 'POST', credentials: 'same-origin',
      headers: window.Hezuo.csrfHeaders({'Content-Type': 'application/json', 'Accept': 'application/json'}),
      body: JSON.stringify(batch)})
      .then(function (response) {
        if (!response.ok) {
          return response.json().catch(function () { return {}; }).then(function (body) {
            var error = new Error(body.message || String(response.status));
            error.status = response.status;
            throw error;
          });
        }
        return response.json();
      })
      .then(function (result) {
        var done = {};
        result.stored.concat(result.duplicates).forEach(function (id) { done[id] = 'ok'; });
        result.refused.forEach(function (r) { done[r.id] = 'refused'; });
        synced = synced.concat(batch.filter(function (e) { return done[e.id] === 'ok'; }));
        pending = pending.filter(function (e) { return !done[e.id]; });
        write(key + '.synced', synced);
        write(key + '.pending', pending);
        showRefused(result.refused);
        setOffline(false);
        inFlight = false;
        if (result.refused.length > 0) {
          rebuild();
        }
        renderPending();
        if (pending.length > 0) {
          window.setTimeout(sync, 0);
        }
      })
      .catch(function (error) {
        inFlight = false;
        if (error.status && error.status < 500) {
          showRefused([{message: error.message}]);
          return;
        }
        setOffline(true);
        scheduleRetry();
      });
  }

  // The server's copy of this observer's taps replaces the local synced copy (another device may have added some).
  function load() {
    window.fetch(url, {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
      .then(function (response) {
        if (!response.ok) {
          throw new Error(String(response.status));
        }
        return response.json();
      })
      .then(function (body) {
        var held = {};
        synced = body.events.map(function (e) {
          held[e.id] = true;
          return {id: e.id, kind: e.kind, code: e.code, at: e.atMs, clientAt: e.clientAt, studentId: e.studentId,
            correct: e.correct, total: e.total, ref: e.ref, note: e.note};
        });
        pending = pending.filter(function (e) { return !held[e.id]; });
        write(key + '.synced', synced);
        write(key + '.pending', pending);
        setOffline(false);
        rebuild();
        sync();
      })
      .catch(function () {
        setOffline(true);
        scheduleRetry();
      });
  }

  function tick() {
    var timer = document.getElementById('obs-timer');
    if (state.startedAt === null && state.ended === null) {
      timer.textContent = '00:00';
    } else {
      var ms = state.ended !== null ? state.ended : now() - state.startedAt;
      var s = Math.floor(ms / 1000);
      timer.textContent = String(Math.floor(s / 60)).padStart(2, '0') + ':' + String(s % 60).padStart(2, '0');
    }
    if (state.openQuestion) {
      text('obs-wait', ((now() - state.startedAt - state.openQuestion.at) / 1000).toFixed(0));
    }
  }

  root.addEventListener('click', function (event) {
    var target = event.target.closest('button');
    if (!target || target.disabled) {
      return;
    }
    if (target.classList.contains('obs-code')) {
      if (target.getAttribute('data-code') !== state.current) {
        record('ACTIVITY', {code: target.getAttribute('data-code')});
      }
    } else if (target.classList.contains('obs-seat')) {
      record('SPEAK', {studentId: Number(target.getAttribute('data-student-id'))});
    } else if (target.hasAttribute('data-speak')) {
      record('SPEAK', {code: target.getAttribute('data-speak')});
    } else if (target.classList.contains('obs-question')) {
      record('QUESTION', {code: target.getAttribute('data-code')});
    } else if (target.id === 'obs-answered' && state.openQuestion) {
      record('ANSWER', {ref: state.openQuestion.id});
    } else if (target.id === 'ex-add') {
      var correct = document.getElementById('ex-correct');
      var total = document.getElementById('ex-total');
      var c = Number(correct.value);
      var t = Number(total.value);
      if (correct.value === '' || total.value === '' || t < 1 || c < 0 || c > t) {
        showRefused([{message: root.getAttribute('data-msg-accuracy')}]);
        return;
      }
      record('EXERCISE', {correct: c, total: t});
      correct.value = '';
      total.value = '';
    } else if (target.id === 'note-add') {
      var note = document.getElementById('note-text');
      if (note.value.trim() === '') {
        return;
      }
      record('NOTE', {note: note.value.trim()});
      note.value = '';
    } else if (target.id === 'obs-end' && state.startedAt !== null) {
      record('END', {});
    }
  });

  window.addEventListener('online', sync);
  state = fresh();
  rebuild();
  load();
  tick();
  window.setInterval(tick, 500);
}());
