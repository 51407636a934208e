// 座位表: drag a student onto another desk to swap seats (plain HTML5 drag and drop; no inline scripts under the CSP).
(function () {
  'use strict';
  function init() {
    var form = document.getElementById('seat-move-form');
    if (!form) {
      return;
    }
    var dragged = null;
    document.querySelectorAll('.seating-grid .desk').forEach(function (desk) {
      desk.addEventListener('dragstart', function (event) {
        dragged = desk.getAttribute('data-student-id');
        event.dataTransfer.setData('text/plain', dragged || '');
      });
      desk.addEventListener('dragover', function (event) {
        if (dragged) {
          event.preventDefault();
          desk.classList.add('drag-over');
        }
      });
      desk.addEventListener('dragleave', function () {
        desk.classList.remove('drag-over');
      });
      desk.addEventListener('drop', function (event) {
        event.preventDefault();
        desk.classList.remove('drag-over');
        if (!dragged || desk.getAttribute('data-student-id') === dragged) {
          return;
        }
        form.querySelector('[name=studentId]').value = dragged;
        form.querySelector('[name=row]').value = desk.getAttribute('data-row');
        form.querySelector('[name=col]').value = desk.getAttribute('data-col');
        form.submit();
      });
    });
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
