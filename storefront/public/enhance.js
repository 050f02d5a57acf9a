/* global document, window, HTMLFormElement */
// Progressive enhancement for the shopping forms (they work without it): a submitted form's
// button is disabled and shows a busy label, so a double tap sends one request.
document.addEventListener('submit', function (event) {
  var form = event.target;
  if (!(form instanceof HTMLFormElement) || !form.hasAttribute('data-enhance')) return;
  if (form.dataset.sent === '1') {
    event.preventDefault();
    return;
  }
  form.dataset.sent = '1';
  form.querySelectorAll('button[type="submit"]').forEach(function (button) {
    button.setAttribute('aria-busy', 'true');
    if (button.dataset.busy) button.textContent = button.dataset.busy;
    setTimeout(function () {
      button.disabled = true;
    }, 0);
  });
});
window.addEventListener('pageshow', function () {
  document.querySelectorAll('form[data-enhance]').forEach(function (form) {
    form.dataset.sent = '';
  });
});
// "Salin" buttons (account numbers, amounts): shown only where the clipboard can be written.
document.addEventListener('DOMContentLoaded', function () {
  if (!navigator.clipboard) return;
  document.querySelectorAll('button[data-copy]').forEach(function (button) {
    button.hidden = false;
    button.addEventListener('click', function () {
      navigator.clipboard.writeText(button.dataset.copy).then(function () {
        button.textContent = button.dataset.copied || button.textContent;
      });
    });
  });
});
