// Classroom tools over the 课堂评价 board: a discussion countdown and a stopwatch with big digits (a bell at the end
// of a countdown, made with Web Audio), and a noise meter. Each timer run is kept on the server (class, date, start,
// end, seconds) so observation and research reports can use the discussion minutes; a start carries a UUID so a retry
// never makes a second run. The noise meter only measures loudness in this browser: no recording, nothing is sent.
(function () {
  'use strict';

  var panel = document.getElementById('eval-tools');
  var opener = document.getElementById('eval-tools-open');
  if (!panel || !opener) {
    return;
  }
  var digits = document.getElementById('eval-timer-digits');
  var startButton = document.getElementById('timer-start');
  var pauseButton = document.getElementById('timer-pause');
  var stopButton = document.getElementById('timer-stop');
  var tool = 'countdown';
  var plannedSeconds = 300;
  // The run: accumulated ms before the current stretch, start of the current stretch, server id.
  var run = null;
  var ticker = null;

  function headers() {
    return window.Hezuo.csrfHeaders({ 'Content-Type': 'application/json', 'Accept': 'application/json' });
  }

  function post(url, body) {
    return fetch(url, { method: 'POST', headers: headers(), body: JSON.stringify(body), credentials: 'same-origin' })
      .then(function (r) { return r.ok ? r.json() : Promise.reject(new Error(String(r.status))); });
  }

  function uuid() {
    return window.crypto.randomUUID ? window.crypto.randomUUID()
      : String(Date.now()) + '-' + Math.random().toString(16).slice(2, 14);
  }

  function format(seconds) {
    var s = Math.max(0, Math.round(seconds));
    var m = Math.floor(s / 60);
    return (m < 10 ? '0' : '') + m + ':' + (s % 60 < 10 ? '0' : '') + (s % 60);
  }

  function elapsedMs() {
    if (!run) {
      return 0;
    }
    return run.before + (run.since === null ? 0 : Date.now() - run.since);
  }

  function render() {
    var elapsed = elapsedMs() / 1000;
    if (tool === 'stopwatch') {
      digits.textContent = format(Math.floor(elapsed));
    } else if (tool === 'countdown') {
      digits.textContent = format(Math.ceil(plannedSeconds - elapsed));
    }
    panel.dataset.elapsed = String(Math.floor(elapsed));
  }

  function bell() {
    var board = document.getElementById('eval-board');
    if (board && window.localStorage.getItem('hezuo.eval.mute.' + board.dataset.classId) === '1') {
      return;
    }
    var Ctx = window.AudioContext || window.webkitAudioContext;
    if (!Ctx) {
      return;
    }
    var ac = new Ctx();
    [0, 0.45, 0.9].forEach(function (at) {
      var osc = ac.createOscillator();
      var gain = ac.createGain();
      var t = ac.currentTime + at;
      osc.frequency.value = 988;
      gain.gain.setValueAtTime(0.0001, t);
      gain.gain.exponentialRampToValueAtTime(0.35, t + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, t + 0.4);
      osc.connect(gain);
      gain.connect(ac.destination);
      osc.start(t);
      osc.stop(t + 0.42);
    });
    window.setTimeout(function () { ac.close(); }, 1600);
  }

  function tick() {
    render();
    if (tool === 'countdown' && run && elapsedMs() >= plannedSeconds * 1000) {
      digits.classList.add('done');
      bell();
      finish();
    }
  }

  function buttons() {
    var running = run !== null && run.since !== null;
    startButton.classList.toggle('d-none', running);
    pauseButton.classList.toggle('d-none', !running);
    panel.dataset.running = String(running);
  }

  function start() {
    digits.classList.remove('done');
    if (!run) {
      run = { before: 0, since: Date.now(), id: null, ended: false };
      var current = run;
      post(panel.dataset.startUrl, { requestId: uuid(), kind: tool === 'stopwatch' ? 'STOPWATCH' : 'COUNTDOWN',
        plannedSeconds: tool === 'countdown' ? plannedSeconds : null })
        .then(function (json) {
          current.id = json.id;
          if (current.ended) {
            sendEnd(current);
          }
        }, function () { /* kept locally only; the timer still runs */ });
    } else if (run.since === null) {
      run.since = Date.now();
    }
    if (ticker === null) {
      ticker = window.setInterval(tick, 250);
    }
    buttons();
  }

  function pause() {
    if (run && run.since !== null) {
      run.before += Date.now() - run.since;
      run.since = null;
    }
    buttons();
  }

  function sendEnd(ended) {
    if (ended.id !== null) {
      post(panel.dataset.endUrl + ended.id + '/end', { seconds: ended.seconds })
        .then(function (json) { panel.dataset.kept = String(json.seconds); }, function () { /* nothing to undo */ });
    }
  }

  function finish() {
    if (!run) {
      return;
    }
    pause();
    var ended = run;
    ended.ended = true;
    ended.seconds = Math.round(ended.before / 1000);
    run = null;
    window.clearInterval(ticker);
    ticker = null;
    sendEnd(ended);
    buttons();
  }

  function choose(name) {
    if (run && name !== tool && name !== 'noise') {
      finish();
    }
    panel.querySelectorAll('[data-tool]').forEach(function (b) { b.classList.toggle('active', b.dataset.tool === name); });
    document.getElementById('panel-countdown').classList.toggle('d-none', name !== 'countdown');
    document.getElementById('panel-noise').classList.toggle('d-none', name !== 'noise');
    document.getElementById('timer-buttons').classList.toggle('d-none', name === 'noise');
    document.getElementById('timer-note').classList.toggle('d-none', name === 'noise');
    digits.classList.toggle('d-none', name === 'noise' && !run);
    if (name !== 'noise') {
      tool = name;
      digits.classList.remove('done');
      render();
    }
  }

  // ---- noise meter: loudness only, computed here; the stream is never recorded or sent ----
  var noise = null;
  function listen() {
    if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) {
      document.getElementById('noise-word').textContent = panel.dataset.msgMicDenied;
      return;
    }
    navigator.mediaDevices.getUserMedia({ audio: true, video: false }).then(function (stream) {
      var Ctx = window.AudioContext || window.webkitAudioContext;
      var ac = new Ctx();
      var analyser = ac.createAnalyser();
      analyser.fftSize = 1024;
      ac.createMediaStreamSource(stream).connect(analyser);
      var samples = new Float32Array(analyser.fftSize);
      noise = { stream: stream, ac: ac, frame: null };
      function measure() {
        analyser.getFloatTimeDomainData(samples);
        var sum = 0;
        for (var i = 0; i < samples.length; i++) { sum += samples[i] * samples[i]; }
        var db = 20 * Math.log10(Math.sqrt(sum / samples.length) + 1e-8); // about −100 (silence) … 0 (full scale)
        var level = Math.max(0, Math.min(100, (db + 60) * 100 / 55));
        var bar = document.getElementById('noise-level');
        bar.style.width = level.toFixed(0) + '%';
        bar.className = 'eval-noise-level' + (level > 75 ? ' loud' : level > 45 ? ' medium' : '');
        document.getElementById('noise-word').textContent = level > 75 ? panel.dataset.msgLoud
          : level > 45 ? panel.dataset.msgMedium : panel.dataset.msgQuiet;
        noise.frame = window.requestAnimationFrame(measure);
      }
      measure();
      document.getElementById('noise-start').classList.add('d-none');
      document.getElementById('noise-stop').classList.remove('d-none');
    }, function () {
      document.getElementById('noise-word').textContent = panel.dataset.msgMicDenied;
    });
  }

  function stopListening() {
    if (noise) {
      window.cancelAnimationFrame(noise.frame);
      noise.stream.getTracks().forEach(function (t) { t.stop(); });
      noise.ac.close();
      noise = null;
    }
    document.getElementById('noise-start').classList.remove('d-none');
    document.getElementById('noise-stop').classList.add('d-none');
  }

  opener.addEventListener('click', function () {
    panel.classList.toggle('d-none');
    panel.classList.remove('minimised');
  });
  panel.addEventListener('click', function (event) {
    var el = event.target.closest('button');
    if (!el) {
      return;
    }
    if (el.dataset.tool) {
      choose(el.dataset.tool);
    } else if (el.dataset.minutes) {
      if (run) {
        finish();
      }
      plannedSeconds = Number(el.dataset.minutes) * 60;
      digits.classList.remove('done');
      render();
    } else if (el.id === 'timer-start') {
      start();
    } else if (el.id === 'timer-pause') {
      pause();
    } else if (el.id === 'timer-stop') {
      finish();
      render();
    } else if (el.id === 'noise-start') {
      listen();
    } else if (el.id === 'noise-stop') {
      stopListening();
    } else if (el.id === 'eval-tools-min') {
      panel.classList.toggle('minimised');
    } else if (el.id === 'eval-tools-close') {
      stopListening();
      panel.classList.add('d-none'); // a running timer keeps running; T or 计时器 shows it again
    }
  });
  window.addEventListener('pagehide', function () {
    if (run) {
      finish();
    }
  });
  render();
}());
