// 随机点名 on the whiteboard: a draw is an htmx POST (hx-post on the .draw-form / .pass-form, the server draws and
// logs it, the answer is the result panel swapped into #calling-result). This script only adds the show around it:
// while the request travels a big "slot machine" cycles through names, numbers or groups for at least MIN_SPIN_MS
// (the swap waits for it), a refusal shows its message, and a dropped connection is retried with the SAME request
// id, so it never draws twice; a new id is made after each answered draw (随机学生 with the network down is drawn
// here and queued: see "Offline calls" below). Respects prefers-reduced-motion (no
// cycling). The award under a result stays a JSON fetch (retried with one request id, undo). In a file: CSP forbids
// inline scripts.
(function () {
  'use strict';

  var MIN_SPIN_MS = 1200;
  var reducedMotion = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;

  function newRequestId() {
    var bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) { return ('0' + b.toString(16)).slice(-2); }).join('');
  }

  function presentSeats(groupNo) {
    return Array.prototype.filter.call(document.querySelectorAll('.seat'), function (s) {
      return s.getAttribute('data-absent') !== 'true' && (!groupNo || s.getAttribute('data-group-no') === groupNo);
    });
  }

  // What the stage cycles through while the server draws: only a show, the server's draw decides.
  function spinItems(form) {
    var kind = form.getAttribute('data-spin');
    var items = [];
    if (kind === 'number') {
      var max = Number(form.getAttribute('data-max-number')) || 1;
      for (var n = 1; n <= max; n++) { items.push(n + ''); }
    } else if (kind === 'group') {
      // Only the group cards carry data-calling-group (seat rows have a data-group-no as well).
      document.querySelectorAll('[data-calling-group]').forEach(function (g) {
        items.push(g.getAttribute('data-calling-group'));
      });
    } else {
      var select = form.querySelector('select[name=groupNo]');
      presentSeats(kind === 'member' && select ? select.value : null).forEach(function (s) {
        items.push(s.getAttribute('data-name'));
      });
    }
    return items.length ? items : ['?'];
  }

  function startSpin(form) {
    var stage = document.getElementById('calling-stage');
    var result = document.getElementById('calling-result');
    if (reducedMotion || !stage) {
      return function () {};
    }
    var items;
    try {
      items = spinItems(form);
    } catch (error) {
      // The spin is only a show: a fault in it is reported but never stops the draw.
      window.console.error(error);
      return function () {};
    }
    var i = 0;
    stage.hidden = false;
    result.hidden = true;
    var timer = window.setInterval(function () {
      stage.textContent = items[i % items.length];
      i += 1 + Math.floor(Math.random() * 2);
    }, 70);
    return function () {
      window.clearInterval(timer);
      stage.hidden = true;
      result.hidden = false;
    };
  }

  function reveal() {
    var result = document.getElementById('calling-result');
    result.classList.remove('result-reveal');
    void result.offsetWidth;
    result.classList.add('result-reveal');
  }

  // ---- Award the called students in one more tap (课堂评价). The class's items are rendered once in
  // #award-items; after each draw they are copied into the result's #award-hook, which carries the called
  // students' ids. The award uses the board's JSON endpoint with a fresh request id per tap (the same id on
  // retries, so a dropped connection never counts twice), and the last award can be undone.
  function uuid() {
    if (window.crypto && window.crypto.randomUUID) {
      return window.crypto.randomUUID();
    }
    var hex = newRequestId();
    return hex.substring(0, 8) + '-' + hex.substring(8, 12) + '-4' + hex.substring(13, 16) + '-a'
      + hex.substring(17, 20) + '-' + hex.substring(20, 32);
  }

  function jsonHeaders() {
    return window.Hezuo.csrfHeaders({ 'Content-Type': 'application/json', 'Accept': 'application/json' });
  }

  function sendJson(url, body, attempt, failedText) {
    return fetch(url, { method: 'POST', headers: jsonHeaders(), body: body, credentials: 'same-origin' })
      .then(function (response) {
        if (response.status >= 500 && attempt < 2) {
          return sendJson(url, body, attempt + 1, failedText);
        }
        return response.json().catch(function () { return {}; }).then(function (json) {
          if (!response.ok) {
            throw new Error(json.message || failedText);
          }
          return json;
        });
      }, function () {
        if (attempt < 2) {
          return sendJson(url, body, attempt + 1, failedText);
        }
        throw new Error(failedText);
      });
  }

  function awardSay(hook, text, ok) {
    var status = hook.querySelector('.award-status');
    status.textContent = text;
    status.className = 'award-status w-100 text-center fs-5 fw-bold ' + (ok ? 'text-success' : 'text-danger');
  }

  function fillAwardHook() {
    var hook = document.getElementById('award-hook');
    var source = document.getElementById('award-items');
    if (!hook || !source || hook.getAttribute('data-filled') === 'true') {
      return;
    }
    hook.setAttribute('data-filled', 'true');
    if (!(hook.getAttribute('data-student-ids') || '')) {
      return; // nobody was called (e.g. only absent holders of the number)
    }
    var title = document.createElement('p');
    title.className = 'w-100 text-center text-muted mb-0';
    title.textContent = source.getAttribute('data-msg-title');
    hook.appendChild(title);
    var items = source.querySelectorAll('.call-award-item');
    if (!items.length) {
      title.textContent = source.getAttribute('data-msg-none');
      return;
    }
    items.forEach(function (item) { hook.appendChild(item.cloneNode(true)); });
    var undo = document.createElement('button');
    undo.type = 'button';
    undo.className = 'btn btn-lg btn-outline-dark award-undo d-none';
    undo.textContent = source.getAttribute('data-msg-undo');
    hook.appendChild(undo);
    var status = document.createElement('p');
    status.className = 'award-status w-100 text-center fs-5';
    status.setAttribute('aria-live', 'polite');
    hook.appendChild(status);
  }

  function award(hook, button) {
    var source = document.getElementById('award-items');
    var ids = hook.getAttribute('data-student-ids').split(',').filter(Boolean).map(Number);
    var body = JSON.stringify({ requestId: uuid(), itemId: Number(button.getAttribute('data-item-id')),
      target: 'STUDENTS', groupId: null, studentIds: ids });
    var label = button.querySelector('.name').textContent + ' ' + button.querySelector('.pts').textContent;
    var undo = hook.querySelector('.award-undo');
    hook.querySelectorAll('.call-award-item').forEach(function (b) { b.disabled = true; });
    undo.classList.add('d-none');
    hook.setAttribute('data-pending', 'true');
    sendJson(source.getAttribute('data-award-url'), body, 0, source.getAttribute('data-msg-failed')).then(function (result) {
      awardSay(hook, source.getAttribute('data-msg-recorded').replace('{0}', label), true);
      undo.setAttribute('data-action-id', String(result.actionId));
      undo.classList.remove('d-none');
    }, function (error) {
      awardSay(hook, error.message, false);
    }).then(function () {
      hook.querySelectorAll('.call-award-item').forEach(function (b) { b.disabled = false; });
      hook.removeAttribute('data-pending');
    });
  }

  function undoAward(hook, undo) {
    var source = document.getElementById('award-items');
    undo.classList.add('d-none');
    hook.setAttribute('data-pending', 'true');
    sendJson(source.getAttribute('data-undo-url') + undo.getAttribute('data-action-id') + '/undo', '{}', 0,
      source.getAttribute('data-msg-failed')).then(function () {
      awardSay(hook, source.getAttribute('data-msg-undone'), true);
    }, function (error) {
      undo.classList.remove('d-none');
      awardSay(hook, error.message, false);
    }).then(function () {
      hook.removeAttribute('data-pending');
    });
  }

  document.addEventListener('click', function (event) {
    var hook = document.getElementById('award-hook');
    if (!hook || !hook.contains(event.target) || hook.getAttribute('data-pending') === 'true') {
      return;
    }
    var item = event.target.closest('.call-award-item');
    var undo = event.target.closest('.award-undo');
    if (item) {
      award(hook, item);
    } else if (undo) {
      undoAward(hook, undo);
    }
  });

  fillAwardHook();

  // ---- The draw or pass in flight (one at a time on the page): { form, isDraw, started, stop, attemptsLeft, retrying }.
  var current = null;
  var RETRIES = 2;
  var RETRY_AFTER_MS = 600;

  // The draw or pass form that sent the request an htmx event is about. (detail.elt is the element the event fires
  // on: the form for request events, #calling-result for swap events; requestConfig.elt is always the sender.)
  function callingForm(event) {
    var config = event.detail.requestConfig;
    var elt = config && config.elt ? config.elt : event.detail.elt;
    return elt && elt.matches && elt.matches('.draw-form, .pass-form') ? elt : null;
  }

  // The draw is over (shown, refused or abandoned): stop the spin and let the buttons draw again.
  function finish() {
    var done = current;
    current = null;
    if (done) {
      done.stop();
    }
  }

  document.addEventListener('htmx:beforeRequest', function (event) {
    var form = callingForm(event);
    if (!form || event.defaultPrevented) {
      return; // (prevented: drawn offline, below)
    }
    if (current) {
      if (current.form === form && current.retrying) {
        current.retrying = false; // our own retry, same request id
      } else {
        event.preventDefault(); // another button while a draw is on its way: one draw at a time
      }
      return;
    }
    var isDraw = form.matches('.draw-form');
    current = { form: form, isDraw: isDraw, started: Date.now(), stop: function () {}, attemptsLeft: RETRIES };
    if (isDraw) {
      current.stop = startSpin(form);
    }
  });

  // The answer waits until the spin has run MIN_SPIN_MS; a refusal (nobody to call, 403 …) comes back as the error
  // page and is shown as its message in the result panel instead of being dropped.
  document.addEventListener('htmx:beforeSwap', function (event) {
    if (!current || callingForm(event) !== current.form) {
      return;
    }
    if (event.detail.isError) {
      var doc = new DOMParser().parseFromString(event.detail.serverResponse || '', 'text/html');
      var message = doc.querySelector('#problem p');
      var error = document.createElement('p');
      error.className = 'alert alert-warning fs-4';
      error.id = 'calling-error';
      error.textContent = message ? message.textContent.trim() : String(event.detail.xhr.status);
      event.detail.serverResponse = error.outerHTML;
      event.detail.isError = false;
      event.detail.shouldSwap = true;
      current.refused = true;
    }
    if (!event.detail.shouldSwap) {
      finish();
      return;
    }
    var wait = current.isDraw && !reducedMotion ? Math.max(0, MIN_SPIN_MS - (Date.now() - current.started)) : 0;
    event.detail.swapOverride = 'innerHTML swap:' + wait + 'ms';
  });

  document.addEventListener('htmx:afterSwap', function (event) {
    if (!current || callingForm(event) !== current.form || event.target.id !== 'calling-result') {
      return;
    }
    var answered = current.isDraw && !current.refused;
    finish();
    reveal();
    fillAwardHook();
    if (answered) {
      var id = newRequestId();
      document.querySelectorAll('.draw-form input[name=requestId]').forEach(function (input) { input.value = id; });
    }
  });

  // However a request ends without a swap, the buttons must draw again: one fault must not silence them all.
  ['htmx:swapError', 'htmx:onLoadError', 'htmx:sendAbort', 'htmx:timeout'].forEach(function (name) {
    document.addEventListener(name, function (event) {
      if (current && current.form === callingForm(event)) {
        finish();
      }
    });
  });

  // Network trouble: try again with the SAME request id (the server answers with the draw if it was made); still
  // offline after the retries, fall back to a normal form post (same request id, still no double draw).
  document.addEventListener('htmx:sendError', function (event) {
    var form = callingForm(event);
    if (!current || current.form !== form) {
      return;
    }
    if (current.attemptsLeft > 0) {
      current.attemptsLeft -= 1;
      current.retrying = true;
      window.setTimeout(function () {
        window.htmx.ajax('POST', form.getAttribute('hx-post'), { source: form, target: '#calling-result', swap: 'innerHTML' });
      }, RETRY_AFTER_MS);
    } else {
      finish();
      if (form.getAttribute('data-spin') === 'student' && modes && syncBadge) {
        callOffline(form); // the same request id: if the server did draw, it answers the queued call with that draw
      } else {
        form.submit();
      }
    }
  });
  // ---- Offline calls. When the network is down, 点学生 draws here with the server's fairness rule (FairPicker):
  // among present students only those called least often in the window are eligible, weighted 1 / (1 + calls this
  // term), on the counts the page last knew plus the calls still queued. The call is kept in localStorage with its
  // client id (the request id) and the time it was made, shown at once with the student's avatar, and sent to
  // /calling/offline-calls when the network returns (the server records it once, at the time it was made).
  var modes = document.getElementById('calling-modes');
  var syncBadge = document.getElementById('calling-sync');
  var OUTBOX_KEY = modes ? 'hezuo.calling.outbox.' + modes.getAttribute('data-class-id') : null;
  var outbox = [];
  var sending = false;
  var retryTimer = null;
  var retryDelay = 2000;

  function readOutbox() {
    return window.Hezuo.storedList(OUTBOX_KEY).read();
  }

  function saveOutbox() {
    window.Hezuo.storedList(OUTBOX_KEY).write(outbox);
    modes.setAttribute('data-queued', String(outbox.length));
    syncBadge.classList.toggle('d-none', outbox.length === 0);
    syncBadge.textContent = outbox.length ? modes.getAttribute('data-msg-queued').replace('{0}', String(outbox.length)) : '';
  }

  function seatOf(studentId) {
    return document.querySelector('.seat[data-student-id="' + studentId + '"]');
  }

  // A queued call counts in the page's numbers until the server has it (then the page's numbers come from it).
  function countCall(studentId, by) {
    var seat = seatOf(studentId);
    if (seat) {
      ['data-window-calls', 'data-term-calls'].forEach(function (name) {
        seat.setAttribute(name, String(Number(seat.getAttribute(name) || 0) + by));
      });
    }
  }

  function drawHere() {
    var seats = presentSeats(null);
    if (!seats.length) {
      return null;
    }
    var fewest = Math.min.apply(null, seats.map(function (s) { return Number(s.getAttribute('data-window-calls') || 0); }));
    var eligible = seats.filter(function (s) { return Number(s.getAttribute('data-window-calls') || 0) === fewest; });
    var weight = function (s) { return 1 / (1 + Number(s.getAttribute('data-term-calls') || 0)); };
    var total = eligible.reduce(function (sum, s) { return sum + weight(s); }, 0);
    var r = Math.random() * total;
    for (var i = 0; i < eligible.length; i++) {
      r -= weight(eligible[i]);
      if (r < 0) {
        return eligible[i];
      }
    }
    return eligible[eligible.length - 1];
  }

  function showOfflineCall(seat) {
    var result = document.getElementById('calling-result');
    var box = document.createElement('div');
    box.id = 'result';
    box.className = 'text-center';
    box.setAttribute('data-mode', 'STUDENT');
    box.setAttribute('data-offline', 'true');
    var face = document.createElement('div');
    face.className = 'result-face';
    var avatar = seat.getAttribute('data-avatar');
    var pic;
    if (avatar) {
      pic = document.createElement('img');
      pic.src = avatar;
      pic.alt = '';
    } else {
      pic = document.createElement('span');
      pic.className = 'result-initial';
      pic.style.background = seat.getAttribute('data-initial-colour');
      pic.textContent = Array.from(seat.getAttribute('data-name'))[0] || '?';
    }
    pic.classList.add('result-avatar');
    face.appendChild(pic);
    var name = document.createElement('p');
    name.className = 'result-huge';
    name.id = 'result-title';
    name.textContent = seat.getAttribute('data-name');
    box.appendChild(face);
    box.appendChild(name);
    if (Number(seat.getAttribute('data-group-no')) > 0) {
      var where = document.createElement('p');
      where.className = 'fs-3';
      where.textContent = modes.getAttribute('data-msg-where').replace('{0}', seat.getAttribute('data-group-no'))
        .replace('{1}', seat.getAttribute('data-member-no'));
      box.appendChild(where);
    }
    var note = document.createElement('p');
    note.className = 'text-center text-muted fs-5 mt-2';
    note.id = 'result-offline';
    note.textContent = modes.getAttribute('data-msg-drawn');
    box.appendChild(note);
    result.replaceChildren(box);
    reveal();
  }

  function callOffline(form) {
    var seat = drawHere();
    if (!seat) {
      var none = document.createElement('p');
      none.className = 'alert alert-warning fs-4';
      none.id = 'calling-error';
      none.textContent = modes.getAttribute('data-msg-nobody');
      document.getElementById('calling-result').replaceChildren(none);
      return;
    }
    var requestId = form.querySelector('input[name=requestId]').value;
    outbox.push({ requestId: requestId, studentId: Number(seat.getAttribute('data-student-id')), madeAt: Date.now() });
    countCall(seat.getAttribute('data-student-id'), 1);
    saveOutbox();
    var stop = startSpin(form);
    window.setTimeout(function () {
      stop();
      showOfflineCall(seat);
    }, reducedMotion ? 0 : MIN_SPIN_MS);
    var id = newRequestId();
    document.querySelectorAll('.draw-form input[name=requestId]').forEach(function (input) { input.value = id; });
    sendQueued();
  }

  function later() {
    if (retryTimer === null) {
      retryTimer = window.setTimeout(function () { retryTimer = null; sendQueued(); }, retryDelay);
      retryDelay = Math.min(retryDelay * 2, 30000);
    }
  }

  // Sends the queue in order, one call at a time; a call leaves it only when the server answered.
  function sendQueued() {
    if (sending || !outbox.length) {
      return;
    }
    if (navigator.onLine === false) {
      return;
    }
    sending = true;
    var call = outbox[0];
    fetch(modes.getAttribute('data-offline-url'), { method: 'POST', headers: jsonHeaders(), body: JSON.stringify(call),
      credentials: 'same-origin' }).then(function (response) {
      sending = false;
      if (response.status >= 500) {
        later();
        return;
      }
      // Recorded (or refused with a reason: too old, student gone): either way it leaves the queue.
      outbox = outbox.filter(function (c) { return c.requestId !== call.requestId; });
      saveOutbox();
      retryDelay = 2000;
      if (!response.ok) {
        countCall(call.studentId, -1);
        response.json().catch(function () { return {}; }).then(function (json) {
          syncBadge.classList.remove('d-none');
          syncBadge.textContent = json.message || String(response.status);
        });
      } else if (!outbox.length) {
        syncBadge.classList.remove('d-none');
        syncBadge.textContent = modes.getAttribute('data-msg-synced');
        modes.setAttribute('data-synced', 'true');
      }
      sendQueued();
    }, function () {
      sending = false;
      later();
    });
  }

  if (modes && syncBadge) {
    outbox = readOutbox();
    outbox.forEach(function (call) { countCall(call.studentId, 1); });
    saveOutbox();
    // 点学生 while the network is down: drawn here instead of on the server.
    document.addEventListener('htmx:beforeRequest', function (event) {
      var form = callingForm(event);
      if (form && form.matches('.draw-form') && form.getAttribute('data-spin') === 'student' && navigator.onLine === false
          && !(current && current.form === form)) {
        event.preventDefault();
        callOffline(form);
      }
    }, true);
    window.addEventListener('online', function () {
      retryDelay = 2000;
      sendQueued();
    });
    sendQueued();
  }
}());
