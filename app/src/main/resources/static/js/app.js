// Small page behaviours shared by every page. Kept in a file because the Content-Security-Policy
// forbids inline scripts.
//
// The one place that reads the CSRF token (the layout's _csrf / _csrf_header meta tags). htmx requests get it from
// the htmx:configRequest listener below; the feature scripts that still call fetch (the JSON award taps of
// evaluation.js and calling.js: counted before the server answers, retried under one request id, undoable) take
// their headers from Hezuo.csrfHeaders(). CsrfInOneScriptTest fails the build when another script reads the token.
(function () {
  'use strict';

  // A new object with the headers in `extra` and the CSRF header {name: token}; without the CSRF header when the page
  // carries no token (a page outside the layout).
  function csrfHeaders(extra) {
    var headers = {};
    Object.keys(extra || {}).forEach(function (name) { headers[name] = extra[name]; });
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      headers[header.content] = token.content;
    }
    return headers;
  }

  // A list kept in localStorage under `key` — the offline outboxes of the classroom board and the calling page: read()
  // gives what a reload left (an empty list when nothing or something unreadable is there), write(list) stores it and
  // removes the key once the list is empty.
  function storedList(key) {
    return {
      read: function () {
        try {
          var saved = JSON.parse(window.localStorage.getItem(key) || '[]');
          return Array.isArray(saved) ? saved : [];
        } catch (error) {
          return [];
        }
      },
      write: function (list) {
        if (list.length) {
          window.localStorage.setItem(key, JSON.stringify(list));
        } else {
          window.localStorage.removeItem(key);
        }
      }
    };
  }

  window.Hezuo = window.Hezuo || {};
  window.Hezuo.csrfHeaders = csrfHeaders;
  window.Hezuo.storedList = storedList;

  // htmx POSTs need the CSRF token as a header (Spring Security rejects them otherwise).
  document.addEventListener('htmx:configRequest', function (event) {
    var headers = csrfHeaders();
    Object.keys(headers).forEach(function (name) { event.detail.headers[name] = headers[name]; });
  });

  // Refuse an over-size file before it travels (the server refuses it too, with the same message).
  document.addEventListener('change', function (event) {
    var input = event.target;
    if (input.matches && input.matches('input[type=file][data-max-bytes]') && input.files.length > 0
        && input.files[0].size > Number(input.getAttribute('data-max-bytes'))) {
      window.alert(input.getAttribute('data-too-large'));
      input.value = '';
    }
  });

  document.addEventListener('click', function (event) {
    var target = event.target.closest('[data-print],[data-back],[data-confirm],[data-toggle-target]');
    if (!target) {
      return;
    }
    if (target.hasAttribute('data-print')) {
      window.print();
    } else if (target.hasAttribute('data-back')) {
      event.preventDefault();
      history.back();
    } else if (target.hasAttribute('data-confirm') && target.getAttribute('data-confirm')) {
      if (!window.confirm(target.getAttribute('data-confirm'))) {
        event.preventDefault();
      }
    } else if (target.hasAttribute('data-toggle-target')) {
      var menu = document.querySelector(target.getAttribute('data-toggle-target'));
      if (menu) {
        menu.classList.toggle('show');
      }
    }
  });
}());
