// 同伴互评: the rating form shows one classmate at a time, with progress, previous/next, and the save button on the
// last card. Every answer stays in the one form, so moving between classmates loses nothing, and the form is
// posted once. Without this script all cards show one under another and the browser checks the required stars.
(function () {
  'use strict';

  var form = document.getElementById('my-ratings');
  if (!form) {
    return;
  }
  var cards = Array.prototype.slice.call(form.querySelectorAll('.mate-card'));
  var progress = document.getElementById('peer-progress');
  var missing = document.getElementById('peer-missing');
  var save = document.getElementById('save-ratings');
  var current = 0;
  form.noValidate = true; // hidden cards cannot show the browser's own bubble; this script names what is missing

  function firstMissing(card) {
    var groups = card.querySelectorAll('.stars[data-field]');
    for (var i = 0; i < groups.length; i++) {
      if (!groups[i].querySelector('.star-input:checked')) {
        return groups[i];
      }
    }
    return null;
  }

  function show(index, scroll) {
    current = index;
    cards.forEach(function (card, i) {
      card.hidden = i !== index;
      card.querySelector('.mate-nav').hidden = false;
      card.querySelector('.peer-prev').hidden = i === 0;
      card.querySelector('.peer-next').hidden = i === cards.length - 1;
    });
    save.hidden = index !== cards.length - 1;
    progress.hidden = false;
    progress.textContent = form.getAttribute('data-progress')
      .replace('{0}', String(index + 1)).replace('{1}', String(cards.length));
    missing.textContent = '';
    if (scroll) {
      progress.scrollIntoView({block: 'start', behavior: 'instant'});
    }
  }

  function complain(stars) {
    stars.classList.add('missing');
    missing.textContent = stars.getAttribute('data-missing');
    stars.querySelector('.star-input').focus();
  }

  form.addEventListener('change', function (event) {
    var stars = event.target.closest('.stars');
    if (stars) {
      stars.classList.remove('missing');
      missing.textContent = '';
    }
  });

  form.addEventListener('click', function (event) {
    if (event.target.closest('.peer-prev')) {
      show(current - 1, true);
    } else if (event.target.closest('.peer-next')) {
      var gap = firstMissing(cards[current]);
      if (gap) {
        complain(gap);
      } else {
        show(current + 1, true);
      }
    }
  });

  form.addEventListener('submit', function (event) {
    for (var i = 0; i < cards.length; i++) {
      var gap = firstMissing(cards[i]);
      if (gap) {
        event.preventDefault();
        show(i, true);
        complain(gap);
        return;
      }
    }
  });

  show(0, false);
}());
