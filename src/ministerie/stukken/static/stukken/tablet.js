// Swipe left/right on a tablet to go to the next/previous memo (buttons do the same).
(function () {
  "use strict";
  var tablet = document.getElementById("tablet");
  if (!tablet) return;
  var startX = null, startY = null;
  tablet.addEventListener("touchstart", function (e) {
    if (e.touches.length !== 1) return;
    startX = e.touches[0].clientX; startY = e.touches[0].clientY;
  }, { passive: true });
  tablet.addEventListener("touchend", function (e) {
    if (startX === null) return;
    var dx = e.changedTouches[0].clientX - startX, dy = e.changedTouches[0].clientY - startY;
    startX = null;
    if (Math.abs(dx) < 80 || Math.abs(dx) < 2 * Math.abs(dy)) return;
    if (e.target.closest("form, textarea, input, select")) return;
    var doel = dx < 0 ? tablet.dataset.volgende : tablet.dataset.vorige;
    if (doel) window.location.href = doel;
  });
})();
