// 随机点名 on the whiteboard: a draw is a POST (the server draws and logs it); while it travels a big
// "slot machine" cycles through names, numbers or groups, then the result panel replaces it. The request id
// in the form stays the same across retries, so a dropped connection never draws twice; a new id is made
// after each answered draw. Respects prefers-reduced-motion (no cycling). In a file: CSP forbids inline scripts.
(function () {
  'use strict';

  var MIN_SPIN_MS = 1200;
  var reducedMotion = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  var busy = false;

  function newRequestId() {
    var bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) { return ('0' + b.toString(16)).slice(-2); }).join('');
  }

  function csrfHeaders() {
    var headers = { 'HX-Request': 'true' };
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      headers[header.content] = token.content;
    }
    return headers;
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

  function post(form, attemptsLeft) {
    return fetch(form.action, {
      method: 'POST', body: new URLSearchParams(new FormData(form)), headers: csrfHeaders(),
      credentials: 'same-origin'
    }).then(function (response) {
      return response.text().then(function (html) { return { ok: response.ok, status: response.status, html: html }; });
    }, function (error) {
      // Network trouble: try again with the SAME request id; the server returns the draw if it was made.
      if (attemptsLeft > 0) {
        return new Promise(function (resolve) { window.setTimeout(resolve, 600); })
            .then(function () { return post(form, attemptsLeft - 1); });
      }
      throw error;
    });
  }

  function show(html) {
    var result = document.getElementById('calling-result');
    result.innerHTML = html;
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
    var headers = { 'Content-Type': 'application/json', 'Accept': 'application/json' };
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      headers[header.content] = token.content;
    }
    return headers;
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

  function delay(ms) {
    return new Promise(function (resolve) { window.setTimeout(resolve, ms); });
  }

  function showAnswer(answer, isDraw) {
    if (answer.ok) {
      show(answer.html);
      fillAwardHook();
      if (isDraw) {
        var id = newRequestId();
        document.querySelectorAll('.draw-form input[name=requestId]').forEach(function (input) { input.value = id; });
      }
    } else {
      // A refusal (nobody to call, 403 …) comes back as the error page: show its message.
      var doc = new DOMParser().parseFromString(answer.html, 'text/html');
      var message = doc.querySelector('#problem p');
      show('<p class="alert alert-warning fs-4" id="calling-error"></p>');
      document.getElementById('calling-error').textContent = message ? message.textContent.trim() : answer.status;
    }
  }

  // One draw or pass: spin while the server answers (at least MIN_SPIN_MS), then show the answer.
  function drawOrPass(form) {
    var isDraw = form.matches('.draw-form');
    var stop = isDraw ? startSpin(form) : function () {};
    var started = Date.now();
    var answered;
    try {
      answered = post(form, 2);
    } catch (error) {
      stop();
      throw error;
    }
    return answered.then(function (answer) {
      var wait = isDraw && !reducedMotion ? Math.max(0, MIN_SPIN_MS - (Date.now() - started)) : 0;
      return delay(wait).then(function () {
        stop();
        showAnswer(answer, isDraw);
      });
    }, function () {
      stop();
      // Still offline after the retries: fall back to a normal form post (same request id, still no double draw).
      form.submit();
    });
  }

  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (!form.matches('.draw-form, .pass-form') || !window.fetch) {
      return;
    }
    event.preventDefault();
    if (busy) {
      return;
    }
    busy = true;
    // busy is cleared however the draw ends, also when a bug throws: one error must not silence every button.
    new Promise(function (resolve) { resolve(drawOrPass(form)); }).then(function () {
      busy = false;
    }, function (error) {
      busy = false;
      throw error;
    });
  });
}());
