// Progressive enhancement only: every control works without this file.
(function () {
  "use strict";
  var COOKIE = "furigana";
  document.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest("[data-furigana-switch]");
    if (!button) return;
    event.preventDefault();
    var show = button.getAttribute("aria-pressed") !== "true";
    var root = document.documentElement;
    root.classList.toggle("furigana-on", show);
    root.classList.toggle("furigana-off", !show);
    button.setAttribute("aria-pressed", String(show));
    var state = button.querySelector(".state");
    if (state) state.textContent = show ? "ON" : "OFF";
    var form = button.form;
    if (form && form.elements.show) form.elements.show.value = show ? "0" : "1";
    var secure = location.protocol === "https:" ? "; Secure" : "";
    document.cookie = COOKIE + "=" + (show ? "1" : "0") + "; Max-Age=31536000; Path=/; SameSite=Lax" + secure;
  });

  // Paper cannot be clicked open: print every closed <details> (the sources) open, then close them again.
  // print.css already does this where the browser supports ::details-content; this covers the others.
  var openedForPrint = [];
  window.addEventListener("beforeprint", function () {
    document.querySelectorAll("details:not([open])").forEach(function (details) {
      details.open = true;
      openedForPrint.push(details);
    });
  });
  window.addEventListener("afterprint", function () {
    openedForPrint.forEach(function (details) { details.open = false; });
    openedForPrint = [];
  });
})();
