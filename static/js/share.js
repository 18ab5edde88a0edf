// Sharing buttons: progressive enhancement only. Without this file the share bar still shows the page's
// address as a link and its QR code; the buttons stay hidden until the browser can do what they say.
(function () {
  "use strict";

  function shareUrl(bar) {
    var link = bar.querySelector("[data-share-short]") || bar.querySelector("[data-share-url]");
    return link ? link.href : location.href;
  }

  function say(bar, text) {
    var status = bar.querySelector("[data-share-status]");
    if (status) status.textContent = text;
  }

  function copy(text) {
    if (navigator.clipboard && window.isSecureContext) return navigator.clipboard.writeText(text);
    return Promise.reject(new Error("no clipboard"));
  }

  function init() {
    document.querySelectorAll("[data-copy-link]").forEach(function (button) {
      button.hidden = false;
      button.addEventListener("click", function () {
        var bar = button.closest(".share") || document;
        copy(shareUrl(bar)).then(
          function () { say(bar, button.getAttribute("data-done")); },
          function () { say(bar, button.getAttribute("data-failed")); }
        );
      });
    });
    if (navigator.share) {
      document.querySelectorAll("[data-web-share]").forEach(function (button) {
        button.hidden = false;
        button.addEventListener("click", function () {
          var bar = button.closest(".share") || document;
          // A cancelled share rejects; that is the reader's choice, not an error to report.
          navigator.share({ title: document.title, url: shareUrl(bar) }).catch(function () {});
        });
      });
    }
    if (window.print) {
      document.querySelectorAll("[data-print]").forEach(function (button) {
        button.hidden = false;
        button.addEventListener("click", function () { window.print(); });
      });
    }
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
