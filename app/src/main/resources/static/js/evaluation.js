// 课堂评价 board: pick a target (group, members, whole class), tap an item, and the totals change at once.
// The request carries a UUID made at the tap, so a retry after a dropped connection is answered with the
// first result instead of counting twice. On failure the optimistic change is rolled back with a message.
(function () {
  'use strict';

  var board = document.getElementById('eval-board');
  if (!board) {
    return;
  }
  var bundled = board.dataset.bundled === 'true';
  var selection = { kind: null, groupId: null, studentIds: [] };
  var lastAction = null; // { actionId, deltas }
  var statusBox = document.getElementById('eval-status');
  var undoButton = document.getElementById('eval-undo');
  var targetLabel = document.getElementById('eval-target');

  // JSON, not an htmx swap: the totals change before the server answers (and roll back on a refusal).
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

  function groupTotalEl(groupId) {
    return board.querySelector('.eval-group[data-group-id="' + groupId + '"] .eval-group-total');
  }

  function memberTotalEl(studentId) {
    return board.querySelector('.eval-member[data-student-id="' + studentId + '"] .eval-member-total');
  }

  function add(el, delta) {
    if (el) {
      el.textContent = String(Number(el.textContent) + delta);
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
          var chip = board.querySelector('.eval-member[data-student-id="' + id + '"]');
          addTo(deltas.groups, chip.dataset.groupId, points);
        }
      });
    }
    return deltas;
  }

  function apply(deltas, sign) {
    Object.keys(deltas.groups).forEach(function (id) { add(groupTotalEl(id), sign * deltas.groups[id]); });
    Object.keys(deltas.students).forEach(function (id) { add(memberTotalEl(id), sign * deltas.students[id]); });
  }

  // Replace optimistic numbers with the server's (other teachers may have awarded meanwhile).
  function settle(result) {
    Object.keys(result.groupTotals || {}).forEach(function (id) {
      var el = groupTotalEl(id);
      if (el) { el.textContent = String(result.groupTotals[id]); }
    });
    Object.keys(result.studentTotals || {}).forEach(function (id) {
      var el = memberTotalEl(id);
      if (el) { el.textContent = String(result.studentTotals[id]); }
    });
  }

  // How many requests are on their way (data-pending on the board; tests wait for 0).
  var pending = 0;
  function track(promise) {
    pending += 1;
    board.dataset.pending = String(pending);
    function done() {
      pending -= 1;
      board.dataset.pending = String(pending);
    }
    promise.then(done, done);
    return promise;
  }

  // POST with retries on a dropped connection or a server hiccup; the same body (same request id) each time.
  function send(url, body, attempt) {
    return fetch(url, { method: 'POST', headers: jsonHeaders(), body: body, credentials: 'same-origin' })
      .then(function (response) {
        if (response.status >= 500 && attempt < 2) {
          return send(url, body, attempt + 1);
        }
        return response.json().catch(function () { return {}; }).then(function (json) {
          if (!response.ok) {
            throw new Error(json.message || board.dataset.msgFailed);
          }
          return json;
        });
      }, function () {
        if (attempt < 2) {
          return send(url, body, attempt + 1);
        }
        throw new Error(board.dataset.msgOffline);
      });
  }

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
      targetLabel.textContent = board.querySelector('.eval-group[data-group-id="' + selection.groupId + '"] .eval-group-label').textContent;
    } else {
      targetLabel.textContent = board.dataset.msgSelected.replace('{0}', String(selection.studentIds.length));
    }
  }

  function selectGroup(groupId) {
    clearSelection();
    selection.kind = 'GROUP';
    selection.groupId = groupId;
    board.querySelector('.eval-card[data-group-id="' + groupId + '"]').classList.add('selected');
    refreshTarget();
  }

  function toggleMember(chip) {
    if (selection.kind !== 'STUDENTS') {
      clearSelection();
      selection.kind = 'STUDENTS';
    }
    var id = chip.dataset.studentId;
    var at = selection.studentIds.indexOf(id);
    if (at >= 0) {
      selection.studentIds.splice(at, 1);
      chip.classList.remove('selected');
    } else {
      selection.studentIds.push(id);
      chip.classList.add('selected');
    }
    if (selection.studentIds.length === 0) {
      selection.kind = null;
    }
    refreshTarget();
  }

  function award(itemButton) {
    var target = selection;
    var points = Number(itemButton.dataset.points);
    var deltas = deltasFor(target, points);
    var body = JSON.stringify({
      requestId: uuid(), itemId: Number(itemButton.dataset.itemId), target: target.kind,
      groupId: target.groupId === null ? null : Number(target.groupId),
      studentIds: target.studentIds.map(Number)
    });
    apply(deltas, 1);
    clearSelection();
    var itemName = itemButton.querySelector('.name').textContent + ' ' + itemButton.querySelector('.pts').textContent;
    say(board.dataset.msgRecorded.replace('{0}', itemName), 'ok');
    undoButton.classList.add('d-none');
    track(send(board.dataset.awardUrl, body, 0)).then(function (result) {
      settle(result);
      lastAction = { actionId: result.actionId, deltas: deltas };
      undoButton.classList.remove('d-none');
      undoButton.dataset.actionId = String(result.actionId);
    }, function (error) {
      apply(deltas, -1);
      say(error.message, 'error');
    });
  }

  function undo() {
    if (!lastAction) {
      return;
    }
    var action = lastAction;
    lastAction = null;
    undoButton.classList.add('d-none');
    apply(action.deltas, -1);
    say(board.dataset.msgUndone, 'ok');
    track(send(board.dataset.undoUrl + action.actionId + '/undo', '{}', 0)).then(settle, function (error) {
      apply(action.deltas, 1);
      say(error.message, 'error');
    });
  }

  board.addEventListener('click', function (event) {
    var el = event.target.closest('.eval-group, .eval-member, .eval-item, #eval-whole-class, #eval-clear, #eval-undo, #eval-fullscreen');
    if (!el) {
      return;
    }
    if (el.classList.contains('eval-group')) {
      selectGroup(el.dataset.groupId);
    } else if (el.classList.contains('eval-member')) {
      toggleMember(el);
    } else if (el.classList.contains('eval-item')) {
      if (selection.kind !== null) {
        award(el);
      }
    } else if (el.id === 'eval-whole-class') {
      clearSelection();
      selection.kind = 'CLASS';
      el.classList.add('selected');
      refreshTarget();
    } else if (el.id === 'eval-clear') {
      clearSelection();
    } else if (el.id === 'eval-undo') {
      undo();
    } else if (el.id === 'eval-fullscreen' && board.requestFullscreen) {
      board.classList.add('eval-fullscreen');
      board.requestFullscreen();
    }
  });

  document.addEventListener('fullscreenchange', function () {
    if (!document.fullscreenElement) {
      board.classList.remove('eval-fullscreen');
    }
  });
}());
