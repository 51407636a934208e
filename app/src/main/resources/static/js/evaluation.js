// 课堂评价 board: pick a target (group, members, whole class), tap an item, and the board answers at once: the card
// pulses, "+3 精彩展示" floats up, the total counts up and a short sound plays — all before the server answers.
//
// Every award and undo goes through one outbox kept in localStorage (per class): the tap is written there first, then
// sent; it leaves the outbox only when the server has answered. So a dropped classroom Wi-Fi loses nothing, not even
// across a reload, and the badge says how many taps wait ("3 条待同步"). Replays are idempotent: an award carries the
// UUID made at the tap (eval_action.request_id is unique, AwardService answers a repeat with the first result), an
// undo that finds its award already undone (409) counts as done. A refusal (4xx) rolls that tap back with the
// server's message. Also here: keyboard shortcuts, the mute switch (remembered per class), 全屏, the item rail /
// bottom sheet, and timing figures for the browser test (window.Hezuo.evalPerf).
(function () {
  'use strict';

  var board = document.getElementById('eval-board');
  if (!board) {
    return;
  }
  var classId = board.dataset.classId;
  var OUTBOX_KEY = 'hezuo.eval.outbox.' + classId;
  var MUTE_KEY = 'hezuo.eval.mute.' + classId;
  var RAIL_KEY = 'hezuo.eval.rail.' + classId;
  var bundled = board.dataset.bundled === 'true';
  var reducedMotion = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  var selection = { kind: null, groupId: null, studentIds: [] };
  var lastAction = null; // { requestId, actionId, deltas, label, kind }
  var statusBox = document.getElementById('eval-status');
  var undoButton = document.getElementById('eval-undo');
  var targetLabel = document.getElementById('eval-target');
  var syncBadge = document.getElementById('eval-sync');
  var muteButton = document.getElementById('eval-mute');
  var items = document.getElementById('eval-items');
  var perf = { taps: [], handlers: [], inputDelays: [], frames: [], sounds: 0, chimes: 0, labels: [], pulses: 0 };
  window.Hezuo = window.Hezuo || {};
  window.Hezuo.evalPerf = perf;

  function jsonHeaders() {
    return window.Hezuo.csrfHeaders({ 'Content-Type': 'application/json', 'Accept': 'application/json' });
  }

  function uuid() {
    if (window.crypto && window.crypto.randomUUID) {
      return window.crypto.randomUUID();
    }
    var bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    var hex = Array.prototype.map.call(bytes, function (b) { return (b + 0x100).toString(16).substring(1); }).join('');
    return hex.substring(0, 8) + '-' + hex.substring(8, 12) + '-' + hex.substring(12, 16) + '-'
      + hex.substring(16, 20) + '-' + hex.substring(20);
  }

  function say(text, kind) {
    statusBox.textContent = text;
    statusBox.className = 'eval-status fw-bold ' + (kind === 'error' ? 'text-danger' : 'text-success');
  }

  function card(groupId) {
    return board.querySelector('.eval-card[data-group-id="' + groupId + '"]');
  }

  function groupTotalEl(groupId) {
    return board.querySelector('.eval-group[data-group-id="' + groupId + '"] .eval-group-total');
  }

  function memberTotalEl(studentId) {
    return board.querySelector('.eval-member[data-student-id="' + studentId + '"] .eval-member-total');
  }

  function chip(studentId) {
    return board.querySelector('.eval-member[data-student-id="' + studentId + '"]');
  }

  // ---- numbers: data-value is the truth at once; the text counts up to it (instantly under reduced motion) ----

  function valueOf(el) {
    return el.dataset.value !== undefined ? Number(el.dataset.value) : Number(el.textContent);
  }

  function show(el, value) {
    if (!el) {
      return;
    }
    var from = Number(el.textContent);
    el.dataset.value = String(value);
    if (reducedMotion || from === value || !isFinite(from)) {
      el.textContent = String(value);
      return;
    }
    var start = null;
    var duration = Math.min(600, 80 * Math.abs(value - from) + 120);
    function step(now) {
      if (el.dataset.value !== String(value)) {
        return; // a newer number took over
      }
      start = start === null ? now : start;
      var t = Math.min(1, (now - start) / duration);
      el.textContent = String(Math.round(from + (value - from) * (1 - Math.pow(1 - t, 3))));
      if (t < 1) {
        window.requestAnimationFrame(step);
      }
    }
    window.requestAnimationFrame(step);
  }

  function add(el, delta) {
    if (el) {
      show(el, valueOf(el) + delta);
    }
  }

  // The change a tap makes, as the server will compute it: { groups: {id: delta}, students: {id: delta} }.
  function deltasFor(target, points) {
    var deltas = { groups: {}, students: {} };
    function addTo(map, id, value) {
      map[id] = (map[id] || 0) + value;
    }
    if (target.kind === 'GROUP') {
      addTo(deltas.groups, target.groupId, points);
    } else if (target.kind === 'CLASS') {
      board.querySelectorAll('.eval-group').forEach(function (g) { addTo(deltas.groups, g.dataset.groupId, points); });
    } else {
      target.studentIds.forEach(function (id) {
        addTo(deltas.students, id, points);
        if (bundled) {
          addTo(deltas.groups, chip(id).dataset.groupId, points);
        }
      });
    }
    return deltas;
  }

  function apply(deltas, sign) {
    Object.keys(deltas.groups).forEach(function (id) { add(groupTotalEl(id), sign * deltas.groups[id]); });
    Object.keys(deltas.students).forEach(function (id) { add(memberTotalEl(id), sign * deltas.students[id]); });
  }

  // ---- feedback: pulse, floating label, sound; timed for the browser test ----

  var audio = null;
  function audioContext() {
    var Ctx = window.AudioContext || window.webkitAudioContext;
    if (!Ctx) {
      return null;
    }
    if (!audio) {
      audio = new Ctx();
    }
    if (audio.state === 'suspended') {
      audio.resume();
    }
    return audio;
  }

  // Made at run time with Web Audio (nothing to download): a rising chime for praise, two soft low notes otherwise.
  function chime(kind) {
    if (muted()) {
      return;
    }
    perf.chimes += 1;
    var ac;
    try {
      ac = audioContext();
    } catch (error) {
      ac = null; // no audio device: the board works silently
    }
    if (!ac) {
      return;
    }
    var praise = kind !== 'IMPROVE';
    var notes = praise ? [[659, 0], [880, 0.08], [1319, 0.16]] : [[392, 0], [311, 0.14]];
    notes.forEach(function (note) {
      var osc = ac.createOscillator();
      var gain = ac.createGain();
      var at = ac.currentTime + note[1];
      osc.type = praise ? 'sine' : 'triangle';
      osc.frequency.value = note[0];
      gain.gain.setValueAtTime(0.0001, at);
      gain.gain.exponentialRampToValueAtTime(praise ? 0.22 : 0.3, at + 0.015);
      gain.gain.exponentialRampToValueAtTime(0.0001, at + (praise ? 0.32 : 0.4));
      osc.connect(gain);
      gain.connect(ac.destination);
      osc.start(at);
      osc.stop(at + 0.45);
    });
    perf.sounds += 1;
    board.dataset.sounds = String(perf.sounds);
  }

  function muted() {
    return window.localStorage.getItem(MUTE_KEY) === '1';
  }

  function showMute() {
    if (muteButton) {
      var off = muted();
      muteButton.setAttribute('aria-pressed', String(off));
      muteButton.textContent = off ? muteButton.dataset.off : muteButton.dataset.on;
    }
  }

  // Frame times while something animates, so the test can report fps (requestAnimationFrame deltas).
  var animatingUntil = 0;
  var lastFrame = null;
  function watchFrames() {
    animatingUntil = performance.now() + 1300;
    if (lastFrame !== null) {
      return;
    }
    lastFrame = performance.now();
    perf.watching = true;
    function frame(now) {
      perf.frames.push(now - lastFrame);
      lastFrame = now;
      if (now < animatingUntil) {
        window.requestAnimationFrame(frame);
      } else {
        lastFrame = null;
        perf.watching = false;
      }
    }
    window.requestAnimationFrame(frame);
  }

  function cardsTouched(deltas) {
    var ids = Object.keys(deltas.groups);
    Object.keys(deltas.students).forEach(function (id) {
      var c = chip(id);
      if (c && ids.indexOf(c.dataset.groupId) < 0) {
        ids.push(c.dataset.groupId);
      }
    });
    return ids.map(card).filter(Boolean);
  }

  function feedback(deltas, text, kind, reverse, tapTime) {
    var cards = cardsTouched(deltas);
    cards.forEach(function (c) {
      // No forced layout here (reading offsetWidth to restart the animation cost a whole-board layout before the
      // first frame): a card already pulsing has its running animation rewound instead.
      var pulsing = c.classList.contains('pulse');
      c.classList.toggle('pulse-improve', kind === 'IMPROVE' || reverse);
      c.classList.add('pulse');
      if (pulsing) {
        var rewound = false;
        (c.getAnimations ? c.getAnimations() : []).forEach(function (a) {
          if (a.animationName === 'eval-pulse') {
            a.currentTime = 0;
            a.play();
            rewound = true;
          }
        });
        if (!rewound) { // it had finished: start it again on the next frame
          c.classList.remove('pulse');
          window.requestAnimationFrame(function () { c.classList.add('pulse'); });
        }
      }
      perf.pulses += 1;
      var label = document.createElement('span');
      label.className = 'eval-float' + (reverse || kind === 'IMPROVE' ? ' minus' : '');
      label.textContent = text;
      perf.labels.push(text);
      c.appendChild(label);
      window.setTimeout(function () { label.remove(); c.classList.remove('pulse', 'pulse-improve'); }, 1400);
    });
    if (!reverse) {
      chime(kind);
    }
    if (tapTime !== undefined) {
      // tap → feedback started: the input delay (the page busy before the handler ran) plus the work before it
      perf.handlers.push(performance.now() - tapTime);
      perf.inputDelays.push(perf.inputDelay === undefined ? null : perf.inputDelay);
      window.requestAnimationFrame(function () {
        perf.taps.push(performance.now() - tapTime);
        board.dataset.taps = String(perf.taps.length);
      });
    }
    watchFrames();
  }

  function signed(points) {
    return (points > 0 ? '+' : points < 0 ? '\u2212' : '') + Math.abs(points);
  }

  // ---- the outbox ----

  var outbox = readOutbox();
  var inFlight = false;
  var offline = false;
  var retryTimer = null;
  var retryDelay = 2000;

  function readOutbox() {
    return window.Hezuo.storedList(OUTBOX_KEY).read();
  }

  function save() {
    window.Hezuo.storedList(OUTBOX_KEY).write(outbox);
    board.dataset.pending = String(outbox.length);
    board.dataset.queued = String(outbox.length);
    var waiting = outbox.length > 0 && offline;
    syncBadge.classList.toggle('d-none', !waiting);
    syncBadge.textContent = waiting ? board.dataset.msgQueued.replace('{0}', String(outbox.length)) : '';
  }

  // What the outbox still adds to a total the server reports (taps it has not counted yet).
  function pendingDelta(map, id) {
    return outbox.reduce(function (sum, entry) {
      return sum + entry.sign * ((entry.deltas[map] || {})[id] || 0);
    }, 0);
  }

  // Replace optimistic numbers with the server's (other teachers may have awarded meanwhile), plus what still waits.
  function settle(result) {
    Object.keys(result.groupTotals || {}).forEach(function (id) {
      show(groupTotalEl(id), result.groupTotals[id] + pendingDelta('groups', id));
    });
    Object.keys(result.studentTotals || {}).forEach(function (id) {
      show(memberTotalEl(id), result.studentTotals[id] + pendingDelta('students', id));
    });
  }

  function remove(entry) {
    var at = outbox.indexOf(entry);
    if (at >= 0) {
      outbox.splice(at, 1);
    }
    save();
  }

  function later() {
    if (retryTimer === null) {
      retryTimer = window.setTimeout(function () { retryTimer = null; flush(); }, retryDelay);
      retryDelay = Math.min(retryDelay * 2, 30000);
    }
  }

  function answered(entry, ok, status, json) {
    if (ok || (entry.kind === 'undo' && status === 409)) {
      remove(entry);
      if (entry.kind === 'award') {
        outbox.forEach(function (e) {
          if (e.kind === 'undo' && e.awardId === entry.id) { e.actionId = json.actionId; }
        });
        if (lastAction && lastAction.requestId === entry.id) {
          lastAction.actionId = json.actionId;
        }
        save();
      }
      settle(json);
      return;
    }
    if (status >= 500) {
      later();
      return;
    }
    // Refused (rule, rights, a retired item): take this tap back and say why.
    remove(entry);
    apply(entry.deltas, -entry.sign);
    if (entry.kind === 'award') {
      outbox.forEach(function (e) {
        if (e.kind === 'undo' && e.awardId === entry.id) { e.refused = true; }
      });
      if (lastAction && lastAction.requestId === entry.id) {
        lastAction = null;
        undoButton.classList.add('d-none');
      }
      save();
    }
    say(json.message || board.dataset.msgFailed, 'error');
  }

  function flush() {
    if (inFlight || outbox.length === 0) {
      return;
    }
    if (navigator.onLine === false) {
      offline = true;
      save();
      return;
    }
    var entry = outbox[0];
    if (entry.kind === 'undo' && !entry.actionId) {
      // Its award was refused (or never counted): nothing to undo on the server.
      remove(entry);
      apply(entry.deltas, -entry.sign);
      flush();
      return;
    }
    inFlight = true;
    var url = entry.kind === 'award' ? board.dataset.awardUrl : board.dataset.undoUrl + entry.actionId + '/undo';
    fetch(url, { method: 'POST', headers: jsonHeaders(), body: entry.kind === 'award' ? entry.body : '{}',
      credentials: 'same-origin' })
      .then(function (response) {
        return response.json().catch(function () { return {}; }).then(function (json) {
          inFlight = false;
          var wasOffline = offline;
          offline = false;
          retryDelay = 2000;
          answered(entry, response.ok, response.status, json);
          if (wasOffline && outbox.length === 0) {
            say(board.dataset.msgSynced, 'ok');
          }
          save();
          if (response.ok || response.status < 500) {
            flush();
          }
        });
      }, function () {
        inFlight = false;
        offline = true;
        save();
        later();
      });
  }

  // Kept at once (a reload loses nothing); sent after the tap's handler, so no request work delays its first frame.
  function enqueue(entry) {
    outbox.push(entry);
    save();
    window.setTimeout(flush, 0);
  }

  window.addEventListener('online', function () {
    retryDelay = 2000;
    flush();
  });
  window.addEventListener('offline', function () {
    offline = true;
    save();
  });

  // ---- selection, award, undo ----

  function clearSelection() {
    selection = { kind: null, groupId: null, studentIds: [] };
    board.querySelectorAll('.selected').forEach(function (el) { el.classList.remove('selected'); });
    refreshTarget();
  }

  function refreshTarget() {
    var has = selection.kind !== null;
    board.querySelectorAll('.eval-item').forEach(function (b) { b.disabled = !has; });
    if (!has) {
      targetLabel.textContent = board.dataset.msgPick;
    } else if (selection.kind === 'CLASS') {
      targetLabel.textContent = board.dataset.msgClass;
    } else if (selection.kind === 'GROUP') {
      targetLabel.textContent = card(selection.groupId).querySelector('.eval-group-label').textContent;
    } else {
      targetLabel.textContent = board.dataset.msgSelected.replace('{0}', String(selection.studentIds.length));
    }
    if (has && sheetMode()) {
      openSheet(true);
    }
  }

  function selectGroup(groupId) {
    clearSelection();
    selection.kind = 'GROUP';
    selection.groupId = groupId;
    card(groupId).classList.add('selected');
    refreshTarget();
  }

  function toggleMember(memberChip) {
    if (selection.kind !== 'STUDENTS') {
      clearSelection();
      selection.kind = 'STUDENTS';
    }
    var id = memberChip.dataset.studentId;
    var at = selection.studentIds.indexOf(id);
    if (at >= 0) {
      selection.studentIds.splice(at, 1);
      memberChip.classList.remove('selected');
    } else {
      selection.studentIds.push(id);
      memberChip.classList.add('selected');
    }
    if (selection.studentIds.length === 0) {
      selection.kind = null;
    }
    refreshTarget();
  }

  function award(itemButton, tapTime) {
    var target = selection;
    var points = Number(itemButton.dataset.points);
    var kind = itemButton.dataset.kind;
    var deltas = deltasFor(target, points);
    var requestId = uuid();
    var label = signed(points) + ' ' + itemButton.querySelector('.name').textContent;
    apply(deltas, 1);
    feedback(deltas, label, kind, false, tapTime);
    clearSelection();
    if (sheetMode()) {
      openSheet(false);
    }
    say(board.dataset.msgRecorded.replace('{0}', itemButton.querySelector('.name').textContent + ' '
      + itemButton.querySelector('.pts').textContent), 'ok');
    lastAction = { requestId: requestId, actionId: null, deltas: deltas, points: points,
      name: itemButton.querySelector('.name').textContent, kind: kind };
    undoButton.classList.remove('d-none');
    enqueue({ kind: 'award', id: requestId, sign: 1, deltas: deltas, body: JSON.stringify({
      requestId: requestId, itemId: Number(itemButton.dataset.itemId), target: target.kind,
      groupId: target.groupId === null ? null : Number(target.groupId),
      studentIds: target.studentIds.map(Number)
    }) });
  }

  function undo(tapTime) {
    if (!lastAction) {
      return;
    }
    var action = lastAction;
    lastAction = null;
    // Optimistic, like an award: the reverse starts in this handler from what the outbox knows, before anything
    // else changes the page (hiding the button re-lays the bar out) and before any request.
    apply(action.deltas, -1);
    feedback(action.deltas, signed(-action.points) + ' ' + action.name, action.kind, true, tapTime);
    undoButton.classList.add('d-none');
    say(board.dataset.msgUndone, 'ok');
    var waiting = outbox.filter(function (e) { return e.kind === 'award' && e.id === action.requestId; })[0];
    if (waiting && !(inFlight && outbox[0] === waiting)) {
      remove(waiting); // never sent: the server need not hear of it
      return;
    }
    enqueue({ kind: 'undo', id: uuid(), awardId: action.requestId, actionId: action.actionId, sign: -1,
      deltas: action.deltas });
  }

  // ---- rail (classroom) and bottom sheet (phone) ----

  function sheetMode() {
    return board.classList.contains('eval-phone')
      || (window.matchMedia && window.matchMedia('(max-width: 767.98px)').matches);
  }

  function openSheet(open) {
    if (!items) {
      return;
    }
    items.classList.toggle('collapsed', !open);
    document.getElementById('eval-items-toggle').setAttribute('aria-expanded', String(open));
  }

  function toggleRail() {
    if (sheetMode()) {
      openSheet(items.classList.contains('collapsed'));
      return;
    }
    var collapsed = board.classList.toggle('rail-collapsed');
    window.localStorage.setItem(RAIL_KEY, collapsed ? '1' : '0');
  }

  function overlay(id, open) {
    var el = document.getElementById(id);
    if (el) {
      el.classList.toggle('d-none', !open);
      if (open) {
        var close = el.querySelector('.eval-close');
        if (close) { close.focus(); }
      }
    }
  }

  function fullscreen() {
    if (document.fullscreenElement) {
      document.exitFullscreen();
    } else if (document.documentElement.requestFullscreen) {
      document.documentElement.requestFullscreen().catch(function () { /* refused by the browser: stay as is */ });
    }
  }

  function toggleMute() {
    window.localStorage.setItem(MUTE_KEY, muted() ? '0' : '1');
    showMute();
  }

  // The sound's AudioContext is made on the first pointer press on the board (a user gesture, so the browser lets it
  // play), not inside the item tap: making it can take long enough to delay that tap's first animation frame.
  board.addEventListener('pointerdown', function () {
    if (!audio && !muted()) {
      try {
        audioContext();
      } catch (error) {
        // no audio device: the board works silently
      }
    }
  });

  board.addEventListener('click', function (event) {
    perf.inputDelay = performance.now() - event.timeStamp;
    var el = event.target.closest('.eval-group, .eval-member, .eval-item, #eval-whole-class, #eval-clear, #eval-undo, '
      + '#eval-fullscreen, #eval-mute, #eval-items-toggle, #eval-help-open, .eval-close');
    if (!el) {
      if (event.target.classList.contains('eval-overlay')) {
        event.target.classList.add('d-none');
      }
      return;
    }
    if (el.classList.contains('eval-group')) {
      selectGroup(el.dataset.groupId);
    } else if (el.classList.contains('eval-member')) {
      toggleMember(el);
    } else if (el.classList.contains('eval-item')) {
      if (selection.kind !== null) {
        award(el, event.timeStamp);
      }
    } else if (el.id === 'eval-whole-class') {
      clearSelection();
      selection.kind = 'CLASS';
      el.classList.add('selected');
      refreshTarget();
    } else if (el.id === 'eval-clear') {
      clearSelection();
    } else if (el.id === 'eval-undo') {
      undo(event.timeStamp);
    } else if (el.id === 'eval-fullscreen') {
      fullscreen();
    } else if (el.id === 'eval-mute') {
      toggleMute();
    } else if (el.id === 'eval-items-toggle') {
      toggleRail();
    } else if (el.id === 'eval-help-open') {
      overlay('eval-help', true);
    } else if (el.classList.contains('eval-close')) {
      el.closest('.eval-overlay').classList.add('d-none');
    }
  });

  // Keyboard on a PC: number keys pick groups, letters pick items (shown on the buttons and in the help).
  document.addEventListener('keydown', function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) {
      return;
    }
    var t = event.target;
    if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) {
      return;
    }
    var key = event.key.length === 1 ? event.key.toUpperCase() : event.key;
    var tapTime = event.timeStamp;
    if (key === 'Escape') {
      board.querySelectorAll('.eval-overlay').forEach(function (o) { o.classList.add('d-none'); });
      clearSelection();
      return;
    }
    var groupCard = (key.length === 1 && key !== '"' && key !== '\\')
      ? board.querySelector('.eval-card[data-key="' + key + '"]') : null;
    var item = /^[A-Z]$/.test(key) ? board.querySelector('.eval-item[data-key="' + key + '"]') : null;
    if (groupCard) {
      selectGroup(groupCard.dataset.groupId);
    } else if (item) {
      if (selection.kind !== null) {
        award(item, tapTime);
      }
    } else if (key === 'W' && document.getElementById('eval-whole-class')) {
      document.getElementById('eval-whole-class').click();
    } else if (key === 'U') {
      undo(tapTime);
    } else if (key === 'M') {
      toggleMute();
    } else if (key === 'F' && document.getElementById('eval-fullscreen')) {
      fullscreen();
    } else if (key === 'T' && document.getElementById('eval-tools-open')) {
      document.getElementById('eval-tools-open').click();
    } else if ((key === 'H' || key === '?') && document.getElementById('eval-help')) {
      overlay('eval-help', document.getElementById('eval-help').classList.contains('d-none'));
    } else {
      return;
    }
    event.preventDefault();
  });

  // ---- start: what waited in the outbox (e.g. taps made offline before a reload) shows and goes out ----
  showMute();
  if (window.localStorage.getItem(RAIL_KEY) === '1' && !sheetMode()) {
    board.classList.add('rail-collapsed');
  }
  if (sheetMode()) {
    openSheet(false);
  }
  outbox.forEach(function (entry) { apply(entry.deltas, entry.sign); });
  save();
  flush();
}());
