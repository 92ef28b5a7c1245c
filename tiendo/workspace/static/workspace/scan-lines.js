// The import screen of a scan: pointing at a figure lights its line on the page image.
(function () {
  "use strict";
  function light(number, on) {
    var rect = document.getElementById("dong-" + number);
    if (rect) { rect.classList.toggle("ws-line-box--active", on); }
  }
  document.querySelectorAll("tr[id^='so-lieu-']").forEach(function (row) {
    var number = row.id.slice("so-lieu-".length);
    row.addEventListener("mouseenter", function () { light(number, true); });
    row.addEventListener("mouseleave", function () { light(number, false); });
    row.addEventListener("focusin", function () { light(number, true); });
    row.addEventListener("focusout", function () { light(number, false); });
  });
})();
